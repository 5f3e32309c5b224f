//! Text direction of a locale, from CLDR likely-subtags data (ICU4X).
use serde::Serialize;
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Direction {
    Ltr,
    Rtl,
}

pub fn direction_of(lang: &LanguageIdentifier) -> Direction {
    let Ok(locale) = lang.to_string().parse::<icu_locale::LanguageIdentifier>() else {
        return Direction::Ltr;
    };
    if icu_locale::LocaleDirectionality::new_common().is_right_to_left(&locale) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_script_languages_are_right_to_left() {
        for tag in ["fa", "ar", "fa-IR", "ar-EG"] {
            let lang: LanguageIdentifier = tag.parse().expect("valid tag");
            assert_eq!(direction_of(&lang), Direction::Rtl, "{tag}");
        }
        for tag in ["en", "ru", "kk", "uz", "fr", "tg"] {
            let lang: LanguageIdentifier = tag.parse().expect("valid tag");
            assert_eq!(direction_of(&lang), Direction::Ltr, "{tag}");
        }
    }
}
