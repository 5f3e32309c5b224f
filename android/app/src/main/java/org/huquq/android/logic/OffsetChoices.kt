package org.huquq.android.logic

/**
 * The "days before" choices shown for a deadline: the usual ones plus any the deadline already
 * has (a setting of 90 days stays visible and can be unticked), latest first.
 */
object OffsetChoices {
    val USUAL: List<UInt> = listOf(60u, 30u, 14u, 7u, 3u, 1u, 0u)

    fun options(current: List<UInt>): List<UInt> = (USUAL + current).distinct().sortedDescending()

    fun checked(options: List<UInt>, current: List<UInt>): BooleanArray {
        val set = current.toSet()
        return BooleanArray(options.size) { options[it] in set }
    }

    /** The ticked days, latest first, as the core stores them. */
    fun chosen(options: List<UInt>, checked: BooleanArray): List<UInt> =
        options.filterIndexed { index, _ -> checked.getOrElse(index) { false } }.sortedDescending()
}
