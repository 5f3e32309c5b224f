package org.huquq.android.screens.vault

import android.app.AlertDialog
import android.text.InputType
import android.view.View
import android.view.inputmethod.EditorInfo
import android.widget.EditText
import android.widget.RadioButton
import android.widget.RadioGroup
import java.time.Instant
import org.huquq.HuquqException
import org.huquq.android.logic.VaultLabels
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.core.Person
import org.huquq.core.PersonInput
import org.huquq.core.Relation

/** Whose document it is: one choice per person in the vault, and a way to add someone. */
class HolderChooser(
    private val host: Host,
    private var personId: String,
    /** Called with the newly chosen person's id. */
    private val chosen: (String) -> Unit,
) {
    private val app = host.app
    val group = RadioGroup(host.activity).apply { layoutDirection = Views.layoutDirection(app.direction()) }

    init {
        app.people().forEach { add(it) }
    }

    private fun add(person: Person) {
        val button = RadioButton(host.activity).apply {
            id = View.generateViewId()
            text = if (person.relation == Relation.MYSELF) {
                person.name
            } else {
                "${person.name} (${VaultText.relation(app, person.relation)})"
            }
            textDirection = Views.textDirection(app.direction())
        }
        group.addView(button)
        // Checked before the listener exists: showing the current holder is not a change.
        if (person.id == personId) group.check(button.id)
        button.setOnCheckedChangeListener { _, checked ->
            if (checked && personId != person.id) {
                personId = person.id
                chosen(person.id)
            }
        }
    }

    /** A name and how the person is related to the phone's owner; they become the holder. */
    fun askForPerson() {
        val name = EditText(host.activity).apply {
            hint = app.uiText("field-name")
            inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_CAP_WORDS or InputType.TYPE_TEXT_FLAG_NO_SUGGESTIONS
            imeOptions = imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
        }
        val relations = RadioGroup(host.activity)
        val relationOf = HashMap<Int, Relation>()
        for (relation in VaultLabels.othersRelations) {
            val button = RadioButton(host.activity).apply {
                id = View.generateViewId()
                text = VaultText.relation(app, relation)
            }
            relationOf[button.id] = relation
            relations.addView(button)
            if (relation == Relation.OTHER) relations.check(button.id)
        }
        val body = VaultDialogs.body(host, name, DocumentFormViews.label(host, app.uiText("android-person-relation")), relations)
        VaultDialogs.show(
            AlertDialog.Builder(host.activity)
                .setTitle(app.uiText("android-person-add"))
                .setView(body)
                .setPositiveButton(app.uiText("android-ok")) { _, _ ->
                    val relation = relationOf[relations.checkedRadioButtonId] ?: Relation.OTHER
                    val person = try {
                        app.addPerson(PersonInput(name.text.toString(), relation), Instant.now())
                    } catch (refused: HuquqException) {
                        // An empty name: the core's "Please fill in: Name".
                        host.showError(refused)
                        return@setPositiveButton
                    }
                    personId = person.id
                    add(person)
                    chosen(person.id)
                }
                .setNegativeButton(app.uiText("android-cancel"), null),
        )
    }
}
