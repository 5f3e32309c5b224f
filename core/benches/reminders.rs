//! Reminder schedule speed (figure in docs/PERFORMANCE.md): the full schedule for 1,000 documents
//! (target ≤ 5 ms). Measured three ways: the computation alone (deadlines and every reminder
//! instant, from documents already in memory); the same plus the vault read; and what a phone calls,
//! `pending_notifications(now, 64)` with its localized texts.
use std::hint::black_box;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use criterion::Criterion;
use huquq_core::App;
use huquq_core::reminders::deadlines::{self, Calendars};
use huquq_core::reminders::model::ReminderSettings;
use huquq_core::reminders::schedule::{self, ValidSettings};
use huquq_core::vault::model::*;

const DOCUMENTS: usize = 1000;

fn app_with_documents() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::open(dir.path(), &["ru"]).expect("app");
    app.create_vault().expect("vault");
    let now = Utc
        .with_ymd_and_hms(2026, 11, 29, 3, 0, 0)
        .single()
        .expect("date");
    app.with_vault(|vault| {
        let person = vault.add_person(
            &PersonInput {
                name: "Me".into(),
                relation: Relation::Myself,
            },
            now,
        )?;
        // Expiry dates spread over ten years from a month ago: some overdue, most ahead.
        let start = NaiveDate::from_ymd_opt(2026, 10, 29).expect("date");
        for n in 0..DOCUMENTS {
            let expires = start + Duration::days((n * 7919 % 3650) as i64);
            vault.add_document(
                &DocumentInput {
                    person_id: person.id.clone(),
                    kind: Some(DocumentKind::ALL[n % DocumentKind::ALL.len()]),
                    number: format!("N {n:08}"),
                    expires_on: Some(expires.to_string()),
                    ..Default::default()
                },
                now,
            )?;
        }
        Ok(())
    })
    .expect("documents");
    (dir, app)
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let (_dir, app) = app_with_documents();
    let now = Utc
        .with_ymd_and_hms(2026, 11, 29, 3, 0, 0)
        .single()
        .expect("date");
    let content = huquq_core::content::Content::embedded().expect("content");
    let catalog = &content.catalog;
    let settings = ValidSettings::new(&ReminderSettings::default()).expect("settings");
    let (documents, events, choices) = app
        .with_vault(|v| Ok((v.dated_documents()?, v.events(None)?, v.deadline_choices()?)))
        .expect("read");
    let planned = {
        let list = deadlines::compute(catalog, &Calendars::new(catalog), &documents, &events);
        schedule::plan(&list, &choices, &settings, now).len()
    };
    eprintln!("{DOCUMENTS} documents → {planned} reminders in the full schedule");

    c.bench_function("schedule: 1000 documents, computation", |b| {
        b.iter(|| {
            let list = deadlines::compute(catalog, &Calendars::new(catalog), &documents, &events);
            black_box(schedule::plan(&list, &choices, &settings, now))
        })
    });
    c.bench_function("schedule: 1000 documents, vault read + computation", |b| {
        b.iter(|| {
            app.with_vault(|v| {
                let documents = v.dated_documents()?;
                let events = v.events(None)?;
                let choices = v.deadline_choices()?;
                let list =
                    deadlines::compute(catalog, &Calendars::new(catalog), &documents, &events);
                Ok(black_box(schedule::plan(&list, &choices, &settings, now)))
            })
            .expect("schedule")
        })
    });
    c.bench_function("pending_notifications(now, 64): 1000 documents", |b| {
        b.iter(|| black_box(app.pending_notifications(now, 64).expect("pending")))
    });
    c.final_summary();
}
