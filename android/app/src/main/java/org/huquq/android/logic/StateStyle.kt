package org.huquq.android.logic

import org.huquq.core.DeadlineState
import org.huquq.core.ItemState

/**
 * How a state looks: a symbol (so it is not told by colour alone) and a colour (ARGB) that
 * reads on the light theme. The words come from the core.
 */
data class StateStyle(val symbol: String, val argb: Int) {
    companion object {
        private const val GREEN = 0xFF2E7D32.toInt()
        // Darker than Material's amber: 5.4:1 on the light background, where B26A00 reaches only 4.1:1.
        private const val AMBER = 0xFF935A00.toInt()
        private const val RED = 0xFFC62828.toInt()
        private const val BLUE = 0xFF1565C0.toInt()
        private const val GREY = 0xFF616161.toInt()

        /** For a note that something needs the user's attention (notifications off, say). */
        val WARNING = StateStyle("⚠", AMBER)

        fun of(state: DeadlineState): StateStyle = when (state) {
            DeadlineState.UPCOMING -> StateStyle("◷", BLUE)
            DeadlineState.DUE_TODAY -> StateStyle("⚠", AMBER)
            DeadlineState.OVERDUE -> StateStyle("✗", RED)
            DeadlineState.SNOOZED -> StateStyle("⏸", GREY)
            DeadlineState.DONE -> StateStyle("✓", GREEN)
        }

        fun of(state: ItemState): StateStyle = when (state) {
            ItemState.VALID -> StateStyle("✓", GREEN)
            ItemState.EXPIRES_BEFORE_DEADLINE -> StateStyle("⚠", AMBER)
            ItemState.EXPIRED -> StateStyle("✗", RED)
            ItemState.MISSING -> StateStyle("○", RED)
            ItemState.NOT_TRACKED -> StateStyle("•", GREY)
        }
    }
}
