import SwiftUI
import UIKit
import UserNotifications

/// The reminders screen's dialogs.
enum ReminderPrompt: Identifiable {
    case actions(DeadlineActions)
    case days(DeadlineActions)
    case date(DatePrompt)
    case procedures(RecordEventScreen)
    case who(RecordEventScreen, ProcedureItem, day: String)

    var id: String {
        switch self {
        case .actions: return "actions"
        case .days: return "days"
        case .date(let prompt): return prompt.id.uuidString
        case .procedures: return "procedures"
        case .who: return "who"
        }
    }
}

/// Every deadline with its state, what can be done about each, "record what happened" and the
/// checklists. Deadlines come from the vault: the route's guard opens it first.
struct RemindersView: View {
    @EnvironmentObject private var shell: Shell
    @StateObject private var prompts = PromptQueue<ReminderPrompt>()
    @State private var notificationsOff = false

    private struct Loaded {
        let screen: RemindersScreen
        let procedures: [ProcedureItem]
    }

    var body: some View {
        CoreScreen(load: { app in try Loaded(screen: app.reminders(now: Date()), procedures: app.procedures()) }) { loaded in
            content(loaded)
        }
        .prompts(prompts) { sheet($0) }
        .onAppear {
            // Documents may have changed on other screens since the reminders were last handed over.
            shell.rearmReminders()
            checkNotifications()
        }
        // Back from the system's settings, or from the question whether to allow notifications.
        .onReceive(NotificationCenter.default.publisher(for: UIApplication.didBecomeActiveNotification)) { _ in
            checkNotifications()
        }
    }

    private var deadlines: DeadlineActionsFlow { DeadlineActionsFlow(shell: shell, prompts: prompts) }
    private var record: RecordEventFlow { RecordEventFlow(shell: shell, prompts: prompts) }

    @ViewBuilder
    private func content(_ loaded: Loaded) -> some View {
        let screen = loaded.screen
        ScrollingColumn(direction: screen.direction) {
            Text(screen.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
            Text(screen.settingsText).font(.subheadline)
            // What stops reminders from reaching the user, said plainly; the list works either way.
            if notificationsOff { WarningLine(text: shell.text(.remindersNotificationsOff)) }
            if let empty = screen.emptyText { Text(empty) }
            ForEach(screen.deadlines, id: \.id) { item in
                DeadlineRow(item: item) { deadlines.show(item.id) }
            }
            ScreenButton(title: shell.text(.remindersRecord)) { record.start() }
            if !loaded.procedures.isEmpty {
                SectionHeading(text: shell.text(.remindersChecklists))
                ForEach(loaded.procedures, id: \.id) { procedure in
                    ItemRow(title: procedure.title, lines: [procedure.summary]) {
                        shell.push(.checklist(procedure: procedure.id, person: nil))
                    }
                }
            }
        }
    }

    @ViewBuilder
    private func sheet(_ prompt: ReminderPrompt) -> some View {
        switch prompt {
        case .actions(let actions):
            PromptSheet(title: actions.title, onCancel: { prompts.close() }) {
                ForEach(Array(actions.actions.enumerated()), id: \.offset) { _, item in
                    ItemRow(title: item.label) { prompts.close { deadlines.run(actions, item.action) } }
                }
            }
        case .days(let actions):
            DaysSheet(
                choice: actions.days,
                save: { offsets in prompts.close { deadlines.saveDays(actions.deadlineId, offsets) } },
                cancel: { prompts.close() }
            )
        case .date(let ask):
            DatePromptSheet(prompt: ask) { day in
                prompts.close { if let day { ask.chosen(day) } }
            }
        case .procedures(let screen):
            // Several procedures can start with the same event, so each line names both.
            PromptSheet(title: screen.title, onCancel: { prompts.close() }) {
                ForEach(screen.procedures, id: \.id) { procedure in
                    ItemRow(
                        title: procedure.startEventText ?? procedure.title,
                        lines: procedure.startEventText == nil ? [] : [procedure.title]
                    ) {
                        prompts.close { record.chose(procedure, in: screen) }
                    }
                }
            }
        case .who(let screen, let procedure, let day):
            PromptSheet(title: screen.whoLabel, onCancel: { prompts.close() }) {
                ForEach(screen.people, id: \.personId) { person in
                    ItemRow(title: person.label) {
                        prompts.close { record.save(procedure, day: day, person: person.personId) }
                    }
                }
            }
        }
    }

    /// Whether the system shows Huquq's notifications (not yet asked counts as not shown).
    private func checkNotifications() {
        UNUserNotificationCenter.current().getNotificationSettings { settings in
            let allowed = [.authorized, .provisional, .ephemeral].contains(settings.authorizationStatus)
            Task { @MainActor in notificationsOff = !allowed }
        }
    }
}

/// One deadline: what, for whom, its state in words and symbol, and the core's caveats.
private struct DeadlineRow: View {
    let item: DeadlineItem
    let action: () -> Void

    var body: some View {
        let look = StateLook.of(item.state)
        Button { action() } label: {
            VStack(alignment: .leading, spacing: 4) {
                Text(item.title).font(.headline)
                if !item.personName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    Text(item.personName).font(.subheadline)
                }
                Text("\(look.symbol) \(item.status)")
                    .font(.subheadline.bold())
                    .foregroundColor(look.color)
                    .accessibilityLabel(item.status)
                ForEach(Array(item.caveats.enumerated()), id: \.offset) { _, caveat in
                    Text(caveat).font(.footnote)
                }
            }
            .foregroundColor(.primary)
            .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
            .padding(.vertical, 8)
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        Divider()
    }
}
