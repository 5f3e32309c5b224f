package org.huquq.android.logic

import java.util.Locale

/** The reminder time as the core stores it (`HH:MM`, 24 hours) and as a time picker takes it. */
object ReminderTime {
    fun format(hour: Int, minute: Int): String {
        require(hour in 0..23 && minute in 0..59)
        return String.format(Locale.ROOT, "%02d:%02d", hour, minute)
    }

    /** Hour and minute of `HH:MM`, or [fallback] for anything else. */
    fun parse(text: String, fallback: Pair<Int, Int> = 9 to 0): Pair<Int, Int> {
        val parts = text.trim().split(':')
        if (parts.size != 2) return fallback
        val hour = parts[0].toIntOrNull() ?: return fallback
        val minute = parts[1].toIntOrNull() ?: return fallback
        return if (hour in 0..23 && minute in 0..59) hour to minute else fallback
    }
}
