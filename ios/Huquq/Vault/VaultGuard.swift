import SwiftUI

/// Stands in front of every vault screen: shows the screen's content when the vault is open, and
/// otherwise what it takes to open it: create it, type the PIN, or (when the key is gone) start
/// again. Opening with the phone's key needs no one's input, so it simply happens. (Named apart
/// from the core's `VaultGate`, the model it draws.)
struct VaultGuard<Content: View>: View {
    @EnvironmentObject private var shell: Shell
    private let section: Bool
    private let content: () -> Content
    @State private var gate: VaultGate?
    @State private var open = false

    /// A whole vault screen: `content` is built only once the vault is open.
    init(@ViewBuilder content: @escaping () -> Content) {
        self.init(section: false, content: content)
    }

    /// `section`: part of a screen that scrolls already (settings), so the way in is drawn without
    /// a scrolling column of its own.
    init(section: Bool, @ViewBuilder content: @escaping () -> Content) {
        self.section = section
        self.content = content
    }

    var body: some View {
        Group {
            if open {
                content()
            } else if let gate {
                if section {
                    VaultGatePanel(gate: gate)
                } else {
                    ScrollingColumn(direction: gate.direction) { VaultGatePanel(gate: gate) }
                }
            } else {
                Color.clear
            }
        }
        .onAppear(perform: check)
        // The vault locks when the app leaves the screen; back in front the shell rebuilds.
        .onChange(of: shell.generation) { _ in check() }
    }

    private func check() {
        // Only stale ones: a page may be on its way into the vault from another screen.
        CaptureFiles.clear(staleOnly: true)
        if VaultAccess.ensureOpen(shell) {
            open = true
            gate = nil
        } else {
            open = false
            // The phone's key was there but could not open the vault (ensureOpen just tried).
            gate = VaultAccess.gate(shell, phoneKeyFailed: true)
        }
    }
}

/// The gate's decisions that other screens share (settings: erasing the vault, a PIN destroyed).
@MainActor
enum VaultAccess {
    /// What the core says the gate shows, from what only the phone knows about its keys. When the
    /// core says so (a PIN protects the vault), the phone's copy of the vault key is deleted first.
    static func gate(_ shell: Shell, phoneKeyFailed: Bool = false) -> VaultGate {
        let facts = {
            GateFacts(phoneKeyStored: VaultKeys.stored, phoneKeyFailed: phoneKeyFailed, pinSecretStored: PinSecret.stored)
        }
        let gate = shell.app.vaultGate(phone: facts())
        if !gate.discardPhoneKey { return gate }
        VaultKeys.erase()
        return shell.app.vaultGate(phone: facts())
    }

    /// True when the vault is open, opening it with the phone's key if that is all it takes.
    static func ensureOpen(_ shell: Shell) -> Bool {
        switch gate(shell).state {
        case .open:
            return true
        case .phoneKey:
            do {
                try VaultKeys.open(shell.app)
                return true
            } catch {
                return false
            }
        default:
            return false
        }
    }

    /// The limit on wrong PINs was reached (the core emptied the PIN-wrapped key) or the phone's
    /// part of the PIN is gone. The phone's keys go too (nothing opens the vault here any more); the
    /// vault can now only come back from a backup, as the core's message says.
    static func pinDestroyed(_ shell: Shell, _ failure: Error) {
        VaultKeys.erase()
        PinSecret.erase()
        shell.app.lockVault()
        shell.show(failure)
        shell.refresh()
    }

    /// Erases the vault, the phone's keys and any capture leftovers; reminders are withdrawn. False
    /// (with the core's reason shown) when the vault's files could not be deleted.
    static func eraseAll(_ shell: Shell) -> Bool {
        do {
            try shell.app.eraseVault()
        } catch {
            shell.show(error)
            return false
        }
        VaultKeys.erase()
        PinSecret.erase()
        CaptureFiles.clear(staleOnly: false)
        shell.rearmReminders()
        return true
    }
}

/// The way into a locked vault, as the core's gate model words it.
private struct VaultGatePanel: View {
    @EnvironmentObject private var shell: Shell
    let gate: VaultGate
    @State private var pin = ""
    @State private var error: String?
    @State private var working = false
    @State private var confirming: GateButton?
    @FocusState private var typing: Bool

    private struct KeyNotKept: Error {}

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(gate.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
            if let text = gate.text { Text(text) }
            if let label = gate.pinLabel {
                Text(label)
                SecureField(label, text: $pin)
                    .keyboardType(.numberPad)
                    .textFieldStyle(.roundedBorder)
                    .frame(minHeight: 44)
                    .focused($typing)
                    .onSubmit(unlock)
            }
            if let error { Text(error).font(.subheadline).foregroundColor(.red) }
            ForEach(gate.buttons, id: \.action) { button in
                Button(button.label) {
                    if button.confirm == nil { act(button.action) } else { confirming = button }
                }
                .buttonStyle(.borderedProminent)
                .controlSize(.large)
                .disabled(working)
            }
        }
        .environment(\.layoutDirection, gate.direction.layout)
        .alert(
            confirming?.confirm ?? "",
            isPresented: Binding(get: { confirming != nil }, set: { if !$0 { confirming = nil } }),
            presenting: confirming
        ) { button in
            Button(button.label, role: .destructive) { act(button.action) }
            Button(shell.text(.actionCancel), role: .cancel) {}
        }
        .onAppear { typing = gate.pinLabel != nil }
    }

    private func act(_ action: GateAction) {
        switch action {
        case .createVault: createVault()
        case .unlockWithPin: unlock()
        case .openWithPhoneKey: shell.refresh()
        case .startOver: if VaultAccess.eraseAll(shell) { shell.refresh() }
        }
    }

    private func createVault() {
        working = true
        shell.run({ (app: App) throws -> Void in
            var key = try app.createVault()
            defer { key.resetBytes(in: key.startIndex..<key.endIndex) }
            do {
                try VaultKeys.store(key)
            } catch {
                // Without the phone's copy the new vault could never be opened again: undo it.
                try app.eraseVault()
                throw KeyNotKept()
            }
        }) { result in
            working = false
            switch result {
            case .success: shell.refresh()
            case .failure(is KeyNotKept): shell.show(message: shell.text(.errorCrypto))
            case .failure(let failure): shell.show(failure)
            }
        }
    }

    private func unlock() {
        let typed = pin
        if typed.isEmpty { return }
        working = true
        error = nil
        // Argon2 takes about half a second on purpose: not on the main thread.
        shell.run({ app in
            try app.openVaultWithPin(pin: typed, deviceSecret: try PinSecret.current(), now: Date())
        }) { result in
            working = false
            pin = ""
            switch result {
            case .success:
                shell.refresh()
            case .failure(let failure as HuquqError):
                // A wrong PIN says how many attempts are left; a wait says how long.
                if case .KeyErased = failure { VaultAccess.pinDestroyed(shell, failure) } else { error = failure.reason }
            case .failure(is PinSecret.Unavailable):
                // The Keychain refused this time; nothing was counted, the user may retry.
                error = shell.text(.errorCrypto)
            case .failure(let failure):
                shell.show(failure)
            }
        }
    }
}
