import SwiftUI

/// A new journal entry, or a correction of `corrects`, drawn from the core's form model and saved
/// once: the core seals it, or refuses it naming the field, whose message then shows under it.
/// What was typed is kept across rebuilds (the vault locked and opened again) until it is saved.
struct JournalFormView: View {
    @EnvironmentObject private var shell: Shell
    let corrects: String?
    @StateObject private var draft: JournalDraft
    @State private var errors: [Field: String] = [:]

    init(corrects: String?) {
        self.corrects = corrects
        _draft = StateObject(wrappedValue: KeptState.object(for: .journalForm(corrects: corrects)) { JournalDraft() })
    }

    var body: some View {
        CoreScreen(load: { try $0.journalForm(corrects: corrects, now: Date()) }) { form in
            ScrollingColumn(direction: form.direction) {
                Text(form.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                Text(form.note).font(.subheadline).foregroundColor(.secondary)

                label(form.kindLabel)
                ForEach(form.kinds, id: \.kind) { choice in
                    ChoiceRow(label: choice.label, selected: choice.kind == kind(form)) { draft.kind = choice.kind }
                }

                field(form, .happenedOn, label: form.when.label, hint: form.when.hint)
                ForEach(form.texts, id: \.field) { text in
                    field(form, text.field, label: text.label, hint: nil, multiline: text.multiline)
                }

                if !form.documents.isEmpty {
                    label(form.documentsLabel)
                    ForEach(form.documents, id: \.documentId) { documentMenu(form, $0) }
                    errorLine(.documents)
                }
                field(form, .returnBy, label: form.returnBy.label, hint: form.returnBy.hint)

                boxes(form.pagesLabel, form.pages, ticked: pages(form)) { draft.pages = $0 }
                boxes(form.paymentsLabel, form.payments, ticked: payments(form)) { draft.payments = $0 }

                ScreenButton(title: form.saveLabel) { save(form) }
            }
        }
        .onDisappear { KeptState.sweep(keeping: shell.path) }
    }

    private func label(_ text: String) -> some View {
        Text(text).font(.subheadline).padding(.top, 12)
    }

    @ViewBuilder
    private func errorLine(_ field: Field) -> some View {
        if let error = errors[field] {
            Text(error).font(.subheadline).foregroundColor(.red)
        }
    }

    /// A labelled field; names, badge numbers and what was said are not offered to autocorrection.
    private func field(_ form: JournalFormScreen, _ field: Field, label text: String, hint: String?, multiline: Bool = false) -> some View {
        let typed = Binding(get: { value(form, field) }, set: { draft.typed[field] = $0 })
        return VStack(alignment: .leading, spacing: 4) {
            label(text)
            Group {
                if multiline {
                    TextField(hint ?? "", text: typed, axis: .vertical).lineLimit(3...)
                } else {
                    TextField(hint ?? "", text: typed)
                }
            }
            .textFieldStyle(.roundedBorder)
            .autocorrectionDisabled()
            .frame(minHeight: 44)
            .accessibilityLabel(Text(text))
            errorLine(field)
        }
    }

    /// "Passport · AA 1: Taken", and a choice of what happened to it.
    private func documentMenu(_ form: JournalFormScreen, _ document: DocumentChoice) -> some View {
        let chosen = action(document)
        let chosenLabel = form.actions.first { $0.action == chosen }?.label ?? ""
        return Menu {
            ForEach(Array(form.actions.enumerated()), id: \.offset) { _, choice in
                Button {
                    draft.actions.updateValue(choice.action, forKey: document.documentId)
                } label: {
                    if choice.action == chosen {
                        Label(choice.label, systemImage: "checkmark")
                    } else {
                        Text(choice.label)
                    }
                }
            }
        } label: {
            Text("\(document.label): \(chosenLabel)")
                .multilineTextAlignment(.leading)
                .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
        }
    }

    /// A box per page or payment that may go with the entry.
    @ViewBuilder
    private func boxes(_ text: String, _ choices: [IncludeChoice], ticked: Set<String>, set: @escaping (Set<String>) -> Void) -> some View {
        if !choices.isEmpty {
            label(text)
            ForEach(choices, id: \.id) { choice in
                TickRow(label: choice.label, ticked: ticked.contains(choice.id)) { on in
                    var ids = ticked
                    if on { ids.insert(choice.id) } else { ids.remove(choice.id) }
                    set(ids)
                }
            }
        }
    }

    // What the form shows: what was typed, or else what the core's form says.

    private func kind(_ form: JournalFormScreen) -> EntryKind? {
        draft.kind ?? form.kinds.first(where: \.selected)?.kind
    }

    private func value(_ form: JournalFormScreen, _ field: Field) -> String {
        if let typed = draft.typed[field] { return typed }
        switch field {
        case .happenedOn: return form.when.value
        case .returnBy: return form.returnBy.value
        default: return form.texts.first { $0.field == field }?.value ?? ""
        }
    }

    private func action(_ document: DocumentChoice) -> DocumentAction? {
        draft.actions[document.documentId] ?? document.action
    }

    private func pages(_ form: JournalFormScreen) -> Set<String> {
        draft.pages ?? Set(form.pages.filter(\.selected).map(\.id))
    }

    private func payments(_ form: JournalFormScreen) -> Set<String> {
        draft.payments ?? Set(form.payments.filter(\.selected).map(\.id))
    }

    private func input(_ form: JournalFormScreen) -> JournalEntryInput {
        let returnBy = value(form, .returnBy)
        let pageIds = pages(form)
        let paymentIds = payments(form)
        return JournalEntryInput(
            personId: nil,
            kind: kind(form) ?? .other,
            happenedAt: value(form, .happenedOn),
            place: value(form, .place),
            office: value(form, .office),
            official: value(form, .official),
            demanded: value(form, .demanded),
            documents: form.documents.compactMap { document in
                action(document).map { DocumentLinkInput(documentId: document.documentId, action: $0) }
            },
            moneyAsked: value(form, .moneyAsked),
            paymentIds: form.payments.map(\.id).filter { paymentIds.contains($0) },
            said: value(form, .said),
            outcome: value(form, .outcome),
            witnesses: value(form, .witnesses),
            pageIds: form.pages.map(\.id).filter { pageIds.contains($0) },
            promisedReturn: returnBy.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : returnBy
        )
    }

    /// The fields shown with a line for their error; a refusal naming another is said in an alert.
    private func shown(_ form: JournalFormScreen) -> Set<Field> {
        var fields: Set<Field> = [.happenedOn, .returnBy]
        fields.formUnion(form.texts.map(\.field))
        if !form.documents.isEmpty { fields.insert(.documents) }
        return fields
    }

    private func save(_ form: JournalFormScreen) {
        errors = [:]
        let entry = input(form)
        let saved: JournalEntry
        do {
            if let corrects {
                saved = try shell.app.correctJournalEntry(corrects: corrects, input: entry, now: Date())
            } else {
                saved = try shell.app.addJournalEntry(input: entry, now: Date())
            }
        } catch HuquqError.InvalidInput(let field, _, let reason) where shown(form).contains(field) {
            errors[field] = reason
            return
        } catch {
            shell.show(error)
            return
        }
        // A passport recorded as returned may have closed its custody reminders.
        shell.rearmReminders()
        shell.replace(with: .journalEntry(saved.id))
    }
}

/// What was typed on the form, kept until it is saved.
final class JournalDraft: ObservableObject {
    @Published var kind: EntryKind?
    @Published var typed: [Field: String] = [:]
    /// What happened to each document the user chose for; the others keep the form's choice.
    @Published var actions: [String: DocumentAction?] = [:]
    /// The pages and payments ticked; nil until the user changes one (the form's own ticks until then).
    @Published var pages: Set<String>?
    @Published var payments: Set<String>?
}
