//! The case file's options as a screen: the lawyer's language and the user's beside it, the
//! documents to include with their numbers and dates, more pages to picture, encryption. The
//! shell keeps the options it was given, changes them as the user chooses, and hands them back
//! for the next screen and for the export.
use serde::Serialize;

use crate::casefile::CaseFileOptions;
use crate::kb::model::LanguageItem;
use crate::l10n::{Direction, Localizer, args};
use crate::screens::model::IncludeChoice;
use crate::vault::model::{Document, Page};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CaseFileScreen {
    pub title: String,
    pub direction: Direction,
    /// What goes in, and that it holds private details.
    pub note: String,
    pub lawyer_label: String,
    pub lawyer_languages: Vec<LanguageItem>,
    pub user_label: String,
    /// The first choice (tag "") is the lawyer's language only.
    pub user_languages: Vec<LanguageItem>,
    pub documents_label: String,
    pub documents: Vec<IncludeChoice>,
    pub pages_label: String,
    /// Pages the user may add: those no entry links to and that are no receipt (those are always
    /// in).
    pub pages: Vec<IncludeChoice>,
    pub encrypt_label: String,
    pub encrypt_hint: String,
    /// Whether encryption starts ticked: it does, the file holds private details.
    pub encrypt: bool,
    pub export_label: String,
    /// The options this screen shows, to change and hand back.
    pub options: CaseFileOptions,
    /// A name for the file with nothing personal in it, plain and encrypted.
    pub file_name: String,
    pub encrypted_file_name: String,
}

/// What the screen is made from.
pub struct CaseFileParts<'a> {
    pub options: CaseFileOptions,
    /// Every language (their own names), in the catalog's order.
    pub languages: Vec<LanguageItem>,
    pub documents: &'a [Document],
    /// Pages the user may add, with the document each belongs to.
    pub extra_pages: Vec<(&'a Page, &'a Document)>,
    /// The local day, for the file's name.
    pub today: String,
}

pub fn screen(l10n: &Localizer, parts: CaseFileParts) -> CaseFileScreen {
    let options = parts.options;
    let chosen_user = options.user_language.clone().unwrap_or_default();
    let lawyer_languages = parts
        .languages
        .iter()
        .map(|language| LanguageItem {
            selected: language.tag == options.lawyer_language,
            ..language.clone()
        })
        .collect();
    let only_lawyer = LanguageItem {
        tag: String::new(),
        name: l10n.ui("casefile-user-language-none"),
        direction: l10n.direction(),
        selected: chosen_user.is_empty() || chosen_user == options.lawyer_language,
    };
    let user_languages = std::iter::once(only_lawyer)
        .chain(
            parts
                .languages
                .iter()
                .filter(|language| language.tag != options.lawyer_language)
                .map(|language| LanguageItem {
                    selected: language.tag == chosen_user,
                    ..language.clone()
                }),
        )
        .collect();
    let documents = parts
        .documents
        .iter()
        .map(|document| IncludeChoice {
            id: document.id.clone(),
            label: document_title(l10n, document),
            selected: options.document_ids.contains(&document.id),
        })
        .collect();
    let pages = parts
        .extra_pages
        .iter()
        .map(|(page, document)| IncludeChoice {
            id: page.id.clone(),
            label: l10n.ui_with(
                "casefile-page-choice",
                Some(&args(&[
                    ("document", document_title(l10n, document).into()),
                    ("page", i64::from(page.position).into()),
                ])),
            ),
            selected: options.page_ids.contains(&page.id),
        })
        .collect();
    // No name, number or language in the file's name: it shows in download lists and previews.
    let file_name = format!("case-file-{}.pdf", parts.today);
    CaseFileScreen {
        title: l10n.ui("casefile-screen-title"),
        direction: l10n.direction(),
        note: l10n.ui("casefile-screen-note"),
        lawyer_label: l10n.ui("casefile-lawyer-language"),
        lawyer_languages,
        user_label: l10n.ui("casefile-user-language"),
        user_languages,
        documents_label: l10n.ui("casefile-documents-label"),
        documents,
        pages_label: l10n.ui("casefile-pages-label"),
        pages,
        encrypt_label: l10n.ui("casefile-encrypt"),
        encrypt_hint: l10n.ui("casefile-encrypt-hint"),
        encrypt: true,
        export_label: l10n.ui("casefile-export"),
        options,
        encrypted_file_name: format!("{file_name}.age"),
        file_name,
    }
}

/// "Passport · AA 1234567", as the vault list names a document.
pub(crate) fn document_title(l10n: &Localizer, document: &Document) -> String {
    let kind = crate::labels::document_kind(l10n, document.kind);
    match document.number.trim() {
        "" => kind,
        number => l10n.ui_with(
            "vault-document-title",
            Some(&args(&[("kind", kind.into()), ("number", number.into())])),
        ),
    }
}
