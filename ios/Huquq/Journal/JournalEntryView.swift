import SwiftUI

/// One journal entry in full, with when the phone wrote it, its place in its journal and its seal.
/// An entry that is gone says so in place (the core's reason).
struct JournalEntryView: View {
    @EnvironmentObject private var shell: Shell
    let id: String

    var body: some View {
        CoreScreen(load: { try $0.journalEntryScreen(id: id) }) { screen in
            ScrollingColumn(direction: screen.direction) {
                Text(screen.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                Text(screen.when).bold()
                Text(screen.captured).font(.subheadline).foregroundColor(.secondary)
                if let note = screen.correctionNote { Text(note) }
                ForEach(Array(screen.fields.enumerated()), id: \.offset) { _, field in
                    Text(field.label).font(.subheadline).foregroundColor(.secondary).padding(.top, 12)
                    // What the user wrote, in whatever language: it reads in its own direction.
                    Text("\u{2068}\(field.text)\u{2069}").font(.title3)
                }
                ForEach(Array(screen.documents.enumerated()), id: \.offset) { _, document in
                    Text(document)
                }
                Text(screen.position).font(.subheadline).foregroundColor(.secondary).padding(.top, 12)
                SealText(seal: screen.seal)
                // Said with a symbol too: a changed entry is not told by colour alone.
                if screen.intact {
                    Text(screen.check).font(.subheadline)
                } else {
                    WarningLine(text: screen.check)
                }
                if let label = screen.custodyReminder {
                    ScreenButton(title: label) { remindCustody() }
                }
                ScreenButton(title: shell.text(.journalCorrect)) { shell.push(.journalForm(corrects: id)) }
            }
        }
    }

    private func remindCustody() {
        let done: ChangeDone
        do {
            done = try shell.app.remindCustody(entryId: id, now: Date())
        } catch {
            shell.show(error)
            return
        }
        shell.show(message: done.message)
        shell.rearmReminders()
        shell.refresh()
    }
}
