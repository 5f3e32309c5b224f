package org.huquq.android.logic

/** A backup's or restore's progress as thousandths, for a ProgressBar with max [SCALE]. */
object ProgressShare {
    const val SCALE: Int = 1000

    fun permille(done: ULong, total: ULong): Int =
        if (total == 0uL) 0 else (minOf(done, total).toDouble() / total.toDouble() * SCALE).toInt()
}
