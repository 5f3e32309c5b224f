import SwiftUI

/// The rights content in use, updating it from a content pack file and passing the installed pack
/// on, as the core's settings model has them. Every check (signature, version, content) is the
/// core's: this only moves bytes between the system's picker or exporter and a private file the
/// core reads or writes.
struct ContentSettings: View {
    @EnvironmentObject private var shell: Shell
    let content: ContentSection
    @State private var picking = false
    @State private var export: FileExport?

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            SectionHeading(text: content.heading)
            Text(content.text)
            Text(content.release).font(.caption)
            if let notice = content.notice { Text(notice).bold() }
            Text(content.explain).font(.subheadline)
            ScreenButton(title: content.updateButton) { picking = true }
                .pickFile(isPresented: $picking) { install(from: $0, maxFileBytes: content.maxFileBytes) }
            if let label = content.shareButton {
                ScreenButton(title: label) { share() }
                    .fileExport($export)
            }
        }
    }

    private func install(from source: URL, maxFileBytes: UInt64) {
        shell.run({ (app: App) throws -> Void in
            // The core's limit plus one byte: a huge file (a video picked by mistake) is not copied
            // whole only to be refused; the core refuses it as too large.
            let file = try PickedFile.copy(source, purpose: "content", extension: "huquq", limit: min(maxFileBytes, .max - 1) + 1)
            defer { try? FileManager.default.removeItem(at: file) }
            try app.installContentPack(path: file.path, now: Date())
        }) { result in
            switch result {
            case .success:
                // Procedures may have changed: the reminders are planned again from the new content.
                shell.rearmReminders()
                shell.refresh()
                shell.show(message: shell.app.settingsScreen().content.text)
            case .failure(let error as HuquqError):
                shell.show(error)
            case .failure:
                shell.show(message: shell.text(.restoreReadFailed))
            }
        }
    }

    /// The installed pack, exactly as it arrived, through the system's exporter.
    private func share() {
        shell.run({ (app: App) throws -> URL in
            try FileExport.make(purpose: "content", extension: "huquq") { file in
                try app.exportContentPack(path: file.path)
            }.url
        }) { result in
            switch result {
            case .success(let file):
                export = FileExport(url: file, name: file.lastPathComponent, type: .data) {}
            case .failure(let error as HuquqError):
                shell.show(error)
            case .failure:
                shell.show(message: shell.text(.storageFailed))
            }
        }
    }
}
