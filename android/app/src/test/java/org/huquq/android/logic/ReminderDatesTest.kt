package org.huquq.android.logic

import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId
import kotlin.test.Test
import kotlin.test.assertEquals

class ReminderDatesTest {
    @Test
    fun todayIsTheRemindersTimeZoneDay() {
        // 20:30 UTC on 31 December is already 1 January in Almaty (UTC+5).
        val now = Instant.parse("2026-12-31T20:30:00Z")
        assertEquals(LocalDate.of(2027, 1, 1), ReminderDates.today(now, "Asia/Almaty"))
        assertEquals(LocalDate.of(2026, 12, 31), ReminderDates.today(now, "UTC"))
    }

    @Test
    fun anUnknownZoneFallsBackToThePhones() {
        assertEquals(ZoneId.systemDefault(), ReminderDates.zone("Mars/Olympus"))
        assertEquals(ZoneId.systemDefault(), ReminderDates.zone(null))
    }

    @Test
    fun isoHasLatinDigitsAndPadding() {
        val previous = java.util.Locale.getDefault()
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"))
            assertEquals("2027-03-05", ReminderDates.iso(LocalDate.of(2027, 3, 5)))
        } finally {
            java.util.Locale.setDefault(previous)
        }
    }

    @Test
    fun pickerMonthsCountFromZero() {
        assertEquals(LocalDate.of(2027, 1, 31), ReminderDates.fromPicker(2027, 0, 31))
        assertEquals(LocalDate.of(2027, 12, 1), ReminderDates.fromPicker(2027, 11, 1))
    }

    @Test
    fun snoozeStartsAWeekAheadButNotPastAnUpcomingDeadline() {
        val today = LocalDate.of(2027, 5, 10)
        assertEquals(LocalDate.of(2027, 5, 11), ReminderDates.earliestSnooze(today))
        assertEquals(LocalDate.of(2027, 5, 17), ReminderDates.snoozeSuggestion(today, "2027-06-30"))
        assertEquals(LocalDate.of(2027, 5, 13), ReminderDates.snoozeSuggestion(today, "2027-05-13"))
        // Overdue or due today: a week ahead.
        assertEquals(LocalDate.of(2027, 5, 17), ReminderDates.snoozeSuggestion(today, "2027-05-01"))
        assertEquals(LocalDate.of(2027, 5, 17), ReminderDates.snoozeSuggestion(today, "2027-05-10"))
        assertEquals(LocalDate.of(2027, 5, 17), ReminderDates.snoozeSuggestion(today, "not a date"))
    }
}
