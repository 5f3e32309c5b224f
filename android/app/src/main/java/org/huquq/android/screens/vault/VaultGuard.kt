package org.huquq.android.screens.vault

import android.content.Context
import android.view.View
import android.widget.Button
import android.widget.EditText
import android.widget.FrameLayout
import android.widget.LinearLayout
import android.widget.TextView
import org.huquq.HuquqException
import org.huquq.android.platform.Background
import org.huquq.android.platform.CaptureFiles
import org.huquq.android.platform.PinSecret
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.platform.VaultKeys
import org.huquq.android.platform.VaultSession
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.android.ui.reasonText
import org.huquq.core.GateAction
import org.huquq.core.GateFacts
import org.huquq.core.GateState
import org.huquq.core.VaultGate
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/**
 * Stands in front of every vault screen: shows the screen's content when the vault is open, and
 * otherwise what it takes to open it — create it, type the PIN, or (when the key is gone) start
 * again. Opening with the phone's Keystore key needs no one's input, so it simply happens.
 */
object VaultGuard {
    /** A whole vault screen: [content] is built only once the vault is open. */
    fun screen(host: Host, content: () -> View): View {
        val frame = frame(host)
        if (ensureOpen(host)) {
            frame.addView(content())
        } else {
            frame.addView(Views.page(host.activity, host.app.direction()) { lockPanel(host, it) })
        }
        return frame
    }

    /** The root of a vault screen. Building one sweeps capture files a crash may have left. */
    fun frame(host: Host): FrameLayout {
        // Only those older than an hour: a camera started from here may still be writing its file.
        CaptureFiles.clear(host.activity, staleOnly = true)
        return FrameLayout(host.activity)
    }

    /** Part of a screen (settings): [content] when the vault is open, else the way to open it. */
    fun section(host: Host, column: LinearLayout, content: (LinearLayout) -> Unit) {
        if (ensureOpen(host)) content(column) else lockPanel(host, column)
    }

    /**
     * What the core says the gate shows, from what only the phone knows about its keys. When the
     * core says so (a PIN protects the vault), the phone's copy of the vault key is deleted first.
     */
    private fun gate(host: Host, phoneKeyFailed: Boolean = false): VaultGate {
        val facts = { GateFacts(VaultKeys.stored(host.activity), phoneKeyFailed, PinSecret.stored()) }
        val gate = host.app.vaultGate(facts())
        if (!gate.discardPhoneKey) return gate
        VaultKeys.erase(host.activity)
        return host.app.vaultGate(facts())
    }

    /** True when the vault is open, opening it with the phone's key if that is all it takes. */
    fun ensureOpen(host: Host): Boolean = when (gate(host).state) {
        GateState.OPEN -> true
        GateState.PHONE_KEY -> try {
            VaultKeys.open(host.activity, host.app)
            true
        } catch (unavailable: VaultKeys.Unavailable) {
            false
        } catch (refused: HuquqException) {
            false
        }
        else -> false
    }

    private fun lockPanel(host: Host, column: LinearLayout) {
        val context = host.activity
        // The phone's key was there but could not open the vault (ensureOpen just tried).
        val gate = gate(host, phoneKeyFailed = true)
        val direction = gate.direction
        column.addView(Views.heading(context, gate.title, direction))
        gate.text?.let { column.addView(Views.text(context, it, direction)) }
        val pin = gate.pinLabel?.let { label ->
            column.addView(Views.text(context, label, direction))
            VaultDialogs.secretField(context, label, digits = true).also { column.addView(it) }
        }
        val error = VaultDialogs.errorLine(host).also { column.addView(it) }
        for (button in gate.buttons) {
            val view = Views.button(context, button.label) {}
            view.setOnClickListener {
                val act = { act(host, button.action, view, pin, error) }
                val confirm = button.confirm
                if (confirm == null) act() else VaultDialogs.confirm(host, confirm, button.label) { act() }
            }
            column.addView(view)
        }
        pin?.requestFocus()
    }

    private fun act(host: Host, action: GateAction, button: Button, pin: EditText?, error: TextView) {
        when (action) {
            GateAction.CREATE_VAULT -> createVault(host, button)
            GateAction.UNLOCK_WITH_PIN -> if (pin != null) unlock(host, pin, button, error)
            GateAction.OPEN_WITH_PHONE_KEY -> host.refresh()
            GateAction.START_OVER -> if (eraseAll(host, host.activity)) host.refresh()
        }
    }

    private fun createVault(host: Host, button: Button) {
        button.isEnabled = false
        val context = host.activity
        val app = host.app
        Background.run(context, {
            val key = app.createVault()
            try {
                VaultKeys.store(context, key)
            } catch (failed: Exception) {
                // Without the phone's copy the new vault could never be opened again: undo it.
                app.eraseVault()
                throw KeyNotKept(failed)
            } finally {
                key.fill(0)
            }
        }) { result ->
            button.isEnabled = true
            when (val error = result.exceptionOrNull()) {
                null -> host.refresh()
                is KeyNotKept -> host.showMessage(app.uiText(UiText.ERROR_CRYPTO))
                else -> host.showError(error)
            }
        }
    }

    private class KeyNotKept(cause: Exception) : Exception(cause)

    private fun unlock(host: Host, field: EditText, button: Button, error: TextView) {
        val app = host.app
        val pin = field.text.toString()
        if (pin.isEmpty()) return
        button.isEnabled = false
        VaultDialogs.setError(error, null)
        // Argon2 takes about half a second on purpose: not on the main thread.
        Background.run(host.activity, { app.openVaultWithPin(pin, PinSecret.current(), AppClock.now()) }) { result ->
            button.isEnabled = true
            field.text.clear()
            when (val failure = result.exceptionOrNull()) {
                null -> host.refresh()
                is HuquqException.KeyErased -> pinDestroyed(host, failure)
                // The Keystore refused to work this time; nothing was counted, the user may retry.
                is PinSecret.Unavailable -> VaultDialogs.setError(error, app.uiText(UiText.ERROR_CRYPTO))
                is HuquqException -> VaultDialogs.setError(error, failure.reasonText)
                else -> host.showError(failure)
            }
        }
    }

    /**
     * The limit on wrong PINs was reached (the core emptied the PIN-wrapped key) or the phone's
     * part of the PIN is gone. The phone's keys go too (nothing opens the vault here any more); the
     * vault can now only come back from a backup, as the core's message says.
     */
    fun pinDestroyed(host: Host, failure: HuquqException) {
        VaultKeys.erase(host.activity)
        PinSecret.erase()
        host.app.lockVault()
        host.showError(failure)
        host.refresh()
    }

    /**
     * Erases the vault, the phone's key and any capture leftovers; reminders are withdrawn. False
     * (with the core's reason shown) when the vault's files could not be deleted.
     */
    fun eraseAll(host: Host, context: Context): Boolean {
        try {
            host.app.eraseVault()
        } catch (failed: HuquqException) {
            host.showError(failed)
            return false
        }
        VaultKeys.erase(context)
        PinSecret.erase()
        CaptureFiles.clear(context)
        ReminderScheduler.reschedule(context)
        return true
    }
}
