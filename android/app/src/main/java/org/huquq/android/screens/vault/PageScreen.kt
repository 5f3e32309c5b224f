package org.huquq.android.screens.vault

import android.view.View
import android.view.ViewGroup
import android.widget.LinearLayout
import android.widget.ProgressBar
import org.huquq.HuquqException
import org.huquq.android.nav.Routes
import org.huquq.android.platform.Background
import org.huquq.android.platform.PageBitmaps
import org.huquq.android.platform.ShareFile
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

    /** A copy of the page, through the share sheet (the vault's own image never leaves it). */
    private fun share(host: Host) {
        ShareFile.send(host, "share", "jpg", "image/jpeg", host.app.uiText(UiText.PAGE_SHARE_TITLE)) { path ->
            host.app.exportPage(pageId, path)
        }
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
