//! Numbers and dates formatted by ICU4X with CLDR data, plugged into Fluent.
//!
//! fluent-rs formats numbers without locale rules and has no DATETIME at all, so the bundles get a
//! value formatter and a `DATETIME` function backed by ICU4X. Formatters are cached per bundle by
//! Fluent's own memoizer, so each locale builds each formatter once.
use std::borrow::Cow;

use fixed_decimal::{Decimal, FloatPrecision};
use fluent_bundle::types::FluentType;
use fluent_bundle::{FluentArgs, FluentValue};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YM, YMD};
use icu_decimal::DecimalFormatter;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// A calendar date, or a month when the day is not known (a source "checked in 2026-11").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u8,
    pub day: Option<u8>,
}

impl CalendarDate {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`; rejects impossible dates such as 2027-02-30.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.trim().split('-');
        let year = parts.next()?;
        let month = parts.next()?;
        let day = parts.next();
        if parts.next().is_some()
            || year.len() != 4
            || month.len() != 2
            || day.is_some_and(|d| d.len() != 2)
        {
            return None;
        }
        let date = CalendarDate {
            year: year.parse().ok()?,
            month: month.parse().ok()?,
            day: match day {
                Some(d) => Some(d.parse().ok()?),
                None => None,
            },
        };
        Date::try_new_gregorian(date.year, date.month, date.day.unwrap_or(1)).ok()?;
        Some(date)
    }
}

fn icu_locale(lang: &LanguageIdentifier) -> icu_locale::Locale {
    lang.to_string()
        .parse()
        .unwrap_or(icu_locale::Locale::UNKNOWN)
}

struct NumberFormatter(DecimalFormatter);

impl Memoizable for NumberFormatter {
    type Args = ();
    type Error = icu_provider::DataError;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        DecimalFormatter::try_new(icu_locale(&lang).into(), Default::default()).map(NumberFormatter)
    }
}

/// Legal texts cite Gregorian dates, so dates stay Gregorian in every locale (fa would otherwise
/// default to the Solar Hijri calendar and no longer match the citation).
struct DateFormatters {
    day: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
}

impl Memoizable for DateFormatters {
    type Args = ();
    type Error = icu_datetime::DateTimeFormatterLoadError;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        let locale = icu_locale(&lang);
        Ok(DateFormatters {
            day: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())?,
            month: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::long())?,
        })
    }
}

fn decimal(
    value: f64,
    min_fraction: Option<usize>,
    max_fraction: Option<usize>,
) -> Option<Decimal> {
    let mut number = Decimal::try_from_f64(value, FloatPrecision::RoundTrip).ok()?;
    if let Some(max) = max_fraction {
        number.round(-(max.min(20) as i16));
    }
    if let Some(min) = min_fraction {
        number.pad_end(-(min.min(20) as i16));
    }
    Some(number)
}

/// Fluent's value formatter: numbers through ICU4X, everything else left to Fluent.
pub(crate) fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let options = &number.options;
    let number = decimal(
        number.value,
        options.minimum_fraction_digits,
        options.maximum_fraction_digits,
    )?;
    intls
        .with_try_get::<NumberFormatter, _, _>((), |f| f.0.format(&number).to_string())
        .ok()
}

/// A date placed in a Fluent message by `DATETIME($date)`.
#[derive(Debug, Clone, PartialEq)]
struct FluentDate(CalendarDate);

impl FluentType for FluentDate {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }
    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        // Bundles here are always the concurrent kind; this path exists only to satisfy the trait.
        Cow::Owned(iso(&self.0))
    }
    fn as_string_threadsafe(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        let date = self.0;
        let Ok(gregorian) = Date::try_new_gregorian(date.year, date.month, date.day.unwrap_or(1))
        else {
            return Cow::Owned(iso(&date));
        };
        intls
            .with_try_get::<DateFormatters, _, _>((), |f| match date.day {
                Some(_) => f.day.format(&gregorian).to_string(),
                None => f.month.format(&gregorian).to_string(),
            })
            .map(Cow::Owned)
            .unwrap_or_else(|_| Cow::Owned(iso(&date)))
    }
}

fn iso(date: &CalendarDate) -> String {
    match date.day {
        Some(day) => format!("{:04}-{:02}-{day:02}", date.year, date.month),
        None => format!("{:04}-{:02}", date.year, date.month),
    }
}

/// `DATETIME($date)`: `$date` is an ISO date (`2026-11-29`) or month (`2026-11`).
pub(crate) fn datetime_function<'a>(
    positional: &[FluentValue<'a>],
    _named: &FluentArgs,
) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::String(text)) => match CalendarDate::parse_iso(text) {
            Some(date) => FluentValue::Custom(Box::new(FluentDate(date))),
            None => FluentValue::Error,
        },
        Some(FluentValue::Custom(custom)) => FluentValue::Custom(custom.duplicate()),
        _ => FluentValue::Error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_months_and_rejects_impossible_ones() {
        assert_eq!(
            CalendarDate::parse_iso("2026-11-29"),
            Some(CalendarDate {
                year: 2026,
                month: 11,
                day: Some(29)
            })
        );
        assert_eq!(
            CalendarDate::parse_iso("2026-11"),
            Some(CalendarDate {
                year: 2026,
                month: 11,
                day: None
            })
        );
        assert_eq!(CalendarDate::parse_iso("2027-02-30"), None);
        assert_eq!(CalendarDate::parse_iso("2026-13"), None);
        assert_eq!(CalendarDate::parse_iso("26-11-01"), None);
        assert_eq!(CalendarDate::parse_iso(""), None);
    }

    #[test]
    fn rounds_and_pads_fraction_digits() {
        assert_eq!(
            decimal(1.005, None, Some(1)).map(|d| d.to_string()),
            Some("1.0".into())
        );
        assert_eq!(
            decimal(2.0, Some(2), None).map(|d| d.to_string()),
            Some("2.00".into())
        );
    }
}
