//! Reading the Fluent files: syntax errors with their line, and each message's shape (its parts and
//! the variables each uses) for the other checks to compare.
use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::Finding;
use crate::content::embedded::FtlFile;

/// One message as the check sees it: which parts it has and which variables each part uses.
#[derive(Debug, Clone, Default)]
pub(super) struct MessageShape {
    pub(super) file: String,
    pub(super) line: usize,
    /// `None` for the value, `Some(name)` for an attribute → variables used.
    pub(super) parts: BTreeMap<Option<String>, BTreeSet<String>>,
    /// Raw text of each part, for the Markdown of article bodies.
    pub(super) texts: BTreeMap<Option<String>, String>,
}

fn line_of(text: &str, offset: usize) -> usize {
    // An error found at the very end of a file belongs to its last line, not the empty one after it.
    let last = text.trim_end_matches('\n').len();
    text[..offset.min(last)].matches('\n').count() + 1
}

pub(super) fn parse_file(
    file: &FtlFile,
    name: &str,
    findings: &mut Vec<Finding>,
) -> Vec<(String, MessageShape)> {
    let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                findings.push(Finding {
                    file: name.into(),
                    line: Some(line_of(&file.text, error.pos.start)),
                    message: format!("Fluent syntax error: {error}"),
                });
            }
            resource
        }
    };
    let mut out = Vec::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        let mut shape = MessageShape {
            file: name.into(),
            line: message_line(&file.text, &id),
            ..Default::default()
        };
        if let Some(value) = &message.value {
            shape.parts.insert(None, variables(value));
            shape.texts.insert(None, pattern_text(value));
        }
        for attribute in &message.attributes {
            let key = Some(attribute.id.name.to_owned());
            shape.parts.insert(key.clone(), variables(&attribute.value));
            shape.texts.insert(key, pattern_text(&attribute.value));
        }
        out.push((id, shape));
    }
    out
}

fn message_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => (*value).to_owned(),
            ast::PatternElement::Placeable { .. } => "\u{fffc}".to_owned(),
        })
        .collect()
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut found);
        }
    }
    found
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            call_variables(arguments, found)
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_variables(arguments, found),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

fn call_variables(arguments: &ast::CallArguments<&str>, found: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        inline_variables(positional, found);
    }
    for named in &arguments.named {
        inline_variables(&named.value, found);
    }
}
