//! Deadlines as an iCalendar file (RFC 5545), for any calendar app: one all-day event per open
//! deadline, with a display alarm at each future reminder instant. The texts are the lock-screen
//! ones: calendars sync to servers, so no name and no document number go in.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};

use crate::l10n::Localizer;
use crate::reminders::deadlines::Deadline;
use crate::reminders::schedule::{Planned, ValidSettings};
use crate::reminders::texts;

/// The calendar text and the number of events in it.
pub fn calendar(
    l10n: &Localizer,
    deadlines: &[Deadline],
    open: &[usize],
    planned: &[Planned],
    settings: &ValidSettings,
    now: DateTime<Utc>,
) -> (String, usize) {
    let mut alarms: HashMap<usize, Vec<&Planned>> = HashMap::new();
    for reminder in planned {
        alarms.entry(reminder.deadline).or_default().push(reminder);
    }
    let today = settings.today(now);
    let mut calendar = Calendar::new();
    calendar.name(&l10n.ui("calendar-name"));
    for &index in open {
        let deadline = &deadlines[index];
        let title = texts::title(l10n, deadline);
        let mut event = Event::new();
        event
            .uid(&format!("{}@huquq", deadline.id))
            .timestamp(now)
            .all_day(deadline.due_on)
            .summary(&title)
            .description(&texts::notification_body(l10n, deadline, today));
        for reminder in alarms.get(&index).into_iter().flatten() {
            event.alarm(Alarm::display(
                &texts::notification_body(l10n, deadline, reminder.on),
                reminder.at,
            ));
        }
        calendar.push(event.done());
    }
    (calendar.done().to_string(), open.len())
}
