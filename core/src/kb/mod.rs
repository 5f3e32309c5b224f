//! The knowledge base: content model, embedded content, Markdown blocks, search, screen models,
//! and the content check editors run.
pub mod catalog;
pub mod content;
pub mod coverage;
pub mod glossary;
pub mod lint;
pub mod markdown;
pub mod model;
pub mod screens;
pub mod search;
pub mod source;
pub mod terms;
