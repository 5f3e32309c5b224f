package org.huquq.android.logic

import java.time.DateTimeException
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId

/**
 * Dates as the core takes them (`YYYY-MM-DD`), in the reminders' own time zone: "today" must be
 * the core's today, or a deadline marked done at 23:30 could land on the wrong day.
 */
object ReminderDates {
    fun zone(name: String?): ZoneId =
        name?.let {
            try {
                ZoneId.of(it)
            } catch (unknown: DateTimeException) {
                null
            }
        } ?: ZoneId.systemDefault()

    fun today(now: Instant, zoneName: String?): LocalDate = now.atZone(zone(zoneName)).toLocalDate()

    /** ISO `YYYY-MM-DD` with Latin digits whatever the phone's language (the core parses it). */
    fun iso(date: LocalDate): String = date.toString()

    /** A date picker's fields (month counted from 0, as Android's picker does). */
    fun fromPicker(year: Int, monthFromZero: Int, day: Int): LocalDate = LocalDate.of(year, monthFromZero + 1, day)

    /** The first day a reminder can be snoozed to: tomorrow. */
    fun earliestSnooze(today: LocalDate): LocalDate = today.plusDays(1)

    /**
     * Where the snooze picker starts: a week ahead, but never past the deadline while it is still
     * ahead (snoozing past it would skip the day itself).
     */
    fun snoozeSuggestion(today: LocalDate, dueOn: String): LocalDate {
        val week = today.plusDays(7)
        val due = parse(dueOn) ?: return week
        return if (due.isAfter(today) && due.isBefore(week)) due else week
    }

    fun parse(iso: String): LocalDate? = try {
        LocalDate.parse(iso)
    } catch (bad: DateTimeException) {
        null
    }
}
