import SwiftUI

/// The dialogs of a file leaving or entering the vault (a backup, a restore, a case file): its
/// passphrase, the PIN a backup may need first, the progress.
enum FilePrompt: Identifiable {
    case passphrase(PassphrasePrompt)
    /// Called with the typed PIN once the dialog has closed.
    case pin((String) -> Void)
    case progress

    var id: Int {
        switch self {
        case .passphrase: return 0
        case .pin: return 1
        case .progress: return 2
        }
    }
}

struct FilePromptSheet: View {
    let prompt: FilePrompt
    let prompts: PromptQueue<FilePrompt>
    let progress: BackupProgress

    var body: some View {
        switch prompt {
        case .passphrase(let ask):
            PassphraseSheet(
                prompt: ask,
                done: { passphrase in prompts.close { ask.use(passphrase) } },
                cancel: { prompts.close() }
            )
        case .pin(let use):
            BackupPinSheet(done: { pin in prompts.close { use(pin) } }, cancel: { prompts.close() })
        case .progress:
            ProgressSheet(progress: progress)
        }
    }
}

/// A backup takes every document off the phone: with a PIN, the core wants it typed just before.
private struct BackupPinSheet: View {
    @EnvironmentObject private var shell: Shell
    let done: (String) -> Void
    let cancel: () -> Void
    @State private var pin = ""

    var body: some View {
        let label = shell.text(.backupPinPrompt)
        PromptSheet(title: label, ok: shell.text(.actionOk), onOk: { done(pin) }, onCancel: cancel) {
            SecretEntry(label: label, text: $pin, digits: true)
        }
    }
}
