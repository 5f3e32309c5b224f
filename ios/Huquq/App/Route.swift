import SwiftUI

/// A screen as ids, so the stack survives the app being stopped in the background. Never anything
/// the user typed.
enum Route: Hashable, Codable {
    case language
    case topic(String)
    case article(String)
    case card(String)
    case search
    case glossary
    case vault
    case document(String)
    case editDocument(String?)
    case page(id: String, documentId: String)
    case reminders
    case checklist(procedure: String, person: String?)
    case settings
    case journal
    case journalEntry(String)
    case journalForm(corrects: String?)
    case caseFile

    /// Screens covered in the app switcher: the vault's, the reminders' (deadlines name documents
    /// and dates) and the settings' (the PIN and the backup). The rights content is not secret.
    var isPrivate: Bool {
        switch self {
        case .vault, .document, .editDocument, .page, .journal, .journalEntry, .journalForm, .caseFile,
             .reminders, .checklist, .settings:
            return true
        case .language, .topic, .article, .card, .search, .glossary:
            return false
        }
    }

    @MainActor @ViewBuilder
    var screen: some View {
        switch self {
        case .language: LanguageView(firstRun: false)
        case .topic(let id): TopicView(id: id)
        case .article(let id): ArticleView(id: id)
        case .card(let id): CardView(id: id)
        case .search: SearchView()
        case .glossary: GlossaryView()
        case .vault: VaultGuard { VaultListView() }
        case .document(let id): VaultGuard { DocumentView(id: id) }
        case .editDocument(let id): VaultGuard { EditDocumentView(id: id) }
        case .page(let id, let documentId): VaultGuard { PageView(id: id, documentId: documentId) }
        case .reminders: VaultGuard { RemindersView() }
        case .checklist(let procedure, let person): VaultGuard { ChecklistView(procedure: procedure, person: person) }
        case .settings: SettingsView()
        case .journal: VaultGuard { JournalView() }
        case .journalEntry(let id): VaultGuard { JournalEntryView(id: id) }
        case .journalForm(let corrects): VaultGuard { JournalFormView(corrects: corrects) }
        case .caseFile: VaultGuard { CaseFileView() }
        }
    }
}

/// The stack, kept between runs of the app (the system may stop it in the background).
enum RouteStore {
    private static let key = "huquq.stack"

    static func save(_ path: [Route]) {
        UserDefaults.standard.set(try? JSONEncoder().encode(path), forKey: key)
    }

    /// The saved stack; an unreadable one (an older version's) is simply dropped.
    static func load() -> [Route] {
        guard let data = UserDefaults.standard.data(forKey: key) else { return [] }
        return (try? JSONDecoder().decode([Route].self, from: data)) ?? []
    }
}
