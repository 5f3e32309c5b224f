//! The reminder schedule: for each deadline, the days to remind on, fired at the user's local time
//! in their IANA time zone and turned into UTC instants by the tz database (so daylight saving and
//! zone changes, such as Kazakhstan's move to one zone in 2024, come out right).
use std::collections::HashMap;

use chrono::{
    DateTime, Days, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc,
};
use chrono_tz::Tz;

use crate::error::{Error, Field, Problem, Result};
use crate::reminders::deadlines::Deadline;
use crate::reminders::model::ReminderSettings;
use crate::reminders::store::DeadlineChoice;

/// A reminder more than a year before its deadline is a typo.
pub const MAX_OFFSET_DAYS: u32 = 365;
/// Overdue reminders stop after this many days at most.
pub const MAX_OVERDUE_DAYS: u32 = 365;

/// Settings checked and parsed.
#[derive(Debug, Clone)]
pub struct ValidSettings {
    pub time: NaiveTime,
    pub zone: Tz,
    pub offsets: Vec<u32>,
    pub overdue_days: u32,
}

impl ValidSettings {
    pub fn new(settings: &ReminderSettings) -> Result<ValidSettings> {
        let invalid = |field, problem| Error::Invalid { field, problem };
        let time = parse_time(&settings.time)
            .ok_or_else(|| invalid(Field::ReminderTime, Problem::BadTime))?;
        let zone: Tz = settings
            .time_zone
            .trim()
            .parse()
            .map_err(|_| invalid(Field::TimeZone, Problem::UnknownTimeZone))?;
        let offsets = valid_offsets(&settings.offsets)?;
        if settings.overdue_days > MAX_OVERDUE_DAYS {
            return Err(invalid(Field::Offsets, Problem::OffsetTooLarge));
        }
        Ok(ValidSettings {
            time,
            zone,
            offsets,
            overdue_days: settings.overdue_days,
        })
    }

    /// The user's calendar day at `now`.
    pub fn today(&self, now: DateTime<Utc>) -> NaiveDate {
        self.local(now).date()
    }

    /// The user's wall-clock time at `now`.
    pub fn local(&self, now: DateTime<Utc>) -> NaiveDateTime {
        now.with_timezone(&self.zone).naive_local()
    }

    /// `date` at the reminder time, in UTC. A time that does not exist that day (skipped by a
    /// daylight-saving change) moves forward to the first one that does; a time that happens twice
    /// takes the first.
    pub fn instant(&self, date: NaiveDate) -> DateTime<Utc> {
        let mut local = date.and_time(self.time);
        for _ in 0..8 {
            match self.zone.from_local_datetime(&local) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => {
                    return t.with_timezone(&Utc);
                }
                LocalResult::None => local += TimeDelta::minutes(30),
            }
        }
        // No zone skips more than a few hours; treat the time as UTC rather than fail.
        Utc.from_utc_datetime(&local)
    }
}

/// `HH:MM`, 00:00–23:59.
fn parse_time(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.trim().split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// Sorted latest first, without repeats; each at most a year.
pub fn valid_offsets(offsets: &[u32]) -> Result<Vec<u32>> {
    if offsets.iter().any(|&o| o > MAX_OFFSET_DAYS) {
        return Err(Error::Invalid {
            field: Field::Offsets,
            problem: Problem::OffsetTooLarge,
        });
    }
    let mut offsets = offsets.to_vec();
    offsets.sort_unstable_by(|a, b| b.cmp(a));
    offsets.dedup();
    Ok(offsets)
}

/// One reminder: which deadline, on which local day, at which instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub deadline: usize,
    pub on: NaiveDate,
    pub at: DateTime<Utc>,
}

/// Whether a deadline was marked done for its current due date.
pub fn is_done(deadline: &Deadline, choice: Option<&DeadlineChoice>) -> bool {
    choice.is_some_and(|c| c.done_for == Some(deadline.due_on))
}

/// The snooze date, if one is set for the deadline's current due date.
pub fn snoozed_until(deadline: &Deadline, choice: Option<&DeadlineChoice>) -> Option<NaiveDate> {
    choice
        .filter(|c| c.snoozed_for == Some(deadline.due_on))
        .and_then(|c| c.snoozed_until)
}

/// Every reminder after `now`, soonest first. A deadline already past keeps reminding once a day
/// for `overdue_days`, from today on: overdue is never dropped silently, and no reminder is ever
/// in the past.
pub fn plan(
    deadlines: &[Deadline],
    choices: &HashMap<String, DeadlineChoice>,
    settings: &ValidSettings,
    now: DateTime<Utc>,
) -> Vec<Planned> {
    // Days before yesterday can only give instants in the past, whatever the zone.
    let earliest = settings
        .today(now)
        .checked_sub_days(Days::new(1))
        .unwrap_or(NaiveDate::MIN);
    // Ties (two deadlines reminding at one instant) in the order of their ids, so the same state
    // always gives the same list; ranks keep string comparisons out of the big sort.
    let mut by_id: Vec<usize> = (0..deadlines.len()).collect();
    by_id.sort_unstable_by(|&a, &b| deadlines[a].id.cmp(&deadlines[b].id));
    let mut rank = vec![0u64; deadlines.len()];
    for (position, &index) in by_id.iter().enumerate() {
        rank[index] = position as u64;
    }
    let now_seconds = now.timestamp();
    // Each reminder with one integer to sort by: seconds since 1970 above, the deadline's rank
    // below (reminders are after `now`, so never before 1970; deadlines are far fewer than 2^20).
    let mut planned: Vec<(u64, Planned)> = Vec::new();
    let mut days: Vec<NaiveDate> = Vec::with_capacity(64);
    let mut instants = InstantCache::new(earliest);
    for (index, deadline) in deadlines.iter().enumerate() {
        let choice = choices.get(&deadline.id);
        if is_done(deadline, choice) {
            continue;
        }
        let offsets = choice
            .and_then(|c| c.offsets.as_deref())
            .unwrap_or(&settings.offsets);
        days.clear();
        let due = deadline.due_on;
        // Offsets are kept largest first, so these days come out in order.
        days.extend(
            offsets
                .iter()
                .filter_map(|&o| due.checked_sub_days(Days::new(o.into()))),
        );
        days.extend(
            (1..=settings.overdue_days).filter_map(|k| due.checked_add_days(Days::new(k.into()))),
        );
        if let Some(until) = snoozed_until(deadline, choice) {
            days.retain(|d| *d >= until);
            days.push(until);
            days.sort_unstable();
            days.dedup();
        }
        for &on in days.iter().filter(|d| **d >= earliest) {
            let (at, seconds) = instants.get(on, settings);
            if seconds > now_seconds {
                let key = (u64::try_from(seconds).unwrap_or(0) << 20) | rank[index];
                planned.push((
                    key,
                    Planned {
                        deadline: index,
                        on,
                        at,
                    },
                ));
            }
        }
    }
    planned.sort_unstable_by_key(|(key, _)| *key);
    planned.into_iter().map(|(_, p)| p).collect()
}

/// Reminder instants by local day: thousands of reminders share a few thousand days, and the tz
/// database lookup is the costly part.
struct InstantCache {
    base: NaiveDate,
    slots: Vec<Option<(DateTime<Utc>, i64)>>,
}

impl InstantCache {
    fn new(base: NaiveDate) -> Self {
        InstantCache {
            base,
            slots: Vec::new(),
        }
    }

    /// The instant, and the same in seconds since 1970.
    fn get(&mut self, date: NaiveDate, settings: &ValidSettings) -> (DateTime<Utc>, i64) {
        let compute = || {
            let at = settings.instant(date);
            (at, at.timestamp())
        };
        let Ok(slot) = usize::try_from((date - self.base).num_days()) else {
            return compute();
        };
        if slot >= self.slots.len() {
            self.slots.resize(slot + 1, None);
        }
        *self.slots[slot].get_or_insert_with(compute)
    }
}

/// A stable positive 32-bit id (FNV-1a), for platforms that number their notifications.
pub fn numeric_id(id: &str) -> i32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in id.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    i32::try_from(hash & 0x7fff_ffff).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn settings(zone: &str) -> ValidSettings {
        ValidSettings::new(&ReminderSettings {
            time_zone: zone.into(),
            ..ReminderSettings::default()
        })
        .unwrap()
    }

    fn deadline(id: &str, due: &str) -> Deadline {
        Deadline {
            id: id.into(),
            person_id: "p".into(),
            procedure_id: None,
            document_id: Some("doc".into()),
            document_kind: None,
            event_id: None,
            due_on: d(due),
        }
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn kazakhstan_moved_to_one_zone_on_1_march_2024() {
        let almaty = settings("Asia/Almaty");
        // 09:00 at UTC+6 before the change, at UTC+5 after it.
        assert_eq!(almaty.instant(d("2024-02-28")), utc("2024-02-28T03:00:00Z"));
        assert_eq!(almaty.instant(d("2024-03-02")), utc("2024-03-02T04:00:00Z"));
    }

    #[test]
    fn daylight_saving_keeps_the_local_time_and_skips_missing_hours() {
        let berlin = settings("Europe/Berlin");
        assert_eq!(berlin.instant(d("2026-03-28")), utc("2026-03-28T08:00:00Z"));
        assert_eq!(berlin.instant(d("2026-03-30")), utc("2026-03-30T07:00:00Z"));
        let mut early = berlin.clone();
        early.time = NaiveTime::from_hms_opt(2, 30, 0).unwrap();
        // 02:30 does not exist in Berlin on 2026-03-29: the reminder comes at 03:00 local.
        assert_eq!(early.instant(d("2026-03-29")), utc("2026-03-29T01:00:00Z"));
    }

    #[test]
    fn bad_settings_are_refused() {
        let check = |s: ReminderSettings| ValidSettings::new(&s).err();
        let base = ReminderSettings::default();
        assert!(matches!(
            check(ReminderSettings {
                time_zone: "Mars/Olympus".into(),
                ..base.clone()
            }),
            Some(Error::Invalid {
                field: Field::TimeZone,
                problem: Problem::UnknownTimeZone
            })
        ));
        for time in ["25:00", "9", "09:5", "ab:cd", ""] {
            assert!(
                matches!(
                    check(ReminderSettings {
                        time: time.into(),
                        ..base.clone()
                    }),
                    Some(Error::Invalid {
                        field: Field::ReminderTime,
                        problem: Problem::BadTime
                    })
                ),
                "{time}"
            );
        }
        assert!(matches!(
            check(ReminderSettings {
                offsets: vec![366],
                ..base.clone()
            }),
            Some(Error::Invalid {
                field: Field::Offsets,
                problem: Problem::OffsetTooLarge
            })
        ));
        assert!(
            check(ReminderSettings {
                time: "7:05".into(),
                ..base
            })
            .is_none()
        );
    }

    #[test]
    fn reminders_come_before_the_deadline_and_never_in_the_past() {
        let almaty = settings("Asia/Almaty");
        let deadlines = [deadline("a", "2026-12-31")];
        let now = utc("2026-12-20T10:00:00Z");
        let planned = plan(&deadlines, &HashMap::new(), &almaty, now);
        let days: Vec<String> = planned.iter().take(5).map(|p| p.on.to_string()).collect();
        // 14 days before (12-17) is past; 7, 3, 1 and 0 days before remain, then overdue days.
        assert_eq!(
            days,
            [
                "2026-12-24",
                "2026-12-28",
                "2026-12-30",
                "2026-12-31",
                "2027-01-01"
            ]
        );
        assert!(planned.iter().all(|p| p.at > now));
        assert_eq!(planned.len(), 4 + 30);
    }

    #[test]
    fn an_overdue_deadline_reminds_daily_from_now_for_a_bounded_time() {
        let almaty = settings("Asia/Almaty");
        let deadlines = [deadline("late", "2026-11-20")];
        // 29 Nov 2026, 12:00 in Almaty: today's 09:00 has passed.
        let planned = plan(
            &deadlines,
            &HashMap::new(),
            &almaty,
            utc("2026-11-29T07:00:00Z"),
        );
        assert_eq!(planned.first().map(|p| p.on), Some(d("2026-11-30")));
        assert_eq!(planned.last().map(|p| p.on), Some(d("2026-12-20")));
        assert_eq!(planned.len(), 21);
    }

    #[test]
    fn done_and_snoozed_deadlines_follow_the_choice_for_their_due_date() {
        let almaty = settings("Asia/Almaty");
        let deadlines = [deadline("a", "2027-01-31")];
        let now = utc("2026-12-20T10:00:00Z");
        let mut choices = HashMap::new();
        choices.insert(
            "a".to_owned(),
            DeadlineChoice {
                done_for: Some(d("2027-01-31")),
                ..DeadlineChoice::default()
            },
        );
        assert!(plan(&deadlines, &choices, &almaty, now).is_empty());
        // Done for an older due date: the new deadline reminds again.
        choices.get_mut("a").unwrap().done_for = Some(d("2026-01-31"));
        assert!(!plan(&deadlines, &choices, &almaty, now).is_empty());
        choices.insert(
            "a".to_owned(),
            DeadlineChoice {
                snoozed_until: Some(d("2027-01-30")),
                snoozed_for: Some(d("2027-01-31")),
                ..DeadlineChoice::default()
            },
        );
        let planned = plan(&deadlines, &choices, &almaty, now);
        assert_eq!(planned.first().map(|p| p.on), Some(d("2027-01-30")));
    }

    #[test]
    fn numeric_ids_are_stable_and_positive() {
        assert_eq!(
            numeric_id("doc:1:expiry/2026-12-01"),
            numeric_id("doc:1:expiry/2026-12-01")
        );
        assert_ne!(numeric_id("a"), numeric_id("b"));
        assert!(numeric_id("anything") >= 0);
    }
}
