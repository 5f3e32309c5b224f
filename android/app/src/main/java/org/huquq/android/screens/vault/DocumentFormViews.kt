package org.huquq.android.screens.vault

import android.text.Editable
import android.text.InputType
import android.text.TextWatcher
import android.view.View
import android.view.inputmethod.EditorInfo
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.TextView
import org.huquq.android.screens.reminders.DatePrompt
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.core.FormField
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/**
 * The fields of the document form, drawn from the core's form fields. They ask the keyboard not to
 * learn from them: names and numbers would otherwise end up in its dictionary, outside the vault.
 */
object DocumentFormViews {
    fun label(host: Host, text: String): TextView =
        Views.text(host.activity, text, host.app.direction(), sizeSp = 14f).apply {
            setPadding(0, Views.dp(host.activity, 12), 0, 0)
        }

    fun textField(host: Host, column: LinearLayout, field: FormField): EditText {
        val label = label(host, field.label)
        column.addView(label)
        val edit = Views.field(host.activity).apply {
            setText(field.value)
            inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_NO_SUGGESTIONS
            imeOptions = imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
            textDirection = Views.textDirection(host.app.direction())
        }
        names(label, edit)
        column.addView(edit)
        return edit
    }

    /** An ISO date typed by hand, or put there by the calendar button beside it. */
    fun dateField(host: Host, column: LinearLayout, field: FormField): EditText {
        val label = label(host, field.label)
        column.addView(label)
        val edit = Views.field(host.activity).apply {
            setText(field.value)
            hint = field.hint
            inputType = InputType.TYPE_CLASS_DATETIME or InputType.TYPE_DATETIME_VARIATION_DATE
            imeOptions = imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
            // Digits and dashes read left to right in every language.
            textDirection = View.TEXT_DIRECTION_LTR
            layoutParams = LinearLayout.LayoutParams(0, LinearLayout.LayoutParams.WRAP_CONTENT, 1f)
        }
        names(label, edit)
        val pick = Views.button(host.activity, host.app.uiText(UiText.DATE_PICK)) { pickDate(host, edit, field.label) }
        column.addView(
            LinearLayout(host.activity).apply {
                orientation = LinearLayout.HORIZONTAL
                layoutDirection = Views.layoutDirection(host.app.direction())
                addView(edit)
                addView(pick)
            },
        )
        return edit
    }

    /** A screen reader announces [field] by [label]'s text, also while the field is empty. */
    private fun names(label: TextView, field: EditText) {
        field.id = View.generateViewId()
        label.labelFor = field.id
    }

    /** The picker starts on the typed date, or on the core's today. */
    private fun pickDate(host: Host, field: EditText, title: String) {
        val typed = field.text.toString().trim()
        val start = if (DatePrompt.isIso(typed)) typed else host.app.today(AppClock.now())
        DatePrompt.show(host.activity, title, start) { field.setText(it) }
    }

    /** Calls [changed] after every edit of [field]. */
    fun onEdit(field: EditText, changed: () -> Unit) {
        field.addTextChangedListener(object : TextWatcher {
            override fun beforeTextChanged(s: CharSequence?, start: Int, count: Int, after: Int) {}

            override fun onTextChanged(s: CharSequence?, start: Int, before: Int, count: Int) {}

            override fun afterTextChanged(s: Editable?) = changed()
        })
    }
}
