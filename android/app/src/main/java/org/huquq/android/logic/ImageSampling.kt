package org.huquq.android.logic

/**
 * How much to shrink a page photo while decoding it for the screen: a 48-megapixel page decoded
 * whole would need about 190 MB, more than a cheap phone gives one app.
 */
object ImageSampling {
    /** Long side a decoded page may have; still enough to read small print when zoomed in. */
    const val MAX_SIDE: Int = 4096

    /** The power of two `inSampleSize` that brings the longer side to at most [maxSide]. */
    fun sampleSize(width: Int, height: Int, maxSide: Int = MAX_SIDE): Int {
        require(maxSide > 0)
        var sample = 1
        val longest = maxOf(width, height)
        while (longest / sample > maxSide) sample *= 2
        return sample
    }
}
