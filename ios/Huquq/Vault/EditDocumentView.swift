import SwiftUI

/// A new or existing document. There is no Save button and no draft: the document is created in
/// the vault as soon as its kind is chosen (held by the phone's owner), and every change is sent to
/// the core ~400 ms after the typing pauses (and at once when the screen leaves), so nothing typed
/// is lost and nothing typed exists outside the encrypted vault. The core saves what it can and
/// says which field it refused and why; this screen only shows that.
struct EditDocumentView: View {
    let id: String?

    var body: some View {
        if let id { DocumentEditor(id: id) } else { KindChooser() }
    }
}

// Step one: the kind, which the core requires before anything can be saved.

private struct KindChooser: View {
    @EnvironmentObject private var shell: Shell
    @State private var kind: DocumentKind?
    @State private var request: PageRequest?
    @State private var adding = false

    var body: some View {
        CoreScreen(load: { $0.kindPicker() }) { picker in
            ScrollingColumn(direction: picker.direction) {
                Text(picker.title).font(.title.bold()).accessibilityAddTraits(.isHeader)
                ForEach(picker.kinds, id: \.kind) { choice in
                    Button(choice.label) { kind = choice.kind }
                        .buttonStyle(.bordered)
                        .controlSize(.large)
                }
                if adding { Text(shell.text(.pageAdding)) }
            }
        }
        // A photo first (the document is made with its page, all or nothing), or the details first.
        .confirmationDialog(
            "", isPresented: Binding(get: { kind != nil }, set: { if !$0 { kind = nil } }),
            titleVisibility: .hidden, presenting: kind
        ) { kind in
            if PageAdder.cameraAvailable {
                Button(shell.text(.pageAddCamera)) { request = PageRequest(source: .camera, target: .new(kind)) }
            }
            Button(shell.text(.pageAddPicker)) { request = PageRequest(source: .picker, target: .new(kind)) }
            Button(shell.text(.documentDetailsFirst)) { create(kind) }
            Button(shell.text(.actionCancel), role: .cancel) {}
        }
        .pageAdder($request, busy: $adding) { id in shell.replace(with: .editDocument(id)) }
    }

    private func create(_ kind: DocumentKind) {
        do {
            let document = try shell.app.newDocument(kind: kind, now: Date())
            shell.replace(with: .editDocument(document.id))
        } catch {
            shell.show(error)
        }
    }
}

// Step two: the fields and pages.

private struct DocumentEditor: View {
    @EnvironmentObject private var shell: Shell
    let id: String

    var body: some View {
        // Deleted on another screen meanwhile: the core's "not found" is shown in place.
        CoreScreen(load: { try $0.documentForm(id: id) }) { form in
            DocumentFormPage(form: form, app: shell.app)
        }
    }
}

private struct DocumentFormPage: View {
    @EnvironmentObject private var shell: Shell
    /// Fresh from the core each time the screen shows (its pages change behind it).
    let form: DocumentForm
    /// What the user typed: kept while the screen lives, whatever the core's model says since.
    @StateObject private var draft: DocumentDraft
    @State private var request: PageRequest?
    @State private var adding = false

    init(form: DocumentForm, app: App) {
        self.form = form
        _draft = StateObject(wrappedValue: DocumentDraft(app: app, form: form))
    }

    var body: some View {
        ScrollingColumn(direction: form.direction) {
            Text(form.autosaveNote).font(.subheadline).foregroundColor(.secondary)
            DocumentFieldLabel(text: form.kindLabel)
            Picker(form.kindLabel, selection: $draft.kind) {
                ForEach(form.kinds, id: \.kind) { choice in Text(choice.label).tag(Optional(choice.kind)) }
            }
            .pickerStyle(.menu)
            .frame(minHeight: 44)
            DocumentFieldLabel(text: form.holderLabel)
            HolderChooser(holders: draft.holders, chosen: $draft.personId, addLabel: form.addPersonLabel)
            DocumentTextField(field: form.number, text: $draft.number)
            DocumentTextField(field: form.authority, text: $draft.authority)
            DocumentDateField(field: form.issuedOn, text: $draft.issued)
            DocumentErrorLine(text: draft.issuedError)
            DocumentDateField(field: form.expiresOn, text: $draft.expires)
            DocumentErrorLine(text: draft.expiresError)
            DocumentTextField(field: form.notes, text: $draft.notes, multiline: true)
            DocumentErrorLine(text: draft.otherError)
            pages
        }
        .navigationTitle(form.title)
        .navigationBarTitleDisplayMode(.inline)
        .pageAdder($request, busy: $adding) { _ in shell.refresh() }
        .onDisappear {
            // An expiry date is a deadline: the reminders follow it.
            if draft.leave() { shell.rearmReminders() }
        }
        // Saved before the vault locks behind the app switcher.
        .onChange(of: shell.notInFront) { away in if away { draft.save() } }
    }

    @ViewBuilder
    private var pages: some View {
        DocumentFieldLabel(text: form.pagesHeading)
        PageThumbnails(pages: form.pages, documentId: form.documentId)
        if adding { Text(shell.text(.pageAdding)) }
        if PageAdder.cameraAvailable {
            Button(shell.text(.pageAddCamera)) { add(.camera) }
                .buttonStyle(.bordered)
                .controlSize(.large)
                .disabled(adding)
        }
        Button(shell.text(.pageAddPicker)) { add(.picker) }
            .buttonStyle(.bordered)
            .controlSize(.large)
            .disabled(adding)
    }

    private func add(_ source: PageRequest.Source) {
        // Saved first: an added page rebuilds the screen from what the vault holds.
        draft.save()
        request = PageRequest(source: source, target: .existing(form.documentId))
    }
}

/// The form as typed, saved through the core: later for typing, at once for a choice.
@MainActor
private final class DocumentDraft: ObservableObject {
    private let app: App
    private let id: String
    @Published var personId: String { didSet { save() } }
    @Published var kind: DocumentKind? { didSet { save() } }
    @Published var number: String { didSet { saveLater() } }
    @Published var authority: String { didSet { saveLater() } }
    @Published var issued: String { didSet { saveLater() } }
    @Published var expires: String { didSet { saveLater() } }
    @Published var notes: String { didSet { saveLater() } }
    @Published private(set) var issuedError: String? = nil
    @Published private(set) var expiresError: String? = nil
    @Published private(set) var otherError: String? = nil
    @Published private(set) var holders: [PersonChoice]
    /// Something was written since the screen was shown: reminders must be planned again.
    private var changed = false
    private var pending: Task<Void, Never>?

    init(app: App, form: DocumentForm) {
        self.app = app
        id = form.documentId
        // Set through the storage: showing the saved values is not an edit.
        _personId = Published(initialValue: form.holders.first(where: \.selected)?.personId ?? "")
        _kind = Published(initialValue: form.kinds.first(where: \.selected)?.kind)
        _number = Published(initialValue: form.number.value)
        _authority = Published(initialValue: form.authority.value)
        _issued = Published(initialValue: form.issuedOn.value)
        _expires = Published(initialValue: form.expiresOn.value)
        _notes = Published(initialValue: form.notes.value)
        _holders = Published(initialValue: form.holders)
    }

    private func saveLater() {
        pending?.cancel()
        pending = Task { [weak self] in
            try? await Task.sleep(nanoseconds: 400_000_000)
            if !Task.isCancelled { self?.save() }
        }
    }

    func save() {
        pending?.cancel()
        pending = nil
        let typed = DocumentFormInput(
            personId: personId, kind: kind, number: number, authority: authority,
            issuedOn: issued, expiresOn: expires, notes: notes
        )
        let form: DocumentForm
        do {
            form = try app.saveDocumentForm(id: id, typed: typed, now: Date())
        } catch {
            // Locked or deleted behind the screen's back: say so where the user is looking.
            otherError = (error as? HuquqError)?.reason
            return
        }
        if form.changed { changed = true }
        issuedError = form.issuedOn.error
        expiresError = form.expiresOn.error
        otherError = form.error
        // A person added in the sheet is now one of the holders.
        if form.holders.count != holders.count { holders = form.holders }
    }

    /// Saves what is pending; true once if anything was written while the screen was shown.
    func leave() -> Bool {
        save()
        defer { changed = false }
        return changed
    }
}
