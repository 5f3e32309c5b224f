package org.huquq.android.screens.reminders

import android.app.AlertDialog
import java.time.Instant
import org.huquq.android.logic.OffsetChoices
import org.huquq.android.logic.ReminderDates
import org.huquq.android.ui.Host
import org.huquq.core.DeadlineItem
import org.huquq.core.DeadlineState

/** The choices for one deadline: done, later, which days, the checklist. */
internal class DeadlineActions(private val host: Host) {
    private val app get() = host.app

    fun show(item: DeadlineItem) {
        val actions = buildList<Pair<String, () -> Unit>> {
            if (item.state != DeadlineState.DONE) {
                add(app.uiText("android-reminders-mark-done") to { markDone(item) })
                add(app.uiText("android-reminders-snooze") to { snooze(item) })
                add(app.uiText("android-reminders-days-before") to { chooseDays(item) })
            }
            if (item.state == DeadlineState.DONE || item.state == DeadlineState.SNOOZED) {
                add(app.uiText("android-reminders-reopen") to { reopen(item) })
            }
            item.procedureId?.let { procedure ->
                add(app.uiText("android-reminders-open-checklist") to { host.push(ChecklistScreen(procedure, item.personId)) })
            }
        }
        AlertDialog.Builder(host.activity)
            .setTitle(item.title)
            .setItems(actions.map { it.first }.toTypedArray()) { _, which -> actions[which].second() }
            .setNegativeButton(app.uiText("android-cancel"), null)
            .show()
    }

    private fun markDone(item: DeadlineItem) = ReminderChanges.apply(host) {
        val now = Instant.now()
        val today = ReminderDates.iso(ReminderChanges.today(app, now))
        val followUp = app.markDeadlineDone(item.id, today, now)
        if (followUp == null) {
            app.uiText("android-reminders-marked-done")
        } else {
            val title = app.procedures().firstOrNull { it.id == followUp.procedureId }?.title ?: followUp.procedureId
            app.uiTextWith("android-reminders-follow-up", mapOf("procedure" to title))
        }
    }

    private fun snooze(item: DeadlineItem) {
        val today = ReminderChanges.today(app)
        DatePrompt.show(
            host.activity,
            title = app.uiText("field-snooze-until"),
            initial = ReminderDates.snoozeSuggestion(today, item.dueOn),
            earliest = ReminderDates.earliestSnooze(today),
        ) { until ->
            ReminderChanges.apply(host) {
                app.snoozeDeadline(item.id, ReminderDates.iso(until), Instant.now())
                app.uiText("android-reminders-snoozed")
            }
        }
    }

    private fun reopen(item: DeadlineItem) = ReminderChanges.apply(host) {
        app.reopenDeadline(item.id, Instant.now())
        app.uiText("android-reminders-reopened")
    }

    private fun chooseDays(item: DeadlineItem) {
        val options = OffsetChoices.options(item.offsets)
        val checked = OffsetChoices.checked(options, item.offsets)
        val labels = options.map { app.uiCount("android-reminders-day-option", it) }.toTypedArray()
        AlertDialog.Builder(host.activity)
            .setTitle(app.uiText("field-offsets"))
            .setMultiChoiceItems(labels, checked) { _, which, isChecked -> checked[which] = isChecked }
            .setPositiveButton(app.uiText("android-ok")) { _, _ ->
                ReminderChanges.apply(host) {
                    app.setDeadlineOffsets(item.id, OffsetChoices.chosen(options, checked), Instant.now())
                    app.uiText("android-reminders-days-saved")
                }
            }
            .setNeutralButton(app.uiText("android-reminders-use-usual-days")) { _, _ ->
                ReminderChanges.apply(host) {
                    app.setDeadlineOffsets(item.id, null, Instant.now())
                    app.uiText("android-reminders-days-saved")
                }
            }
            .setNegativeButton(app.uiText("android-cancel"), null)
            .show()
    }
}
