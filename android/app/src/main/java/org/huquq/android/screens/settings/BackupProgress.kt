package org.huquq.android.screens.settings

import android.app.AlertDialog
import android.widget.ProgressBar
import org.huquq.android.logic.ProgressShare
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views

/**
 * A backup or restore in progress, as a dialog that cannot be dismissed: the work holds the vault
 * (the core serializes access), so the other vault screens would only wait for it anyway.
 */
class BackupProgress(private val host: Host) {
    private var dialog: AlertDialog? = null
    private var bar: ProgressBar? = null

    fun start(text: String) {
        val context = host.activity
        val progressBar = ProgressBar(context, null, android.R.attr.progressBarStyleHorizontal).apply {
            max = ProgressShare.SCALE
        }
        val body = VaultDialogs.body(host, Views.text(context, text, host.app.direction()), progressBar)
        bar = progressBar
        dialog = VaultDialogs.show(AlertDialog.Builder(context).setView(body).setCancelable(false))
    }

    fun update(permille: Int) {
        bar?.progress = permille
    }

    fun stop() {
        dialog?.dismiss()
        dialog = null
        bar = null
    }
}
