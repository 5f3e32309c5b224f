package org.huquq.android.screens.settings

import android.app.AlertDialog
import android.widget.ProgressBar
import android.widget.TextView
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.core.ProgressKind
import org.huquq.core.ProgressScreen

/**
 * A backup or restore in progress, drawn from the core's progress model in a dialog that cannot
 * be dismissed: the work holds the vault (the core serializes access), so the other vault screens
 * would only wait for it anyway.
 */
class BackupProgress(private val host: Host) {
    private var dialog: AlertDialog? = null
    private var bar: ProgressBar? = null
    private var line: TextView? = null

    fun start(kind: ProgressKind) {
        val context = host.activity
        val model = host.app.progress(kind, 0uL, 0uL)
        val progressBar = ProgressBar(context, null, android.R.attr.progressBarStyleHorizontal).apply { max = 100 }
        val text = Views.text(context, model.title, host.app.direction())
        val count = Views.text(context, model.text, host.app.direction(), sizeSp = 14f)
        bar = progressBar
        line = count
        dialog = VaultDialogs.show(AlertDialog.Builder(context).setView(VaultDialogs.body(host, text, progressBar, count)).setCancelable(false))
    }

    fun update(model: ProgressScreen) {
        model.percent?.let { bar?.progress = it.toInt() }
        line?.text = model.text
    }

    fun stop() {
        dialog?.dismiss()
        dialog = null
        bar = null
        line = null
    }
}
