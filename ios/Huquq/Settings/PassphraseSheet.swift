import SwiftUI

/// The passphrase of a file that leaves the phone: a backup, an encrypted case file.
struct PassphrasePrompt {
    let title: String
    /// Typed twice for a backup (a typo would lock the user out of it), where the core also refuses
    /// a weak one and can suggest a strong one; once for a restore, which takes the passphrase the
    /// backup was made with, whatever it is. A case file to encrypt asks twice, like a backup.
    let twice: Bool
    /// Called with the passphrase once the dialog has closed.
    let use: (String) -> Void
}

struct PassphraseSheet: View {
    @EnvironmentObject private var shell: Shell
    let prompt: PassphrasePrompt
    let done: (String) -> Void
    let cancel: () -> Void
    @State private var first = ""
    @State private var again = ""
    @State private var suggestion: String?
    /// The core's refusal, said in the dialog, which stays open with what was typed.
    @State private var refusal: String?

    var body: some View {
        PromptSheet(
            title: prompt.title,
            ok: shell.text(.actionOk),
            other: prompt.twice ? shell.text(.passphraseSuggest) : nil,
            onOk: { confirm() },
            onOther: { suggest() },
            onCancel: cancel
        ) {
            SecretEntry(label: shell.text(.passphrase), text: $first)
            if prompt.twice {
                SecretEntry(label: shell.text(.passphraseAgain), text: $again)
            }
            if let suggestion { Text(suggestion) }
            if let refusal { Text(refusal).font(.subheadline).foregroundColor(.red) }
        }
    }

    private func confirm() {
        if !prompt.twice && first.isEmpty { return }
        if prompt.twice {
            do {
                try shell.app.checkNewSecret(field: .passphrase, first: first, again: again)
            } catch {
                refusal = (error as? HuquqError)?.reason ?? shell.text(.errorStorage)
                return
            }
        }
        done(first)
    }

    private func suggest() {
        do {
            let suggested = try shell.app.suggestPassphrase()
            first = suggested
            again = suggested
            suggestion = shell.text(.passphraseSuggested, ["passphrase": suggested])
            refusal = nil
        } catch {
            refusal = (error as? HuquqError)?.reason ?? shell.text(.errorStorage)
        }
    }
}
