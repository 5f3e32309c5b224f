package org.huquq.android.logic

import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotEquals
import org.huquq.core.DeadlineState
import org.huquq.core.ItemState

class StateStyleTest {
    @Test
    fun everyDeadlineStateHasItsOwnSymbol() {
        val symbols = DeadlineState.entries.map { StateStyle.of(it).symbol }
        assertEquals(symbols.size, symbols.toSet().size)
    }

    @Test
    fun everyItemStateHasASymbolAndProblemsAreNotGreen() {
        val valid = StateStyle.of(ItemState.VALID)
        for (state in ItemState.entries) {
            val style = StateStyle.of(state)
            assertNotEquals("", style.symbol)
            if (state != ItemState.VALID) assertNotEquals(valid.argb, style.argb)
        }
        assertEquals(StateStyle.of(ItemState.EXPIRED).argb, StateStyle.of(DeadlineState.OVERDUE).argb)
    }

    @Test
    fun coloursAreOpaque() {
        for (state in DeadlineState.entries) assertEquals(0xFF, StateStyle.of(state).argb ushr 24)
        for (state in ItemState.entries) assertEquals(0xFF, StateStyle.of(state).argb ushr 24)
    }
}
