package org.huquq.android.pixels

import android.app.Activity
import android.app.Dialog
import android.graphics.Bitmap
import android.graphics.Canvas
import android.view.View
import android.view.ViewGroup
import android.widget.ScrollView
import java.awt.Color
import java.awt.image.BufferedImage

/**
 * What the user sees, drawn by Robolectric's native graphics (real Skia, real fonts) and handed
 * over as a plain Java image. A scrolling screen is captured the whole way down, as a phone's
 * "scroll capture" does, so text far down the page is reviewed too.
 */
object Capture {
    /** A longer page is cut here: two screens show what scrolling looks like and keep files small. */
    private const val MAX_SCREENS = 2

    /**
     * The activity's window (the action bar included), its scrolling page in full. [onFrame] sees
     * each drawn frame, the window at one scroll position, while the views are where it shows them.
     */
    fun window(activity: Activity, onFrame: (Bitmap) -> Unit = {}): BufferedImage {
        val decor = activity.window.decorView
        val scroll = tallScrollView(decor) ?: return image(draw(decor).also(onFrame))
        // The scroll bar would be drawn into every slice, at a different place each time.
        val barWasOn = scroll.isVerticalScrollBarEnabled
        scroll.isVerticalScrollBarEnabled = false
        try {
            return stitch(decor, scroll, onFrame)
        } finally {
            scroll.scrollTo(0, 0)
            scroll.isVerticalScrollBarEnabled = barWasOn
        }
    }

    /** The window with [dialog] over it, the rest dimmed as Android dims it; [onFrame] sees the dialog. */
    fun withDialog(activity: Activity, dialog: Dialog, onFrame: (Bitmap) -> Unit = {}): BufferedImage {
        val screen = image(draw(activity.window.decorView))
        // With its alpha: the dialog's window has transparent margins around its rounded box.
        val box = image(draw(dialog.window!!.decorView).also(onFrame), BufferedImage.TYPE_INT_ARGB)
        val graphics = screen.createGraphics()
        // Material's default backgroundDimAmount.
        graphics.color = Color(0, 0, 0, (0.6f * 255).toInt())
        graphics.fillRect(0, 0, screen.width, screen.height)
        // An AlertDialog's window is centred.
        graphics.drawImage(box, (screen.width - box.width) / 2, (screen.height - box.height) / 2, null)
        graphics.dispose()
        return screen
    }

    /**
     * The slices of [scroll]'s content below the first screen, one screen at a time, between
     * the part above the scroll view and the part below it (which do not move).
     */
    private fun stitch(decor: View, scroll: ScrollView, onFrame: (Bitmap) -> Unit): BufferedImage {
        val first = image(draw(decor).also(onFrame))
        val at = IntArray(2).also { scroll.getLocationInWindow(it) }
        val top = at[1] + scroll.paddingTop
        val bottom = at[1] + scroll.height - scroll.paddingBottom
        val viewport = bottom - top
        val maxScroll = scroll.getChildAt(0).height - viewport
        val limit = MAX_SCREENS * first.height
        val slices = mutableListOf(Slice(first, 0, bottom))
        var shown = viewport
        var height = bottom
        while (shown < viewport + maxScroll && height < limit) {
            val position = minOf(shown, maxScroll)
            scroll.scrollTo(0, position)
            val frame = image(draw(decor).also(onFrame))
            // Content row r is at window row top + (r - position).
            val from = top + (shown - position)
            val slice = Slice(frame, from, minOf(bottom, from + limit - height))
            slices += slice
            height += slice.rows
            shown = position + viewport
        }
        slices += Slice(first, bottom, first.height)
        return join(slices)
    }

    private class Slice(val image: BufferedImage, val from: Int, val to: Int) {
        val rows get() = to - from
    }

    private fun join(slices: List<Slice>): BufferedImage {
        val width = slices.first().image.width
        val out = BufferedImage(width, slices.sumOf { it.rows }, BufferedImage.TYPE_INT_RGB)
        var y = 0
        for (slice in slices) {
            if (slice.rows <= 0) continue
            out.setRGB(0, y, width, slice.rows, slice.image.getRGB(0, slice.from, width, slice.rows, null, 0, width), 0, width)
            y += slice.rows
        }
        return out
    }

    /** The first shown scroll view whose content is longer than the view: the screen's page. */
    private fun tallScrollView(view: View): ScrollView? {
        if (!view.isShown) return null
        if (view is ScrollView && view.childCount == 1 && view.getChildAt(0).height > view.height - view.paddingTop - view.paddingBottom) {
            return view
        }
        if (view is ViewGroup) {
            for (index in 0 until view.childCount) tallScrollView(view.getChildAt(index))?.let { return it }
        }
        return null
    }

    fun draw(view: View): Bitmap {
        val bitmap = Bitmap.createBitmap(view.width, view.height, Bitmap.Config.ARGB_8888)
        view.draw(Canvas(bitmap))
        return bitmap
    }

    fun image(bitmap: Bitmap, type: Int = BufferedImage.TYPE_INT_RGB): BufferedImage {
        val pixels = IntArray(bitmap.width * bitmap.height)
        bitmap.getPixels(pixels, 0, bitmap.width, 0, 0, bitmap.width, bitmap.height)
        val image = BufferedImage(bitmap.width, bitmap.height, type)
        image.setRGB(0, 0, bitmap.width, bitmap.height, pixels, 0, bitmap.width)
        return image
    }
}
