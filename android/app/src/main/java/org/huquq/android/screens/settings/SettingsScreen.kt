package org.huquq.android.screens.settings

import android.app.TimePickerDialog
import android.text.format.DateFormat
import android.view.View
import android.widget.LinearLayout
import android.widget.TextView
import java.time.ZoneId
import org.huquq.HuquqException
import org.huquq.android.logic.ReminderTime
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.screens.LanguageScreen
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.screens.vault.VaultText
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views

/**
 * Language, reminder time, the vault's PIN, backup and restore, and erasing everything. The
 * language needs no vault; the rest lives in it, so it appears once the vault is open (the same
 * gate as the vault screens). Erasing is offered whenever a vault exists, even one that no longer
 * opens.
 */
class SettingsScreen : Screen {
    override val secure: Boolean get() = true

    override fun build(host: Host): View {
        val app = host.app
        val context = host.activity
        val direction = app.direction()
        val frame = VaultGuard.frame(host)
        frame.addView(
            Views.page(context, direction) { column ->
                column.addView(Views.heading(context, app.uiText("android-settings-title"), direction))
                column.addView(
                    Views.button(context, app.uiText("android-settings-language")) { host.push(LanguageScreen(firstRun = false)) },
                )
                VaultGuard.section(host, column) { vaultSettings(host, it) }
                if (app.vaultExists()) {
                    column.addView(section(host, app.uiText("android-erase")))
                    column.addView(Views.button(context, app.uiText("android-erase")) { confirmErase(host) })
                }
            },
        )
        return frame
    }

    private fun section(host: Host, title: String): TextView =
        Views.text(host.activity, title, host.app.direction(), sizeSp = 18f, bold = true).apply {
            setPadding(0, Views.dp(host.activity, 20), 0, Views.dp(host.activity, 4))
        }

    private fun vaultSettings(host: Host, column: LinearLayout) {
        val app = host.app
        val context = host.activity
        val direction = app.direction()

        column.addView(section(host, app.uiText("android-settings-reminder-time")))
        try {
            val settings = app.reminderSettings()
            column.addView(
                Views.text(context, app.uiTextWith("reminders-settings", mapOf("time" to settings.time, "zone" to settings.timeZone)), direction),
            )
        } catch (failed: HuquqException) {
            column.addView(Views.text(context, VaultText.reason(failed), direction))
        }
        column.addView(Views.button(context, app.uiText("android-settings-reminder-time")) { pickReminderTime(host) })

        column.addView(section(host, app.uiText("android-settings-pin")))
        column.addView(Views.text(context, app.uiText("android-pin-explain"), direction, sizeSp = 14f))
        val pins = PinSettings(host)
        if (app.vaultHasPin()) {
            column.addView(Views.button(context, app.uiText("android-settings-pin-change")) { pins.change() })
        } else {
            column.addView(Views.button(context, app.uiText("android-settings-pin-set")) { pins.set() })
        }

        column.addView(section(host, app.uiText("android-settings-backup")))
        column.addView(Views.text(context, app.uiText("android-backup-explain"), direction, sizeSp = 14f))
        val backups = BackupSettings(host, BackupProgress(host))
        column.addView(Views.button(context, app.uiText("android-backup")) { backups.backup() })
        column.addView(Views.text(context, app.uiText("android-restore-explain"), direction, sizeSp = 14f))
        column.addView(Views.button(context, app.uiText("android-restore")) { backups.restore() })
    }

    private fun pickReminderTime(host: Host) {
        val app = host.app
        val current = try {
            app.reminderSettings()
        } catch (failed: HuquqException) {
            host.showError(failed)
            return
        }
        val (hour, minute) = ReminderTime.parse(current.time)
        val dialog = TimePickerDialog(
            host.activity,
            { _, pickedHour, pickedMinute ->
                // The phone's zone now: reminders follow the user when they travel (and the
                // reschedule receiver re-arms on a zone change).
                val next = current.copy(time = ReminderTime.format(pickedHour, pickedMinute), timeZone = ZoneId.systemDefault().id)
                try {
                    app.setReminderSettings(next)
                } catch (refused: HuquqException) {
                    host.showError(refused)
                    return@TimePickerDialog
                }
                ReminderScheduler.reschedule(host.activity)
                host.refresh()
            },
            hour,
            minute,
            DateFormat.is24HourFormat(host.activity),
        )
        VaultDialogs.secure(dialog)
        dialog.show()
    }

    private fun confirmErase(host: Host) {
        val app = host.app
        VaultDialogs.confirm(host, app.uiText("android-erase-warning"), app.uiText("android-erase")) {
            if (VaultGuard.eraseAll(host, host.activity)) {
                host.showMessage(app.uiText("vault-erased"))
                host.restart()
            }
        }
    }
}
