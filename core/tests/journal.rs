#![allow(clippy::unwrap_used)]
//! The encounter journal through `App`: entries appended and sealed in a chain, corrections that
//! keep what they correct, custody records, refusals that change nothing, tampering found by
//! `verify`, and backups that carry the journal and merge without breaking a chain.
use chrono::{DateTime, Utc};
use huquq_core::App;
use huquq_core::error::{Error, Field, ItemKind, Problem};
use huquq_core::journal::{DocumentAction, DocumentLinkInput, EntryKind, JournalEntryInput};
use huquq_core::vault::backup::BackupSecret;
use huquq_core::vault::model::{DocumentInput, DocumentKind};
use huquq_core::vault::{PAGE_FORMAT, VAULT_FILE};
use rusqlite::Connection;

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// 6 December 2026, 15:00 in Almaty (UTC+5), the reminders' default zone.
fn now() -> DateTime<Utc> {
    utc("2026-12-06T10:00:00Z")
}

struct Phone {
    dir: tempfile::TempDir,
    app: App,
    key: huquq_core::vault::DataKey,
}

fn phone() -> Phone {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["en"]).unwrap();
    let key = app.create_vault().unwrap();
    Phone { dir, app, key }
}

impl Phone {
    fn passport(&self) -> String {
        let me = self.app.default_holder(now()).unwrap().id;
        self.app
            .add_document(
                &DocumentInput {
                    person_id: me,
                    kind: Some(DocumentKind::Passport),
                    number: "AA 1234567".into(),
                    ..DocumentInput::default()
                },
                now(),
            )
            .unwrap()
            .id
    }

    /// The vault file opened directly with its key, as someone holding the key could.
    fn raw(&self) -> Connection {
        let conn = Connection::open(self.dir.path().join(VAULT_FILE)).unwrap();
        let hex: String = self
            .key
            .as_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        conn.pragma_update(None, "key", format!("x'{hex}'"))
            .unwrap();
        PAGE_FORMAT.apply(&conn).unwrap();
        conn
    }
}

fn entry(kind: EntryKind, at: &str) -> JournalEntryInput {
    JournalEntryInput {
        person_id: None,
        kind,
        happened_at: at.into(),
        place: "Astana, Left Bank".into(),
        office: "Migration police, district office".into(),
        official: "Sgt. Omarov, badge 0231".into(),
        demanded: "Registration papers".into(),
        documents: Vec::new(),
        money_asked: String::new(),
        payment_ids: Vec::new(),
        said: "They said my registration was not valid in Astana.".into(),
        outcome: "Protocol drawn up".into(),
        witnesses: String::new(),
        page_ids: Vec::new(),
        promised_return: None,
    }
}

fn taken(document: &str, action: DocumentAction) -> Vec<DocumentLinkInput> {
    vec![DocumentLinkInput {
        document_id: document.into(),
        action,
    }]
}

#[test]
fn entries_are_sealed_in_one_chain_and_a_correction_keeps_what_it_corrects() {
    let phone = phone();
    let app = &phone.app;
    let first = app
        .add_journal_entry(&entry(EntryKind::PoliceCheck, "2026-12-01T10:30"), now())
        .unwrap();
    let second = app
        .add_journal_entry(&entry(EntryKind::FineOrProtocol, "2026-12-02"), now())
        .unwrap();
    assert_eq!((first.position, second.position), (1, 2));
    assert_eq!(first.chain, second.chain);
    assert_eq!(first.captured_at, "2026-12-06T10:00:00.000Z");
    assert_eq!(first.official, "Sgt. Omarov, badge 0231");

    let mut fixed = entry(EntryKind::PoliceCheck, "2026-12-01T10:45");
    fixed.official = "Sgt. Omarov, badge 0213".into();
    let correction = app.correct_journal_entry(&first.id, &fixed, now()).unwrap();
    assert_eq!(correction.corrects.as_deref(), Some(first.id.as_str()));
    assert_eq!(correction.position, 3);
    let original = app.journal_entry(&first.id).unwrap();
    assert_eq!(
        original.official, "Sgt. Omarov, badge 0231",
        "never rewritten"
    );
    assert_eq!(
        original.corrected_by.as_deref(),
        Some(correction.id.as_str())
    );

    // Newest dealing first.
    let listed: Vec<String> = app.journal().unwrap().into_iter().map(|e| e.id).collect();
    assert_eq!(
        listed,
        [second.id.clone(), correction.id.clone(), first.id.clone()]
    );

    let checks = app.verify_journal().unwrap();
    assert_eq!(checks.len(), 1);
    assert!(checks[0].own);
    assert_eq!(checks[0].entries, 3);
    assert_eq!(checks[0].head, correction.hash);
    assert_eq!(checks[0].first_broken, None);
}

#[test]
fn bad_input_is_refused_on_its_field_and_nothing_is_written() {
    let phone = phone();
    let app = &phone.app;
    let refused = |input: JournalEntryInput| app.add_journal_entry(&input, now()).unwrap_err();

    // 15:00 in Almaty: 16:00 is later today.
    let later = refused(entry(EntryKind::PoliceCheck, "2026-12-06T16:00"));
    assert!(matches!(
        later,
        Error::Invalid {
            field: Field::HappenedOn,
            problem: Problem::InFuture
        }
    ));
    assert!(
        app.add_journal_entry(&entry(EntryKind::PoliceCheck, "2026-12-06T15:05"), now())
            .is_ok()
    );
    let nonsense = refused(entry(EntryKind::PoliceCheck, "yesterday"));
    assert!(matches!(
        nonsense,
        Error::Invalid {
            field: Field::HappenedOn,
            problem: Problem::BadDate
        }
    ));

    let mut no_document = entry(EntryKind::DocumentTaken, "2026-12-01");
    no_document.documents = Vec::new();
    assert!(matches!(
        refused(no_document),
        Error::Invalid {
            field: Field::Documents,
            problem: Problem::Missing
        }
    ));

    let mut gone = entry(EntryKind::DocumentTaken, "2026-12-01");
    gone.documents = taken("no-such-document", DocumentAction::Taken);
    assert!(matches!(
        refused(gone),
        Error::NotFound {
            kind: ItemKind::Document,
            ..
        }
    ));

    let mut page = entry(EntryKind::FineOrProtocol, "2026-12-01");
    page.page_ids = vec!["deleted-page".into()];
    assert!(matches!(
        refused(page),
        Error::NotFound {
            kind: ItemKind::Page,
            ..
        }
    ));

    let mut long = entry(EntryKind::Other, "2026-12-01");
    long.said = "a".repeat(huquq_core::journal::MAX_TEXT_CHARS + 1);
    assert!(matches!(
        refused(long),
        Error::Invalid {
            field: Field::Said,
            problem: Problem::TooLong
        }
    ));

    let mut promise = entry(EntryKind::DocumentTaken, "2026-12-01");
    promise.documents = taken(&phone.passport(), DocumentAction::Taken);
    promise.promised_return = Some("2026-02-30".into());
    assert!(matches!(
        refused(promise),
        Error::Invalid {
            field: Field::ReturnBy,
            problem: Problem::BadDate
        }
    ));

    let missing = app
        .correct_journal_entry(
            "no-such-entry",
            &entry(EntryKind::Other, "2026-12-01"),
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        missing,
        Error::NotFound {
            kind: ItemKind::JournalEntry,
            ..
        }
    ));

    // Only the one good entry was written, and the chain holds.
    assert_eq!(app.journal().unwrap().len(), 1);
    assert_eq!(app.verify_journal().unwrap()[0].first_broken, None);
    // The messages are the user's language, naming the field.
    let text = app.error_text(&later).replace(['\u{2068}', '\u{2069}'], "");
    assert!(text.starts_with("Date: this is after now"), "{text}");
}

#[test]
fn a_document_taken_is_held_until_the_journal_says_it_came_back() {
    let phone = phone();
    let app = &phone.app;
    let passport = phone.passport();
    let mut take = entry(EntryKind::DocumentTaken, "2026-11-20T09:00");
    take.documents = taken(&passport, DocumentAction::Taken);
    take.promised_return = Some("2026-11-27".into());
    let taking = app.add_journal_entry(&take, now()).unwrap();
    assert_eq!(taking.documents[0].number, "AA 1234567");
    assert_eq!(taking.documents[0].kind, "passport");

    let held = app.custody().unwrap();
    assert_eq!(held.len(), 1);
    assert_eq!(held[0].taken_entry, taking.id);
    let listed = app.vault_list(&Default::default(), now()).unwrap().sections[0].rows[0]
        .held
        .clone();
    assert_eq!(
        listed.unwrap().replace(['\u{2068}', '\u{2069}'], ""),
        "Taken November 20, 2026: Migration police, district office"
    );
    assert_eq!(held[0].promised_return.as_deref(), Some("2026-11-27"));
    assert_eq!(held[0].returned_entry, None);

    // The date of taking was wrong: corrected, the custody record follows the correction.
    let mut fixed = take.clone();
    fixed.happened_at = "2026-11-19T09:00".into();
    let correction = app
        .correct_journal_entry(&taking.id, &fixed, now())
        .unwrap();
    let held = app.custody().unwrap();
    assert_eq!(held.len(), 1);
    assert_eq!(
        (held[0].taken_entry.as_str(), held[0].taken_at.as_str()),
        (correction.id.as_str(), "2026-11-19T09:00")
    );

    let mut back = entry(EntryKind::DocumentReturned, "2026-12-03");
    back.documents = taken(&passport, DocumentAction::Returned);
    let returning = app.add_journal_entry(&back, now()).unwrap();
    let held = app.custody().unwrap();
    assert_eq!(
        held[0].returned_entry.as_deref(),
        Some(returning.id.as_str())
    );
    assert_eq!(held[0].returned_at.as_deref(), Some("2026-12-03"));

    // The vault's list says the document was held while it was.
    let held_row = |app: &App| {
        app.vault_list(&Default::default(), now()).unwrap().sections[0].rows[0]
            .held
            .clone()
            .map(|text| text.replace(['\u{2068}', '\u{2069}'], ""))
    };
    assert_eq!(held_row(app), None, "returned");
    // Deleting the document leaves the journal saying which document it was.
    app.delete_document(&passport).unwrap();
    assert_eq!(
        app.journal_entry(&taking.id).unwrap().documents[0].number,
        "AA 1234567"
    );
}

#[test]
fn the_app_cannot_rewrite_an_entry_and_a_byte_changed_with_the_key_is_found() {
    let phone = phone();
    let app = &phone.app;
    for day in 1..=4 {
        app.add_journal_entry(
            &entry(EntryKind::PoliceCheck, &format!("2026-12-0{day}")),
            now(),
        )
        .unwrap();
    }
    let conn = phone.raw();
    let refused = conn.execute(
        "UPDATE journal_entries SET body = body || ' ' WHERE position = 2",
        [],
    );
    assert!(refused.unwrap_err().to_string().contains("never changed"));
    assert!(
        conn.execute("DELETE FROM journal_entries WHERE position = 4", [])
            .is_err()
    );

    // Someone with the key drops the guard and changes one byte of the third entry.
    conn.execute_batch("DROP TRIGGER journal_entries_never_change")
        .unwrap();
    let third: String = conn
        .query_row(
            "SELECT id FROM journal_entries WHERE position = 3",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute(
        "UPDATE journal_entries SET body = replace(body, 'Protocol drawn up', 'Protocol drawn uP') WHERE id = ?1",
        [&third],
    )
    .unwrap();
    drop(conn);
    let check = &app.verify_journal().unwrap()[0];
    let broken = check.first_broken.as_ref().unwrap();
    assert_eq!(
        (broken.position, broken.entry_id.as_str()),
        (3, third.as_str())
    );
    // The entry's own screen says so; the one before it still matches its seal.
    let changed = app.journal_entry_screen(&third).unwrap();
    assert!(!changed.intact);
    assert!(
        changed
            .check
            .contains("entry \u{2068}3\u{2069} no longer matches its seal")
    );
    let listed = app.journal().unwrap();
    let second = listed.iter().find(|e| e.position == 2).unwrap();
    assert!(app.journal_entry_screen(&second.id).unwrap().intact);
    // A case file made now says it too, under the entry.
    let out = phone.dir.path().join("case.pdf");
    let options = huquq_core::casefile::CaseFileOptions {
        lawyer_language: "en".into(),
        user_language: None,
        document_ids: Vec::new(),
        page_ids: Vec::new(),
    };
    app.export_case_file(&options, &out, None, now(), &mut |_| {})
        .unwrap();
    let read = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&out)
        .arg("-")
        .output()
        .expect("this test needs pdftotext (poppler-utils); .ci/run installs it");
    let text = String::from_utf8(read.stdout).unwrap().replace('\n', " ");
    assert!(text.contains("no longer matches its seal"), "{text}");
}

#[test]
fn a_backup_carries_the_journal_and_a_restore_merges_without_breaking_a_chain() {
    let secret = BackupSecret::Passphrase("quiet river under old bridges".into());
    let old = phone();
    let passport = old.passport();
    let mut take = entry(EntryKind::DocumentTaken, "2026-11-20");
    take.documents = taken(&passport, DocumentAction::Taken);
    for input in [entry(EntryKind::PoliceCheck, "2026-11-01"), take] {
        old.app.add_journal_entry(&input, now()).unwrap();
    }
    let file = old.dir.path().join("backup.age");
    old.app
        .backup_vault(&file, &secret, now(), &mut |_| {})
        .unwrap();

    // A new phone with a journal of its own.
    let new = phone();
    new.app
        .add_journal_entry(&entry(EntryKind::MigrationOfficeVisit, "2026-12-05"), now())
        .unwrap();
    let summary = new.app.restore_vault(&file, &secret, &mut |_| {}).unwrap();
    assert_eq!(summary.journal_entries_added, 2);
    let checks = new.app.verify_journal().unwrap();
    assert_eq!(checks.len(), 2, "its own chain and the old phone's");
    assert!(checks[0].own && !checks[1].own);
    assert!(checks.iter().all(|c| c.first_broken.is_none()));
    assert_eq!(checks[1].head, old.app.verify_journal().unwrap()[0].head);
    assert_eq!(new.app.custody().unwrap().len(), 1);
    // The new phone's entries still go to its own chain.
    let next = new
        .app
        .add_journal_entry(&entry(EntryKind::Other, "2026-12-06"), now())
        .unwrap();
    assert_eq!(
        (next.chain.as_str(), next.position),
        (checks[0].chain.as_str(), 2)
    );
    // An entry says whose journal it sits in.
    let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
    let own_screen = new.app.journal_entry_screen(&next.id).unwrap();
    assert_eq!(plain(own_screen.position), "Entry 2 of your journal");
    let brought = new
        .app
        .journal()
        .unwrap()
        .into_iter()
        .find(|e| e.chain == checks[1].chain)
        .unwrap();
    let brought_screen = new.app.journal_entry_screen(&brought.id).unwrap();
    assert!(plain(brought_screen.position).ends_with("of a journal from a backup"));

    // Restored again, and the old phone's journal grown since: only what is new is added.
    assert_eq!(
        new.app
            .restore_vault(&file, &secret, &mut |_| {})
            .unwrap()
            .journal_entries_added,
        0
    );
    old.app
        .add_journal_entry(&entry(EntryKind::Detention, "2026-12-04"), now())
        .unwrap();
    old.app
        .backup_vault(&file, &secret, now(), &mut |_| {})
        .unwrap();
    assert_eq!(
        new.app
            .restore_vault(&file, &secret, &mut |_| {})
            .unwrap()
            .journal_entries_added,
        1
    );
    assert!(
        new.app
            .verify_journal()
            .unwrap()
            .iter()
            .all(|c| c.first_broken.is_none())
    );
}

#[test]
fn the_form_offers_the_vaults_pages_and_payments_and_a_correction_keeps_those_linked() {
    let phone = phone();
    let app = &phone.app;
    let passport = phone.passport();
    let photo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/photos/progressive.jpg");
    let page = app.add_page(&passport, &photo, now()).unwrap();
    let payment = app
        .add_payment(
            &huquq_core::vault::model::PaymentInput {
                document_id: passport.clone(),
                amount_minor: 1_966_000,
                currency: "KZT".into(),
                paid_on: "2026-12-02".into(),
                payee: "Kaspi".into(),
                reference: "R-1".into(),
                receipt_page_id: None,
            },
            now(),
        )
        .unwrap();
    let plain = |text: &str| text.replace(['\u{2068}', '\u{2069}'], "");

    let form = app.journal_form(None, now()).unwrap();
    assert_eq!(form.pages.len(), 1);
    assert_eq!(plain(&form.pages[0].label), "Passport · AA 1234567, page 1");
    assert!(!form.pages[0].selected);
    assert_eq!(form.payments.len(), 1);
    assert!(plain(&form.payments[0].label).starts_with("Passport: 19,660.00 KZT"));

    let mut input = entry(EntryKind::FineOrProtocol, "2026-12-02");
    input.page_ids = vec![page.id.clone()];
    input.payment_ids = vec![payment.id.clone()];
    let first = app.add_journal_entry(&input, now()).unwrap();
    let correcting = app.journal_form(Some(&first.id), now()).unwrap();
    assert!(correcting.pages[0].selected && correcting.payments[0].selected);
}

#[test]
fn a_passport_taken_can_start_its_custody_reminders_and_its_return_marks_them_done() {
    use huquq_core::reminders::model::DeadlineState;
    let phone = phone();
    let app = &phone.app;
    let passport = phone.passport();
    let custody = |app: &App| {
        app.reminders(now())
            .unwrap()
            .deadlines
            .into_iter()
            .filter(|d| d.procedure_id.as_deref() == Some("kz-passport-custody"))
            .collect::<Vec<_>>()
    };

    // A police check with the passport only shown offers nothing.
    let mut shown = entry(EntryKind::PoliceCheck, "2026-11-19");
    shown.documents = taken(&passport, DocumentAction::Shown);
    let shown = app.add_journal_entry(&shown, now()).unwrap();
    assert_eq!(
        app.journal_entry_screen(&shown.id)
            .unwrap()
            .custody_reminder,
        None
    );
    assert!(app.remind_custody(&shown.id, now()).is_err());

    let mut kept = entry(EntryKind::DocumentTaken, "2026-11-20T09:30");
    kept.documents = taken(&passport, DocumentAction::Taken);
    let kept = app.add_journal_entry(&kept, now()).unwrap();
    // Taking the passport does not start the migration office's deadline on its own.
    assert!(custody(app).is_empty());
    let offer = app.journal_entry_screen(&kept.id).unwrap().custody_reminder;
    assert!(
        offer
            .unwrap()
            .contains("Your passport at the migration office")
    );

    app.remind_custody(&kept.id, now()).unwrap();
    let started = custody(app);
    assert_eq!(started.len(), 1);
    // 17 working days from Friday 20 November 2026.
    assert_eq!(started[0].due_on, "2026-12-15");
    assert_eq!(
        app.journal_entry_screen(&kept.id).unwrap().custody_reminder,
        None
    );
    assert!(app.remind_custody(&kept.id, now()).is_err(), "started once");

    let mut back = entry(EntryKind::DocumentReturned, "2026-12-03");
    back.documents = taken(&passport, DocumentAction::Returned);
    app.add_journal_entry(&back, now()).unwrap();
    assert_eq!(custody(app)[0].state, DeadlineState::Done);
}
