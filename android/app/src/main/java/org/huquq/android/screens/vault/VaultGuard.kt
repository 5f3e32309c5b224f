package org.huquq.android.screens.vault

import android.content.Context
import android.view.View
import android.widget.Button
import android.widget.EditText
import android.widget.FrameLayout
import android.widget.LinearLayout
import android.widget.TextView
import org.huquq.HuquqException
import org.huquq.android.logic.GateState
import org.huquq.android.platform.Background
import org.huquq.android.platform.CaptureFiles
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.platform.VaultKeys
import org.huquq.android.platform.VaultSession
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.core.Document

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

    /**
     * The root of a vault screen. Building one makes sure the vault locks when the app leaves the
     * screen (see [VaultSession]) and sweeps capture files a crash may have left.
     */
    fun frame(host: Host): FrameLayout {
        VaultSession.install(host.activity)
        // A day is long enough for any share target to have read its copy.
        CaptureFiles.clear(host.activity, staleOnly = true)
        return FrameLayout(host.activity)
    }

    /**
     * A page about document [id], built by [page]; if the document was deleted meanwhile (another
     * screen can), a page saying so instead.
     */
    fun documentPage(host: Host, id: String, page: (Document, LinearLayout) -> Unit): View {
        val context = host.activity
        val direction = host.app.direction()
        val document = try {
            host.app.document(id)
        } catch (gone: HuquqException.NotFound) {
            return Views.page(context, direction) { it.addView(Views.text(context, VaultText.reason(gone), direction)) }
        }
        return Views.page(context, direction) { page(document, it) }
    }

    /** Part of a screen (settings): [content] when the vault is open, else the way to open it. */
    fun section(host: Host, column: LinearLayout, content: (LinearLayout) -> Unit) {
        if (ensureOpen(host)) content(column) else lockPanel(host, column)
    }

    private fun state(host: Host): GateState = GateState.decide(
        open = VaultSession.isOpen(host),
        exists = host.app.vaultExists(),
        hasPin = host.app.vaultHasPin(),
        phoneKeyStored = VaultKeys.stored(host.activity),
    )

    /** True when the vault is open, opening it with the phone's key if that is all it takes. */
    fun ensureOpen(host: Host): Boolean = when (state(host)) {
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
        val app = host.app
        val context = host.activity
        val direction = app.direction()
        column.addView(Views.heading(context, app.uiText("android-vault-title"), direction))
        when (state(host)) {
            GateState.OPEN -> {}
            GateState.CREATE -> {
                column.addView(Views.text(context, app.uiText("android-vault-intro"), direction))
                val create = Views.button(context, app.uiText("android-vault-create")) {}
                create.setOnClickListener { createVault(host, create) }
                column.addView(create)
            }
            GateState.PIN -> pinEntry(host, column)
            // The phone's key was there but could not open the vault: as lost as no key at all.
            GateState.PHONE_KEY, GateState.KEY_LOST -> {
                column.addView(Views.text(context, app.uiText("android-vault-key-lost"), direction))
                column.addView(
                    Views.button(context, app.uiText("android-vault-start-over")) {
                        VaultDialogs.confirm(host, app.uiText("android-vault-start-over-confirm"), app.uiText("android-delete")) {
                            if (eraseAll(host, context)) host.refresh()
                        }
                    },
                )
            }
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
                is KeyNotKept -> host.showMessage(app.uiText("error-crypto"))
                else -> host.showError(error)
            }
        }
    }

    private class KeyNotKept(cause: Exception) : Exception(cause)

    private fun pinEntry(host: Host, column: LinearLayout) {
        val app = host.app
        val context = host.activity
        val pin = VaultDialogs.secretField(context, app.uiText("android-vault-pin-prompt"), digits = true)
        val error = VaultDialogs.errorLine(host)
        val open = Views.button(context, app.uiText("android-vault-unlock")) {}
        open.setOnClickListener { unlock(host, pin, open, error) }
        column.addView(Views.text(context, app.uiText("android-vault-pin-prompt"), host.app.direction()))
        column.addView(pin)
        column.addView(error)
        column.addView(open)
        pin.requestFocus()
    }

    private fun unlock(host: Host, field: EditText, button: Button, error: TextView) {
        val app = host.app
        val pin = field.text.toString()
        if (pin.isEmpty()) return
        button.isEnabled = false
        VaultDialogs.setError(error, null)
        // Argon2 takes about half a second on purpose: not on the main thread.
        Background.run(host.activity, { app.openVaultWithPin(pin) }) { result ->
            button.isEnabled = true
            field.text.clear()
            when (val failure = result.exceptionOrNull()) {
                null -> host.refresh()
                is HuquqException -> {
                    VaultDialogs.setError(error, VaultText.reason(failure))
                    if (!app.vaultHasPin()) pinDestroyed(host, failure)
                }
                else -> host.showError(failure)
            }
        }
    }

    /**
     * The user chose a limit on wrong PINs and it was reached: the core deleted the PIN-wrapped
     * key. The phone's copy goes too, or the limit would protect nothing; the vault can now only
     * come back from a backup, as the core's message says.
     */
    fun pinDestroyed(host: Host, failure: HuquqException) {
        VaultKeys.erase(host.activity)
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
        CaptureFiles.clear(context)
        ReminderScheduler.reschedule(context)
        return true
    }
}
