#![allow(clippy::unwrap_used)]
//! Reminders end to end: deadlines from documents and events, the notifications a phone schedules,
//! checklists, calendar export, and the bad inputs.
use std::process::Command;

use chrono::{DateTime, Utc};
use huquq_core::content::procedure::EventKind;
use huquq_core::error::{Field, Problem};
use huquq_core::reminders::model::*;
use huquq_core::vault::model::{DocumentInput, DocumentKind, PersonInput, Relation};
use huquq_core::{App, Error, ItemKind};

/// Without the Unicode isolation marks Fluent puts around placeables.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// 29 Nov 2026, 08:00 in Almaty (UTC+5).
fn now() -> DateTime<Utc> {
    utc("2026-11-29T03:00:00Z")
}

struct Setup {
    _dir: tempfile::TempDir,
    app: App,
    person: String,
}

fn setup(locale: &str) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &[locale]).unwrap();
    app.create_vault().unwrap();
    let person = app
        .add_person(
            &PersonInput {
                name: "Idrissa Traore".into(),
                relation: Relation::Myself,
            },
            now(),
        )
        .unwrap()
        .id;
    Setup {
        _dir: dir,
        app,
        person,
    }
}

impl Setup {
    fn document(&self, kind: DocumentKind, expires: Option<&str>) -> String {
        self.app
            .add_document(
                &DocumentInput {
                    person_id: self.person.clone(),
                    kind: Some(kind),
                    number: "N0123456".into(),
                    expires_on: expires.map(str::to_owned),
                    ..DocumentInput::default()
                },
                now(),
            )
            .unwrap()
            .id
    }

    fn event(&self, procedure: &str, kind: EventKind, on: &str) -> Result<Event, Error> {
        self.app.record_event(
            &EventInput {
                person_id: self.person.clone(),
                procedure_id: procedure.into(),
                kind,
                happened_on: on.into(),
            },
            now(),
        )
    }

    fn deadline(&self, id: &str) -> DeadlineItem {
        self.app
            .reminders(now())
            .unwrap()
            .deadlines
            .into_iter()
            .find(|d| d.id == id)
            .unwrap_or_else(|| panic!("no deadline {id}"))
    }
}

#[test]
fn a_residence_card_gives_a_renewal_deadline_a_month_before_it_ends() {
    let s = setup("en");
    let card = s.document(DocumentKind::ResidenceCard, Some("2027-03-01"));
    let deadline = s.deadline(&format!("doc:{card}:kz-residence-card-renewal"));
    assert_eq!(deadline.due_on, "2027-02-01");
    assert_eq!(deadline.state, DeadlineState::Upcoming);
    assert_eq!(deadline.title, "Renew your residence card");
    assert_eq!(
        plain(&deadline.status),
        "Due in 64 days, on February 1, 2027"
    );
    // A passport has no procedure: its expiry itself is the deadline.
    let passport = s.document(DocumentKind::Passport, Some("2026-12-10"));
    let expiry = s.deadline(&format!("doc:{passport}:expiry"));
    assert_eq!((expiry.title.as_str(), expiry.days_left), ("Passport", 11));
    assert_eq!(expiry.person_name, "Idrissa Traore");
}

#[test]
fn one_month_before_is_a_calendar_month_never_a_day_late() {
    let s = setup("en");
    // (card ends, renewal deadline): 30 days would give 1 January, 1 March and 1 May — each a day
    // or more after "at least one month before".
    for (ends, due) in [
        ("2027-01-31", "2026-12-31"),
        ("2027-03-31", "2027-02-28"),
        ("2027-05-31", "2027-04-30"),
        ("2028-03-30", "2028-02-29"),
    ] {
        let card = s.document(DocumentKind::ResidenceCard, Some(ends));
        let deadline = s.deadline(&format!("doc:{card}:kz-residence-card-renewal"));
        assert_eq!(deadline.due_on, due, "a card ending on {ends}");
    }
}

#[test]
fn notifications_are_few_stable_future_and_show_nothing_personal() {
    let s = setup("en");
    let card = s.document(DocumentKind::ResidenceCard, Some("2027-03-01"));
    s.document(DocumentKind::Passport, Some("2026-12-10"));
    let first = s.app.pending_notifications(now(), 64).unwrap();
    let again = s.app.pending_notifications(now(), 64).unwrap();
    assert_eq!(first, again, "the same state gives the same set");
    assert!(first.iter().all(|n| n.fire_at_unix > now().timestamp()));
    assert!(
        first
            .windows(2)
            .all(|w| w[0].fire_at_unix <= w[1].fire_at_unix)
    );
    for n in &first {
        for text in [&n.title, &n.body] {
            assert!(
                !text.contains("Idrissa") && !text.contains("N0123456"),
                "{text}"
            );
        }
    }
    // The passport: 7 days before its expiry on 10 Dec, at 09:00 Almaty = 04:00 UTC.
    let week_before = first
        .iter()
        .find(|n| n.id.ends_with(":expiry/2026-12-03"))
        .unwrap();
    assert_eq!(
        week_before.fire_at_unix,
        utc("2026-12-03T04:00:00Z").timestamp()
    );
    assert_eq!(
        plain(&week_before.body),
        "Expires in 7 days, on December 10, 2026\nOpen Huquq to see what to do."
    );
    assert!(s.app.pending_notifications(now(), 3).unwrap().len() == 3);
    assert!(s.app.pending_notifications(now(), 0).unwrap().is_empty());

    // Reconcile after a change: a renewed card moves its reminders; the old ones are gone.
    s.app
        .update_document(
            &card,
            &DocumentInput {
                person_id: s.person.clone(),
                kind: Some(DocumentKind::ResidenceCard),
                expires_on: Some("2036-03-01".into()),
                ..DocumentInput::default()
            },
            now(),
        )
        .unwrap();
    let after = s.app.pending_notifications(now(), 500).unwrap();
    assert!(
        !after
            .iter()
            .any(|n| n.deadline_id.contains(&card) && n.id.contains("/2027-"))
    );
    assert!(
        after
            .iter()
            .any(|n| n.id.ends_with("kz-residence-card-renewal/2036-01-31"))
    );
}

#[test]
fn overdue_deadlines_keep_reminding_but_never_in_the_past() {
    let s = setup("en");
    let passport = s.document(DocumentKind::Passport, Some("2026-11-20"));
    let deadline = s.deadline(&format!("doc:{passport}:expiry"));
    assert_eq!(deadline.state, DeadlineState::Overdue);
    assert_eq!(
        plain(&deadline.status),
        "Expired 9 days ago, on November 20, 2026"
    );
    let pending = s.app.pending_notifications(now(), 64).unwrap();
    // Today 09:00 in Almaty is still ahead at 08:00: daily from today to 30 days after the expiry.
    assert_eq!(
        pending.first().unwrap().id,
        format!("doc:{passport}:expiry/2026-11-29")
    );
    assert_eq!(
        pending.last().unwrap().id,
        format!("doc:{passport}:expiry/2026-12-20")
    );
    assert_eq!(pending.len(), 22);
}

#[test]
fn events_start_procedures_counted_in_calendar_or_working_days() {
    let s = setup("en");
    let moved = s
        .event("kz-address-registration", EventKind::Moved, "2026-11-25")
        .unwrap();
    assert_eq!(
        s.deadline(&format!("event:{}", moved.id)).due_on,
        "2026-12-05"
    );
    let decision = s
        .event(
            "kz-appeal-penalty",
            EventKind::DecisionReceived,
            "2026-11-27",
        )
        .unwrap();
    let appeal = s.deadline(&format!("event:{}", decision.id));
    assert_eq!(
        (appeal.due_on.as_str(), appeal.title.as_str()),
        ("2026-12-07", "Last day to appeal a decision")
    );
    // 17 working days from Friday 13 March 2026 skip the weekends and Nauryz (23–25 March off,
    // two of them replacing the weekend's 21 and 22 March).
    let handed = s
        .event(
            "kz-passport-custody",
            EventKind::PassportHandedOver,
            "2026-03-13",
        )
        .unwrap();
    let custody = s.deadline(&format!("event:{}", handed.id));
    assert_eq!(custody.due_on, "2026-04-10");
    // Counted over public holidays that are not confirmed: the date says so.
    assert!(
        custody
            .caveats
            .iter()
            .any(|c| c.contains("list of public holidays is not confirmed")),
        "{:?}",
        custody.caveats
    );
    // A deadline in calendar days carries no holiday caveat, only its procedure's own.
    assert!(
        appeal
            .caveats
            .iter()
            .all(|c| !c.contains("public holidays"))
    );
}

#[test]
fn a_stay_counter_carries_its_procedures_caveat() {
    let s = setup("en");
    let entry = s
        .event("kz-eaeu-stay", EventKind::EnteredCountry, "2026-11-20")
        .unwrap();
    let stay = s.deadline(&format!("event:{}", entry.id));
    assert_eq!(stay.caveats.len(), 1, "{:?}", stay.caveats);
    assert!(stay.caveats[0].contains("Kyrgyz"), "{}", stay.caveats[0]);
}

#[test]
fn a_visa_free_stay_counts_30_days_per_entry_and_90_in_180() {
    let s = setup("en");
    let first = s
        .event("kz-visa-free-stay", EventKind::EnteredCountry, "2026-06-01")
        .unwrap();
    s.event("kz-visa-free-stay", EventKind::LeftCountry, "2026-06-30")
        .unwrap();
    s.event("kz-visa-free-stay", EventKind::EnteredCountry, "2026-07-10")
        .unwrap();
    s.event("kz-visa-free-stay", EventKind::LeftCountry, "2026-08-08")
        .unwrap();
    let third = s
        .event("kz-visa-free-stay", EventKind::EnteredCountry, "2026-11-20")
        .unwrap();
    let ids: Vec<String> = s
        .app
        .reminders(now())
        .unwrap()
        .deadlines
        .into_iter()
        .map(|d| d.id)
        .collect();
    assert!(
        !ids.contains(&format!("event:{}", first.id)),
        "a stay that ended reminds no more"
    );
    // 60 days used in the 180 before; the third stay may last 30 days: to 19 December.
    assert_eq!(
        s.deadline(&format!("event:{}", third.id)).due_on,
        "2026-12-19"
    );
}

#[test]
fn done_starts_the_follow_up_and_snooze_moves_the_next_reminder() {
    let s = setup("en");
    let card = s.document(DocumentKind::ResidenceCard, Some("2027-01-15"));
    let id = format!("doc:{card}:kz-residence-card-renewal");
    s.app.snooze_deadline(&id, "2026-12-10", now()).unwrap();
    assert_eq!(s.deadline(&id).state, DeadlineState::Snoozed);
    let next = s.app.pending_notifications(now(), 1).unwrap();
    assert_eq!(next[0].id, format!("{id}/2026-12-10"));

    let follow_up = s
        .app
        .mark_deadline_done(&id, "2026-12-01", now())
        .unwrap()
        .unwrap();
    assert_eq!(
        (follow_up.procedure_id.as_str(), follow_up.kind),
        ("kz-passport-custody", EventKind::PassportHandedOver)
    );
    assert_eq!(s.deadline(&id).state, DeadlineState::Done);
    let pending = s.app.pending_notifications(now(), 500).unwrap();
    assert!(!pending.iter().any(|n| n.deadline_id == id));
    // 17 working days after 1 Dec 2026 (16 December is a holiday).
    assert_eq!(
        s.deadline(&format!("event:{}", follow_up.id)).due_on,
        "2026-12-25"
    );
    s.app.reopen_deadline(&id, now()).unwrap();
    assert_eq!(s.deadline(&id).state, DeadlineState::Upcoming);
}

#[test]
fn offsets_and_settings_change_the_schedule() {
    let s = setup("en");
    let passport = s.document(DocumentKind::Passport, Some("2027-06-01"));
    let id = format!("doc:{passport}:expiry");
    s.app
        .set_deadline_offsets(&id, Some(vec![10, 100]), now())
        .unwrap();
    let days: Vec<String> = s
        .app
        .pending_notifications(now(), 2)
        .unwrap()
        .into_iter()
        .map(|n| n.id)
        .collect();
    assert_eq!(
        days,
        [format!("{id}/2027-02-21"), format!("{id}/2027-05-22")]
    );
    s.app
        .set_reminder_settings(&ReminderSettings {
            time: "18:30".into(),
            time_zone: "Europe/Paris".into(),
            offsets: vec![1],
            overdue_days: 0,
        })
        .unwrap();
    let first = &s.app.pending_notifications(now(), 1).unwrap()[0];
    // 18:30 in Paris on 21 Feb 2027 (UTC+1).
    assert_eq!(first.fire_at_unix, utc("2027-02-21T17:30:00Z").timestamp());
    s.app.set_deadline_offsets(&id, None, now()).unwrap();
    assert_eq!(s.app.pending_notifications(now(), 9).unwrap().len(), 1);
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let s = setup("en");
    let passport = s.document(DocumentKind::Passport, Some("2027-06-01"));
    let before = s.app.pending_notifications(now(), 500).unwrap();
    let settings = |zone: &str, time: &str, offsets: Vec<u32>| ReminderSettings {
        time: time.into(),
        time_zone: zone.into(),
        offsets,
        overdue_days: 30,
    };
    let invalid = |r: Result<(), Error>| match r {
        Err(Error::Invalid { field, problem }) => (field, problem),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        invalid(
            s.app
                .set_reminder_settings(&settings("Asia/Nowhere", "09:00", vec![7]))
        ),
        (Field::TimeZone, Problem::UnknownTimeZone)
    );
    assert_eq!(
        invalid(
            s.app
                .set_reminder_settings(&settings("Asia/Almaty", "24:10", vec![7]))
        ),
        (Field::ReminderTime, Problem::BadTime)
    );
    assert_eq!(
        invalid(
            s.app
                .set_reminder_settings(&settings("Asia/Almaty", "09:00", vec![7, 400]))
        ),
        (Field::Offsets, Problem::OffsetTooLarge)
    );
    let id = format!("doc:{passport}:expiry");
    assert_eq!(
        invalid(s.app.set_deadline_offsets(&id, Some(vec![366]), now())),
        (Field::Offsets, Problem::OffsetTooLarge)
    );
    assert_eq!(
        invalid(s.app.snooze_deadline(&id, "2027-02-30", now())),
        (Field::SnoozeUntil, Problem::BadDate)
    );
    assert_eq!(
        invalid(
            s.event("kz-address-registration", EventKind::Moved, "2027-02-30")
                .map(|_| ())
        ),
        (Field::HappenedOn, Problem::BadDate)
    );
    assert_eq!(
        invalid(
            s.event(
                "kz-address-registration",
                EventKind::DecisionReceived,
                "2026-11-01"
            )
            .map(|_| ())
        ),
        (Field::Kind, Problem::WrongEvent)
    );
    assert!(matches!(
        s.event("kz-nothing", EventKind::Moved, "2026-11-01"),
        Err(Error::NotFound {
            kind: ItemKind::Procedure,
            ..
        })
    ));
    assert!(matches!(
        s.app
            .snooze_deadline("doc:nope:expiry", "2026-12-01", now()),
        Err(Error::NotFound {
            kind: ItemKind::Deadline,
            ..
        })
    ));
    assert!(matches!(
        s.app
            .checklist("kz-residence-card-renewal", Some("nobody"), now()),
        Err(Error::NotFound {
            kind: ItemKind::Person,
            ..
        })
    ));
    assert!(matches!(
        s.app.delete_event("nope"),
        Err(Error::NotFound {
            kind: ItemKind::Event,
            ..
        })
    ));
    assert_eq!(s.app.pending_notifications(now(), 500).unwrap(), before);
    assert_eq!(
        s.app.reminder_settings().unwrap(),
        ReminderSettings::default()
    );
    // Localized, as every error is.
    let text = s.app.error_text(&Error::Invalid {
        field: Field::TimeZone,
        problem: Problem::UnknownTimeZone,
    });
    assert!(
        plain(&text).starts_with("Time zone: this time zone is not known"),
        "{text}"
    );
    s.app.lock_vault();
    assert!(matches!(
        s.app.pending_notifications(now(), 5),
        Err(Error::VaultLocked)
    ));
}

#[test]
fn russian_reminders_use_russian_plurals() {
    let s = setup("ru");
    s.document(DocumentKind::Passport, Some("2026-12-03"));
    let texts: Vec<String> = s
        .app
        .pending_notifications(now(), 64)
        .unwrap()
        .into_iter()
        .map(|n| n.body)
        .collect();
    let joined = plain(&texts.join("\n"));
    // 3 days before, 1 day before, then overdue: 5 days after on 8 December.
    for form in [
        "через 3 дня",
        "через 1 день",
        "истёк 5 дней назад",
        "3 декабря 2026",
    ] {
        assert!(joined.contains(form), "{form} not in {joined}");
    }
}

#[test]
fn a_checklist_shows_what_is_held_missing_or_expiring() {
    let s = setup("en");
    s.document(DocumentKind::ResidenceCard, Some("2027-03-01"));
    // The passport ends before the renewal deadline (30 Jan 2027).
    let passport = s.document(DocumentKind::Passport, Some("2027-01-10"));
    let list = s
        .app
        .checklist("kz-residence-card-renewal", Some(&s.person), now())
        .unwrap();
    let states: Vec<(String, ItemState)> = list
        .required
        .iter()
        .map(|i| (i.id.clone(), i.state))
        .collect();
    assert_eq!(
        states,
        [
            ("passport".into(), ItemState::ExpiresBeforeDeadline),
            ("state-fee-receipt".into(), ItemState::Missing),
            ("photos".into(), ItemState::NotTracked),
        ]
    );
    assert_eq!(
        list.required[0].document_id.as_deref(),
        Some(passport.as_str())
    );
    assert_eq!(
        (list.due_on.as_deref(), list.days_left),
        (Some("2027-02-01"), Some(64))
    );
    assert!(list.not_required[0].basis.contains("Order No. 992"));
    assert!(
        list.notices
            .iter()
            .any(|n| n.kind == huquq_core::kb::model::NoticeKind::Unverified)
    );
    assert!(!list.sources.is_empty());

    s.document(DocumentKind::Passport, Some("2031-01-01"));
    s.document(DocumentKind::Receipt, None);
    let list = s
        .app
        .checklist("kz-residence-card-renewal", Some(&s.person), now())
        .unwrap();
    assert_eq!(list.required[0].state, ItemState::Valid);
    assert_eq!(list.required[1].state, ItemState::Valid);
    let expired = s.document(DocumentKind::FineOrDecision, Some("2026-01-01"));
    let _ = expired;
    let appeal = s.app.checklist("kz-appeal-penalty", None, now()).unwrap();
    assert_eq!(appeal.required[0].state, ItemState::Expired);
    assert_eq!(
        appeal.deadline_text,
        "No deadline yet: add the document with its expiry date, or record what happened."
    );
}

#[test]
fn the_calendar_file_is_read_by_an_independent_parser() {
    let s = setup("en");
    s.document(DocumentKind::ResidenceCard, Some("2027-03-01"));
    s.document(DocumentKind::Passport, Some("2026-12-10"));
    s.event("kz-address-registration", EventKind::Moved, "2026-11-25")
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deadlines.ics");
    assert_eq!(s.app.export_calendar(&file, now()).unwrap(), 3);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("Idrissa") && !text.contains("N0123456"));
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for event in cal.walk('VEVENT'):
    alarms = [a for a in event.subcomponents if a.name == 'VALARM']
    triggers = sorted(a.get('TRIGGER').dt.isoformat() for a in alarms)
    print(event.get('DTSTART').dt.isoformat(), str(event.get('SUMMARY')), len(alarms), triggers[0] if triggers else '-')
"#;
    let run = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&file)
        .output();
    let run =
        run.expect("this test needs python3 with the icalendar package (pip install icalendar)");
    assert!(
        run.status.success(),
        "this test needs python3 with the icalendar package (pip install icalendar): {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let out = String::from_utf8(run.stdout).unwrap();
    let mut lines: Vec<&str> = out.lines().collect();
    lines.sort();
    assert_eq!(lines.len(), 3, "{out}");
    // Each event: its future reminders before the deadline (at 09:00 Almaty = 04:00 UTC), then 30
    // overdue days; the earliest alarm first.
    assert_eq!(
        lines[0], "2026-12-05 Register your new address 33 2026-12-02T04:00:00+00:00",
        "{out}"
    );
    assert_eq!(
        lines[1], "2026-12-10 Passport 34 2026-12-03T04:00:00+00:00",
        "{out}"
    );
    assert_eq!(
        lines[2], "2027-02-01 Renew your residence card 37 2026-12-03T04:00:00+00:00",
        "{out}"
    );
}

#[test]
fn events_and_choices_survive_a_backup_and_restore() {
    use huquq_core::vault::backup::BackupSecret;
    let s = setup("en");
    let passport = s.document(DocumentKind::Passport, Some("2027-06-01"));
    let moved = s
        .event("kz-address-registration", EventKind::Moved, "2026-11-25")
        .unwrap();
    let expiry = format!("doc:{passport}:expiry");
    s.app
        .set_deadline_offsets(&expiry, Some(vec![5]), now())
        .unwrap();
    s.app
        .mark_deadline_done(&format!("event:{}", moved.id), "2026-11-28", now())
        .unwrap();
    let before = s.app.reminders(now()).unwrap().deadlines;

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.age");
    let identity = age::x25519::Identity::generate();
    use age::secrecy::ExposeSecret;
    s.app
        .backup_vault(
            &file,
            &BackupSecret::Recipient(identity.to_public().to_string()),
            now(),
            &mut |_| {},
        )
        .unwrap();
    s.app.erase_vault().unwrap();
    s.app.create_vault().unwrap();
    let summary = s
        .app
        .restore_vault(
            &file,
            &BackupSecret::Identity(identity.to_string().expose_secret().to_owned()),
            &mut |_| {},
        )
        .unwrap();
    assert_eq!(summary.events_added, 1);
    let after = s.app.reminders(now()).unwrap().deadlines;
    assert_eq!(
        after, before,
        "the same deadlines, states and reminder days"
    );
    // Restoring again adds nothing.
    let again = s
        .app
        .restore_vault(
            &file,
            &BackupSecret::Identity(identity.to_string().expose_secret().to_owned()),
            &mut |_| {},
        )
        .unwrap();
    assert_eq!(again.events_added, 0);
}
