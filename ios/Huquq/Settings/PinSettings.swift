import SwiftUI

/// Setting or changing the vault PIN, as the core's PIN form describes it. Setting one wraps the
/// data key (the phone's Keychain copy) under the PIN and the phone's PIN secret, with the attempt
/// limit the user chose, and then deletes the phone's copy: from then on only the PIN opens the
/// vault. The core runs Argon2 for each, so the work happens off the main thread.
struct PinSettings: View {
    @EnvironmentObject private var shell: Shell
    let vault: VaultSettings
    @StateObject private var prompts = PromptQueue<PinFormPrompt>()

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            SectionHeading(text: vault.pinHeading)
            Text(vault.pinText).font(.subheadline)
            ScreenButton(title: vault.pinButton) { prompts.show(PinFormPrompt(form: shell.app.pinForm())) }
        }
        .prompts(prompts) { prompt in
            PinSheet(form: prompt.form, done: { typed in prompts.close { apply(typed) } }, cancel: { prompts.close() })
        }
    }

    private func apply(_ typed: PinTyped) {
        if let current = typed.current {
            change(current, to: typed.pin)
        } else {
            set(typed.pin, limit: typed.limit)
        }
    }

    private func set(_ pin: String, limit: UInt32?) {
        shell.run({ (app: App) throws -> Void in
            try VaultKeys.withKey { key in
                try app.setVaultPin(key: key, pin: pin, maxAttempts: limit, deviceSecret: try PinSecret.create())
            }
            // If this step is lost (the app stopped here), the guard has it done next time.
            VaultKeys.erase()
        }) { result in
            switch result {
            case .success:
                shell.show(message: shell.text(.pinSaved))
                shell.refresh()
            case .failure(let error) where error is VaultKeys.Unavailable || error is PinSecret.Unavailable:
                shell.show(message: shell.text(.pinNoPhoneKey))
            case .failure(let error):
                shell.show(error)
            }
        }
    }

    private func change(_ current: String, to pin: String) {
        shell.run({ (app: App) throws -> Void in
            try app.changeVaultPin(oldPin: current, newPin: pin, deviceSecret: try PinSecret.current(), now: Date())
        }) { result in
            switch result {
            case .success:
                shell.show(message: shell.text(.pinChanged))
            case .failure(let error as HuquqError):
                // A wrong current PIN counts as an attempt; the last allowed one erases the key.
                if case .KeyErased = error { VaultAccess.pinDestroyed(shell, error) } else { shell.show(error) }
            case .failure(let error):
                shell.show(error)
            }
        }
    }
}

struct PinFormPrompt: Identifiable {
    let id = UUID()
    let form: PinForm
}

/// What the PIN dialog hands on once the core has accepted the new PIN's shape.
private struct PinTyped {
    /// The current PIN, when the vault has one (changing it).
    let current: String?
    let pin: String
    let limit: UInt32?
}

private struct PinSheet: View {
    @EnvironmentObject private var shell: Shell
    let form: PinForm
    let done: (PinTyped) -> Void
    let cancel: () -> Void
    @State private var current = ""
    @State private var pin = ""
    @State private var again = ""
    @State private var limit: Int?
    /// The core's refusal, said in the dialog, which stays open with what was typed.
    @State private var refusal: String?

    init(form: PinForm, done: @escaping (PinTyped) -> Void, cancel: @escaping () -> Void) {
        self.form = form
        self.done = done
        self.cancel = cancel
        _limit = State(initialValue: form.limits.firstIndex(where: \.selected))
    }

    var body: some View {
        PromptSheet(title: form.title, ok: shell.text(.actionOk), onOk: { confirm() }, onCancel: cancel) {
            if let label = form.currentLabel {
                SecretEntry(label: label, text: $current, digits: true)
            }
            SecretEntry(label: form.newLabel, text: $pin, digits: true)
            SecretEntry(label: form.againLabel, text: $again, digits: true)
            if !form.limits.isEmpty {
                Text(form.limitHeading).font(.subheadline)
                ForEach(Array(form.limits.enumerated()), id: \.offset) { index, choice in
                    ChoiceRow(label: choice.label, selected: limit == index) { limit = index }
                }
            }
            if let refusal { Text(refusal).font(.subheadline).foregroundColor(.red) }
        }
    }

    private func confirm() {
        do {
            try shell.app.checkNewSecret(field: .pin, first: pin, again: again)
        } catch {
            refusal = (error as? HuquqError)?.reason ?? shell.text(.errorStorage)
            return
        }
        let attempts = limit.map { form.limits[$0].attempts } ?? nil
        done(PinTyped(current: form.currentLabel == nil ? nil : current, pin: pin, limit: attempts))
    }
}
