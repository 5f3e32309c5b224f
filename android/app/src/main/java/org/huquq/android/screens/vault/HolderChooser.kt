package org.huquq.android.screens.vault

import android.app.AlertDialog
import android.text.InputType
import android.view.inputmethod.EditorInfo
import android.widget.RadioGroup
import org.huquq.HuquqException
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.core.PersonChoice
import org.huquq.core.PersonInput
import org.huquq.core.Relation
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/** Whose document it is: the core's choice of holders, and a way to add someone. */
class HolderChooser(
    private val host: Host,
    /** Called with the chosen person's id (a new person included). */
    private val chosen: (String) -> Unit,
) {
    private val app = host.app
    val group = RadioGroup(host.activity).apply { layoutDirection = Views.layoutDirection(app.direction()) }

    /** Shows [holders] as the core labelled and ordered them. */
    fun show(holders: List<PersonChoice>) {
        group.setOnCheckedChangeListener(null)
        group.removeAllViews()
        val idOf = HashMap<Int, String>()
        for (holder in holders) {
            val button = Views.radio(host.activity, holder.label).apply {
                textDirection = Views.textDirection(app.direction())
            }
            idOf[button.id] = holder.personId
            group.addView(button)
            if (holder.selected) group.check(button.id)
        }
        // After the checks: showing the current holder is not a change.
        group.setOnCheckedChangeListener { _, checkedId -> idOf[checkedId]?.let(chosen) }
    }

    /** A name and how the person is related to the phone's owner; they become the holder. */
    fun askForPerson() {
        val form = app.personForm()
        val name = Views.field(host.activity).apply {
            hint = form.nameLabel
            inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_CAP_WORDS or InputType.TYPE_TEXT_FLAG_NO_SUGGESTIONS
            imeOptions = imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
        }
        val relations = RadioGroup(host.activity)
        val relationOf = HashMap<Int, Relation>()
        for (choice in form.relations) {
            val button = Views.radio(host.activity, choice.label)
            relationOf[button.id] = choice.relation
            relations.addView(button)
            if (choice.selected) relations.check(button.id)
        }
        val body = VaultDialogs.body(host, name, DocumentFormViews.label(host, form.relationLabel), relations)
        VaultDialogs.show(
            AlertDialog.Builder(host.activity)
                .setTitle(form.title)
                .setView(body)
                .setPositiveButton(app.uiText(UiText.ACTION_OK)) { _, _ ->
                    val relation = relationOf[relations.checkedRadioButtonId] ?: Relation.OTHER
                    val person = try {
                        app.addPerson(PersonInput(name.text.toString(), relation), AppClock.now())
                    } catch (refused: HuquqException) {
                        // An empty name: the core's "Please fill in: Name".
                        host.showError(refused)
                        return@setPositiveButton
                    }
                    chosen(person.id)
                }
                .setNegativeButton(app.uiText(UiText.ACTION_CANCEL), null),
        )
    }
}
