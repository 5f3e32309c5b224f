package org.huquq.android.logic

/**
 * One alarm the shell has set: the core's pending notification as far as the alarm needs it. The
 * texts are the core's lock-screen-safe ones (no names, no numbers), so they may be kept outside
 * the vault and shown after a reboot before the vault is unlocked.
 */
data class Scheduled(
    /** The alarm's request code and the notification's id. */
    val numericId: Int,
    val id: String,
    val fireAtUnix: Long,
    val title: String,
    val body: String,
)

/**
 * What the alarms were set under. Android drops every alarm at reboot, and its exact alarms when
 * the exact-alarm permission is taken away; if either changed since, every alarm is set again.
 */
data class ArmState(val bootCount: Int, val exact: Boolean)

/** The alarms set last time and the state they were set in (none when nothing was stored). */
data class StoredSchedule(val state: ArmState?, val entries: List<Scheduled>) {
    companion object {
        val EMPTY = StoredSchedule(null, emptyList())
    }
}
