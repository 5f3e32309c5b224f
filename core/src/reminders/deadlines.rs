//! Deadlines: from documents' expiry dates, from events a user records, and from stays in the
//! country, by the catalog's procedures.
use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use crate::content::calendar::WorkingDays;
use crate::content::catalog::Catalog;
use crate::content::procedure::{EventKind, Procedure, Start};
use crate::reminders::model::Event;
use crate::vault::model::DocumentKind;

/// What a deadline needs of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedDocument {
    pub id: String,
    pub person_id: String,
    pub kind: DocumentKind,
    pub expires_on: NaiveDate,
}

/// One thing a person must do by a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// `doc:<document>:<procedure>` or `doc:<document>:expiry` or `event:<event>`: stable as long
    /// as the document or event exists.
    pub id: String,
    pub person_id: String,
    /// None for a document's plain expiry, which no procedure covers.
    pub procedure_id: Option<String>,
    pub document_id: Option<String>,
    pub document_kind: Option<DocumentKind>,
    pub event_id: Option<String>,
    pub due_on: NaiveDate,
}

/// Working-day calendars by jurisdiction, parsed once per computation.
pub struct Calendars(HashMap<String, WorkingDays>);

impl Calendars {
    pub fn new(catalog: &Catalog) -> Calendars {
        Calendars(
            catalog
                .calendars
                .iter()
                .filter_map(|c| Some((c.jurisdiction.clone(), WorkingDays::from_calendar(c).ok()?)))
                .collect(),
        )
    }

    /// The jurisdiction's calendar; weekends only where the catalog has none (a deadline then
    /// comes out later than it should only if a holiday falls inside it, which the content check
    /// prevents for jurisdictions with working-day procedures).
    pub fn get(&self, jurisdiction: &str) -> WorkingDays {
        self.0
            .get(jurisdiction)
            .cloned()
            .unwrap_or_else(WorkingDays::weekends_only)
    }
}

pub fn compute(
    catalog: &Catalog,
    calendars: &Calendars,
    documents: &[DatedDocument],
    events: &[Event],
) -> Vec<Deadline> {
    let mut deadlines = Vec::with_capacity(documents.len() + events.len());
    let mut by_kind: HashMap<DocumentKind, Vec<&Procedure>> = HashMap::new();
    for procedure in &catalog.procedures {
        if let Start::Expiry { kinds } = &procedure.starts {
            for kind in kinds {
                by_kind.entry(*kind).or_default().push(procedure);
            }
        }
    }
    for document in documents {
        let expires = document.expires_on;
        let base = |suffix: &str, procedure: Option<&Procedure>, due_on| Deadline {
            id: format!("doc:{}:{suffix}", document.id),
            person_id: document.person_id.clone(),
            procedure_id: procedure.map(|p| p.id.clone()),
            document_id: Some(document.id.clone()),
            document_kind: Some(document.kind),
            event_id: None,
            due_on,
        };
        match by_kind.get(&document.kind) {
            Some(procedures) => {
                for procedure in procedures {
                    let due = match procedure.period {
                        Some(period) => calendars
                            .get(&procedure.jurisdiction)
                            .before(expires, period),
                        None => expires,
                    };
                    deadlines.push(base(&procedure.id, Some(procedure), due));
                }
            }
            None => deadlines.push(base("expiry", None, expires)),
        }
    }

    // Stays need all of a person's entries and exits for the same procedure.
    let mut stays: HashMap<(&str, &str), Vec<(NaiveDate, EventKind)>> = HashMap::new();
    for event in events {
        if let Some(date) = parse(&event.happened_on) {
            stays
                .entry((&event.person_id, &event.procedure_id))
                .or_default()
                .push((date, event.kind));
        }
    }
    for list in stays.values_mut() {
        list.sort();
    }
    for event in events {
        if event.kind == EventKind::LeftCountry {
            continue;
        }
        let (Some(procedure), Some(date)) = (
            catalog.procedure(&event.procedure_id),
            parse(&event.happened_on),
        ) else {
            continue;
        };
        let due = match (&procedure.starts, procedure.period) {
            (Start::Event { event: kind }, Some(period)) if *kind == event.kind => {
                Some(calendars.get(&procedure.jurisdiction).after(date, period))
            }
            (
                Start::Stay {
                    per_entry,
                    limit,
                    window,
                },
                _,
            ) if event.kind == EventKind::EnteredCountry => {
                let history = &stays[&(event.person_id.as_str(), event.procedure_id.as_str())];
                last_day_of_stay(history, date, *per_entry, *limit, *window)
            }
            _ => None,
        };
        if let Some(due_on) = due {
            deadlines.push(Deadline {
                id: format!("event:{}", event.id),
                person_id: event.person_id.clone(),
                procedure_id: Some(procedure.id.clone()),
                document_id: None,
                document_kind: None,
                event_id: Some(event.id.clone()),
                due_on,
            });
        }
    }
    deadlines
}

fn parse(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// The last day a stay that began on `entry` may last, or None when the person has left since.
/// Days of entry and exit both count as days of stay.
fn last_day_of_stay(
    history: &[(NaiveDate, EventKind)],
    entry: NaiveDate,
    per_entry: u32,
    limit: u32,
    window: u32,
) -> Option<NaiveDate> {
    // Earlier stays, each from an entry to the exit after it.
    let mut earlier: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    let mut open: Option<NaiveDate> = None;
    for &(date, kind) in history {
        match kind {
            EventKind::EnteredCountry if date < entry => open = Some(date),
            EventKind::LeftCountry if date < entry => {
                if let Some(start) = open.take() {
                    earlier.push((start, date));
                }
            }
            // An exit on or after this entry ends this stay: nothing left to remind.
            EventKind::LeftCountry => return None,
            _ => {}
        }
    }
    let days_in = |from: NaiveDate, to: NaiveDate| -> i64 {
        earlier
            .iter()
            .map(|&(start, end)| {
                let (a, b) = (start.max(from), end.min(to));
                if a > b { 0 } else { (b - a).num_days() + 1 }
            })
            .sum()
    };
    let mut last = None;
    for offset in 0..per_entry {
        let day = entry.checked_add_days(Days::new(offset.into()))?;
        let window_start = day
            .checked_sub_days(Days::new(u64::from(window.saturating_sub(1))))
            .unwrap_or(NaiveDate::MIN);
        let present = days_in(window_start, day) + i64::from(offset) + 1;
        if present > i64::from(limit) {
            break;
        }
        last = Some(day);
    }
    // Already over the limit on the day of entry: due that very day.
    Some(last.unwrap_or(entry))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        parse(text).unwrap()
    }

    #[test]
    fn a_first_stay_ends_after_30_days() {
        let history = [(d("2026-01-01"), EventKind::EnteredCountry)];
        assert_eq!(
            last_day_of_stay(&history, d("2026-01-01"), 30, 90, 180),
            Some(d("2026-01-30"))
        );
    }

    #[test]
    fn earlier_stays_in_the_window_shorten_the_stay() {
        // Three 30-day stays; the third may last only as long as 90 in 180 allows.
        let history = [
            (d("2026-01-01"), EventKind::EnteredCountry),
            (d("2026-01-30"), EventKind::LeftCountry),
            (d("2026-02-10"), EventKind::EnteredCountry),
            (d("2026-03-11"), EventKind::LeftCountry),
            (d("2026-03-20"), EventKind::EnteredCountry),
        ];
        // 60 days used in the window; on day 30 of the third stay (2026-04-18) the window starting
        // 2025-10-21 still holds all 60 earlier days: 90 in total, allowed.
        assert_eq!(
            last_day_of_stay(&history, d("2026-03-20"), 30, 90, 180),
            Some(d("2026-04-18"))
        );
        // With a 60-day limit the third stay is over on arrival.
        assert_eq!(
            last_day_of_stay(&history, d("2026-03-20"), 30, 60, 180),
            Some(d("2026-03-20"))
        );
    }

    #[test]
    fn a_stay_that_ended_has_no_deadline() {
        let history = [
            (d("2026-01-01"), EventKind::EnteredCountry),
            (d("2026-01-10"), EventKind::LeftCountry),
        ];
        assert_eq!(
            last_day_of_stay(&history, d("2026-01-01"), 30, 90, 180),
            None
        );
    }
}
