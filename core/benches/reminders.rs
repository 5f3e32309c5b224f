//! Reminder schedule speed (figure in docs/PERFORMANCE.md): the full schedule for 1,000 documents
//! (target ≤ 5 ms). Measured three ways: the computation alone (deadlines and every reminder
//! instant, from documents in memory); what a phone calls, `pending_notifications(now, 64)`, which
//! reads the vault and words the reminders; and the reminders screen, every deadline with its
//! localized status and caveats.
use std::collections::HashMap;
use std::hint::black_box;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use criterion::Criterion;
use huquq_core::App;
use huquq_core::reminders::deadlines::{self, Calendars, DatedDocument};
use huquq_core::reminders::model::ReminderSettings;
use huquq_core::reminders::schedule::{self, ValidSettings};
use huquq_core::vault::model::*;

const DOCUMENTS: usize = 1000;

/// Expiry dates spread over ten years from a month ago: some overdue, most ahead.
fn expiry_dates() -> Vec<NaiveDate> {
    let start = NaiveDate::from_ymd_opt(2026, 10, 29).expect("date");
    (0..DOCUMENTS)
        .map(|n| start + Duration::days((n * 7919 % 3650) as i64))
        .collect()
}

fn app_with_documents() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::open(dir.path(), &["ru"]).expect("app");
    app.create_vault().expect("vault");
    let now = Utc
        .with_ymd_and_hms(2026, 11, 29, 3, 0, 0)
        .single()
        .expect("date");
    let person = app
        .add_person(
            &PersonInput {
                name: "Me".into(),
                relation: Relation::Myself,
            },
            now,
        )
        .expect("person");
    for (n, expires) in expiry_dates().into_iter().enumerate() {
        app.add_document(
            &DocumentInput {
                person_id: person.id.clone(),
                kind: Some(DocumentKind::ALL[n % DocumentKind::ALL.len()]),
                number: format!("N {n:08}"),
                expires_on: Some(expires.to_string()),
                ..Default::default()
            },
            now,
        )
        .expect("document");
    }
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
    let documents: Vec<DatedDocument> = expiry_dates()
        .into_iter()
        .enumerate()
        .map(|(n, expires_on)| DatedDocument {
            id: format!("doc-{n}"),
            person_id: "me".into(),
            kind: DocumentKind::ALL[n % DocumentKind::ALL.len()],
            expires_on,
        })
        .collect();
    let events = Vec::new();
    let choices = HashMap::new();
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
    c.bench_function("reminders screen: 1000 documents", |b| {
        b.iter(|| black_box(app.reminders(now).expect("reminders")))
    });
    c.bench_function("pending_notifications(now, 64): 1000 documents", |b| {
        b.iter(|| black_box(app.pending_notifications(now, 64).expect("pending")))
    });
    c.final_summary();
}
