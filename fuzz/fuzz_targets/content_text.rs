//! Content as a content pack would bring it: Fluent text, whose messages are articles in Huquq's
//! Markdown subset. Parsing, formatting and rendering any text must not panic.
#![no_main]
use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;
use huquq_core::kb::markdown;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let label = |_| String::from("Note");
    // The whole text as an article body.
    let parsed = markdown::parse(text, &label);
    let _ = markdown::plain_text(&parsed.blocks);

    // As a Fluent file: every message formatted, then rendered as an article.
    let ids: Vec<String> = match fluent_syntax::parser::parse(text) {
        Ok(resource) => message_ids(&resource),
        Err((resource, _)) => message_ids(&resource),
    };
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let russian: unic_langid::LanguageIdentifier = "ru".parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new(vec![russian]);
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    for id in ids {
        let Some(message) = bundle.get_message(&id) else {
            continue;
        };
        let Some(pattern) = message.value() else {
            continue;
        };
        let mut errors = Vec::new();
        let value = bundle.format_pattern(pattern, None, &mut errors);
        let _ = markdown::plain_text(&markdown::parse(&value, &label).blocks);
    }
});

fn message_ids(resource: &ast::Resource<&str>) -> Vec<String> {
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}
