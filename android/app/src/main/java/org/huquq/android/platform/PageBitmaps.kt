package org.huquq.android.platform

import android.graphics.Bitmap
import android.graphics.BitmapFactory
import org.huquq.android.logic.ImageSampling

/**
 * Page images decoded for the screen within bounds: the size is read from the header first and
 * the decoder shrinks while decoding, so an image is never held larger than needed, whatever its
 * header claims. Called off the main thread: decoding takes tens of milliseconds.
 */
object PageBitmaps {
    /** A thumbnail is drawn 96 dp high; this covers the densest screens. */
    const val THUMBNAIL_MAX_SIDE: Int = 512

    /** The bitmap, at most [maxSide] pixels on its long side (by powers of two), or null. */
    fun decode(jpeg: ByteArray, maxSide: Int = ImageSampling.MAX_SIDE): Bitmap? {
        val bounds = BitmapFactory.Options().apply { inJustDecodeBounds = true }
        BitmapFactory.decodeByteArray(jpeg, 0, jpeg.size, bounds)
        if (bounds.outWidth <= 0 || bounds.outHeight <= 0) return null
        val options = BitmapFactory.Options().apply {
            inSampleSize = ImageSampling.sampleSize(bounds.outWidth, bounds.outHeight, maxSide)
        }
        return BitmapFactory.decodeByteArray(jpeg, 0, jpeg.size, options)
    }
}
