package org.huquq.android.platform

import android.content.ClipData
import android.content.Intent
import org.huquq.HuquqException
import org.huquq.android.ui.Host
import org.huquq.core.UiText

/**
 * Hands a file the core writes to the share sheet: written off the main thread into a private file
 * that the share target may read through the capture provider (one URI, read only), and deleted
 * when the user comes back from sharing.
 */
object ShareFile {
    fun send(
        host: Host,
        purpose: String,
        extension: String,
        mimeType: String,
        title: String,
        write: (path: String) -> Unit,
    ) {
        val context = host.activity
        Background.run(context, {
            val file = CaptureFiles.newFile(context, purpose, extension)
            try {
                write(file.path)
            } catch (failed: Exception) {
                file.delete()
                throw failed
            }
            file
        }) { result ->
            val file = result.getOrElse { error ->
                if (error is HuquqException) host.showError(error) else host.showMessage(host.app.uiText(UiText.STORAGE_FAILED))
                return@run
            }
            val uri = CaptureFiles.uriFor(file)
            val send = Intent(Intent.ACTION_SEND).apply {
                type = mimeType
                putExtra(Intent.EXTRA_STREAM, uri)
                clipData = ClipData.newRawUri("", uri)
                addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
            }
            // Not held open: while the user is in another app the vault locks as usual.
            host.launch(Intent.createChooser(send, title)) { _, _ -> file.delete() }
        }
    }
}
