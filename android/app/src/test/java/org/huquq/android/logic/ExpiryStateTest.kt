package org.huquq.android.logic

import java.time.LocalDate
import kotlin.test.assertEquals
import org.junit.jupiter.api.Test

class ExpiryStateTest {
    private val today = LocalDate.of(2026, 3, 1)

    @Test
    fun noDateMeansNoExpiry() {
        assertEquals(ExpiryState.NO_EXPIRY, ExpiryState.of(null, today))
        assertEquals(ExpiryState.NO_EXPIRY, ExpiryState.of("", today))
        assertEquals(ExpiryState.NO_EXPIRY, ExpiryState.of("  ", today))
        assertEquals(ExpiryState.NO_EXPIRY, ExpiryState.of("2026-02-30", today))
    }

    @Test
    fun aDocumentIsValidThroughItsExpiryDay() {
        assertEquals(ExpiryState.EXPIRED, ExpiryState.of("2026-02-28", today))
        assertEquals(ExpiryState.EXPIRES_SOON, ExpiryState.of("2026-03-01", today))
        assertEquals(ExpiryState.EXPIRED, ExpiryState.of("2020-01-01", today))
    }

    @Test
    fun soonMeansWithinSixtyDays() {
        assertEquals(ExpiryState.EXPIRES_SOON, ExpiryState.of(today.plusDays(59).toString(), today))
        assertEquals(ExpiryState.EXPIRES_SOON, ExpiryState.of(today.plusDays(60).toString(), today))
        assertEquals(ExpiryState.VALID, ExpiryState.of(today.plusDays(61).toString(), today))
        assertEquals(ExpiryState.VALID, ExpiryState.of("2036-01-01", today))
    }

    @Test
    fun acrossALeapDay() {
        val leapToday = LocalDate.of(2028, 1, 1)
        // 2028-03-01 is 60 days after 2028-01-01 because February has 29 days.
        assertEquals(ExpiryState.EXPIRES_SOON, ExpiryState.of("2028-03-01", leapToday))
        assertEquals(ExpiryState.VALID, ExpiryState.of("2028-03-02", leapToday))
    }
}
