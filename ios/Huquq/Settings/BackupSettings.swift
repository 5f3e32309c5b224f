import SwiftUI

/// Backup and restore through the system's file exporter and picker: the user picks where the file
/// goes (Files, a USB stick, a cloud folder) and Huquq needs no permission. The core works on a
/// file path, so the encrypted backup passes through a private capture file, deleted right after.
struct BackupSettings: View {
    @EnvironmentObject private var shell: Shell
    let vault: VaultSettings
    @StateObject private var prompts = PromptQueue<FilePrompt>()
    @StateObject private var progress = BackupProgress()
    @State private var export: FileExport?
    @State private var picking = false

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            SectionHeading(text: vault.backupHeading)
            Text(vault.backupText).font(.subheadline)
            ScreenButton(title: vault.backupButton) { backup() }
                .fileExport($export)
            Text(vault.restoreText).font(.subheadline)
            ScreenButton(title: vault.restoreButton) { picking = true }
                .pickFile(isPresented: $picking) { restore(from: $0) }
        }
        .prompts(prompts) { FilePromptSheet(prompt: $0, prompts: prompts, progress: progress) }
    }

    private func backup() {
        prompts.show(.passphrase(PassphrasePrompt(title: vault.backupButton, twice: true) { passphrase in
            withPin { write(passphrase) }
        }))
    }

    /// A backup takes every document off the phone: with a PIN, the core wants it typed just before.
    private func withPin(_ then: @escaping () -> Void) {
        if !shell.app.backupNeedsPin(now: Date()) {
            then()
            return
        }
        prompts.show(.pin({ pin in
            shell.run({ (app: App) throws -> Void in
                try app.confirmVaultPin(pin: pin, deviceSecret: try PinSecret.current(), now: Date())
            }) { result in
                switch result {
                case .success:
                    then()
                case .failure(let error as HuquqError):
                    if case .KeyErased = error { VaultAccess.pinDestroyed(shell, error) } else { shell.show(error) }
                case .failure(let error):
                    shell.show(error)
                }
            }
        }))
    }

    private func write(_ passphrase: String) {
        progress.start(.backup, app: shell.app)
        prompts.show(.progress)
        let listener = progress.listener()
        let name = "huquq-backup-\(shell.app.today(now: Date())).age"
        shell.run({ (app: App) throws -> (url: URL, value: BackupSummary) in
            try FileExport.make(purpose: "backup", extension: "age") { file in
                try app.backupVault(destPath: file.path, key: .passphrase(passphrase: passphrase), now: Date(), listener: listener)
            }
        }) { result in
            progress.stop()
            prompts.close {
                switch result {
                case .success(let made):
                    let counts = ["documents": "\(made.value.documents)", "pages": "\(made.value.pages)"]
                    export = FileExport(url: made.url, name: name, type: .data) {
                        shell.show(message: shell.text(.vaultBackupDone, counts))
                    }
                case .failure(let error):
                    shell.show(error)
                }
            }
        }
    }

    private func restore(from source: URL) {
        prompts.show(.passphrase(PassphrasePrompt(title: vault.restoreButton, twice: false) { passphrase in
            read(passphrase, from: source)
        }))
    }

    private func read(_ passphrase: String, from source: URL) {
        progress.start(.restore, app: shell.app)
        prompts.show(.progress)
        let listener = progress.listener()
        shell.run({ (app: App) throws -> RestoreSummary in
            let file = try PickedFile.copy(source, purpose: "restore", extension: "age")
            defer { try? FileManager.default.removeItem(at: file) }
            // Not a backup, the wrong passphrase, a newer format: the core's reason, nothing changed.
            return try app.restoreVault(srcPath: file.path, key: .passphrase(passphrase: passphrase), listener: listener)
        }) { result in
            progress.stop()
            prompts.close {
                switch result {
                case .success(let summary):
                    shell.rearmReminders()
                    shell.show(message: shell.text(.vaultRestoreDone, [
                        "documents": "\(summary.documentsAdded)",
                        "pages": "\(summary.pagesAdded)",
                        "skipped": "\(summary.pagesSkippedDuplicate)",
                        "entries": "\(summary.journalEntriesAdded)",
                    ]))
                case .failure(let error as HuquqError):
                    shell.show(error)
                case .failure:
                    // The chosen file could not be read: the core never saw it.
                    shell.show(message: shell.text(.restoreReadFailed))
                }
            }
        }
    }
}
