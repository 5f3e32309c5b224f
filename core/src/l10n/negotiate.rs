//! Which locales to use, in order, from what the phone (or the environment) asks for.
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// Reads a BCP 47 tag as phones report it, or a POSIX locale as terminals do (`ru_RU.UTF-8`,
/// `fr_FR@euro`). Returns `None` for `C`, `POSIX`, empty or malformed input: those never fail,
/// they just do not count.
pub fn parse_tag(raw: &str) -> Option<LanguageIdentifier> {
    let tag = raw.trim();
    let tag = tag
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if tag.is_empty() || tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
        return None;
    }
    let lang: LanguageIdentifier = tag.parse().ok()?;
    // "und" carries no preference at all.
    (lang.language.as_str() != "und").then_some(lang)
}

/// The fallback chain: the available locales matching the request, best first, always ending with
/// `last_resort` (the reference locale every message exists in).
pub fn negotiate<S: AsRef<str>>(
    requested: &[S],
    available: &[LanguageIdentifier],
    last_resort: &LanguageIdentifier,
) -> Vec<LanguageIdentifier> {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|t| parse_tag(t.as_ref()))
        .collect();
    let mut chain: Vec<LanguageIdentifier> = negotiate_languages(
        &requested,
        available,
        Some(last_resort),
        NegotiationStrategy::Filtering,
    )
    .into_iter()
    .cloned()
    .collect();
    if !chain.contains(last_resort) {
        chain.push(last_resort.clone());
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<LanguageIdentifier> {
        tags.iter().map(|t| t.parse().expect("valid tag")).collect()
    }

    fn chain(requested: &[&str]) -> Vec<String> {
        let available = langs(&["en", "ru", "fr", "fa"]);
        let en = available[0].clone();
        negotiate(requested, &available, &en)
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    #[test]
    fn follows_the_phone_order_and_ends_with_english() {
        assert_eq!(chain(&["fr-CA", "ru-KZ"]), ["fr", "ru", "en"]);
        assert_eq!(chain(&["kk-KZ", "ru-RU"]), ["ru", "en"]);
        assert_eq!(chain(&["en-US", "fr"]), ["en", "fr"]);
    }

    #[test]
    fn unknown_and_malformed_tags_fall_back_without_error() {
        assert_eq!(chain(&["xx-YY", "!!not a tag", "", "C", "POSIX"]), ["en"]);
        assert_eq!(chain(&[]), ["en"]);
    }

    #[test]
    fn reads_posix_locales() {
        assert_eq!(
            parse_tag("ru_RU.UTF-8").map(|l| l.to_string()),
            Some("ru-RU".into())
        );
        assert_eq!(
            parse_tag("fr_FR@euro").map(|l| l.to_string()),
            Some("fr-FR".into())
        );
        assert_eq!(chain(&["fa_IR.UTF-8"]), ["fa", "en"]);
    }
}
