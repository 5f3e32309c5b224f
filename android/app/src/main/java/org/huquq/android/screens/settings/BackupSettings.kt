package org.huquq.android.screens.settings

import android.app.Activity
import android.app.AlertDialog
import android.content.Intent
import android.net.Uri
import java.io.File
import java.io.IOException
import java.util.UUID
import org.huquq.BackupKey
import org.huquq.HuquqException
import org.huquq.ProgressListener
import org.huquq.android.platform.Background
import org.huquq.android.platform.CacheExport
import org.huquq.android.platform.PinSecret
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.platform.VaultSession
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.ui.Host
import org.huquq.core.ProgressKind
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/**
 * Backup and restore through the Storage Access Framework: the user picks where the file goes (a
 * USB stick, a cloud folder, Downloads) and Huquq needs no storage permission. The core works on a
 * file path, so the encrypted backup passes through the app's cache, deleted right after.
 */
class BackupSettings(private val host: Host, private val progress: BackupProgress) {
    private val app = host.app
    private val context = host.activity

    /** The chosen file could not be read. */
    private class SourceFailed(cause: Exception) : Exception(cause)

    fun backup(title: String) {
        PassphraseDialog.ask(host, title, twice = true) { passphrase ->
            val intent = Intent(Intent.ACTION_CREATE_DOCUMENT).apply {
                addCategory(Intent.CATEGORY_OPENABLE)
                type = "application/octet-stream"
                putExtra(Intent.EXTRA_TITLE, "huquq-backup-${app.today(AppClock.now())}.age")
            }
            VaultSession.launch(host, intent) { code, data ->
                val uri = data?.data
                if (code == Activity.RESULT_OK && uri != null) withPin(uri) { write(passphrase, uri) }
            }
        }
    }

    /**
     * A backup takes every document off the phone: with a PIN, the core wants it typed just
     * before. The picker has already made an empty file; it is removed if the user gives up.
     */
    private fun withPin(destination: Uri, then: () -> Unit) {
        if (!app.backupNeedsPin(AppClock.now())) {
            then()
            return
        }
        val label = app.uiText(UiText.BACKUP_PIN_PROMPT)
        val field = VaultDialogs.secretField(context, label, digits = true)
        VaultDialogs.show(
            AlertDialog.Builder(context)
                .setTitle(label)
                .setView(VaultDialogs.body(host, field))
                .setPositiveButton(app.uiText(UiText.ACTION_OK)) { _, _ ->
                    val pin = field.text.toString()
                    Background.run(context, { app.confirmVaultPin(pin, PinSecret.current(), AppClock.now()) }) { result ->
                        when (val error = result.exceptionOrNull()) {
                            null -> then()
                            is HuquqException.KeyErased -> {
                                discard(destination)
                                VaultGuard.pinDestroyed(host, error)
                            }
                            else -> {
                                discard(destination)
                                host.showError(error)
                            }
                        }
                    }
                }
                .setNegativeButton(app.uiText(UiText.ACTION_CANCEL)) { _, _ -> discard(destination) },
        )
    }

    private fun write(passphrase: String, destination: Uri) {
        progress.start(ProgressKind.BACKUP)
        Background.run(context, {
            CacheExport.through(context, destination, ".age") { file ->
                app.backupVault(file.path, BackupKey.Passphrase(passphrase), AppClock.now(), listener(ProgressKind.BACKUP))
            }
        }) { result ->
            progress.stop()
            result.fold(
                onSuccess = { summary ->
                    host.showMessage(
                        app.uiTextWith(
                            UiText.VAULT_BACKUP_DONE,
                            mapOf("documents" to summary.documents.toString(), "pages" to summary.pages.toString()),
                        ),
                    )
                },
                onFailure = { error ->
                    // A half-written file where the user expects a backup would mislead later.
                    discard(destination)
                    when (error) {
                        is CacheExport.DestinationFailed -> host.showMessage(app.uiText(UiText.BACKUP_WRITE_FAILED))
                        else -> host.showError(error)
                    }
                },
            )
        }
    }

    fun restore(title: String) {
        val intent = Intent(Intent.ACTION_OPEN_DOCUMENT).apply {
            addCategory(Intent.CATEGORY_OPENABLE)
            type = "*/*"
        }
        VaultSession.launch(host, intent) { code, data ->
            val uri = data?.data
            if (code == Activity.RESULT_OK && uri != null) {
                PassphraseDialog.ask(host, title, twice = false) { passphrase -> read(passphrase, uri) }
            }
        }
    }

    private fun read(passphrase: String, source: Uri) {
        progress.start(ProgressKind.RESTORE)
        Background.run(context, {
            val file = cacheFile()
            try {
                try {
                    val input = context.contentResolver.openInputStream(source) ?: throw IOException("no stream")
                    input.use { stream -> file.outputStream().use { stream.copyTo(it) } }
                } catch (failed: IOException) {
                    throw SourceFailed(failed)
                } catch (refused: SecurityException) {
                    throw SourceFailed(refused)
                }
                // Not a backup, the wrong passphrase, a newer format: the core's reason, nothing changed.
                app.restoreVault(file.path, BackupKey.Passphrase(passphrase), listener(ProgressKind.RESTORE))
            } finally {
                file.delete()
            }
        }) { result ->
            progress.stop()
            result.fold(
                onSuccess = { summary ->
                    ReminderScheduler.reschedule(context)
                    host.showMessage(
                        app.uiTextWith(
                            UiText.VAULT_RESTORE_DONE,
                            mapOf(
                                "documents" to summary.documentsAdded.toString(),
                                "pages" to summary.pagesAdded.toString(),
                                "skipped" to summary.pagesSkippedDuplicate.toString(),
                                "entries" to summary.journalEntriesAdded.toString(),
                            ),
                        ),
                    )
                },
                onFailure = { error ->
                    when (error) {
                        is SourceFailed -> host.showMessage(app.uiText(UiText.RESTORE_READ_FAILED))
                        is HuquqException -> host.showError(error)
                        else -> host.showMessage(app.uiText(UiText.RESTORE_READ_FAILED))
                    }
                },
            )
        }
    }

    private fun cacheFile(): File = File(context.cacheDir, "backup-${UUID.randomUUID()}.age")

    /** Reports to the bar from the core's thread; the core must not be called back from here. */
    private fun listener(kind: ProgressKind): ProgressListener = object : ProgressListener {
        override fun onProgress(done: ULong, total: ULong) {
            context.runOnUiThread { progress.update(app.progress(kind, done, total)) }
        }
    }

    private fun discard(destination: Uri) = CacheExport.discard(context, destination)
}
