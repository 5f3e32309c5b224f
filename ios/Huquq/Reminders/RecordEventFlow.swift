import Foundation

/// "Record what happened": which event (a move, an entry, a decision…), on which day, for whom —
/// each step as the core's model has it. The core turns it into a deadline with its reminders.
@MainActor
struct RecordEventFlow {
    let shell: Shell
    let prompts: PromptQueue<ReminderPrompt>

    func start() {
        let screen: RecordEventScreen
        do {
            screen = try shell.app.recordEventScreen(now: Date())
        } catch {
            shell.show(error)
            return
        }
        if let nothing = screen.nothingText {
            shell.show(message: nothing)
            return
        }
        prompts.show(.procedures(screen))
    }

    /// The procedure chosen (its list has closed): on which day.
    func chose(_ procedure: ProcedureItem, in screen: RecordEventScreen) {
        prompts.show(.date(DatePrompt(title: screen.dateLabel, initial: screen.today, latest: screen.today) { day in
            if screen.askWho {
                prompts.show(.who(screen, procedure, day: day))
            } else {
                // One person (or nobody yet: the core makes the phone's owner).
                save(procedure, day: day, person: screen.people.first?.personId)
            }
        }))
    }

    func save(_ procedure: ProcedureItem, day: String, person: String?) {
        ReminderChanges.apply(shell) { app in
            _ = try app.recordEventFor(procedureId: procedure.id, personId: person, on: day, now: Date())
            return shell.text(.remindersRecorded)
        }
    }
}
