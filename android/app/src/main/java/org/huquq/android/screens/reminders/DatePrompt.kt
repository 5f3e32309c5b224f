package org.huquq.android.screens.reminders

import android.app.DatePickerDialog
import android.content.Context
import java.time.DateTimeException
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId
import java.util.Locale
import org.huquq.android.screens.vault.VaultDialogs

/**
 * Asks for one date with the system's date picker. Dates come from and go to the core as ISO
 * `YYYY-MM-DD` (the core decides today, the earliest and the suggested day); this only converts
 * them for the picker, which counts months from 0.
 */
object DatePrompt {
    fun show(
        context: Context,
        title: String,
        initial: String,
        earliest: String? = null,
        latest: String? = null,
        onChosen: (String) -> Unit,
    ) {
        val start = parse(initial) ?: LocalDate.of(2000, 1, 1)
        val dialog = DatePickerDialog(
            context,
            // Latin digits whatever the phone's language: the core reads ISO dates.
            { _, year, month, day -> onChosen(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month + 1, day)) },
            start.year,
            start.monthValue - 1,
            start.dayOfMonth,
        )
        // The picker works in the phone's time zone; the bounds only need the right calendar day.
        val zone = ZoneId.systemDefault()
        earliest?.let(::parse)?.let { dialog.datePicker.minDate = it.atStartOfDay(zone).toInstant().toEpochMilli() }
        latest?.let(::parse)?.let { dialog.datePicker.maxDate = it.atTime(LocalTime.MAX).atZone(zone).toInstant().toEpochMilli() }
        dialog.setTitle(title)
        VaultDialogs.secure(dialog)
        dialog.show()
    }

    fun isIso(text: String): Boolean = parse(text) != null

    private fun parse(iso: String): LocalDate? = try {
        LocalDate.parse(iso)
    } catch (notIso: DateTimeException) {
        null
    }
}
