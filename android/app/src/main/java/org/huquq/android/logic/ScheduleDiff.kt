package org.huquq.android.logic

/** The alarms to cancel and to set so that exactly the wanted ones are armed. */
data class SchedulePlan(val cancel: List<Scheduled>, val arm: List<Scheduled>)

object ScheduleDiff {
    /**
     * Compares what was armed ([old]) with what the core wants now. An alarm whose request code
     * is no longer wanted is cancelled; a new or changed one is set (setting an alarm with the same
     * request code replaces it, so a changed one needs no cancel). Unchanged ones are left alone,
     * unless the alarms may have been dropped: after a reboot, a change of the exact-alarm
     * permission, or when the caller knows the system changed ([rearmAll]).
     */
    fun plan(old: StoredSchedule, wanted: List<Scheduled>, current: ArmState, rearmAll: Boolean = false): SchedulePlan {
        val unique = distinctCodes(wanted)
        val wantedCodes = unique.mapTo(HashSet()) { it.numericId }
        val cancel = distinctCodes(old.entries).filter { it.numericId !in wantedCodes }
        val stillArmed = !rearmAll && old.state == current
        val arm = if (stillArmed) {
            val armed = old.entries.toSet()
            unique.filter { it !in armed }
        } else {
            unique
        }
        return SchedulePlan(cancel, arm)
    }

    /**
     * Two reminders with the same request code would replace each other's alarm; the core's codes
     * are hashes, so this is rare, and the sooner one (first in the core's order) is kept.
     */
    fun distinctCodes(entries: List<Scheduled>): List<Scheduled> = entries.distinctBy { it.numericId }

    /**
     * The stored alarms still ahead of [nowUnix], for re-arming while the vault is locked. Past
     * ones are dropped, as the core drops them when the vault is open: an alarm that already rang
     * must not ring again after a time change.
     */
    fun stillAhead(entries: List<Scheduled>, nowUnix: Long): List<Scheduled> = entries.filter { it.fireAtUnix > nowUnix }
}
