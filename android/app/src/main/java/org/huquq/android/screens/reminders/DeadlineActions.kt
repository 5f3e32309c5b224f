package org.huquq.android.screens.reminders

import android.app.AlertDialog
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.ui.Host
import org.huquq.core.DaysChoice
import org.huquq.core.DeadlineAction
import org.huquq.core.DeadlineActions as Actions
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/** What can be done with one deadline, as the core lists it: done, later, which days, the checklist. */
internal class DeadlineActions(private val host: Host) {
    private val app get() = host.app

    fun show(deadlineId: String) {
        val actions = try {
            app.deadlineActions(deadlineId, AppClock.now())
        } catch (error: org.huquq.HuquqException) {
            host.showError(error)
            return
        }
        VaultDialogs.show(
            AlertDialog.Builder(host.activity)
                .setTitle(actions.title)
                .setItems(actions.actions.map { it.label }.toTypedArray()) { _, which -> run(actions, actions.actions[which].action) }
                .setNegativeButton(app.uiText(UiText.ACTION_CANCEL), null),
        )
    }

    private fun run(actions: Actions, action: DeadlineAction) {
        val id = actions.deadlineId
        when (action) {
            DeadlineAction.MARK_DONE -> ReminderChanges.apply(host) { app.completeDeadline(id, AppClock.now()).message }
            DeadlineAction.SNOOZE -> DatePrompt.show(
                host.activity,
                title = actions.snooze.title,
                initial = actions.snooze.suggested,
                earliest = actions.snooze.earliest,
            ) { until ->
                ReminderChanges.apply(host) {
                    app.snoozeDeadline(id, until, AppClock.now())
                    app.uiText(UiText.REMINDERS_SNOOZED)
                }
            }
            DeadlineAction.CHOOSE_DAYS -> chooseDays(id, actions.days)
            DeadlineAction.REOPEN -> ReminderChanges.apply(host) {
                app.reopenDeadline(id, AppClock.now())
                app.uiText(UiText.REMINDERS_REOPENED)
            }
            DeadlineAction.OPEN_CHECKLIST -> actions.checklistProcedureId?.let { host.push(ChecklistScreen(it, actions.personId)) }
        }
    }

    private fun chooseDays(id: String, choice: DaysChoice) {
        val checked = BooleanArray(choice.days.size) { choice.days[it].selected }
        VaultDialogs.show(
            AlertDialog.Builder(host.activity)
                .setTitle(choice.title)
                .setMultiChoiceItems(choice.days.map { it.label }.toTypedArray(), checked) { _, which, isChecked -> checked[which] = isChecked }
                .setPositiveButton(app.uiText(UiText.ACTION_OK)) { _, _ ->
                    ReminderChanges.apply(host) {
                        app.setDeadlineOffsets(id, choice.days.filterIndexed { index, _ -> checked[index] }.map { it.days }, AppClock.now())
                        app.uiText(UiText.REMINDERS_DAYS_SAVED)
                    }
                }
                .setNeutralButton(choice.usualLabel) { _, _ ->
                    ReminderChanges.apply(host) {
                        app.setDeadlineOffsets(id, null, AppClock.now())
                        app.uiText(UiText.REMINDERS_DAYS_SAVED)
                    }
                }
                .setNegativeButton(app.uiText(UiText.ACTION_CANCEL), null),
        )
    }
}
