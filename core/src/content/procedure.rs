//! Procedures and working-day calendars as they are written in `locales/catalog.json`.
use serde::{Deserialize, Serialize};

use crate::content::catalog::{Confidence, Source, TranslationStatus};
use crate::vault::model::DocumentKind;
use std::collections::BTreeMap;

/// Something that happened to a person and starts a legal clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum EventKind {
    /// Moved to a new address.
    Moved,
    /// Received a copy of a decision (a fine, an administrative penalty).
    DecisionReceived,
    /// Handed the passport to the migration office (for a residence card, for example).
    PassportHandedOver,
    EnteredCountry,
    LeftCountry,
    JobChanged,
}

impl EventKind {
    pub const ALL: [EventKind; 6] = [
        EventKind::Moved,
        EventKind::DecisionReceived,
        EventKind::PassportHandedOver,
        EventKind::EnteredCountry,
        EventKind::LeftCountry,
        EventKind::JobChanged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Moved => "moved",
            EventKind::DecisionReceived => "decision_received",
            EventKind::PassportHandedOver => "passport_handed_over",
            EventKind::EnteredCountry => "entered_country",
            EventKind::LeftCountry => "left_country",
            EventKind::JobChanged => "job_changed",
        }
    }

    /// Accepts `decision_received` and `decision-received`.
    pub fn parse(text: &str) -> Option<EventKind> {
        let text = text.trim().replace('-', "_");
        EventKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// What starts a procedure's clock.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Start {
    /// The deadline falls `period` before the expiry of a document of one of these kinds.
    Expiry { kinds: Vec<DocumentKind> },
    /// The deadline falls `period` after an event the user records.
    Event { event: EventKind },
    /// A stay that began with an `entered_country` event: at most `per_entry` days from each
    /// entry, and at most `limit` days in any `window` days (the 30/90/180 rule).
    Stay {
        per_entry: u32,
        limit: u32,
        window: u32,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayCount {
    Calendar,
    /// Weekends and public holidays of the jurisdiction's calendar do not count.
    Working,
}

/// How long a procedure runs: `{"days": 10, "count": "calendar"}` or `{"months": 1}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Period {
    Days {
        days: u32,
        count: DayCount,
    },
    /// Calendar months: the same day of the month, or the month's last day when it has no such
    /// day (31 January + 1 month = 28 February). That is the earlier of the possible readings.
    Months {
        months: u32,
    },
}

impl Period {
    /// Whether public holidays move the end of this period.
    pub fn counts_working_days(self) -> bool {
        matches!(
            self,
            Period::Days {
                count: DayCount::Working,
                ..
            }
        )
    }

    /// The longest this period can be, in days (months counted as 31 days), for sanity checks.
    pub fn max_days(self) -> u32 {
        match self {
            Period::Days { days, .. } => days,
            Period::Months { months } => months.saturating_mul(31),
        }
    }
}

/// A document the law requires for the procedure. `kinds` are the vault's document kinds that
/// satisfy it (empty for things the vault does not track, such as photos).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequiredItem {
    pub id: String,
    #[serde(default)]
    pub kinds: Vec<DocumentKind>,
    /// The legal basis as a citation in its original form ("egov.kz service 009pass_mvd"); what it
    /// says is the item's own text, translated (`.need-<id>`).
    pub citation: String,
    /// The research marks this item uncertain; the procedure's `.unverified` says why.
    #[serde(default)]
    pub unverified: bool,
}

/// A paper officials ask for although the law does not require it, with the basis that says so.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotRequiredItem {
    pub id: String,
    /// As for [`RequiredItem::citation`]; the text is `.no-need-<id>`.
    pub citation: String,
    #[serde(default)]
    pub unverified: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    pub id: String,
    pub jurisdiction: String,
    /// The article that explains it.
    pub article: Option<String>,
    pub starts: Start,
    /// Absent only for stays, whose limit is in `starts`.
    pub period: Option<Period>,
    /// Marking this procedure done (e.g. "renewal filed") starts this one on the same day.
    pub follow_up: Option<String>,
    pub required: Vec<RequiredItem>,
    #[serde(default)]
    pub not_required: Vec<NotRequiredItem>,
    pub confidence: Confidence,
    pub sources: Vec<Source>,
    pub translations: BTreeMap<String, TranslationStatus>,
}

impl Procedure {
    /// The event a user records to start this procedure, if it is started by one.
    pub fn start_event(&self) -> Option<EventKind> {
        match self.starts {
            Start::Event { event } => Some(event),
            Start::Stay { .. } => Some(EventKind::EnteredCountry),
            Start::Expiry { .. } => None,
        }
    }
}

/// Days that are not working days in a jurisdiction, for periods counted in working days.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkCalendar {
    pub jurisdiction: String,
    /// ISO weekday numbers, Monday = 1.
    pub weekend: Vec<u32>,
    /// Public holidays and the days off moved to replace those falling on a weekend, `YYYY-MM-DD`.
    pub holidays: Vec<String>,
    /// Weekend days made working days when a day off was moved (Sunday 5 January 2025, say).
    #[serde(default)]
    pub working_weekend_days: Vec<String>,
    /// The years the holiday list is complete for.
    pub first_year: i32,
    pub last_year: i32,
    pub confidence: Confidence,
    pub sources: Vec<Source>,
}
