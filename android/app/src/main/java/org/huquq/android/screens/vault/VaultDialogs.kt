package org.huquq.android.screens.vault

import android.app.AlertDialog
import android.app.Dialog
import android.content.Context
import android.graphics.Color
import android.os.Build
import android.text.InputType
import android.view.View
import android.view.WindowManager
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.TextView
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.core.UiText

/**
 * Dialogs and form pieces for the vault screens. A dialog is a window of its own: FLAG_SECURE on
 * the activity does not cover it, so each one here sets it too (PINs and document fields must not
 * end up in a screenshot or the app switcher).
 */
object VaultDialogs {
    private val ERROR_COLOR = Color.rgb(176, 0, 32)

    fun secure(dialog: Dialog): Dialog {
        dialog.window?.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        return dialog
    }

    fun show(builder: AlertDialog.Builder): AlertDialog {
        val dialog = builder.create()
        secure(dialog)
        dialog.show()
        return dialog
    }

    /** "Are you sure?" with the action's own word on the button. */
    fun confirm(host: Host, message: String, action: String, onConfirm: () -> Unit) {
        show(
            AlertDialog.Builder(host.activity)
                .setMessage(message)
                .setPositiveButton(action) { _, _ -> onConfirm() }
                .setNegativeButton(host.app.uiText(UiText.ACTION_CANCEL), null),
        )
    }

    /** A field whose text is never shown, read aloud or offered to the keyboard's suggestions. */
    fun secretField(context: Context, hint: String, digits: Boolean): EditText = Views.field(context).apply {
        this.hint = hint
        inputType = if (digits) {
            InputType.TYPE_CLASS_NUMBER or InputType.TYPE_NUMBER_VARIATION_PASSWORD
        } else {
            InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_VARIATION_PASSWORD
        }
        if (Build.VERSION.SDK_INT >= 26) importantForAutofill = View.IMPORTANT_FOR_AUTOFILL_NO
    }

    /** A red line under a field, hidden until there is something to say. */
    fun errorLine(host: Host): TextView =
        Views.text(host.activity, "", host.app.direction(), sizeSp = 14f).apply {
            setTextColor(ERROR_COLOR)
            visibility = View.GONE
        }

    fun setError(line: TextView, text: String?) {
        line.text = text ?: ""
        line.visibility = if (text.isNullOrEmpty()) View.GONE else View.VISIBLE
    }

    /** A dialog body: the fields one under the other, with the usual margins. */
    fun body(host: Host, vararg views: View): LinearLayout {
        val column = Views.column(host.activity, host.app.direction())
        val pad = Views.dp(host.activity, 20)
        column.setPadding(pad, Views.dp(host.activity, 8), pad, 0)
        views.forEach { column.addView(it) }
        return column
    }
}
