//! Content that replaces the built-in content (a content pack) must keep every interface text
//! this app's code asks for: the messages of the built-in English `ui.ftl` and `shell.ftl`, with
//! the same parts and variables. A pack may reword them; it may not take one away, or the app
//! would show a message id where a button's label should be.
use std::collections::BTreeMap;

use super::Finding;
use super::fluent::{MessageShape, parse_file};
use crate::content::REFERENCE_LOCALE;
use crate::content::embedded::{ContentSource, FtlFile};

/// The files whose messages the code names.
const CODE_FILES: &[&str] = &["ui.ftl", "shell.ftl"];

pub fn check_compatible(candidate: &ContentSource, built_in: &ContentSource) -> Vec<Finding> {
    let mut findings = Vec::new();
    let (Ok(candidate_files), Ok(built_in_files)) = (
        candidate.locale_files(REFERENCE_LOCALE),
        built_in.locale_files(REFERENCE_LOCALE),
    ) else {
        findings.push(Finding {
            file: format!("{REFERENCE_LOCALE}/"),
            line: None,
            message: "the English texts do not unpack".into(),
        });
        return findings;
    };
    let needed = shapes(&built_in_files, &mut Vec::new());
    let offered = shapes(&candidate_files, &mut findings);
    for (id, expected) in &needed {
        let label = |part: &Option<String>| match part {
            None => id.clone(),
            Some(attribute) => format!("{id}.{attribute}"),
        };
        let Some(actual) = offered.get(id) else {
            findings.push(Finding {
                file: expected.file.clone(),
                line: None,
                message: format!("message {id} is missing; this app needs it"),
            });
            continue;
        };
        for (part, variables) in &expected.parts {
            match actual.parts.get(part) {
                Some(found) if found == variables => {}
                Some(found) => findings.push(Finding {
                    file: actual.file.clone(),
                    line: Some(actual.line),
                    message: format!(
                        "{} uses variables {found:?}; this app passes {variables:?}",
                        label(part)
                    ),
                }),
                None => findings.push(Finding {
                    file: actual.file.clone(),
                    line: Some(actual.line),
                    message: format!("{} is missing; this app needs it", label(part)),
                }),
            }
        }
    }
    findings
}

/// Every message of the English files the code names, by id.
fn shapes(files: &[FtlFile], findings: &mut Vec<Finding>) -> BTreeMap<String, MessageShape> {
    files
        .iter()
        .filter(|file| CODE_FILES.contains(&file.path.as_str()))
        .flat_map(|file| {
            let name = format!("{}/{}", file.locale, file.path);
            parse_file(file, &name, findings)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(ui: &str) -> ContentSource {
        let files = vec![FtlFile {
            locale: "en".into(),
            path: "ui.ftl".into(),
            text: ui.into(),
        }];
        ContentSource::from_files("{}", files, "test")
    }

    #[test]
    fn rewording_is_fine_removing_or_changing_variables_is_not() {
        let app = source("hello = Hello { $name }\nbye = Bye\n    .title = Leave\n");
        assert!(
            check_compatible(
                &source("hello = Hi { $name }!\nbye = Ciao\n    .title = Go\nnew = More\n"),
                &app
            )
            .is_empty()
        );
        let found: Vec<String> =
            check_compatible(&source("hello = Hi { $who }\nbye = Bye\n"), &app)
                .iter()
                .map(|f| f.message.clone())
                .collect();
        assert_eq!(
            found,
            [
                "bye.title is missing; this app needs it",
                "hello uses variables {\"who\"}; this app passes {\"name\"}"
            ]
        );
        let found = check_compatible(&source("hello = Hi { $name }\n"), &app);
        assert_eq!(
            found[0].message,
            "message bye is missing; this app needs it"
        );
    }

    #[test]
    fn the_built_in_content_is_compatible_with_itself() {
        let built_in = ContentSource::embedded().unwrap();
        assert_eq!(check_compatible(&built_in, &built_in), []);
    }
}
