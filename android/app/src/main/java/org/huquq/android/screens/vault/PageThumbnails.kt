package org.huquq.android.screens.vault

import android.view.View
import android.view.ViewGroup
import android.widget.HorizontalScrollView
import android.widget.ImageView
import android.widget.LinearLayout
import org.huquq.android.platform.Background
import org.huquq.android.platform.PageBitmaps
import org.huquq.android.ui.Host
import org.huquq.android.ui.Views
import org.huquq.core.PageItem

/** A row of a document's page thumbnails; tapping one opens the page full screen. */
class PageThumbnails(private val host: Host) {
    private val strip = LinearLayout(host.activity).apply {
        orientation = LinearLayout.HORIZONTAL
        layoutDirection = Views.layoutDirection(host.app.direction())
    }

    val view: View = HorizontalScrollView(host.activity).apply {
        layoutDirection = Views.layoutDirection(host.app.direction())
        addView(strip)
    }

    fun add(page: PageItem) {
        val context = host.activity
        val size = Views.dp(context, 96)
        val image = ImageView(context).apply {
            layoutParams = LinearLayout.LayoutParams(ViewGroup.LayoutParams.WRAP_CONTENT, size).apply {
                marginEnd = Views.dp(context, 8)
            }
            adjustViewBounds = true
            scaleType = ImageView.ScaleType.FIT_CENTER
            contentDescription = page.label
            isClickable = true
            setOnClickListener { host.push(PageScreen(page.pageId, page.label)) }
        }
        strip.addView(image)
        // Read and decoded off the main thread, within bounds: a thumbnail from anywhere (a
        // restored backup) cannot stall or exhaust the app.
        Background.run(context, { PageBitmaps.decode(host.app.pageThumbnail(page.pageId), PageBitmaps.THUMBNAIL_MAX_SIDE) }) { result ->
            val bitmap = result.getOrNull()
            // Unreadable: the page stays tappable, and its full view says what went wrong.
            if (bitmap != null) image.setImageBitmap(bitmap) else image.setImageResource(android.R.drawable.ic_menu_gallery)
        }
    }
}
