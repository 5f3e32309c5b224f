import SwiftUI

/// The documents in the vault, by person, as the core's list model gives them.
struct VaultListView: View {
    @EnvironmentObject private var shell: Shell

    var body: some View {
        CoreScreen(load: { try $0.vaultList(now: Date()) }) { list in
            ScrollingColumn(direction: list.direction) {
                Text(list.title).font(.title.bold()).accessibilityAddTraits(.isHeader)
                ForEach(list.sections, id: \.personId) { section in
                    SectionHeading(text: section.heading)
                    ForEach(section.rows, id: \.documentId) { row in
                        // A document an office holds says so under its expiry (the journal's custody).
                        ItemRow(title: row.title, lines: [row.subtitle] + [row.held].compactMap { $0 }) {
                            shell.push(.document(row.documentId))
                        }
                    }
                }
                if let empty = list.emptyText { Text(empty) }
                Button(list.addLabel) { shell.push(.editDocument(nil)) }
                    .buttonStyle(.borderedProminent)
                    .controlSize(.large)
                    .padding(.top, 8)
                if let lock = list.lockLabel {
                    Button(lock) {
                        shell.app.lockVault()
                        shell.back()
                    }
                    .buttonStyle(.bordered)
                    .controlSize(.large)
                }
            }
            .navigationTitle(list.title)
            .navigationBarTitleDisplayMode(.inline)
        }
    }
}
