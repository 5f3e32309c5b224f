#![allow(clippy::unwrap_used)]
//! The vault's screen models through `App`, as a shell gets them: the list with expiry states, a
//! document, the form whose errors land on their own fields, the default holder, the gate, the
//! settings, one `today`, the flows around reminders and reading aloud.
use chrono::{DateTime, Utc};
use huquq_core::App;
use huquq_core::error::{Error, Field, Problem};
use huquq_core::l10n::UiText;
use huquq_core::reminders::model::ReminderSettings;
use huquq_core::screens::model::*;
use huquq_core::vault::backup::BackupSecret;
use huquq_core::vault::model::{
    DocumentFilter, DocumentInput, DocumentKind, PaymentInput, PersonInput, Relation,
};

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// 6 December 2026, 08:00 in Almaty (UTC+5).
fn now() -> DateTime<Utc> {
    utc("2026-12-06T03:00:00Z")
}

fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn open(locale: &str) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &[locale]).unwrap();
    app.create_vault().unwrap();
    (dir, app)
}

fn document(app: &App, person: &str, kind: DocumentKind, expires: Option<&str>) -> String {
    app.add_document(
        &DocumentInput {
            person_id: person.into(),
            kind: Some(kind),
            number: "N 0001".into(),
            expires_on: expires.map(str::to_owned),
            ..DocumentInput::default()
        },
        now(),
    )
    .unwrap()
    .id
}

#[test]
fn the_list_has_a_section_per_holder_and_every_expiry_state() {
    let (_dir, app) = open("en");
    let spouse = app
        .add_person(
            &PersonInput {
                name: "Awa".into(),
                relation: Relation::Spouse,
            },
            now(),
        )
        .unwrap();
    let me = app.default_holder(now()).unwrap();
    let expired = document(&app, &me.id, DocumentKind::Passport, Some("2026-12-05"));
    let soon = document(
        &app,
        &me.id,
        DocumentKind::ResidenceCard,
        Some("2027-02-04"),
    );
    let valid = document(&app, &me.id, DocumentKind::WorkPermit, Some("2027-02-05"));
    let none = document(&app, &me.id, DocumentKind::Receipt, None);
    document(&app, &spouse.id, DocumentKind::Visa, Some("2028-01-01"));

    let list = app.vault_list(&DocumentFilter::default(), now()).unwrap();
    // The phone's owner first, although added second.
    let headings: Vec<&str> = list.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(headings, ["Me", "Awa"]);
    let mine: Vec<(&str, ExpiryState)> = list.sections[0]
        .rows
        .iter()
        .map(|r| (r.document_id.as_str(), r.expiry))
        .collect();
    assert_eq!(
        mine,
        [
            (expired.as_str(), ExpiryState::Expired),
            (soon.as_str(), ExpiryState::ExpiresSoon),
            (valid.as_str(), ExpiryState::Valid),
            (none.as_str(), ExpiryState::NoExpiry),
        ]
    );
    let row = &list.sections[0].rows[1];
    assert_eq!(plain(&row.title), "Residence card · N 0001");
    assert_eq!(plain(&row.expiry_text), "Expires soon: February 4, 2027");
    assert_eq!(
        plain(&row.subtitle),
        "Expires soon: February 4, 2027 · 0 pages"
    );
    assert!(list.empty_text.is_none());
    assert!(
        list.lock_label.is_none(),
        "without a PIN, locking means nothing"
    );

    let (_dir, empty) = open("fr");
    let list = empty.vault_list(&DocumentFilter::default(), now()).unwrap();
    assert!(list.sections.is_empty());
    assert!(list.empty_text.is_some());
}

#[test]
fn today_is_the_users_zones_day() {
    let (_dir, app) = open("en");
    // 00:30 on 7 December in Almaty (UTC+5) is still 6 December in UTC.
    let late = utc("2026-12-06T19:30:00Z");
    assert_eq!(app.today(late).to_string(), "2026-12-07");
    app.set_reminder_settings(&ReminderSettings {
        time_zone: "UTC".into(),
        ..ReminderSettings::default()
    })
    .unwrap();
    assert_eq!(app.today(late).to_string(), "2026-12-06");
    // Locked, the default zone (Almaty) counts.
    app.lock_vault();
    assert_eq!(app.today(late).to_string(), "2026-12-07");
}

#[test]
fn the_default_holder_is_made_once() {
    let (_dir, app) = open("ru");
    let card = app
        .new_document(DocumentKind::ResidenceCard, now())
        .unwrap();
    let visa = app.new_document(DocumentKind::Visa, now()).unwrap();
    let people = app.people().unwrap();
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].relation, Relation::Myself);
    assert_eq!(people[0].name, "Я");
    assert_eq!(card.person_id, people[0].id);
    assert_eq!(visa.person_id, people[0].id);
}

#[test]
fn form_errors_land_on_their_own_fields_and_the_rest_is_saved() {
    let (_dir, app) = open("en");
    let id = app.new_document(DocumentKind::Passport, now()).unwrap().id;
    let form = app.document_form(&id).unwrap();
    let me = form
        .holders
        .iter()
        .find(|h| h.selected)
        .unwrap()
        .person_id
        .clone();
    let typed = DocumentFormInput {
        person_id: me.clone(),
        kind: Some(DocumentKind::Passport),
        number: "AB 123".into(),
        authority: "MIA".into(),
        issued_on: "2019-02-30".into(),
        expires_on: "2029-03-01".into(),
        notes: "kept at home".into(),
    };
    let form = app.save_document_form(&id, &typed, now()).unwrap();
    assert!(form.changed);
    assert!(
        form.issued_on
            .error
            .as_deref()
            .unwrap()
            .contains("Date of issue")
    );
    assert!(form.expires_on.error.is_none());
    assert!(form.error.is_none());
    // What the user typed stays on screen, the bad date included.
    assert_eq!(form.issued_on.value, "2019-02-30");
    assert_eq!(form.number.value, "AB 123");
    // Everything else reached the vault; the bad date did not.
    let saved = app.document(&id).unwrap();
    assert_eq!(
        (
            saved.number.as_str(),
            saved.authority.as_str(),
            saved.notes.as_str()
        ),
        ("AB 123", "MIA", "kept at home")
    );
    assert_eq!(saved.issued_on, None);
    assert_eq!(saved.expires_on.as_deref(), Some("2029-03-01"));

    // Expiry before issue: the expiry waits, under its own field.
    let typed = DocumentFormInput {
        issued_on: "2030-01-01".into(),
        ..typed
    };
    let form = app.save_document_form(&id, &typed, now()).unwrap();
    assert!(form.issued_on.error.is_none());
    assert_eq!(
        plain(form.expires_on.error.as_deref().unwrap()),
        "The expiry date is before the date of issue."
    );
    let saved = app.document(&id).unwrap();
    assert_eq!(saved.issued_on.as_deref(), Some("2030-01-01"));
    assert_eq!(
        saved.expires_on, None,
        "no expiry before the new issue date is kept"
    );

    // The same again changes nothing and writes nothing.
    let again = app.save_document_form(&id, &typed, now()).unwrap();
    assert!(!again.changed);
    assert_eq!(app.document(&id).unwrap().updated_at, saved.updated_at);
}

#[test]
fn a_document_screen_has_its_fields_pages_payments_and_deadlines() {
    let (_dir, app) = open("en");
    let me = app.default_holder(now()).unwrap();
    let id = document(
        &app,
        &me.id,
        DocumentKind::ResidenceCard,
        Some("2027-03-31"),
    );
    app.add_payment(
        &PaymentInput {
            document_id: id.clone(),
            amount_minor: 4_325_000,
            currency: "KZT".into(),
            paid_on: "2026-11-02".into(),
            reference: "0042".into(),
            ..PaymentInput::default()
        },
        now(),
    )
    .unwrap();
    let screen = app.document_screen(&id, now()).unwrap();
    assert_eq!(screen.title, "Residence card");
    let labels: Vec<&str> = screen.fields.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["Whose document", "Number", "Expiry date"]);
    assert_eq!(screen.payments.len(), 1);
    assert_eq!(
        plain(&screen.payments[0].text),
        "43,250.00 KZT · November 2, 2026 · 0042"
    );
    assert!(screen.no_pages_text.is_some());
    // The renewal a calendar month before the card ends.
    assert_eq!(screen.deadlines.len(), 1);
    assert_eq!(screen.deadlines[0].due_on, "2027-02-28");
    assert!(matches!(
        app.document_screen("nope", now()),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn the_gate_and_settings_follow_the_vault() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["en"]).unwrap();
    let phone = GateFacts::default();
    let gate = app.vault_gate(phone);
    assert_eq!(gate.state, GateState::Create);
    assert_eq!(gate.buttons[0].action, GateAction::CreateVault);
    let settings = app.settings_screen();
    assert!(settings.vault.is_none() && settings.erase.is_none());
    assert_eq!(settings.language, "English");

    let key = app.create_vault().unwrap();
    assert_eq!(app.vault_gate(phone).state, GateState::Open);
    let settings = app.settings_screen();
    let vault = settings.vault.unwrap();
    assert!(!vault.pin_set);
    let days: Vec<(u32, bool)> = vault.days.iter().map(|d| (d.days, d.selected)).collect();
    assert_eq!(
        days,
        [60, 30, 14, 7, 3, 1, 0].map(|d| (d, true)),
        "the defaults come from the core"
    );
    assert!(settings.erase.is_some());

    // Every PIN has a limit: the default, chosen, or a stricter one; "never" is not offered.
    let limits: Vec<(Option<u32>, bool)> = app
        .pin_form()
        .limits
        .iter()
        .map(|l| (l.attempts, l.selected))
        .collect();
    assert_eq!(limits, [(Some(10), true), (Some(5), false)]);
    app.set_vault_pin(&key, "246802", None, Some(b"the phone's secret"))
        .unwrap();
    app.lock_vault();
    // Setting the PIN was interrupted before the shell deleted its copy of the key: the gate asks
    // for the PIN and tells the shell to delete that copy.
    let both = GateFacts {
        phone_key_stored: true,
        phone_key_failed: false,
        pin_secret_stored: true,
    };
    let gate = app.vault_gate(both);
    assert_eq!(gate.state, GateState::Pin);
    assert!(gate.pin_label.is_some() && gate.discard_phone_key);
    let pin_only = GateFacts {
        phone_key_stored: false,
        ..both
    };
    assert!(!app.vault_gate(pin_only).discard_phone_key);
    // The phone's secret for the PIN is gone: nothing can open the vault here.
    let secret_lost = GateFacts {
        pin_secret_stored: false,
        ..pin_only
    };
    assert_eq!(app.vault_gate(secret_lost).state, GateState::KeyLost);
    // A PIN-mode vault does not open with the phone's key alone: only the PIN and the secret do.
    assert!(matches!(
        app.open_vault_with_pin("246802", None, now()),
        Err(Error::PinDeviceKeyLost)
    ));
    app.open_vault_with_pin("246802", Some(b"the phone's secret"), now())
        .unwrap();
    assert!(app.vault_is_open());

    // A backup takes every document off the phone: with a PIN, it needs the PIN typed just before
    // (opening the vault counts for two minutes), and a backup passphrase must be strong.
    let backup = dir.path().join("backup.age");
    let strong = BackupSecret::Passphrase("correct horse battery staple".into());
    assert!(!app.backup_needs_pin(now()));
    let later = now() + chrono::Duration::minutes(3);
    assert!(app.backup_needs_pin(later));
    assert!(matches!(
        app.backup_vault(&backup, &strong, later, &mut |_| {}),
        Err(Error::PinRequired)
    ));
    assert!(!backup.exists());
    assert!(matches!(
        app.confirm_vault_pin("000000", Some(b"the phone's secret"), later),
        Err(Error::WrongPin { .. })
    ));
    assert!(app.backup_needs_pin(later));
    app.confirm_vault_pin("246802", Some(b"the phone's secret"), later)
        .unwrap();
    assert!(matches!(
        app.backup_vault(
            &backup,
            &BackupSecret::Passphrase("password123".into()),
            later,
            &mut |_| {}
        ),
        Err(Error::Invalid {
            field: Field::Passphrase,
            problem: Problem::TooWeak
        })
    ));
    app.backup_vault(&backup, &strong, later, &mut |_| {})
        .unwrap();
    assert!(backup.exists());
    assert!(matches!(
        app.check_new_secret(Field::Passphrase, "qwerty12345", "qwerty12345"),
        Err(Error::Invalid {
            problem: Problem::TooWeak,
            ..
        })
    ));
    assert!(app.suggest_passphrase().unwrap().len() >= 20);
    app.lock_vault();
    assert!(
        app.settings_screen().vault.is_none(),
        "locked: the gate instead"
    );
    let form = app.pin_form();
    assert!(form.current_label.is_some() && form.limits.is_empty());
    assert!(matches!(
        app.check_new_secret(Field::Pin, "1234", "1243"),
        Err(Error::Invalid {
            field: Field::Pin,
            problem: Problem::Mismatch
        })
    ));
    // Too short is said before anything is made for the PIN (the phone's secret included).
    assert!(matches!(
        app.check_new_secret(Field::Pin, "2468", "2468"),
        Err(Error::PinTooShort { min: 6 })
    ));
    assert!(app.check_new_secret(Field::Pin, "246802", "246802").is_ok());
}

#[test]
fn recording_and_deadline_actions_are_decided_in_the_core() {
    let (_dir, app) = open("en");
    let screen = app.record_event_screen(now()).unwrap();
    assert!(screen.people.is_empty() && !screen.ask_who);
    assert_eq!(screen.today, "2026-12-06");
    assert!(screen.procedures.iter().all(|p| p.start_event.is_some()));
    // Nobody in the vault: the event is the phone owner's, made on the way.
    let moved = app
        .record_event_for("kz-address-registration", None, "2026-12-01", now())
        .unwrap();
    let me = app.people().unwrap();
    assert_eq!(me.len(), 1);
    assert_eq!(moved.person_id, me[0].id);

    let deadline = format!("event:{}", moved.id);
    let actions = app.deadline_actions(&deadline, now()).unwrap();
    let kinds: Vec<DeadlineAction> = actions.actions.iter().map(|a| a.action).collect();
    assert_eq!(
        kinds,
        [
            DeadlineAction::MarkDone,
            DeadlineAction::Snooze,
            DeadlineAction::ChooseDays,
            DeadlineAction::OpenChecklist
        ]
    );
    // Due on 11 December: a snooze starts no later than the deadline itself.
    assert_eq!(actions.snooze.earliest, "2026-12-07");
    assert_eq!(actions.snooze.suggested, "2026-12-11");
    let done = app.complete_deadline(&deadline, None, now()).unwrap();
    assert_eq!(done.message, "Marked as done.");
    let actions = app.deadline_actions(&deadline, now()).unwrap();
    assert_eq!(actions.actions[0].action, DeadlineAction::Reopen);
}

#[test]
fn an_article_is_read_aloud_sentence_by_sentence_in_its_language() {
    let (_dir, app) = open("fr");
    let read = app.read_aloud("kz-appeal-fine").unwrap();
    assert_eq!(read.locale, "fr");
    let article = app.article("kz-appeal-fine").unwrap();
    assert_eq!(read.chunks[0], article.title);
    assert!(read.chunks.len() > 10);
    assert!(
        read.chunks
            .iter()
            .all(|c| !c.trim().is_empty() && c.len() < 3900)
    );
}

#[test]
fn every_shell_text_exists_in_every_locale() {
    for locale in ["en", "ru", "kk", "fr", "uz", "ky", "tg", "fa", "ar"] {
        let (_dir, app) = open(locale);
        for text in UiText::ALL {
            let shown = app.ui_text(*text);
            assert_ne!(
                shown,
                text.id(),
                "{locale}: {} renders as its id",
                text.id()
            );
        }
    }
}
