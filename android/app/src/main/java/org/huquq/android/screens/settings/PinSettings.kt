package org.huquq.android.screens.settings

import android.app.AlertDialog
import android.view.View
import android.widget.EditText
import android.widget.RadioButton
import android.widget.RadioGroup
import org.huquq.HuquqException
import org.huquq.android.logic.SecretEntry
import org.huquq.android.platform.Background
import org.huquq.android.platform.VaultKeys
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views

/**
 * Setting and changing the vault PIN. Setting one wraps the data key (from the phone's Keystore
 * copy) a second time under the PIN; the user also chooses whether too many wrong PINs erase it.
 * The core runs Argon2 for each, so the work happens off the main thread.
 */
class PinSettings(private val host: Host) {
    private val app = host.app
    private val context = host.activity

    fun set() {
        val pin = VaultDialogs.secretField(context, app.uiText("android-pin-new"), digits = true)
        val again = VaultDialogs.secretField(context, app.uiText("android-pin-again"), digits = true)
        val limits = RadioGroup(context)
        val limitOf = HashMap<Int, UInt?>()
        for (limit in LIMITS) {
            val button = RadioButton(context).apply {
                id = View.generateViewId()
                text = if (limit == null) app.uiText("android-pin-limit-none") else app.uiCount("android-pin-limit", limit)
            }
            limitOf[button.id] = limit
            limits.addView(button)
            if (limit == null) limits.check(button.id)
        }
        val heading = Views.text(context, app.uiText("android-pin-limit-heading"), app.direction(), sizeSp = 14f)
        VaultDialogs.show(
            AlertDialog.Builder(context)
                .setTitle(app.uiText("android-settings-pin-set"))
                .setView(VaultDialogs.body(host, pin, again, heading, limits))
                .setPositiveButton(app.uiText("android-ok")) { _, _ ->
                    val chosen = pin.text.toString()
                    if (!checked(chosen, again.text.toString())) return@setPositiveButton
                    val limit = limitOf[limits.checkedRadioButtonId]
                    Background.run(context, {
                        VaultKeys.withKey(context) { key -> app.setVaultPin(key, chosen, limit) }
                    }) { result ->
                        when (val error = result.exceptionOrNull()) {
                            null -> {
                                host.showMessage(app.uiText("android-pin-saved"))
                                host.refresh()
                            }
                            is VaultKeys.Unavailable -> host.showMessage(app.uiText("android-pin-no-phone-key"))
                            else -> host.showError(error)
                        }
                    }
                }
                .setNegativeButton(app.uiText("android-cancel"), null),
        )
    }

    fun change() {
        val old = VaultDialogs.secretField(context, app.uiText("android-pin-current"), digits = true)
        val pin = VaultDialogs.secretField(context, app.uiText("android-pin-new"), digits = true)
        val again = VaultDialogs.secretField(context, app.uiText("android-pin-again"), digits = true)
        VaultDialogs.show(
            AlertDialog.Builder(context)
                .setTitle(app.uiText("android-settings-pin-change"))
                .setView(VaultDialogs.body(host, old, pin, again))
                .setPositiveButton(app.uiText("android-ok")) { _, _ ->
                    val chosen = pin.text.toString()
                    if (!checked(chosen, again.text.toString())) return@setPositiveButton
                    val current = old.text.toString()
                    Background.run(context, { app.changeVaultPin(current, chosen) }) { result ->
                        when (val error = result.exceptionOrNull()) {
                            null -> host.showMessage(app.uiText("android-pin-changed"))
                            is HuquqException -> {
                                // A wrong current PIN counts as an attempt; the last allowed one
                                // erases the key, as at the gate.
                                if (app.vaultHasPin()) host.showError(error) else VaultGuard.pinDestroyed(host, error)
                            }
                            else -> host.showError(error)
                        }
                    }
                }
                .setNegativeButton(app.uiText("android-cancel"), null),
        )
    }

    /** The PIN typed twice the same; the core checks its length. */
    private fun checked(first: String, second: String): Boolean = when (SecretEntry.check(first, second)) {
        SecretEntry.OK -> true
        SecretEntry.EMPTY -> {
            host.showMessage(app.uiText("android-pin-empty"))
            false
        }
        SecretEntry.MISMATCH -> {
            host.showMessage(app.uiText("android-pin-mismatch"))
            false
        }
    }

    private companion object {
        /** No limit (the default), or erase after this many wrong PINs. */
        val LIMITS: List<UInt?> = listOf(null, 10u, 5u)
    }
}
