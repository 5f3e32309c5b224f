import SwiftUI

/// The journal of dealings with officials, as the core's model gives it: whether each journal is
/// intact (with its seal), the entries, latest first, and the documents an office holds.
struct JournalView: View {
    @EnvironmentObject private var shell: Shell

    var body: some View {
        CoreScreen(load: { try $0.journalScreen() }) { screen in
            ScrollingColumn(direction: screen.direction) {
                Text(screen.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                ForEach(Array(screen.chains.enumerated()), id: \.offset) { _, chain in
                    Text(chain.label).bold()
                    // Said with a symbol too: a broken journal is not told by colour alone.
                    if chain.intact {
                        Text(chain.text).font(.subheadline)
                    } else {
                        WarningLine(text: chain.text)
                    }
                    SealText(seal: chain.seal)
                }
                ScreenButton(title: screen.addLabel) { shell.push(.journalForm(corrects: nil)) }
                if let label = screen.caseFileLabel {
                    ScreenButton(title: label) { shell.push(.caseFile) }
                }
                if let empty = screen.emptyText { Text(empty) }
                ForEach(screen.entries, id: \.id) { entry in
                    let lines = [entry.summary, entry.correctionNote].compactMap { $0 }
                    ItemRow(title: entry.title, lines: lines.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
                        shell.push(.journalEntry(entry.id))
                    }
                }
                if !screen.custody.isEmpty {
                    SectionHeading(text: screen.custodyHeading)
                    ForEach(Array(screen.custody.enumerated()), id: \.offset) { _, custody in
                        custodyItem(custody)
                    }
                }
            }
        }
    }

    private func custodyItem(_ custody: CustodyItem) -> some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(custody.document).bold()
            Text(custody.taken).font(.subheadline)
            if let promised = custody.promised { Text(promised).font(.subheadline) }
            Text(custody.status)
                .font(.subheadline)
                .foregroundColor(custody.held ? StateLook.warning.color : .primary)
        }
        .padding(.vertical, 4)
    }
}

/// A seal to copy: selectable, so at least a touch target tall.
struct SealText: View {
    let seal: String

    var body: some View {
        Text(seal)
            .font(.caption)
            .foregroundColor(.secondary)
            .textSelection(.enabled)
            .frame(minHeight: 44, alignment: .leading)
    }
}
