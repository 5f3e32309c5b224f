package org.huquq.android.screens.settings

import android.app.AlertDialog
import android.view.View
import org.huquq.HuquqException
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.android.ui.reasonText
import org.huquq.core.Field
import org.huquq.core.UiText

/** The passphrase of a file that leaves the phone: a backup, an encrypted case file. */
object PassphraseDialog {
    /**
     * Typed twice for a backup (a typo would lock the user out of it), where the core also refuses
     * a weak one and can suggest a strong one; once for a restore, which takes the passphrase the
     * backup was made with, whatever it is. A case file to encrypt asks twice, like a backup.
     */
    fun ask(host: Host, title: String, twice: Boolean, use: (String) -> Unit) {
        val app = host.app
        val context = host.activity
        val first = VaultDialogs.secretField(context, app.uiText(UiText.PASSPHRASE), digits = false)
        val second = VaultDialogs.secretField(context, app.uiText(UiText.PASSPHRASE_AGAIN), digits = false)
        val suggestion = Views.text(context, "", app.direction()).apply { visibility = View.GONE }
        val body = if (twice) VaultDialogs.body(host, first, second, suggestion) else VaultDialogs.body(host, first)
        val builder = AlertDialog.Builder(context)
            .setTitle(title)
            .setView(body)
            .setPositiveButton(app.uiText(UiText.ACTION_OK)) { _, _ ->
                val passphrase = first.text.toString()
                if (!twice && passphrase.isEmpty()) return@setPositiveButton
                if (twice) {
                    try {
                        app.checkNewSecret(Field.PASSPHRASE, passphrase, second.text.toString())
                    } catch (refused: HuquqException) {
                        host.showMessage(refused.reasonText)
                        return@setPositiveButton
                    }
                }
                use(passphrase)
            }
            .setNegativeButton(app.uiText(UiText.ACTION_CANCEL), null)
        if (twice) builder.setNeutralButton(app.uiText(UiText.PASSPHRASE_SUGGEST), null)
        val dialog = VaultDialogs.show(builder)
        // Set here rather than in the builder: a neutral button's own listener closes the dialog.
        dialog.getButton(AlertDialog.BUTTON_NEUTRAL)?.setOnClickListener {
            try {
                val suggested = app.suggestPassphrase()
                first.setText(suggested)
                second.setText(suggested)
                suggestion.text = app.uiTextWith(UiText.PASSPHRASE_SUGGESTED, mapOf("passphrase" to suggested))
                suggestion.visibility = View.VISIBLE
            } catch (failed: HuquqException) {
                host.showError(failed)
            }
        }
    }
}
