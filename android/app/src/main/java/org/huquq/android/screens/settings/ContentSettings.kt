package org.huquq.android.screens.settings

import android.app.Activity
import android.content.Intent
import android.net.Uri
import android.widget.LinearLayout
import java.io.File
import java.io.IOException
import java.io.InputStream
import org.huquq.HuquqException
import org.huquq.android.platform.Background
import org.huquq.android.platform.CaptureFiles
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.platform.ShareFile
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.core.ContentSection
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/**
 * The rights content in use, updating it from a content pack file and passing the installed pack on,
 * as the core's settings model has them. Every check (signature, version, content) is the core's:
 * this class only moves bytes between the Storage Access Framework, the share sheet and a private
 * file the core reads or writes.
 */
class ContentSettings(private val host: Host) {
    private val app = host.app
    private val context = host.activity

    /** The chosen file could not be read (not the pack's fault: the core never saw it). */
    private class SourceFailed(cause: Exception) : Exception(cause)

    fun draw(column: LinearLayout, at: Int, content: ContentSection) {
        val direction = app.direction()
        var index = at
        fun add(view: android.view.View) = column.addView(view, index++)
        add(
            Views.text(context, content.heading, direction, sizeSp = 18f, bold = true).apply {
                setPadding(0, Views.dp(context, 20), 0, Views.dp(context, 4))
            },
        )
        add(Views.text(context, content.text, direction))
        add(Views.text(context, content.release, direction, sizeSp = 12f))
        content.notice?.let { add(Views.text(context, it, direction, bold = true)) }
        add(Views.text(context, content.explain, direction, sizeSp = 14f))
        add(Views.button(context, content.updateButton) { update(content.maxFileBytes.toLong()) })
        content.shareButton?.let { label -> add(Views.button(context, label) { share(label) }) }
    }

    private fun update(maxFileBytes: Long) {
        val intent = Intent(Intent.ACTION_OPEN_DOCUMENT).apply {
            addCategory(Intent.CATEGORY_OPENABLE)
            // Messengers and file managers label a .huquq file in many ways: any file may be chosen,
            // and the core refuses what is not a genuine pack.
            type = "*/*"
        }
        host.launch(intent) { code, data ->
            val uri = data?.data
            if (code == Activity.RESULT_OK && uri != null) install(uri, maxFileBytes)
        }
    }

    private fun install(source: Uri, maxFileBytes: Long) {
        Background.run(context, {
            val file = CaptureFiles.newFile(context, "content", "huquq")
            try {
                try {
                    val input = context.contentResolver.openInputStream(source) ?: throw IOException("no stream")
                    copyCapped(input, file, maxFileBytes + 1)
                } catch (failed: IOException) {
                    throw SourceFailed(failed)
                } catch (refused: SecurityException) {
                    throw SourceFailed(refused)
                }
                app.installContentPack(file.path, AppClock.now())
            } finally {
                file.delete()
            }
        }) { result ->
            result.fold(
                onSuccess = {
                    // Procedures may have changed: the reminders are planned again from the new content.
                    ReminderScheduler.reschedule(context)
                    host.refresh()
                    host.showMessage(app.settingsScreen().content.text)
                },
                onFailure = { error ->
                    when (error) {
                        is HuquqException -> host.showError(error)
                        else -> host.showMessage(app.uiText(UiText.RESTORE_READ_FAILED))
                    }
                },
            )
        }
    }

    /**
     * Copies at most [cap] bytes (the core's limit plus one): a huge file (a video picked by
     * mistake) is not copied whole only to be refused; the core refuses it as too large.
     */
    private fun copyCapped(input: InputStream, file: File, cap: Long) {
        input.use { stream ->
            file.outputStream().use { out ->
                val buffer = ByteArray(64 * 1024)
                var left = cap
                while (left > 0) {
                    val read = stream.read(buffer, 0, minOf(buffer.size.toLong(), left).toInt())
                    if (read < 0) break
                    out.write(buffer, 0, read)
                    left -= read
                }
            }
        }
    }

    /** The installed pack, exactly as it arrived, through the share sheet. */
    private fun share(title: String) {
        ShareFile.send(host, "content", "huquq", "application/octet-stream", title) { path ->
            app.exportContentPack(path)
        }
    }
}
