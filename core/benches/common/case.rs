//! A made-up case, the same for the case file's tests, its sample page and its benchmark: a
//! resident of Astana with a passport and a residence card, fined for living there, the fine paid
//! with its receipt kept, his passport held by the migration office past the day promised, a
//! police check, a bribe asked for, a correction, and as many more dealings and photographed pages
//! as asked. Every name, number and
//! place in it is invented.
#![allow(dead_code, clippy::unwrap_used)]
use std::path::PathBuf;

use chrono::{DateTime, Duration, Utc};
use huquq_core::App;
use huquq_core::journal::{DocumentAction, DocumentLinkInput, EntryKind, JournalEntryInput};
use huquq_core::vault::model::{DocumentInput, DocumentKind, PaymentInput};

pub struct Case {
    pub passport: String,
    pub card: String,
    pub receipt_page: String,
    pub entries: usize,
    pub pages: usize,
    /// Every page added, the receipt's included.
    pub page_ids: Vec<String>,
}

/// 7 December 2026, 15:00 in Almaty.
pub fn case_now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-07T10:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn entry(kind: EntryKind, at: String) -> JournalEntryInput {
    JournalEntryInput {
        person_id: None,
        kind,
        happened_at: at,
        place: String::new(),
        office: String::new(),
        official: String::new(),
        demanded: String::new(),
        documents: Vec::new(),
        money_asked: String::new(),
        payment_ids: Vec::new(),
        said: String::new(),
        outcome: String::new(),
        witnesses: String::new(),
        page_ids: Vec::new(),
        promised_return: None,
    }
}

fn link(document: &str, action: DocumentAction) -> Vec<DocumentLinkInput> {
    vec![DocumentLinkInput {
        document_id: document.to_owned(),
        action,
    }]
}

/// Adds `count` pages to `document`, taking the photos in turn.
fn pages(
    app: &App,
    document: &str,
    photos: &mut impl Iterator<Item = PathBuf>,
    count: usize,
    now: DateTime<Utc>,
) -> Vec<String> {
    (0..count)
        .map(|_| {
            let photo = photos.next().unwrap();
            app.add_page(document, &photo, now).unwrap().id
        })
        .collect()
}

/// Fills an open vault with the case: six dealings told in full, then `more_entries` police
/// checks, and `pictures` photographed pages in all (at least two: the protocol and the receipt),
/// taking the `photos` in turn.
pub fn made_up_case(app: &App, photos: &[PathBuf], more_entries: usize, pictures: usize) -> Case {
    let mut photos = photos.iter().cloned().cycle();
    let now = case_now();
    let me = app.default_holder(now).unwrap().id;
    let document = |kind, number: &str, authority: &str, issued: &str, expires: &str| {
        app.add_document(
            &DocumentInput {
                person_id: me.clone(),
                kind: Some(kind),
                number: number.into(),
                authority: authority.into(),
                issued_on: Some(issued.into()),
                expires_on: Some(expires.into()),
                notes: String::new(),
            },
            now,
        )
        .unwrap()
        .id
    };
    let passport = document(
        DocumentKind::Passport,
        "AA 0000000",
        "République du Mali",
        "2022-03-14",
        "2032-03-13",
    );
    let card = document(
        DocumentKind::ResidenceCard,
        "000000000",
        "МВД РК",
        "2021-05-20",
        "2031-05-19",
    );
    let fine = document(
        DocumentKind::FineOrDecision,
        "АП-0000",
        "УМП ДП г. Астаны",
        "2026-10-02",
        "2026-12-31",
    );
    let protocol_page = pages(app, &fine, &mut photos, 1, now).remove(0);
    let receipt_page = pages(app, &fine, &mut photos, 1, now).remove(0);
    let payment = app
        .add_payment(
            &PaymentInput {
                document_id: fine.clone(),
                amount_minor: 1_966_000,
                currency: "KZT".into(),
                paid_on: "2026-10-09".into(),
                payee: "Kaspi Bank, КБК 204101".into(),
                reference: "№ 0000-0000".into(),
                receipt_page_id: Some(receipt_page.clone()),
            },
            now,
        )
        .unwrap();
    let mut extra_pages = pages(app, &card, &mut photos, pictures.saturating_sub(2), now);
    let mut page_ids = vec![protocol_page.clone(), receipt_page.clone()];
    page_ids.extend(extra_pages.iter().cloned());

    let mut check = entry(EntryKind::PoliceCheck, "2026-09-28T19:40".into());
    check.place = "Астана, ул. Кенесары, у остановки".into();
    check.official = "сержант Омаров (so he said), жетон 0231".into();
    check.demanded = "Регистрацию по месту жительства в Астане. Сказали, что вид на жительство «только для Алматы».".into();
    check.documents = link(&card, DocumentAction::Shown);
    check.said = "Vous habitez à Astana illégalement, il faut payer maintenant.\nОни сказали, что я должен жить в Алматы.".into();
    check.outcome = "Протокол не составлен, велели прийти в миграционную полицию.".into();
    check.witnesses = "Aïssata Traoré; أحمد بن علي (سائق تاكسي)".into();
    app.add_journal_entry(&check, now).unwrap();

    let mut protocol = entry(EntryKind::FineOrProtocol, "2026-10-02T11:15".into());
    protocol.office = "УМП ДП г. Астаны, отдел миграционного контроля".into();
    protocol.official = "капитан полиции Сейткали".into();
    protocol.demanded = "Объяснение, почему я проживаю в Астане".into();
    protocol.documents = link(&passport, DocumentAction::Shown);
    protocol.outcome = "Протокол по ст. 517 КоАП, штраф 10 МРП".into();
    protocol.page_ids = vec![protocol_page];
    let protocol = app.add_journal_entry(&protocol, now).unwrap();

    let mut paid = entry(EntryKind::Other, "2026-10-09".into());
    paid.place = "Kaspi Bank".into();
    paid.outcome = "Штраф оплачен полностью, квитанция сохранена.".into();
    paid.payment_ids = vec![payment.id.clone()];
    app.add_journal_entry(&paid, now).unwrap();

    let mut taken = entry(EntryKind::DocumentTaken, "2026-11-12T09:30".into());
    taken.office = "Миграционная служба, ЦОН Есильского района".into();
    taken.official = "инспектор (имя не назвала), окно 7".into();
    taken.demanded = "Паспорт для замены вида на жительство".into();
    taken.documents = link(&passport, DocumentAction::Taken);
    taken.said = "Вернём через 17 рабочих дней. Расписку не дали.".into();
    taken.promised_return = Some("2026-12-07".into());
    app.add_journal_entry(&taken, now).unwrap();

    let mut bribe = entry(EntryKind::BribeAsked, "2026-11-20T16:00".into());
    bribe.office = "ЦОН Есильского района".into();
    bribe.money_asked = "50 000 тенге «чтобы ускорить»".into();
    bribe.outcome = "Отказался платить.".into();
    app.add_journal_entry(&bribe, now).unwrap();

    // The protocol's article was misremembered: corrected, and both entries stay.
    let mut corrected = entry(EntryKind::FineOrProtocol, "2026-10-02T11:15".into());
    corrected.office = "УМП ДП г. Астаны, отдел миграционного контроля".into();
    corrected.official = "капитан полиции Сейткали".into();
    corrected.outcome = "Протокол по ст. 496 КоАП (не 517), штраф 10 МРП".into();
    app.correct_journal_entry(&protocol.id, &corrected, now)
        .unwrap();

    for n in 0..more_entries {
        let day = DateTime::parse_from_rfc3339("2026-06-01T09:00:00Z").unwrap()
            + Duration::days(n as i64 * 2);
        let mut more = entry(
            EntryKind::PoliceCheck,
            day.format("%Y-%m-%dT%H:%M").to_string(),
        );
        more.place = format!("Астана, станция LRT № {}", n + 1);
        more.official = "патрульная полиция".into();
        more.demanded = "Документы и регистрацию".into();
        more.documents = link(&card, DocumentAction::Shown);
        more.outcome = "Отпустили после проверки".into();
        if let Some(page) = extra_pages.pop() {
            more.page_ids = vec![page];
        }
        app.add_journal_entry(&more, now).unwrap();
    }
    Case {
        passport,
        card,
        receipt_page,
        entries: 6 + more_entries,
        pages: pictures.max(2),
        page_ids,
    }
}
