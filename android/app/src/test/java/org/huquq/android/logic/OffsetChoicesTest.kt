package org.huquq.android.logic

import kotlin.test.Test
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals

class OffsetChoicesTest {
    @Test
    fun theUsualDaysLatestFirst() {
        assertEquals(listOf(60u, 30u, 14u, 7u, 3u, 1u, 0u), OffsetChoices.options(emptyList()))
    }

    @Test
    fun aDeadlinesOwnDayStaysVisible() {
        assertEquals(listOf(90u, 60u, 30u, 14u, 10u, 7u, 3u, 1u, 0u), OffsetChoices.options(listOf(10u, 90u, 30u)))
    }

    @Test
    fun currentDaysAreTicked() {
        val options = OffsetChoices.options(listOf(30u, 7u, 0u))
        assertContentEquals(
            booleanArrayOf(false, true, false, true, false, false, true),
            OffsetChoices.checked(options, listOf(30u, 7u, 0u)),
        )
    }

    @Test
    fun chosenDaysComeBackLatestFirst() {
        val options = OffsetChoices.options(emptyList())
        val ticked = booleanArrayOf(false, true, false, true, false, false, true)
        assertEquals(listOf(30u, 7u, 0u), OffsetChoices.chosen(options, ticked))
        assertEquals(emptyList(), OffsetChoices.chosen(options, BooleanArray(options.size)))
    }

    @Test
    fun aShortTickArrayCountsAsUnticked() {
        assertEquals(listOf(60u), OffsetChoices.chosen(OffsetChoices.USUAL, booleanArrayOf(true)))
    }
}
