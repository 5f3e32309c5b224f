package org.huquq.android.screens.reminders

import android.app.AlertDialog
import org.huquq.HuquqException
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.ui.Host
import org.huquq.core.ProcedureItem
import org.huquq.core.RecordEventScreen
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/**
 * "Record what happened": which event (a move, an entry, a decision…), on which day, for whom —
 * each step as the core's model has it. The core turns it into a deadline with its reminders.
 */
internal class RecordEventFlow(private val host: Host) {
    private val app get() = host.app

    fun start() {
        val screen = try {
            app.recordEventScreen(AppClock.now())
        } catch (error: HuquqException) {
            host.showError(error)
            return
        }
        screen.nothingText?.let {
            host.showMessage(it)
            return
        }
        // Several procedures can start with the same event, so each line names both.
        val labels = screen.procedures.map { "${it.startEventText}\n${it.title}" }.toTypedArray()
        VaultDialogs.show(
            AlertDialog.Builder(host.activity)
                .setTitle(screen.title)
                .setItems(labels) { _, which -> chooseDay(screen, screen.procedures[which]) }
                .setNegativeButton(app.uiText(UiText.ACTION_CANCEL), null),
        )
    }

    private fun chooseDay(screen: RecordEventScreen, procedure: ProcedureItem) {
        DatePrompt.show(host.activity, title = screen.dateLabel, initial = screen.today, latest = screen.today) { day ->
            if (!screen.askWho) {
                // One person (or nobody yet: the core makes the phone's owner).
                save(procedure, day, screen.people.firstOrNull()?.personId)
                return@show
            }
            VaultDialogs.show(
                AlertDialog.Builder(host.activity)
                    .setTitle(screen.whoLabel)
                    .setItems(screen.people.map { it.label }.toTypedArray()) { _, which -> save(procedure, day, screen.people[which].personId) }
                    .setNegativeButton(app.uiText(UiText.ACTION_CANCEL), null),
            )
        }
    }

    private fun save(procedure: ProcedureItem, day: String, personId: String?) {
        ReminderChanges.apply(host) {
            app.recordEventFor(procedure.id, personId, day, AppClock.now())
            app.uiText(UiText.REMINDERS_RECORDED)
        }
    }
}
