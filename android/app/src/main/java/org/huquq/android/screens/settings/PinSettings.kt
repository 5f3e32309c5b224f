package org.huquq.android.screens.settings

import android.app.AlertDialog
import android.widget.RadioGroup
import org.huquq.HuquqException
import org.huquq.android.platform.Background
import org.huquq.android.platform.PinSecret
import org.huquq.android.platform.VaultKeys
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.android.ui.reasonText
import org.huquq.core.Field
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/**
 * Setting or changing the vault PIN, as the core's PIN form describes it. Setting one wraps the
 * data key (from the phone's Keystore copy) under the PIN and the phone's PIN secret, with the
 * attempt limit the user chose, and then deletes the phone's copy: from then on only the PIN opens
 * the vault. The core runs Argon2 for each, so the work happens off the main thread.
 */
class PinSettings(private val host: Host) {
    private val app = host.app
    private val context = host.activity

    fun open() {
        val form = app.pinForm()
        val current = form.currentLabel?.let { VaultDialogs.secretField(context, it, digits = true) }
        val pin = VaultDialogs.secretField(context, form.newLabel, digits = true)
        val again = VaultDialogs.secretField(context, form.againLabel, digits = true)
        val limits = RadioGroup(context)
        val limitOf = HashMap<Int, UInt?>()
        for (choice in form.limits) {
            val button = Views.radio(context, choice.label)
            limitOf[button.id] = choice.attempts
            limits.addView(button)
            if (choice.selected) limits.check(button.id)
        }
        val views = listOfNotNull(current, pin, again) +
            if (form.limits.isEmpty()) emptyList() else listOf(Views.text(context, form.limitHeading, form.direction, sizeSp = 14f), limits)
        VaultDialogs.show(
            AlertDialog.Builder(context)
                .setTitle(form.title)
                .setView(VaultDialogs.body(host, *views.toTypedArray()))
                .setPositiveButton(app.uiText(UiText.ACTION_OK)) { _, _ ->
                    val chosen = pin.text.toString()
                    try {
                        app.checkNewSecret(Field.PIN, chosen, again.text.toString())
                    } catch (refused: HuquqException) {
                        host.showMessage(refused.reasonText)
                        return@setPositiveButton
                    }
                    if (current == null) set(chosen, limitOf[limits.checkedRadioButtonId]) else change(current.text.toString(), chosen)
                }
                .setNegativeButton(app.uiText(UiText.ACTION_CANCEL), null),
        )
    }

    private fun set(pin: String, limit: UInt?) {
        Background.run(context, {
            VaultKeys.withKey(context) { key -> app.setVaultPin(key, pin, limit, PinSecret.create()) }
            // If this step is lost (the app killed here), the gate has it done next time.
            VaultKeys.erase(context)
        }) { result ->
            when (val error = result.exceptionOrNull()) {
                null -> {
                    host.showMessage(app.uiText(UiText.PIN_SAVED))
                    host.refresh()
                }
                is VaultKeys.Unavailable, is PinSecret.Unavailable -> host.showMessage(app.uiText(UiText.PIN_NO_PHONE_KEY))
                else -> host.showError(error)
            }
        }
    }

    private fun change(current: String, pin: String) {
        Background.run(context, { app.changeVaultPin(current, pin, PinSecret.current(), AppClock.now()) }) { result ->
            when (val error = result.exceptionOrNull()) {
                null -> host.showMessage(app.uiText(UiText.PIN_CHANGED))
                // A wrong current PIN counts as an attempt; the last allowed one erases the key.
                is HuquqException.KeyErased -> VaultGuard.pinDestroyed(host, error)
                else -> host.showError(error)
            }
        }
    }
}
