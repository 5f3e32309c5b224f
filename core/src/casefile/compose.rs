//! What a case file says, section by section, in the lawyer's language with the user's beside it:
//! the person and the documents they chose to include, the dealings with officials oldest first,
//! payments with their receipts, documents an office holds, the pages they chose, the law that
//! applies with its sources, and how to check the journal.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};

use super::layout::{Composer, Picture, Placement};
use super::text::{Colour, Span, Style};
use crate::content::Content;
use crate::journal::{ChainCheck, Custody, EntryKind, JournalEntry};
use crate::kb::screens as kb_screens;
use crate::l10n::{Direction, Localizer, args};
use crate::screens::journal as journal_screens;
use crate::vault::model::{Document, Page, Payment, Person, Relation};

const INK: Colour = Colour(0x1A, 0x1A, 0x1A);
const GREY: Colour = Colour(0x5F, 0x63, 0x68);
const ACCENT: Colour = Colour(0x0B, 0x57, 0x6B);
const WARN: Colour = Colour(0x93, 0x5A, 0x00);
const RULE: Colour = Colour(0xC8, 0xCC, 0xD0);

const TITLE: Style = Style::new(19.0, true, ACCENT);
const HEADING: Style = Style::new(14.0, true, ACCENT);
const ENTRY: Style = Style::new(11.5, true, INK);
const BODY: Style = Style::new(10.0, false, INK);
const LABEL: Style = Style::new(8.5, true, GREY);
const ASIDE: Style = Style::new(8.5, false, GREY);
const NOTICE: Style = Style::new(8.5, false, WARN);
pub(super) const FOOTER: Style = Style::new(7.5, false, GREY);

/// Room a section of pictures asks for under its heading: the heading goes to the next page with
/// the first picture rather than stay alone at the foot of a page.
const PICTURE_ROOM: f32 = 330.0;
/// Room for a label and the first line under it.
const LABEL_WITH_LINE: f32 = 28.0;
/// Room for a picture's caption and the hash line under it.
const CAPTION_ROOM: f32 = 40.0;

/// Everything the case file is made from, read from the vault in one go.
pub(crate) struct CaseData {
    pub people: Vec<Person>,
    /// The documents the user chose to include, with their numbers and dates.
    pub documents: Vec<Document>,
    /// Every document in the vault, to name the ones entries and payments refer to.
    pub all_documents: Vec<Document>,
    /// The payments that go in: those entries link to and those of the chosen documents.
    pub payments: Vec<Payment>,
    pub pages: Vec<Page>,
    pub entries: Vec<JournalEntry>,
    pub checks: Vec<ChainCheck>,
    pub custody: Vec<Custody>,
    /// Pages pictured in full: the user's choice and every page an entry links to.
    pub pictured: Vec<String>,
}

/// The two languages: the lawyer's, in which everything is said, and the user's, beside the
/// headings and labels when it differs.
pub(crate) struct Languages<'a> {
    pub lawyer: &'a Localizer,
    pub user: Option<&'a Localizer>,
}

impl Languages<'_> {
    fn direction(&self) -> Direction {
        self.lawyer.direction()
    }

    fn both(&self, id: &str) -> (String, Option<String>) {
        (self.lawyer.ui(id), self.user.map(|user| user.ui(id)))
    }
}

pub(crate) struct Sources<'a> {
    pub content: &'a Content,
    /// A time by the phone's clock in the user's zone.
    pub local: &'a dyn Fn(DateTime<Utc>) -> NaiveDateTime,
    /// A page's JPEG from the vault.
    pub jpeg: &'a mut dyn FnMut(&str) -> Option<Vec<u8>>,
    /// Called after each entry and each picture.
    pub progress: &'a mut dyn FnMut(),
    pub today: &'a str,
}

/// Which articles speak to a kind of dealing, most useful first. Checked against the catalog by a
/// test, so an article renamed or removed fails the build's tests, not a lawyer's reading.
pub(crate) fn articles_for(kind: EntryKind) -> &'static [&'static str] {
    match kind {
        EntryKind::PoliceCheck => &[
            "kz-police-checks",
            "kz-required-documents",
            "kz-extra-papers",
        ],
        EntryKind::MigrationOfficeVisit => &[
            "kz-required-documents",
            "kz-extra-papers",
            "kz-written-appeal",
        ],
        EntryKind::FineOrProtocol => &[
            "kz-protocol-rights",
            "kz-appeal-fine",
            "kz-fine-deadline",
            "kz-proof-of-payment",
        ],
        EntryKind::DocumentTaken | EntryKind::DocumentReturned => {
            &["kz-passport-confiscation", "kz-status-while-processing"]
        }
        EntryKind::BribeAsked => &["kz-bribes-1424", "kz-prosecutor-complaint"],
        EntryKind::Detention => &[
            "kz-detention-rights",
            "kz-administrative-detention",
            "kz-consular-rights",
            "kz-interpreter-rights",
        ],
        EntryKind::Other => &[],
    }
}

/// A payment recorded against a fine is proof against "no record of payment".
pub(super) const PAYMENT_ARTICLE: &str = "kz-proof-of-payment";

pub(crate) fn compose(
    composer: &mut Composer,
    data: &CaseData,
    languages: &Languages,
    sources: &mut Sources,
) {
    let mut writer = Writer {
        composer,
        languages,
    };
    writer.front(sources.today, sources.content);
    writer.person(data);
    let positions: HashMap<&str, u64> = data
        .entries
        .iter()
        .map(|entry| (entry.id.as_str(), entry.position))
        .collect();
    let picture_numbers: HashMap<&str, usize> = data
        .pictured
        .iter()
        .enumerate()
        .map(|(index, id)| (id.as_str(), index + 1))
        .collect();
    writer.timeline(data, &positions, &picture_numbers, sources);
    writer.payments(data, sources);
    writer.custody(data);
    writer.pictures(data, sources);
    writer.law(data, sources.content);
    writer.verification(data);
}

struct Writer<'c, 'f, 'l> {
    composer: &'c mut Composer<'f>,
    languages: &'l Languages<'l>,
}

impl Writer<'_, '_, '_> {
    fn placed(&self, space_before: f32, space_after: f32) -> Placement {
        Placement {
            direction: Some(self.languages.direction()),
            indent: 0.0,
            space_before,
            space_after,
        }
    }

    /// A paragraph in the lawyer's language.
    fn say(&mut self, text: &str, style: Style, space_after: f32) {
        let placement = self.placed(0.0, space_after);
        self.composer
            .paragraph(&[Span::new(text, style)], placement);
    }

    /// The user's own words, in whatever language and direction they wrote them, a paragraph
    /// per line they typed.
    fn quote(&mut self, text: &str, indent: f32) {
        for line in text.lines().filter(|line| !line.trim().is_empty()) {
            self.composer.paragraph(
                &[Span::new(line, BODY)],
                Placement {
                    direction: None,
                    indent,
                    space_before: 0.0,
                    space_after: 1.5,
                },
            );
        }
    }

    /// The same text in the user's language, smaller, under the lawyer's; nothing when the two
    /// languages are the same.
    fn beside(&mut self, text: Option<String>, space_after: f32) {
        let Some((text, user)) = text.zip(self.languages.user) else {
            return;
        };
        self.composer.paragraph(
            &[Span::new(text, ASIDE)],
            Placement {
                direction: Some(user.direction()),
                indent: 0.0,
                space_before: 0.0,
                space_after,
            },
        );
    }

    /// A section's heading, kept on one page with the first `room` points of what follows.
    fn heading(&mut self, id: &str, room: f32) {
        let (lawyer, user) = self.languages.both(id);
        self.composer.keep(room);
        self.composer.rule(RULE, 8.0);
        self.say(&lawyer, HEADING, 1.0);
        self.beside(user, 6.0);
        if self.languages.user.is_none() {
            self.composer.space(5.0);
        }
    }

    /// A field: its label in the lawyer's language (the user's after it), and under it the value
    /// as written; nothing when the value is empty.
    fn labelled(&mut self, id: &str, value: &str) {
        if value.trim().is_empty() {
            return;
        }
        let (lawyer, user) = self.languages.both(id);
        self.labelled_text(&lawyer, user.as_deref(), value);
    }

    fn labelled_text(&mut self, lawyer: &str, user: Option<&str>, value: &str) {
        let label = match user {
            Some(user) if user != lawyer => format!("{lawyer} · {user}"),
            _ => lawyer.to_owned(),
        };
        // A label is not left at the foot of a page without the first line of its value.
        self.composer.keep(LABEL_WITH_LINE);
        let placement = self.placed(0.0, 0.5);
        self.composer
            .paragraph(&[Span::new(label, LABEL)], placement);
        self.quote(value, 8.0);
    }

    fn front(&mut self, today: &str, content: &Content) {
        let (title, user_title) = self.languages.both("casefile-title");
        self.say(&title, TITLE, 2.0);
        self.beside(user_title, 6.0);
        let made = self
            .languages
            .lawyer
            .ui_with("casefile-made", Some(&args(&[("date", today.into())])));
        self.say(&made, BODY, 4.0);
        if let Some(notice) = machine_translated(content, self.languages.lawyer) {
            self.say(&notice, NOTICE, 4.0);
        }
        let (about, user_about) = self.languages.both("casefile-about");
        self.say(&about, BODY, 3.0);
        self.beside(user_about, 4.0);
    }

    fn person(&mut self, data: &CaseData) {
        self.heading("casefile-person", 90.0);
        let lawyer = self.languages.lawyer;
        let mut holders: Vec<&Person> = data
            .people
            .iter()
            .filter(|person| {
                data.documents.iter().any(|d| d.person_id == person.id)
                    || data.entries.iter().any(|e| e.person_id == person.id)
            })
            .collect();
        holders.sort_by_key(|person| person.relation != Relation::Myself);
        for person in holders {
            let name = crate::labels::person(lawyer, &person.name, person.relation);
            self.composer.keep(40.0);
            self.composer.paragraph(
                &[Span::new(name, ENTRY)],
                Placement {
                    direction: None,
                    indent: 0.0,
                    space_before: 4.0,
                    space_after: 2.0,
                },
            );
            for document in data.documents.iter().filter(|d| d.person_id == person.id) {
                self.document(document, &data.custody);
            }
        }
        if data.documents.is_empty() {
            let (text, user) = self.languages.both("casefile-no-documents");
            self.say(&text, ASIDE, 1.0);
            self.beside(user, 2.0);
        }
    }

    fn document(&mut self, document: &Document, custody: &[Custody]) {
        let lawyer = self.languages.lawyer;
        let kind = crate::labels::document_kind(lawyer, document.kind);
        let title = match document.number.trim() {
            "" => kind,
            number => format!("{kind} · {number}"),
        };
        self.composer.keep(36.0);
        self.composer.paragraph(
            &[Span::new(title, BODY.bold())],
            Placement {
                direction: None,
                indent: 8.0,
                space_before: 3.0,
                space_after: 1.0,
            },
        );
        let day = |date: &Option<String>| {
            date.as_deref()
                .map(|date| crate::screens::document::date(lawyer, date))
                .unwrap_or_default()
        };
        self.labelled("field-issued-on", &day(&document.issued_on));
        self.labelled("field-expires-on", &day(&document.expires_on));
        self.labelled("vault-authority", &document.authority);
        for record in custody
            .iter()
            .filter(|c| c.document.document_id == document.id && c.returned_entry.is_none())
        {
            let taken = journal_screens::taken_text(lawyer, record);
            self.say(&taken, NOTICE, 1.0);
        }
    }

    fn timeline(
        &mut self,
        data: &CaseData,
        positions: &HashMap<&str, u64>,
        pictures: &HashMap<&str, usize>,
        sources: &mut Sources,
    ) {
        self.heading("casefile-timeline", 90.0);
        if data.entries.is_empty() {
            let (text, user) = self.languages.both("casefile-no-entries");
            self.say(&text, ASIDE, 1.0);
            self.beside(user, 2.0);
        }
        let mut entries: Vec<&JournalEntry> = data.entries.iter().collect();
        entries.sort_by(|a, b| {
            (a.happened_at.as_str(), &a.chain, a.position).cmp(&(
                b.happened_at.as_str(),
                &b.chain,
                b.position,
            ))
        });
        for entry in entries {
            self.entry(entry, data, positions, pictures, sources);
            (sources.progress)();
        }
    }

    fn entry(
        &mut self,
        entry: &JournalEntry,
        data: &CaseData,
        positions: &HashMap<&str, u64>,
        pictures: &HashMap<&str, usize>,
        sources: &Sources,
    ) {
        let lawyer = self.languages.lawyer;
        let Some(check) = data.checks.iter().find(|check| check.chain == entry.chain) else {
            return;
        };
        let own = check.own;
        let screen = journal_screens::entry(lawyer, entry, check, sources.local);
        let user_screen = self
            .languages
            .user
            .map(|user| journal_screens::entry(user, entry, check, sources.local));
        self.composer.keep(70.0);
        let heading = lawyer.ui_with(
            "casefile-entry-heading",
            Some(&args(&[
                (
                    "position",
                    i64::try_from(entry.position).unwrap_or(0).into(),
                ),
                ("when", screen.when.as_str().into()),
                ("kind", screen.title.as_str().into()),
            ])),
        );
        let placement = self.placed(6.0, 0.5);
        self.composer
            .paragraph(&[Span::new(heading, ENTRY)], placement);
        self.beside(user_screen.as_ref().map(|s| s.title.clone()), 1.5);
        // The heading numbers the entry in its journal; a journal that came from a backup says so.
        if !own {
            self.say(&screen.position, ASIDE, 1.0);
        }

        let position_of = |id: &Option<String>| {
            id.as_deref()
                .and_then(|id| positions.get(id))
                .map(|&p| i64::try_from(p).unwrap_or(0))
        };
        if let Some(position) = position_of(&entry.corrects) {
            let text = lawyer.ui_with(
                "casefile-corrects",
                Some(&args(&[("position", position.into())])),
            );
            self.say(&text, NOTICE, 1.0);
        }
        if let Some(position) = position_of(&entry.corrected_by) {
            let text = lawyer.ui_with(
                "casefile-corrected-by",
                Some(&args(&[("position", position.into())])),
            );
            self.say(&text, NOTICE, 1.0);
        }
        let user_labels: Vec<String> = user_screen
            .as_ref()
            .map(|s| s.fields.iter().map(|f| f.label.clone()).collect())
            .unwrap_or_default();
        for (index, field) in screen.fields.iter().enumerate() {
            self.labelled_text(
                &field.label,
                user_labels.get(index).map(String::as_str),
                &field.text,
            );
        }
        if !screen.documents.is_empty() {
            let (label, user) = self.languages.both("field-documents");
            self.labelled_text(&label, user.as_deref(), &screen.documents.join("\n"));
        }
        let payments: Vec<String> = entry
            .payment_ids
            .iter()
            .filter_map(|id| data.payments.iter().find(|p| &p.id == id))
            .map(|payment| payment_text(lawyer, payment))
            .collect();
        if !payments.is_empty() {
            let (label, user) = self.languages.both("casefile-payments");
            self.labelled_text(&label, user.as_deref(), &payments.join("\n"));
        }
        let numbers: Vec<String> = entry
            .page_ids
            .iter()
            .filter_map(|id| pictures.get(id.as_str()))
            .map(|n| n.to_string())
            .collect();
        if !numbers.is_empty() {
            let text = lawyer.ui_with(
                "casefile-see-pictures",
                Some(&args(&[("numbers", numbers.join(", ").into())])),
            );
            self.say(&text, BODY, 1.0);
        }
        self.say(&screen.captured, ASIDE, 0.5);
        self.say(&screen.seal, ASIDE, if screen.intact { 4.0 } else { 0.5 });
        if !screen.intact {
            // Changed after it was written: the lawyer reads this entry as what it now says.
            self.say(&screen.check, NOTICE, 4.0);
        }
    }

    fn payments(&mut self, data: &CaseData, sources: &mut Sources) {
        let payments = &data.payments;
        if payments.is_empty() {
            return;
        }
        self.heading("casefile-payments", 90.0);
        let lawyer = self.languages.lawyer;
        for payment in payments {
            self.composer.keep(30.0);
            let for_document = data
                .all_documents
                .iter()
                .find(|d| d.id == payment.document_id)
                .map(|d| crate::labels::document_kind(lawyer, d.kind))
                .unwrap_or_default();
            let mut text = payment_text(lawyer, payment);
            if !for_document.is_empty() {
                text = format!("{for_document}: {text}");
            }
            let placement = self.placed(3.0, 1.0);
            self.composer
                .paragraph(&[Span::new(text, BODY.bold())], placement);
            self.labelled("casefile-payee", &payment.payee);
            if let Some(page) = &payment.receipt_page_id {
                let picture = (sources.jpeg)(page).and_then(Composer::picture);
                self.show(picture);
            }
        }
    }

    fn custody(&mut self, data: &CaseData) {
        if data.custody.is_empty() {
            return;
        }
        self.heading("casefile-custody", 90.0);
        let lawyer = self.languages.lawyer;
        for record in &data.custody {
            let item = journal_screens::custody_item(lawyer, record);
            self.composer.keep(40.0);
            let placement = self.placed(3.0, 1.0);
            self.composer
                .paragraph(&[Span::new(item.document, BODY.bold())], placement);
            self.say(&item.taken, BODY, 1.0);
            if let Some(promised) = &item.promised {
                self.say(promised, BODY, 1.0);
            }
            let style = if item.held { NOTICE } else { BODY };
            self.say(&item.status, style, 2.0);
        }
    }

    fn pictures(&mut self, data: &CaseData, sources: &mut Sources) {
        if data.pictured.is_empty() {
            return;
        }
        self.heading("casefile-pages", PICTURE_ROOM);
        let lawyer = self.languages.lawyer;
        for (index, id) in data.pictured.iter().enumerate() {
            let Some(page) = data.pages.iter().find(|p| &p.id == id) else {
                continue;
            };
            let document = data
                .all_documents
                .iter()
                .find(|d| d.id == page.document_id)
                .map(|d| crate::labels::document_kind(lawyer, d.kind))
                .unwrap_or_default();
            let captured = DateTime::parse_from_rfc3339(&page.captured_at)
                .map(|at| {
                    (sources.local)(at.with_timezone(&Utc))
                        .format("%Y-%m-%d")
                        .to_string()
                })
                .unwrap_or_default();
            let caption = lawyer.ui_with(
                "casefile-picture-caption",
                Some(&args(&[
                    ("number", i64::try_from(index + 1).unwrap_or(0).into()),
                    ("document", document.into()),
                    ("page", i64::from(page.position).into()),
                    ("date", captured.into()),
                ])),
            );
            let picture = (sources.jpeg)(id).and_then(Composer::picture);
            // The caption stays on the picture's page.
            self.composer
                .keep(CAPTION_ROOM + picture.as_ref().map_or(0.0, |p| p.height));
            let placement = self.placed(6.0, 1.0);
            self.composer
                .paragraph(&[Span::new(caption, BODY.bold())], placement);
            let hash = lawyer.ui_with(
                "casefile-picture-original",
                Some(&args(&[("hash", page.original_sha256.as_str().into())])),
            );
            self.say(&hash, ASIDE, 2.0);
            self.show(picture);
            (sources.progress)();
        }
    }

    /// A page's picture, or a line saying it could not be read (never a silent gap).
    fn show(&mut self, picture: Option<Picture>) {
        match picture {
            Some(picture) => self.composer.place(picture),
            None => {
                let text = self.languages.lawyer.ui("casefile-picture-unreadable");
                self.say(&text, NOTICE, 2.0);
            }
        }
    }

    fn law(&mut self, data: &CaseData, content: &Content) {
        let mut ids: Vec<&str> = Vec::new();
        for entry in &data.entries {
            for id in articles_for(entry.kind) {
                if !ids.contains(id) {
                    ids.push(id);
                }
            }
            if !entry.payment_ids.is_empty() && !ids.contains(&PAYMENT_ARTICLE) {
                ids.push(PAYMENT_ARTICLE);
            }
        }
        let articles: Vec<_> = ids
            .iter()
            .filter_map(|id| kb_screens::article(content, self.languages.lawyer, id).ok())
            .collect();
        if articles.is_empty() {
            return;
        }
        self.heading("casefile-law", 90.0);
        for article in articles {
            self.composer.keep(80.0);
            let placement = Placement {
                direction: Some(article.direction),
                indent: 0.0,
                space_before: 6.0,
                space_after: 1.0,
            };
            self.composer
                .paragraph(&[Span::new(&article.title, ENTRY)], placement);
            let user_title = self
                .languages
                .user
                .and_then(|user| kb_screens::article(content, user, &article.id).ok())
                .map(|a| a.title);
            self.beside(user_title, 1.5);
            self.composer.paragraph(
                &[Span::new(&article.summary, BODY)],
                Placement {
                    space_before: 0.0,
                    space_after: 2.0,
                    ..placement
                },
            );
            self.say(&article.confidence_text, ASIDE, 1.0);
            for notice in &article.notices {
                self.say(&notice.text, NOTICE, 1.0);
            }
            for source in &article.sources {
                let mut text = source.citation.clone();
                if let Some(url) = &source.url {
                    text.push_str(" — ");
                    text.push_str(url);
                }
                text.push_str(" — ");
                text.push_str(&source.checked);
                self.composer.paragraph(
                    &[Span::new(text, ASIDE)],
                    Placement {
                        indent: 8.0,
                        space_before: 0.0,
                        space_after: 1.5,
                        ..placement
                    },
                );
            }
        }
    }

    fn verification(&mut self, data: &CaseData) {
        self.heading("casefile-verification", 90.0);
        let lawyer = self.languages.lawyer;
        for check in &data.checks {
            let line = journal_screens::chain_line(lawyer, check);
            self.composer.keep(40.0);
            let placement = self.placed(3.0, 1.0);
            self.composer
                .paragraph(&[Span::new(line.label, BODY.bold())], placement);
            let style = if line.intact { BODY } else { NOTICE };
            self.say(&line.text, style, 1.0);
            self.say(&line.seal, ASIDE, 2.0);
        }
        let (how, user_how) = self.languages.both("casefile-verify-how");
        self.say(&how, BODY, 2.0);
        self.beside(user_how, 2.0);
    }
}

impl Style {
    const fn bold(self) -> Style {
        Style { bold: true, ..self }
    }
}

use crate::screens::document::payment_text;

/// The machine-translation notice for the case file's own words, when the lawyer's language's
/// interface texts are a machine translation.
fn machine_translated(content: &Content, l10n: &Localizer) -> Option<String> {
    let lang = l10n.primary().to_string();
    let entry = content.catalog.locales.iter().find(|l| l.tag == lang)?;
    if entry.ui != crate::content::catalog::TranslationStatus::Machine {
        return None;
    }
    let original = content
        .catalog
        .locales
        .iter()
        .find(|l| l.ui == crate::content::catalog::TranslationStatus::Original)
        .map(|l| l.name.clone())
        .unwrap_or_default();
    Some(l10n.ui_with(
        "notice-machine-translated",
        Some(&args(&[("original", original.into())])),
    ))
}
