//! Settings, the PIN form, the reminder days a deadline can use, the snooze picker's bounds and a
//! backup's progress: each a model built from the core's state, with its defaults from here only.
use chrono::{Days, NaiveDate};

use crate::content::pack::{ContentOrigin, PackError};
use crate::l10n::{Localizer, args};
use crate::reminders::model::ReminderSettings;
use crate::screens::model::{
    ContentSection, DayChoice, DaysChoice, EraseSection, PinForm, PinLimitChoice, ProgressKind,
    ProgressScreen, SettingsScreen, SnoozeChoice, VaultSettings,
};
use crate::vault::pin::DEFAULT_MAX_ATTEMPTS;

/// Wrong PINs allowed before the PIN-wrapped key is erased: the default first.
pub const PIN_LIMITS: [u32; 2] = [DEFAULT_MAX_ATTEMPTS, 5];

pub struct SettingsParts<'a> {
    /// The language in use, by its own name.
    pub language: String,
    pub vault_exists: bool,
    /// The reminder settings when the vault is open.
    pub reminders: Option<&'a ReminderSettings>,
    pub has_pin: bool,
    /// Where the content in use came from, and why an installed pack is not used.
    pub content: (ContentOrigin, Option<PackError>),
}

pub fn build(l10n: &Localizer, parts: SettingsParts) -> SettingsScreen {
    let vault = parts.reminders.map(|settings| VaultSettings {
        reminders_heading: l10n.ui("settings-reminders"),
        reminders_text: l10n.ui_with(
            "reminders-settings",
            Some(&args(&[
                ("time", settings.time.as_str().into()),
                ("zone", settings.time_zone.as_str().into()),
            ])),
        ),
        reminder_time_label: l10n.ui("field-reminder-time"),
        reminder_time: settings.time.clone(),
        reminder_hour: hour_minute(&settings.time).0,
        reminder_minute: hour_minute(&settings.time).1,
        reminder_zone: settings.time_zone.clone(),
        days_label: l10n.ui("field-offsets"),
        days: day_choices(l10n, &settings.offsets),
        pin_heading: l10n.ui("settings-pin"),
        pin_text: l10n.ui("settings-pin-explain"),
        pin_set: parts.has_pin,
        pin_button: l10n.ui(if parts.has_pin {
            "settings-pin-change"
        } else {
            "settings-pin-set"
        }),
        backup_heading: l10n.ui("settings-backup"),
        backup_text: l10n.ui("settings-backup-explain"),
        backup_button: l10n.ui("settings-backup-button"),
        restore_text: l10n.ui("settings-restore-explain"),
        restore_button: l10n.ui("settings-restore-button"),
    });
    SettingsScreen {
        title: l10n.ui("settings-title"),
        language_label: l10n.ui("settings-language"),
        language: parts.language,
        vault,
        erase: parts.vault_exists.then(|| EraseSection {
            heading: l10n.ui("settings-erase"),
            button: l10n.ui("settings-erase"),
            confirm: l10n.ui("settings-erase-warning"),
        }),
        content: content_section(l10n, &parts.content.0, parts.content.1.as_ref()),
        direction: l10n.direction(),
    }
}

pub fn content_section(
    l10n: &Localizer,
    origin: &ContentOrigin,
    fallback: Option<&PackError>,
) -> ContentSection {
    let (text, release, share_button) = match origin {
        ContentOrigin::BuiltIn { release } => {
            let date = release.map(|r| r.date.to_string()).unwrap_or_default();
            (
                l10n.ui_with(
                    "settings-content-built-in",
                    Some(&args(&[("date", date.into())])),
                ),
                release.map(|r| r.to_string()).unwrap_or_default(),
                None,
            )
        }
        ContentOrigin::Pack(pack) => (
            l10n.ui_with(
                "settings-content-pack",
                Some(&args(&[
                    ("date", pack.release.date.to_string().into()),
                    ("publisher", pack.publisher.as_str().into()),
                    ("installed", pack.installed_on.to_string().into()),
                ])),
            ),
            pack.release.to_string(),
            Some(l10n.ui("settings-content-share")),
        ),
    };
    // The reason (`PackError::detail`) is for logs and publishers; the user needs what to do.
    let notice = fallback.map(|_| l10n.ui("settings-content-fallback"));
    ContentSection {
        heading: l10n.ui("settings-content"),
        text,
        release,
        explain: l10n.ui("settings-content-explain"),
        notice,
        update_button: l10n.ui("settings-content-update"),
        max_file_bytes: crate::content::pack::MAX_PACK_BYTES,
        share_button,
    }
}

/// Hour and minute of a stored `HH:MM` (checked when saved); 09:00 should it ever not parse.
fn hour_minute(time: &str) -> (u8, u8) {
    chrono::NaiveTime::parse_from_str(time, "%H:%M")
        .map(|t| {
            use chrono::Timelike;
            (t.hour() as u8, t.minute() as u8)
        })
        .unwrap_or((9, 0))
}

/// The usual days before a deadline (the defaults' days) plus any already chosen, latest first;
/// the chosen ones selected. A setting of 90 days stays visible so it can be unticked.
pub fn day_choices(l10n: &Localizer, chosen: &[u32]) -> Vec<DayChoice> {
    let mut days: Vec<u32> = ReminderSettings::default().offsets;
    days.extend_from_slice(chosen);
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    days.into_iter()
        .map(|day| DayChoice {
            days: day,
            label: l10n.ui_with(
                "reminders-day-option",
                Some(&args(&[("count", day.into())])),
            ),
            selected: chosen.contains(&day),
        })
        .collect()
}

pub fn days_choice(l10n: &Localizer, chosen: &[u32]) -> DaysChoice {
    DaysChoice {
        title: l10n.ui("reminders-days-before"),
        days: day_choices(l10n, chosen),
        usual_label: l10n.ui("reminders-use-usual-days"),
    }
}

/// A deadline can be snoozed from tomorrow on; the picker starts a week ahead, but never past a
/// deadline that is still ahead (snoozing past it would skip the day itself).
pub fn snooze(l10n: &Localizer, today: NaiveDate, due_on: NaiveDate) -> SnoozeChoice {
    let day = |n| {
        today
            .checked_add_days(Days::new(n))
            .unwrap_or(NaiveDate::MAX)
    };
    let week = day(7);
    let suggested = if due_on > today && due_on < week {
        due_on
    } else {
        week
    };
    SnoozeChoice {
        title: l10n.ui("field-snooze-until"),
        earliest: day(1).format("%Y-%m-%d").to_string(),
        suggested: suggested.format("%Y-%m-%d").to_string(),
    }
}

pub fn pin_form(l10n: &Localizer, changing: bool) -> PinForm {
    // Every PIN has a limit (without one, a PIN on a stolen phone could be tried for ever); the
    // default comes first and is chosen.
    let limits = PIN_LIMITS
        .iter()
        .map(|&n| PinLimitChoice {
            attempts: Some(n),
            label: l10n.ui_with("pin-limit", Some(&args(&[("count", n.into())]))),
            selected: n == DEFAULT_MAX_ATTEMPTS,
        })
        .collect::<Vec<_>>();
    PinForm {
        title: l10n.ui(if changing {
            "settings-pin-change"
        } else {
            "settings-pin-set"
        }),
        current_label: changing.then(|| l10n.ui("pin-current")),
        new_label: l10n.ui("pin-new"),
        again_label: l10n.ui("pin-again"),
        limit_heading: l10n.ui("pin-limit-heading"),
        limits: if changing { vec![] } else { limits },
        direction: l10n.direction(),
    }
}

pub fn progress(l10n: &Localizer, kind: ProgressKind, done: u64, total: u64) -> ProgressScreen {
    let title = l10n.ui(match kind {
        ProgressKind::Backup => "backup-running",
        ProgressKind::Restore => "restore-running",
        ProgressKind::CaseFile => "casefile-making",
    });
    let percent = (total > 0).then(|| (done.min(total) * 100 / total) as u8);
    ProgressScreen {
        title,
        text: if total > 0 {
            l10n.ui_with(
                "progress-of",
                Some(&args(&[("done", done.into()), ("total", total.into())])),
            )
        } else {
            String::new()
        },
        percent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_snooze_never_skips_a_deadline_still_ahead() {
        let today = date("2026-12-06");
        let at = |due| {
            let l10n = crate::content::Content::embedded()
                .unwrap()
                .localizer(&["en"]);
            snooze(&l10n, today, date(due))
        };
        assert_eq!(at("2026-12-09").suggested, "2026-12-09");
        assert_eq!(at("2027-01-09").suggested, "2026-12-13");
        assert_eq!(at("2026-12-01").suggested, "2026-12-13", "overdue: a week");
        assert_eq!(at("2026-12-09").earliest, "2026-12-07");
    }
}
