//! Localization: every user-visible string comes from Fluent, per-message fallback along the
//! negotiated chain, and each text says which locale it really came from.
mod ui_text;
pub use ui_text::UiText;
mod direction;
mod format;
mod negotiate;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
pub use unic_langid::LanguageIdentifier;

pub use direction::{Direction, direction_of};
pub use format::CalendarDate;
pub use negotiate::{negotiate, parse_tag};

type Bundle = FluentBundle<FluentResource>;

/// A localized string and the locale it actually came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    pub locale: LanguageIdentifier,
}

/// Gives one locale's Fluent texts; called once, when the locale is first needed (the embedded
/// content stays compressed until then).
pub type LocaleTexts = Box<dyn Fn() -> Vec<String> + Send + Sync>;

/// The Fluent messages of every locale. Bundles are parsed on first use, so a launch pays only for
/// the locales in its chain.
pub struct Messages {
    sources: HashMap<LanguageIdentifier, LocaleTexts>,
    bundles: HashMap<LanguageIdentifier, OnceLock<Bundle>>,
}

impl Messages {
    pub fn new(sources: HashMap<LanguageIdentifier, LocaleTexts>) -> Self {
        let bundles = sources
            .keys()
            .map(|lang| (lang.clone(), OnceLock::new()))
            .collect();
        Messages { sources, bundles }
    }

    pub fn bundle(&self, lang: &LanguageIdentifier) -> Option<&Bundle> {
        let cell = self.bundles.get(lang)?;
        Some(cell.get_or_init(|| self.build(lang)))
    }

    fn build(&self, lang: &LanguageIdentifier) -> Bundle {
        let mut bundle = Bundle::new_concurrent(vec![lang.clone()]);
        bundle.set_formatter(Some(format::format_value));
        // The content check and the build refuse these errors; at run time a clash or a broken
        // entry only loses that entry, never the locale.
        let _ = bundle.add_builtins();
        let _ = bundle.add_function("DATETIME", format::datetime_function);
        let texts = self
            .sources
            .get(lang)
            .map(|texts| texts())
            .unwrap_or_default();
        for text in texts {
            let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        bundle
    }

    /// Formats one message (or one of its attributes) in exactly this locale.
    pub fn format(
        &self,
        lang: &LanguageIdentifier,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let bundle = self.bundle(lang)?;
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    pub fn has(&self, lang: &LanguageIdentifier, id: &str, attribute: Option<&str>) -> bool {
        let Some(message) = self.bundle(lang).and_then(|b| b.get_message(id)) else {
            return false;
        };
        match attribute {
            Some(name) => message.get_attribute(name).is_some(),
            None => message.value().is_some(),
        }
    }
}

/// A view of the messages through one user's fallback chain.
#[derive(Clone)]
pub struct Localizer {
    messages: Arc<Messages>,
    chain: Vec<LanguageIdentifier>,
}

impl Localizer {
    pub fn new(messages: Arc<Messages>, chain: Vec<LanguageIdentifier>) -> Self {
        Localizer { messages, chain }
    }

    /// The locales tried, best first; never empty, ends with the reference locale.
    pub fn chain(&self) -> &[LanguageIdentifier] {
        &self.chain
    }

    /// The user's first choice among the available locales.
    pub fn primary(&self) -> &LanguageIdentifier {
        &self.chain[0]
    }

    pub fn messages(&self) -> &Messages {
        &self.messages
    }

    /// The message in the first locale of the chain that has it.
    pub fn lookup(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<Text> {
        self.chain.iter().find_map(|lang| {
            self.messages
                .format(lang, id, attribute, args)
                .map(|text| Text {
                    text,
                    locale: lang.clone(),
                })
        })
    }

    /// The first locale of the chain that has this message (and attribute).
    pub fn locale_of(&self, id: &str, attribute: Option<&str>) -> Option<&LanguageIdentifier> {
        self.chain
            .iter()
            .find(|lang| self.messages.has(lang, id, attribute))
    }

    /// An interface string. The content check guarantees every UI id exists in the reference
    /// locale; should one still be missing, the id is shown rather than failing the screen.
    pub fn ui(&self, id: &str) -> String {
        self.ui_with(id, None)
    }

    pub fn ui_with(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.lookup(id, None, args)
            .map(|t| t.text)
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn direction(&self) -> Direction {
        direction_of(self.primary())
    }
}

/// Fluent arguments from name–value pairs.
pub(crate) fn args<'a>(pairs: &[(&'static str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (key, value) in pairs {
        args.set(*key, value.clone());
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> LanguageIdentifier {
        tag.parse().expect("valid tag")
    }

    fn sample() -> Localizer {
        let mut sources = HashMap::new();
        sources.insert(
            lang("en"),
            vec![
                "hello = Hello\nonly-en = Only in English\ndays = { $n ->\n    [one] { $n } day\n   *[other] { $n } days\n}\namount = { NUMBER($n, minimumFractionDigits: 2) } KZT\nchecked = Checked { DATETIME($d) }\ngreet = Hello, { $name }!\n",
            ],
        );
        sources.insert(
            lang("ru"),
            vec![
                "hello = Здравствуйте\ndays = { $n ->\n    [one] { $n } день\n    [few] { $n } дня\n   *[many] { $n } дней\n}\namount = { NUMBER($n) } тенге\nchecked = Проверено: { DATETIME($d) }\n",
            ],
        );
        sources.insert(
            lang("fa"),
            vec!["hello = سلام\ngreet = سلام، { $name }!\namount = { NUMBER($n) } تنگه\n"],
        );
        let sources = sources
            .into_iter()
            .map(|(lang, texts): (_, Vec<&'static str>)| {
                let texts: LocaleTexts =
                    Box::new(move || texts.iter().map(|text| (*text).to_owned()).collect());
                (lang, texts)
            })
            .collect();
        let messages = Arc::new(Messages::new(sources));
        Localizer::new(messages, vec![lang("ru"), lang("en")])
    }

    fn with_chain(l: &Localizer, tags: &[&str]) -> Localizer {
        Localizer::new(l.messages.clone(), tags.iter().map(|t| lang(t)).collect())
    }

    fn args(pairs: &[(&str, fluent_bundle::FluentValue<'static>)]) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (k, v) in pairs {
            args.set(k.to_string(), v.clone());
        }
        args
    }

    #[test]
    fn falls_back_per_message_and_reports_the_real_locale() {
        let l = sample();
        assert_eq!(
            l.lookup("hello", None, None).map(|t| t.locale),
            Some(lang("ru"))
        );
        let only = l.lookup("only-en", None, None).expect("falls back to en");
        assert_eq!(
            (only.text.as_str(), only.locale),
            ("Only in English", lang("en"))
        );
        assert_eq!(l.lookup("nowhere", None, None), None);
        assert_eq!(l.ui("nowhere"), "nowhere");
    }

    #[test]
    fn uses_cldr_plural_rules() {
        let l = sample();
        let days = |n: i64| {
            l.ui_with("days", Some(&args(&[("n", n.into())])))
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        assert_eq!(
            [days(1), days(2), days(5), days(21)],
            ["1 день", "2 дня", "5 дней", "21 день"]
        );
    }

    #[test]
    fn formats_numbers_and_dates_with_icu() {
        let l = sample();
        let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let amount = strip(l.ui_with("amount", Some(&args(&[("n", 4325.into())]))));
        assert_eq!(amount, "4\u{a0}325 тенге");
        let checked = strip(l.ui_with("checked", Some(&args(&[("d", "2026-11-29".into())]))));
        assert!(
            checked.starts_with("Проверено: 29 ноября 2026"),
            "{checked}"
        );
        let en = with_chain(&l, &["en"]);
        let month = strip(en.ui_with("checked", Some(&args(&[("d", "2026-11".into())]))));
        assert_eq!(month, "Checked November 2026");
        let amount = strip(en.ui_with("amount", Some(&args(&[("n", 1234.5.into())]))));
        assert_eq!(amount, "1,234.50 KZT");
    }

    #[test]
    fn right_to_left_text_is_isolated_and_uses_native_digits() {
        let fa = with_chain(&sample(), &["fa", "en"]);
        assert_eq!(fa.direction(), Direction::Rtl);
        let greet = fa.ui_with("greet", Some(&args(&[("name", "Idrissa".into())])));
        // The Latin name is wrapped in FSI…PDI so it cannot reorder the Persian around it.
        assert_eq!(greet, "سلام، \u{2068}Idrissa\u{2069}!");
        let amount = fa.ui_with("amount", Some(&args(&[("n", 1500.into())])));
        assert!(amount.contains("۱٬۵۰۰"), "{amount}");
    }
}
