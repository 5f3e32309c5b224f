package org.huquq.android.logic

import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class ScheduleDiffTest {
    private fun entry(code: Int, at: Long = 1_000L + code, title: String = "Renew") =
        Scheduled(code, "deadline-$code/2027-01-0$code", at, title, "Due soon\nOpen Huquq")

    private val state = ArmState(bootCount = 7, exact = true)

    @Test
    fun firstTimeArmsEverythingAndCancelsNothing() {
        val wanted = listOf(entry(1), entry(2))
        val plan = ScheduleDiff.plan(StoredSchedule.EMPTY, wanted, state)
        assertEquals(emptyList(), plan.cancel)
        assertEquals(wanted, plan.arm)
    }

    @Test
    fun unchangedAlarmsAreLeftAlone() {
        val wanted = listOf(entry(1), entry(2))
        val plan = ScheduleDiff.plan(StoredSchedule(state, wanted), wanted, state)
        assertEquals(emptyList(), plan.cancel)
        assertEquals(emptyList(), plan.arm)
    }

    @Test
    fun goneAlarmsAreCancelledAndNewOnesArmed() {
        val old = StoredSchedule(state, listOf(entry(1), entry(2)))
        val plan = ScheduleDiff.plan(old, listOf(entry(2), entry(3)), state)
        assertEquals(listOf(1), plan.cancel.map { it.numericId })
        assertEquals(listOf(3), plan.arm.map { it.numericId })
    }

    @Test
    fun aChangedAlarmIsSetAgainWithoutCancel() {
        val old = StoredSchedule(state, listOf(entry(1, at = 100)))
        val plan = ScheduleDiff.plan(old, listOf(entry(1, at = 200)), state)
        assertEquals(emptyList(), plan.cancel)
        assertEquals(listOf(200L), plan.arm.map { it.fireAtUnix })
    }

    @Test
    fun aChangedTextIsSetAgain() {
        val old = StoredSchedule(state, listOf(entry(1, title = "Renew")))
        val plan = ScheduleDiff.plan(old, listOf(entry(1, title = "Register")), state)
        assertEquals(listOf("Register"), plan.arm.map { it.title })
    }

    @Test
    fun afterARebootEverythingIsArmedAgain() {
        val wanted = listOf(entry(1), entry(2))
        val plan = ScheduleDiff.plan(StoredSchedule(state, wanted), wanted, state.copy(bootCount = 8))
        assertEquals(wanted, plan.arm)
        assertEquals(emptyList(), plan.cancel)
    }

    @Test
    fun whenExactAlarmsWereTakenAwayEverythingIsArmedAgain() {
        val wanted = listOf(entry(1))
        val plan = ScheduleDiff.plan(StoredSchedule(state, wanted), wanted, state.copy(exact = false))
        assertEquals(wanted, plan.arm)
    }

    @Test
    fun rearmAllSetsEveryAlarmEvenIfNothingChanged() {
        val wanted = listOf(entry(1), entry(2))
        val plan = ScheduleDiff.plan(StoredSchedule(state, wanted), wanted, state, rearmAll = true)
        assertEquals(wanted, plan.arm)
    }

    @Test
    fun aStoreWithoutStateIsTreatedAsNotArmed() {
        val wanted = listOf(entry(1))
        val plan = ScheduleDiff.plan(StoredSchedule(null, wanted), wanted, state)
        assertEquals(wanted, plan.arm)
    }

    @Test
    fun emptyWishCancelsEverything() {
        val old = StoredSchedule(state, listOf(entry(1), entry(2)))
        val plan = ScheduleDiff.plan(old, emptyList(), state)
        assertEquals(listOf(1, 2), plan.cancel.map { it.numericId })
        assertEquals(emptyList(), plan.arm)
    }

    @Test
    fun aRequestCodeCollisionKeepsTheFirst() {
        val first = entry(5, at = 10)
        val second = Scheduled(5, "other/2027-02-02", 20, "Other", "Body")
        val plan = ScheduleDiff.plan(StoredSchedule.EMPTY, listOf(first, second), state)
        assertEquals(listOf(first), plan.arm)
    }

    @Test
    fun stillAheadDropsWhatAlreadyRang() {
        val entries = listOf(entry(1, at = 50), entry(2, at = 100), entry(3, at = 150))
        assertEquals(listOf(3), ScheduleDiff.stillAhead(entries, nowUnix = 100).map { it.numericId })
        assertTrue(ScheduleDiff.stillAhead(entries, nowUnix = 200).isEmpty())
    }
}
