import Foundation

/// What every change to reminders does afterwards, in one place so none is forgotten.
@MainActor
enum ReminderChanges {
    /// Runs `work` (a core call that changes reminders; it returns the message to show, if any),
    /// then hands the new plan to the system and rebuilds the screen. A core error is shown with
    /// its reason and nothing else happens.
    static func apply(_ shell: Shell, _ work: (App) throws -> String?) {
        let message: String?
        do {
            message = try work(shell.app)
        } catch {
            shell.show(error)
            return
        }
        // A reminder may be planned now: this also asks, once, for notifications.
        shell.rearmReminders()
        shell.refresh()
        if let message { shell.show(message: message) }
    }
}
