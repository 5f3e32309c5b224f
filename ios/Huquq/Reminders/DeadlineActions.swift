import SwiftUI

/// What can be done with one deadline, as the core lists it: done, later, which days, the checklist.
@MainActor
struct DeadlineActionsFlow {
    let shell: Shell
    let prompts: PromptQueue<ReminderPrompt>

    func show(_ deadlineId: String) {
        let actions: DeadlineActions
        do {
            actions = try shell.app.deadlineActions(deadlineId: deadlineId, now: Date())
        } catch {
            shell.show(error)
            return
        }
        prompts.show(.actions(actions))
    }

    /// The action chosen, once its list has closed.
    func run(_ actions: DeadlineActions, _ action: DeadlineAction) {
        let id = actions.deadlineId
        switch action {
        case .markDone:
            ReminderChanges.apply(shell) { app in try app.completeDeadline(deadlineId: id, now: Date()).message }
        case .snooze:
            let snooze = actions.snooze
            prompts.show(.date(DatePrompt(title: snooze.title, initial: snooze.suggested, earliest: snooze.earliest) { until in
                ReminderChanges.apply(shell) { app in
                    try app.snoozeDeadline(deadlineId: id, until: until, now: Date())
                    return shell.text(.remindersSnoozed)
                }
            }))
        case .chooseDays:
            prompts.show(.days(actions))
        case .reopen:
            ReminderChanges.apply(shell) { app in
                try app.reopenDeadline(deadlineId: id, now: Date())
                return shell.text(.remindersReopened)
            }
        case .openChecklist:
            if let procedure = actions.checklistProcedureId {
                shell.push(.checklist(procedure: procedure, person: actions.personId))
            }
        }
    }

    /// The days chosen; nil: the procedure's usual ones.
    func saveDays(_ deadlineId: String, _ offsets: [UInt32]?) {
        ReminderChanges.apply(shell) { app in
            try app.setDeadlineOffsets(deadlineId: deadlineId, offsets: offsets, now: Date())
            return shell.text(.remindersDaysSaved)
        }
    }
}

/// Which days before the deadline remind, as the core offers them, or the usual ones.
struct DaysSheet: View {
    @EnvironmentObject private var shell: Shell
    let choice: DaysChoice
    let save: ([UInt32]?) -> Void
    let cancel: () -> Void
    @State private var ticked: [Bool]

    init(choice: DaysChoice, save: @escaping ([UInt32]?) -> Void, cancel: @escaping () -> Void) {
        self.choice = choice
        self.save = save
        self.cancel = cancel
        _ticked = State(initialValue: choice.days.map(\.selected))
    }

    var body: some View {
        PromptSheet(
            title: choice.title,
            ok: shell.text(.actionOk),
            other: choice.usualLabel,
            onOk: { save(zip(choice.days, ticked).filter { $0.1 }.map { $0.0.days }) },
            onOther: { save(nil) },
            onCancel: cancel
        ) {
            ForEach(Array(choice.days.enumerated()), id: \.offset) { index, day in
                TickRow(label: day.label, ticked: ticked[index]) { ticked[index] = $0 }
            }
        }
    }
}
