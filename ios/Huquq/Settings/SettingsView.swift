import SwiftUI

/// Language, the rights content in use (and updating it from a file), reminder time, the vault's
/// PIN, backup and restore, and erasing everything, as the core's settings model has them. The
/// language and the content need no vault; the rest lives in it, so it appears once the vault is
/// open (the vault screens' guard, drawn as a section).
struct SettingsView: View {
    @EnvironmentObject private var shell: Shell
    @State private var erasing = false

    var body: some View {
        CoreScreen(load: { $0.settingsScreen() }) { screen in
            ScrollingColumn(direction: screen.direction) {
                Text(screen.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                ScreenButton(title: "\(screen.languageLabel): \(screen.language)") { shell.push(.language) }
                ContentSettings(content: screen.content)
                VaultGuard(section: true) { VaultSettingsPart() }
                if let erase = screen.erase { eraseSection(erase) }
            }
        }
    }

    @ViewBuilder
    private func eraseSection(_ erase: EraseSection) -> some View {
        SectionHeading(text: erase.heading)
        ScreenButton(title: erase.button, role: .destructive) { erasing = true }
            .confirmationDialog(erase.heading, isPresented: $erasing, titleVisibility: .hidden) {
                Button(erase.button, role: .destructive) { eraseAll() }
                Button(shell.text(.actionCancel), role: .cancel) {}
            } message: {
                Text(erase.confirm)
            }
    }

    private func eraseAll() {
        // The vault, then the phone's key and PIN secret, capture leftovers and the reminders; a
        // vault whose files could not be deleted says why and stays.
        guard VaultAccess.eraseAll(shell) else { return }
        shell.show(message: shell.text(.vaultErased))
        shell.restart()
    }
}

/// The settings kept in the vault, drawn once the guard has it open.
private struct VaultSettingsPart: View {
    var body: some View {
        CoreScreen(load: { $0.settingsScreen() }) { screen in
            // One view, so the screen's loading runs once.
            VStack(alignment: .leading, spacing: 8) {
                if let vault = screen.vault {
                    ReminderTimeSection(vault: vault)
                    PinSettings(vault: vault)
                    BackupSettings(vault: vault)
                }
            }
        }
    }
}

/// When the day's reminders come, in the phone's time zone now: reminders follow the user when
/// they travel (and the shell re-arms them when the zone changes).
private struct ReminderTimeSection: View {
    @EnvironmentObject private var shell: Shell
    let vault: VaultSettings
    @StateObject private var prompts = PromptQueue<ReminderTimePrompt>()

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            SectionHeading(text: vault.remindersHeading)
            Text(vault.remindersText)
            ScreenButton(title: vault.reminderTimeLabel) { prompts.show(ReminderTimePrompt()) }
        }
        .prompts(prompts) { _ in
            TimeSheet(vault: vault) { chosen in
                prompts.close { if let chosen { save(chosen) } }
            }
        }
    }

    private func save(_ time: DateComponents) {
        do {
            try shell.app.setReminderTime(
                hour: UInt8(time.hour ?? 0), minute: UInt8(time.minute ?? 0), timeZone: TimeZone.current.identifier
            )
        } catch {
            shell.show(error)
            return
        }
        shell.rearmReminders()
        shell.refresh()
    }
}

struct ReminderTimePrompt: Identifiable {
    let id = UUID()
}

/// The system's time picker, in the phone's 12- or 24-hour style.
private struct TimeSheet: View {
    @EnvironmentObject private var shell: Shell
    let vault: VaultSettings
    /// The hour and minute, or nil when the user cancelled.
    let done: (DateComponents?) -> Void
    @State private var time: Date

    init(vault: VaultSettings, done: @escaping (DateComponents?) -> Void) {
        self.vault = vault
        self.done = done
        let start = Calendar.current.date(
            bySettingHour: Int(vault.reminderHour), minute: Int(vault.reminderMinute), second: 0, of: Date()
        )
        _time = State(initialValue: start ?? Date())
    }

    var body: some View {
        PromptSheet(
            title: vault.reminderTimeLabel,
            ok: shell.text(.actionOk),
            onOk: { done(Calendar.current.dateComponents([.hour, .minute], from: time)) },
            onCancel: { done(nil) }
        ) {
            DatePicker(vault.reminderTimeLabel, selection: $time, displayedComponents: .hourAndMinute)
                .datePickerStyle(.wheel)
                .labelsHidden()
        }
    }
}
