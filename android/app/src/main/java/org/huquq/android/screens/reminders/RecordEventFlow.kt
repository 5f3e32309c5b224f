package org.huquq.android.screens.reminders

import android.app.AlertDialog
import java.time.Instant
import java.time.LocalDate
import org.huquq.HuquqException
import org.huquq.android.logic.HolderChoice
import org.huquq.android.logic.ReminderDates
import org.huquq.android.ui.Host
import org.huquq.core.EventInput
import org.huquq.core.Person
import org.huquq.core.PersonInput
import org.huquq.core.ProcedureItem
import org.huquq.core.Relation

/**
 * "Record what happened": which event (a move, an entry, a decision…), on which day, for whom.
 * The core turns it into a deadline with its reminders.
 */
internal class RecordEventFlow(private val host: Host) {
    private val app get() = host.app

    fun start() {
        val startable = app.procedures().filter { it.startEvent != null && it.startEventText != null }
        if (startable.isEmpty()) {
            host.showMessage(app.uiText("android-reminders-record-none"))
            return
        }
        // Several procedures can start with the same event, so each line names both.
        val labels = startable.map { "${it.startEventText}\n${it.title}" }.toTypedArray()
        AlertDialog.Builder(host.activity)
            .setTitle(app.uiText("android-reminders-record-title"))
            .setItems(labels) { _, which -> chooseDay(startable[which]) }
            .setNegativeButton(app.uiText("android-cancel"), null)
            .show()
    }

    private fun chooseDay(procedure: ProcedureItem) {
        val today = ReminderChanges.today(app)
        DatePrompt.show(
            host.activity,
            title = app.uiText("field-happened-on"),
            initial = today,
            latest = today,
        ) { day -> chooseHolder(procedure, day) }
    }

    private fun chooseHolder(procedure: ProcedureItem, day: LocalDate) {
        val people: List<Person> = try {
            app.people()
        } catch (error: HuquqException) {
            host.showError(error)
            return
        }
        when (val choice = HolderChoice.of(people.map { it.id to (it.relation == Relation.MYSELF) })) {
            // As for a first document: the events speak of "I", so the phone's owner is made.
            HolderChoice.Nobody -> save(procedure, day, null)
            is HolderChoice.Only -> save(procedure, day, choice.personId)
            is HolderChoice.Ask -> {
                val names = choice.personIds.map { id -> people.first { it.id == id }.name }.toTypedArray()
                AlertDialog.Builder(host.activity)
                    .setTitle(app.uiText("android-reminders-record-who"))
                    .setItems(names) { _, which -> save(procedure, day, choice.personIds[which]) }
                    .setNegativeButton(app.uiText("android-cancel"), null)
                    .show()
            }
        }
    }

    /** [personId] null: nobody is in the vault yet, so the phone's owner ("Me") is added first. */
    private fun save(procedure: ProcedureItem, day: LocalDate, personId: String?) {
        val kind = procedure.startEvent ?: return
        ReminderChanges.apply(host) {
            val now = Instant.now()
            val holder = personId ?: app.addPerson(PersonInput(app.uiText("vault-me"), Relation.MYSELF), now).id
            app.recordEvent(EventInput(holder, procedure.id, kind, ReminderDates.iso(day)), now)
            app.uiText("android-reminders-recorded")
        }
    }
}
