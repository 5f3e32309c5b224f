package org.huquq.android.logic

import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertNull

class ScheduledStoreTest {
    private val state = ArmState(bootCount = 42, exact = false)

    @Test
    fun roundTripKeepsEveryField() {
        val schedule = StoredSchedule(
            state,
            listOf(
                Scheduled(123456789, "doc:a:expiry/2027-03-01", 1_803_000_000L, "Renew your residence card", "Due in 30 days\nOpen Huquq to see what to do."),
                Scheduled(-5, "event:b/2027-03-02", 0L, "Tab\there", "Back\\slash \\n not a newline"),
                Scheduled(7, "id", 1L, "Продлите регистрацию", "مهلت\r\nتمدید"),
                Scheduled(8, "", 2L, "", ""),
            ),
        )
        assertEquals(schedule, ScheduledStore.read(ScheduledStore.write(schedule)))
    }

    @Test
    fun everyAlarmIsOneLine() {
        val schedule = StoredSchedule(state, listOf(Scheduled(1, "x", 2L, "a\tb", "c\nd\re")))
        val lines = ScheduledStore.write(schedule).trimEnd('\n').split('\n')
        assertEquals(2, lines.size)
        assertEquals("huquq-scheduled 1 42 0", lines[0])
        assertEquals("1\t2\tx\ta\\tb\tc\\nd\\re", lines[1])
    }

    @Test
    fun noStateRoundTrips() {
        val schedule = StoredSchedule(null, listOf(Scheduled(1, "x", 2L, "t", "b")))
        assertEquals(schedule, ScheduledStore.read(ScheduledStore.write(schedule)))
    }

    @Test
    fun emptyOrForeignTextIsAnEmptySchedule() {
        assertEquals(StoredSchedule.EMPTY, ScheduledStore.read(""))
        assertEquals(StoredSchedule.EMPTY, ScheduledStore.read("something else\n1\t2\tx\tt\tb\n"))
        assertEquals(StoredSchedule.EMPTY, ScheduledStore.read("huquq-scheduled 2 1 1\n1\t2\tx\tt\tb\n"))
    }

    @Test
    fun damagedLinesAreSkippedAndTheRestKept() {
        val text = "huquq-scheduled 1 3 1\n" +
            "1\t2\tx\tt\tb\n" +
            "not a number\t2\tx\tt\tb\n" +
            "3\t4\ttoo\tfew\n" +
            "5\t6\tbad\\q\tt\tb\n" +
            "7\t8\ttrailing\\\tt\tb\n" +
            "9\t10\ty\tt\tb"
        val read = ScheduledStore.read(text)
        assertEquals(ArmState(3, true), read.state)
        assertEquals(listOf(1, 9), read.entries.map { it.numericId })
    }

    @Test
    fun aDamagedHeaderStateIsForgottenNotTheAlarms() {
        val read = ScheduledStore.read("huquq-scheduled 1 x 1\n1\t2\tx\tt\tb\n")
        assertNull(read.state)
        assertEquals(1, read.entries.size)
    }

    @Test
    fun windowsLineEndsInTheFileAreTolerated() {
        val read = ScheduledStore.read("huquq-scheduled 1 3 1\r\n")
        assertEquals(ArmState(3, true), read.state)
    }

    @Test
    fun escapeAndUnescapeAreInverse() {
        val tricky = "a\\tb\\\\\t\n\r\\"
        assertEquals(tricky, ScheduledStore.unescape(ScheduledStore.escape(tricky)))
        assertNull(ScheduledStore.unescape("ends with \\"))
    }
}
