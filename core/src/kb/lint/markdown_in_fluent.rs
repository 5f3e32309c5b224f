//! Markdown inside Fluent: the indented lines that Fluent would read as its own syntax.
use super::Finding;
use crate::content::embedded::FtlFile;

/// Fluent reads an indented line starting with `*`, `[` or `.` as syntax, which silently breaks
/// Markdown bullets and links. Say so in words an editor understands.
pub(super) fn lint_markdown_in_fluent(file: &FtlFile, name: &str, findings: &mut Vec<Finding>) {
    let mut depth: i32 = 0;
    for (index, line) in file.text.lines().enumerate() {
        let trimmed = line.trim_start();
        let indented = trimmed.len() < line.len();
        if indented && depth == 0 {
            let problem = match trimmed.chars().next() {
                Some('*') => {
                    Some("starts with '*': Fluent reads it as a variant; use '-' for bullets")
                }
                Some('[') => Some(
                    "starts with '[': Fluent reads it as a variant key; do not start a line with a link",
                ),
                Some('.') if !is_attribute_line(trimmed) => {
                    Some("starts with '.': Fluent reads it as an attribute; reword the line")
                }
                _ => None,
            };
            if let Some(problem) = problem {
                findings.push(Finding {
                    file: name.into(),
                    line: Some(index + 1),
                    message: format!("line {problem}"),
                });
            }
        }
        if !trimmed.starts_with('#') {
            depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
            depth = depth.max(0);
        }
    }
}

fn is_attribute_line(trimmed: &str) -> bool {
    let Some(rest) = trimmed.strip_prefix('.') else {
        return false;
    };
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    name_len > 0 && rest[name_len..].trim_start().starts_with('=')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_lines_are_not_mistaken_for_markdown() {
        assert!(is_attribute_line(".title = x"));
        assert!(is_attribute_line(".body ="));
        assert!(!is_attribute_line(". Not an attribute"));
        assert!(!is_attribute_line(".5 km away"));
    }
}
