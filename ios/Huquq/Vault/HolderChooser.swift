import SwiftUI

/// Whose document it is: the core's choice of holders, and a way to add someone.
struct HolderChooser: View {
    @EnvironmentObject private var shell: Shell
    /// As the core labelled and ordered them.
    let holders: [PersonChoice]
    /// The chosen person's id (a new person included).
    @Binding var chosen: String
    let addLabel: String
    @State private var asking: PersonForm?

    var body: some View {
        VStack(alignment: .leading, spacing: 0) {
            ForEach(holders, id: \.personId) { holder in
                let selected = holder.personId == chosen
                Button {
                    // Showing the current holder is not a change.
                    if !selected { chosen = holder.personId }
                } label: {
                    HStack {
                        Image(systemName: selected ? "largecircle.fill.circle" : "circle").accessibilityHidden(true)
                        Text(holder.label).foregroundColor(.primary)
                        Spacer()
                    }
                    .frame(minHeight: 44)
                    .contentShape(Rectangle())
                }
                .buttonStyle(.plain)
                .accessibilityAddTraits(selected ? .isSelected : [])
            }
            Button(addLabel) { asking = shell.app.personForm() }
                .buttonStyle(.bordered)
                .controlSize(.large)
        }
        .sheet(isPresented: Binding(get: { asking != nil }, set: { if !$0 { asking = nil } })) {
            if let form = asking {
                NewPersonSheet(form: form) { chosen = $0 }
                    .environmentObject(shell)
            }
        }
    }
}

/// A name and how the person is related to the phone's owner; they become the holder.
private struct NewPersonSheet: View {
    @EnvironmentObject private var shell: Shell
    @Environment(\.dismiss) private var dismiss
    let form: PersonForm
    let added: (String) -> Void
    @State private var name = ""
    @State private var relation: Relation
    @State private var refused: String?

    init(form: PersonForm, added: @escaping (String) -> Void) {
        self.form = form
        self.added = added
        _relation = State(initialValue: form.relations.first(where: \.selected)?.relation ?? .other)
    }

    var body: some View {
        NavigationStack {
            Form {
                TextField(form.nameLabel, text: $name)
                    .textInputAutocapitalization(.words)
                    .autocorrectionDisabled()
                // An empty name: the core's "Please fill in: Name", where the user is looking.
                if let refused { Text(refused).foregroundColor(.red) }
                Picker(form.relationLabel, selection: $relation) {
                    ForEach(form.relations, id: \.relation) { choice in Text(choice.label).tag(choice.relation) }
                }
                .pickerStyle(.inline)
            }
            .navigationTitle(form.title)
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                ToolbarItem(placement: .cancellationAction) { Button(shell.text(.actionCancel)) { dismiss() } }
                ToolbarItem(placement: .confirmationAction) { Button(shell.text(.actionOk), action: add) }
            }
        }
        .environment(\.layoutDirection, form.direction.layout)
    }

    private func add() {
        do {
            let person = try shell.app.addPerson(input: PersonInput(name: name, relation: relation), now: Date())
            dismiss()
            added(person.id)
        } catch {
            refused = (error as? HuquqError)?.reason ?? shell.text(.errorStorage)
        }
    }
}
