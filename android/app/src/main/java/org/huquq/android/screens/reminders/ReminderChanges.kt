package org.huquq.android.screens.reminders

import org.huquq.HuquqException
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.ui.Host

/** What every change to reminders does afterwards, in one place so none is forgotten. */
internal object ReminderChanges {
    /**
     * Runs [work] (a core call that changes reminders; it returns the message to show, if any),
     * then sets the phone's alarms to the new plan and rebuilds the screen. A core error is shown
     * with its reason and nothing else happens.
     */
    fun apply(host: Host, work: () -> String?) {
        val message = try {
            work()
        } catch (error: HuquqException) {
            host.showError(error)
            return
        }
        ReminderScheduler.reschedule(host.activity)
        host.refresh()
        message?.let(host::showMessage)
    }
}
