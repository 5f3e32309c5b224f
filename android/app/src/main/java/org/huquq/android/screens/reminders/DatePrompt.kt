package org.huquq.android.screens.reminders

import android.app.DatePickerDialog
import android.content.Context
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId
import org.huquq.android.logic.ReminderDates

/** Asks for one date with the system's date picker, within optional bounds. */
object DatePrompt {
    fun show(
        context: Context,
        title: String,
        initial: LocalDate,
        earliest: LocalDate? = null,
        latest: LocalDate? = null,
        onChosen: (LocalDate) -> Unit,
    ) {
        val dialog = DatePickerDialog(
            context,
            { _, year, month, day -> onChosen(ReminderDates.fromPicker(year, month, day)) },
            initial.year,
            initial.monthValue - 1,
            initial.dayOfMonth,
        )
        // The picker works in the phone's time zone; the bounds only need the right calendar day.
        val zone = ZoneId.systemDefault()
        earliest?.let { dialog.datePicker.minDate = it.atStartOfDay(zone).toInstant().toEpochMilli() }
        latest?.let { dialog.datePicker.maxDate = it.atTime(LocalTime.MAX).atZone(zone).toInstant().toEpochMilli() }
        dialog.setTitle(title)
        dialog.show()
    }
}
