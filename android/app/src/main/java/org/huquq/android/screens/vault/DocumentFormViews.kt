package org.huquq.android.screens.vault

import android.app.DatePickerDialog
import android.text.Editable
import android.text.InputType
import android.text.TextWatcher
import android.view.View
import android.view.inputmethod.EditorInfo
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.TextView
import java.time.LocalDate
import java.time.format.DateTimeParseException
import java.util.Locale
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views

/**
 * The fields of the document form. They ask the keyboard not to learn from them: names and
 * numbers would otherwise end up in its dictionary, outside the vault.
 */
object DocumentFormViews {
    fun label(host: Host, text: String): TextView =
        Views.text(host.activity, text, host.app.direction(), sizeSp = 14f).apply {
            setPadding(0, Views.dp(host.activity, 12), 0, 0)
        }

    fun textField(host: Host, column: LinearLayout, title: String, value: String): EditText {
        column.addView(label(host, title))
        val field = EditText(host.activity).apply {
            setText(value)
            inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_NO_SUGGESTIONS
            imeOptions = imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
            textDirection = Views.textDirection(host.app.direction())
        }
        column.addView(field)
        return field
    }

    /** An ISO date typed by hand, or put there by the calendar button beside it. */
    fun dateField(host: Host, column: LinearLayout, title: String, value: String?): EditText {
        column.addView(label(host, title))
        val field = EditText(host.activity).apply {
            setText(value ?: "")
            hint = host.app.uiText("android-date-hint")
            inputType = InputType.TYPE_CLASS_DATETIME or InputType.TYPE_DATETIME_VARIATION_DATE
            imeOptions = imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
            // Digits and dashes read left to right in every language.
            textDirection = View.TEXT_DIRECTION_LTR
            layoutParams = LinearLayout.LayoutParams(0, LinearLayout.LayoutParams.WRAP_CONTENT, 1f)
        }
        val pick = Views.button(host.activity, host.app.uiText("android-date-pick")) { pickDate(host, field) }
        column.addView(
            LinearLayout(host.activity).apply {
                orientation = LinearLayout.HORIZONTAL
                layoutDirection = Views.layoutDirection(host.app.direction())
                addView(field)
                addView(pick)
            },
        )
        return field
    }

    private fun pickDate(host: Host, field: EditText) {
        val start = try {
            LocalDate.parse(field.text.toString().trim())
        } catch (notYet: DateTimeParseException) {
            LocalDate.now()
        }
        val dialog = DatePickerDialog(
            host.activity,
            { _, year, month, day -> field.setText(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month + 1, day)) },
            start.year,
            start.monthValue - 1,
            start.dayOfMonth,
        )
        VaultDialogs.secure(dialog)
        dialog.show()
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
