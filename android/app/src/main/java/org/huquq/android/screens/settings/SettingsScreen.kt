package org.huquq.android.screens.settings

import android.app.TimePickerDialog
import android.text.format.DateFormat
import android.view.View
import android.widget.LinearLayout
import android.widget.TextView
import java.time.ZoneId
import org.huquq.HuquqException
import org.huquq.android.nav.Routes
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.screens.LanguageScreen
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.UiText
import org.huquq.core.VaultSettings

/**
 * Language, the rights content in use (and updating it from a file), reminder time, the vault's PIN, backup and restore, and erasing everything, as the
 * core's settings model has them. The language needs no vault; the rest lives in it, so it appears
 * once the vault is open (the same gate as the vault screens).
 */
class SettingsScreen : Screen {
    override val route: String get() = Routes.of("settings")

    override val secure: Boolean get() = true

    override fun build(host: Host): View {
        val context = host.activity
        val frame = VaultGuard.frame(host)
        // The guard opens the vault with the phone's key first, so the model sees it open.
        val page = Views.page(context, host.app.direction()) { column ->
            VaultGuard.section(host, column) {}
            val screen = host.app.settingsScreen()
            val direction = screen.direction
            column.addView(Views.heading(context, screen.title, direction), 0)
            column.addView(Views.button(context, "${screen.languageLabel}: ${screen.language}") { host.push(LanguageScreen(firstRun = false)) }, 1)
            // Needs no vault: drawn above the gate, right after the language.
            ContentSettings(host).draw(column, 2, screen.content)
            screen.vault?.let { vaultSettings(host, column, it) }
            screen.erase?.let { erase ->
                column.addView(section(host, erase.heading))
                column.addView(Views.button(context, erase.button) { confirmErase(host, erase.confirm, erase.button) })
            }
        }
        frame.addView(page)
        return frame
    }

    private fun section(host: Host, title: String): TextView =
        Views.text(host.activity, title, host.app.direction(), sizeSp = 18f, bold = true).apply {
            setPadding(0, Views.dp(host.activity, 20), 0, Views.dp(host.activity, 4))
        }

    private fun vaultSettings(host: Host, column: LinearLayout, vault: VaultSettings) {
        val context = host.activity
        val direction = host.app.direction()
        column.addView(section(host, vault.remindersHeading))
        column.addView(Views.text(context, vault.remindersText, direction))
        column.addView(Views.button(context, vault.reminderTimeLabel) { pickReminderTime(host, vault) })

        column.addView(section(host, vault.pinHeading))
        column.addView(Views.text(context, vault.pinText, direction, sizeSp = 14f))
        column.addView(Views.button(context, vault.pinButton) { PinSettings(host).open() })

        column.addView(section(host, vault.backupHeading))
        column.addView(Views.text(context, vault.backupText, direction, sizeSp = 14f))
        val backups = BackupSettings(host, BackupProgress(host))
        column.addView(Views.button(context, vault.backupButton) { backups.backup(vault.backupButton) })
        column.addView(Views.text(context, vault.restoreText, direction, sizeSp = 14f))
        column.addView(Views.button(context, vault.restoreButton) { backups.restore(vault.restoreButton) })
    }

    private fun pickReminderTime(host: Host, vault: VaultSettings) {
        val dialog = TimePickerDialog(
            host.activity,
            { _, hour, minute ->
                // The phone's zone now: reminders follow the user when they travel (and the
                // reschedule receiver re-arms on a zone change).
                try {
                    host.app.setReminderTime(hour.toUByte(), minute.toUByte(), ZoneId.systemDefault().id)
                } catch (refused: HuquqException) {
                    host.showError(refused)
                    return@TimePickerDialog
                }
                ReminderScheduler.reschedule(host.activity)
                host.refresh()
            },
            vault.reminderHour.toInt(),
            vault.reminderMinute.toInt(),
            DateFormat.is24HourFormat(host.activity),
        )
        VaultDialogs.secure(dialog)
        dialog.show()
    }

    private fun confirmErase(host: Host, warning: String, action: String) {
        VaultDialogs.confirm(host, warning, action) {
            if (VaultGuard.eraseAll(host, host.activity)) {
                host.showMessage(host.app.uiText(UiText.VAULT_ERASED))
                host.restart()
            }
        }
    }
}
