package org.huquq.android.screens.vault

import android.content.ClipData
import android.content.Intent
import android.view.View
import android.view.ViewGroup
import android.widget.LinearLayout
import android.widget.ProgressBar
import java.io.File
import org.huquq.HuquqException
import org.huquq.android.nav.Routes
import org.huquq.android.platform.Background
import org.huquq.android.platform.CaptureFiles
import org.huquq.android.platform.PageBitmaps
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.android.ui.reasonText
import org.huquq.core.UiText

/** One page full screen, to zoom into; it can be shared (a copy leaves the vault) or deleted. */
class PageScreen(private val pageId: String, private val label: String) : Screen {
    override val route: String get() = Routes.of("page", pageId, label)

    override val secure: Boolean get() = true

    override fun build(host: Host): View = VaultGuard.screen(host) { content(host) }

    private fun content(host: Host): View {
        val app = host.app
        val context = host.activity
        val direction = app.direction()
        val column = Views.column(context, direction).apply {
            layoutParams = ViewGroup.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.MATCH_PARENT)
        }
        val waiting = ProgressBar(context)
        val image = ZoomImageView(context).apply {
            contentDescription = label
            visibility = View.GONE
        }
        val picture = LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, 0, 1f)
        column.addView(waiting, LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, 0, 1f))
        column.addView(image, picture)
        val buttons = LinearLayout(context).apply {
            orientation = LinearLayout.HORIZONTAL
            layoutDirection = Views.layoutDirection(direction)
        }
        buttons.addView(Views.button(context, app.uiText(UiText.PAGE_SHARE)) { share(host) })
        buttons.addView(
            Views.button(context, app.uiText(UiText.PAGE_DELETE)) {
                VaultDialogs.confirm(host, app.uiText(UiText.PAGE_DELETE_CONFIRM), app.uiText(UiText.ACTION_DELETE)) {
                    delete(host)
                }
            },
        )
        column.addView(buttons)
        // Decrypting and decoding a 12-megapixel photo takes a moment: off the main thread.
        Background.run(context, { PageBitmaps.decode(app.pageJpeg(pageId)) }) { result ->
            waiting.visibility = View.GONE
            val bitmap = result.getOrNull()
            if (bitmap != null) {
                image.visibility = View.VISIBLE
                image.show(bitmap)
            } else {
                column.addView(Views.text(context, failureText(host, result.exceptionOrNull()), direction), 0)
            }
        }
        return column
    }

    private fun failureText(host: Host, error: Throwable?): String =
        (error as? HuquqException)?.reasonText ?: host.app.uiText(UiText.PAGE_UNREADABLE)

    /**
     * The page is exported to a private file that the share target may read through the capture
     * provider; the file is deleted when the user comes back from sharing.
     */
    private fun share(host: Host) {
        val context = host.activity
        val app = host.app
        Background.run(context, {
            val file = CaptureFiles.newFile(context, "share")
            try {
                app.exportPage(pageId, file.path)
            } catch (failed: Exception) {
                file.delete()
                throw failed
            }
            file
        }) { result ->
            val file = result.getOrElse { error ->
                if (error is HuquqException) host.showError(error) else host.showMessage(app.uiText(UiText.STORAGE_FAILED))
                return@run
            }
            send(host, file)
        }
    }

    private fun send(host: Host, file: File) {
        val uri = CaptureFiles.uriFor(file)
        val send = Intent(Intent.ACTION_SEND).apply {
            type = "image/jpeg"
            putExtra(Intent.EXTRA_STREAM, uri)
            clipData = ClipData.newRawUri("", uri)
            addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        }
        val chooser = Intent.createChooser(send, host.app.uiText(UiText.PAGE_SHARE_TITLE))
        // Not held open: while the user is in another app the vault locks as usual.
        host.launch(chooser) { _, _ -> file.delete() }
    }

    private fun delete(host: Host) {
        try {
            host.app.deletePage(pageId)
        } catch (failed: HuquqException) {
            host.showError(failed)
            return
        }
        host.showMessage(host.app.uiText(UiText.VAULT_DELETED))
        host.back()
    }
}
