//! Counting working days: weekends and public holidays from the catalog's calendar.
use std::collections::HashSet;

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::content::procedure::{DayCount, Period, WorkCalendar};
use crate::error::{Error, Result};

#[derive(Debug, Clone)]
pub struct WorkingDays {
    weekend: [bool; 7],
    holidays: HashSet<NaiveDate>,
    /// Weekend days worked instead of a moved day off.
    working_weekend_days: HashSet<NaiveDate>,
}

impl WorkingDays {
    pub fn from_calendar(calendar: &WorkCalendar) -> Result<WorkingDays> {
        let mut weekend = [false; 7];
        for &day in &calendar.weekend {
            let slot = (1..=7)
                .contains(&day)
                .then(|| weekend.get_mut(day as usize - 1))
                .flatten()
                .ok_or_else(|| Error::Content(format!("calendar weekday {day} is not 1–7")))?;
            *slot = true;
        }
        let dates = |list: &[String], what: &str| {
            list.iter()
                .map(|d| {
                    NaiveDate::parse_from_str(d, "%Y-%m-%d")
                        .map_err(|_| Error::Content(format!("calendar {what} {d:?} is not a date")))
                })
                .collect::<Result<HashSet<NaiveDate>>>()
        };
        let holidays = dates(&calendar.holidays, "holiday")?;
        let working_weekend_days = dates(&calendar.working_weekend_days, "working weekend day")?;
        if let Some(day) = working_weekend_days
            .iter()
            .find(|d| !weekend[d.weekday().number_from_monday() as usize - 1])
        {
            return Err(Error::Content(format!(
                "calendar working weekend day {day} is not a weekend day"
            )));
        }
        Ok(WorkingDays {
            weekend,
            holidays,
            working_weekend_days,
        })
    }

    /// Saturday and Sunday off, no holidays: for a jurisdiction without a calendar.
    pub fn weekends_only() -> WorkingDays {
        WorkingDays {
            weekend: [false, false, false, false, false, true, true],
            holidays: HashSet::new(),
            working_weekend_days: HashSet::new(),
        }
    }

    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        let weekday = date.weekday().number_from_monday() as usize - 1;
        if self.holidays.contains(&date) {
            return false;
        }
        !self.weekend[weekday] || self.working_weekend_days.contains(&date)
    }

    /// The last day of a period that starts the day after `start`: `start` + 10 calendar days, the
    /// 17th working day after `start`, or the same day a month later (the month's last day when
    /// it is shorter).
    pub fn after(&self, start: NaiveDate, period: Period) -> NaiveDate {
        match period {
            Period::Days {
                days,
                count: DayCount::Calendar,
            } => start
                .checked_add_days(Days::new(days.into()))
                .unwrap_or(NaiveDate::MAX),
            Period::Days {
                days,
                count: DayCount::Working,
            } => self.step(start, days, 1),
            Period::Months { months } => start
                .checked_add_months(Months::new(months))
                .unwrap_or(NaiveDate::MAX),
        }
    }

    /// The day a period must start to end on `end`: `end` − 30 calendar days, the 5th working day
    /// before `end`, or the same day a month earlier. When the earlier month has no such day
    /// (31 March − 1 month) it is that month's last day (28 or 29 February): the earlier reading,
    /// so "at least one month before" is never a day late.
    pub fn before(&self, end: NaiveDate, period: Period) -> NaiveDate {
        match period {
            Period::Days {
                days,
                count: DayCount::Calendar,
            } => end
                .checked_sub_days(Days::new(days.into()))
                .unwrap_or(NaiveDate::MIN),
            Period::Days {
                days,
                count: DayCount::Working,
            } => self.step(end, days, -1),
            Period::Months { months } => end
                .checked_sub_months(Months::new(months))
                .unwrap_or(NaiveDate::MIN),
        }
    }

    fn step(&self, from: NaiveDate, working_days: u32, direction: i64) -> NaiveDate {
        let mut date = from;
        let mut left = working_days;
        while left > 0 {
            let next = if direction > 0 {
                date.succ_opt()
            } else {
                date.pred_opt()
            };
            let Some(next) = next else { return date };
            date = next;
            if self.is_working_day(date) {
                left -= 1;
            }
        }
        date
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalog::Confidence;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn kz() -> WorkingDays {
        WorkingDays::from_calendar(&WorkCalendar {
            jurisdiction: "kz".into(),
            weekend: vec![6, 7],
            holidays: vec!["2026-03-23".into(), "2026-03-24".into()],
            working_weekend_days: vec!["2026-03-28".into()],
            first_year: 2026,
            last_year: 2026,
            confidence: Confidence::Unverified,
            sources: vec![],
        })
        .unwrap()
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        let days = kz();
        let working = |n| Period::Days {
            days: n,
            count: DayCount::Working,
        };
        // Friday 2026-03-20 + 3 working days: Mon 23 and Tue 24 are holidays → Wed 25, Thu 26, Fri 27.
        assert_eq!(
            days.after(date("2026-03-20"), working(3)),
            date("2026-03-27")
        );
        assert_eq!(
            days.before(date("2026-03-27"), working(3)),
            date("2026-03-20")
        );
        assert_eq!(
            days.after(
                date("2026-03-20"),
                Period::Days {
                    days: 10,
                    count: DayCount::Calendar
                }
            ),
            date("2026-03-30")
        );
        assert!(!days.is_working_day(date("2026-03-21")));
        assert!(days.is_working_day(date("2026-03-25")));
        // A Saturday worked instead of a moved day off counts.
        assert!(days.is_working_day(date("2026-03-28")));
        assert_eq!(
            days.after(date("2026-03-26"), working(2)),
            date("2026-03-28")
        );
    }

    #[test]
    fn a_month_before_is_the_same_day_or_the_shorter_months_last_day() {
        let days = kz();
        let month = Period::Months { months: 1 };
        let before = |end| days.before(date(end), month);
        // Thirty days would be one day late after a 31-day month: 31 January − 30 days is 1 January.
        assert_eq!(before("2027-01-31"), date("2026-12-31"));
        assert_eq!(before("2027-03-15"), date("2027-02-15"));
        // February has no 31st, 30th or 29th (2027): its last day, the earlier reading.
        assert_eq!(before("2027-03-31"), date("2027-02-28"));
        assert_eq!(before("2027-03-29"), date("2027-02-28"));
        assert_eq!(before("2028-03-31"), date("2028-02-29"));
        assert_eq!(before("2027-05-31"), date("2027-04-30"));
        // Across a year, and with weekends and holidays ignored (months are calendar months).
        assert_eq!(before("2027-01-01"), date("2026-12-01"));
        assert_eq!(days.before(date("2026-03-24"), month), date("2026-02-24"));
        // Forwards: the same day a month later, or the later month's last day.
        assert_eq!(days.after(date("2027-01-31"), month), date("2027-02-28"));
        assert_eq!(days.after(date("2026-12-06"), month), date("2027-01-06"));
        assert_eq!(
            days.after(date("2027-01-31"), Period::Months { months: 12 }),
            date("2028-01-31")
        );
    }

    #[test]
    fn a_bad_calendar_is_a_content_error() {
        let mut calendar = WorkCalendar {
            jurisdiction: "kz".into(),
            weekend: vec![8],
            holidays: vec![],
            working_weekend_days: vec![],
            first_year: 2026,
            last_year: 2026,
            confidence: Confidence::Unverified,
            sources: vec![],
        };
        assert!(WorkingDays::from_calendar(&calendar).is_err());
        calendar.weekend = vec![6];
        calendar.holidays = vec!["2026-02-30".into()];
        assert!(WorkingDays::from_calendar(&calendar).is_err());
        calendar.holidays = vec![];
        // A Wednesday is no weekend day to work on.
        calendar.working_weekend_days = vec!["2026-03-25".into()];
        assert!(WorkingDays::from_calendar(&calendar).is_err());
    }
}
