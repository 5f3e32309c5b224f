//! The knowledge base: Markdown blocks, search, screen models, the glossary, and the content check
//! and coverage report editors run.
pub mod coverage;
pub mod glossary;
pub mod lint;
pub mod markdown;
pub mod model;
pub mod quality;
pub mod query;
pub mod screens;
pub mod search;
pub mod stopwords;
pub mod suffixes;
pub mod terms;
pub mod translit;
pub mod typos;
