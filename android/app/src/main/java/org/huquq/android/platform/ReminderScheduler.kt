package org.huquq.android.platform

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.os.Build
import android.provider.Settings
import java.io.File
import java.io.IOException
import java.security.GeneralSecurityException
import java.security.ProviderException
import java.time.Instant
import org.huquq.HuquqException
import org.huquq.android.HuquqApplication
import org.huquq.android.logic.ArmState
import org.huquq.android.logic.ScheduleDiff
import org.huquq.android.logic.Scheduled
import org.huquq.android.logic.ScheduledStore
import org.huquq.android.logic.StoredSchedule
import org.huquq.android.logic.WrappedKeyFormat

/**
 * Keeps the phone's alarms equal to the core's pending notifications. The core returns the whole
 * desired set each time, so after any change the shell calls [reschedule] and the difference is
 * applied. What was set is remembered in a private file, so that it can be cancelled later and
 * set again after a reboot while the vault is still locked. The texts name no one, but they say
 * which deadlines are coming and when: the file is sealed by a Keystore key, so a copy of the
 * phone's files does not read them.
 */
object ReminderScheduler {
    /** As many as iOS allows; far more than the weeks between two openings of the app need. */
    private const val LIMIT = 64u
    private const val FILE = "reminders-scheduled.sealed"
    /** Before 2026-12 the schedule was kept in plain text, under this name. */
    private const val PLAIN_FILE = "reminders-scheduled.txt"
    private val sealing = KeystoreAes("huquq.reminders")
    private const val ACTION = "org.huquq.android.action.REMINDER"
    private val lock = Any()

    /** Whether any reminder is planned: the moment notifications become worth asking for. */
    fun anyPlanned(context: Context): Boolean =
        load(File(context.applicationContext.noBackupFilesDir, FILE)).entries.isNotEmpty()

    /** After any change to documents, events or reminder choices. */
    fun reschedule(context: Context) {
        update(context, rearmAll = false)
    }

    /**
     * After a reboot, a clock or time-zone change, an app update or a new exact-alarm permission:
     * the system may have dropped or mistimed alarms, so every wanted one is set again.
     */
    fun rearm(context: Context) {
        update(context, rearmAll = true)
    }

    private fun update(context: Context, rearmAll: Boolean) {
        val appContext = context.applicationContext
        val alarms = appContext.getSystemService(AlarmManager::class.java) ?: return
        synchronized(lock) {
            val file = File(appContext.noBackupFilesDir, FILE)
            val old = load(file)
            val wanted = wanted(appContext, old, AppClock.now()) ?: return
            val boot = bootCount(appContext)
            var exact = exactAllowed(alarms)
            val plan = ScheduleDiff.plan(old, wanted, ArmState(boot, exact), rearmAll)
            for (entry in plan.cancel) cancel(appContext, alarms, entry)
            for (entry in plan.arm) {
                if (!arm(appContext, alarms, entry, exact)) exact = false
            }
            save(file, StoredSchedule(ArmState(boot, exact), ScheduleDiff.distinctCodes(wanted)))
        }
    }

    /** The alarms wanted now, or null to leave everything as it is (the core could not answer). */
    private fun wanted(context: Context, old: StoredSchedule, now: Instant): List<Scheduled>? {
        val app = HuquqApplication.core(context)
        if (!app.vaultExists()) return emptyList()
        return try {
            app.pendingNotifications(now, LIMIT).map {
                Scheduled(it.numericId, it.id, it.fireAtUnix, it.title, it.body)
            }
        } catch (locked: HuquqException.Locked) {
            // Locked (after a reboot with a PIN, say): keep what was planned while it was open.
            ScheduleDiff.stillAhead(old.entries, now.epochSecond)
        } catch (failed: HuquqException) {
            null
        }
    }

    private fun exactAllowed(alarms: AlarmManager): Boolean =
        Build.VERSION.SDK_INT < 31 || alarms.canScheduleExactAlarms()

    /** Changes at every boot; alarms set under another count are gone. */
    private fun bootCount(context: Context): Int =
        Settings.Global.getInt(context.contentResolver, Settings.Global.BOOT_COUNT, -1)

    private fun intent(context: Context, entry: Scheduled?): Intent =
        Intent(context, ReminderReceiver::class.java).setAction(ACTION).apply {
            if (entry != null) {
                putExtra(ReminderReceiver.EXTRA_ID, entry.numericId)
                putExtra(ReminderReceiver.EXTRA_TITLE, entry.title)
                putExtra(ReminderReceiver.EXTRA_BODY, entry.body)
            }
        }

    /** Sets one alarm; false if it had to be inexact although exact ones seemed allowed. */
    private fun arm(context: Context, alarms: AlarmManager, entry: Scheduled, exact: Boolean): Boolean {
        val operation = PendingIntent.getBroadcast(
            context,
            entry.numericId,
            intent(context, entry),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
        val atMillis = entry.fireAtUnix * 1000
        if (exact) {
            try {
                alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, atMillis, operation)
                return true
            } catch (revoked: SecurityException) {
                // The permission was taken away between the check and now: a late reminder is
                // better than none.
            }
        }
        alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, atMillis, operation)
        return !exact
    }

    private fun cancel(context: Context, alarms: AlarmManager, entry: Scheduled) {
        // Extras do not take part in matching a PendingIntent: the request code and action do.
        val operation = PendingIntent.getBroadcast(
            context,
            entry.numericId,
            intent(context, null),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_NO_CREATE,
        ) ?: return
        alarms.cancel(operation)
        operation.cancel()
    }

    /**
     * The schedule as last saved. One that cannot be read (its Keystore key gone, the file damaged)
     * is empty: at worst an alarm is not cancelled, never a crash at boot.
     */
    private fun load(file: File): StoredSchedule {
        val plain = File(file.parentFile, PLAIN_FILE)
        return try {
            when {
                file.exists() -> ScheduledStore.read(String(sealing.open(file.readBytes()), Charsets.UTF_8))
                // An older version's file: read once, so its alarms can be cancelled; the next
                // save seals it and deletes this one.
                plain.exists() -> ScheduledStore.read(plain.readText())
                else -> StoredSchedule.EMPTY
            }
        } catch (unreadable: IOException) {
            StoredSchedule.EMPTY
        } catch (damaged: WrappedKeyFormat.Malformed) {
            StoredSchedule.EMPTY
        } catch (refused: GeneralSecurityException) {
            StoredSchedule.EMPTY
        } catch (keystoreFailure: ProviderException) {
            StoredSchedule.EMPTY
        }
    }

    /** Sealed, written beside and renamed, so a full disk leaves the previous file whole. */
    private fun save(file: File, schedule: StoredSchedule) {
        val partial = File(file.parentFile, "$FILE.partial")
        try {
            partial.writeBytes(sealing.seal(ScheduledStore.write(schedule).toByteArray(Charsets.UTF_8)))
            if (!partial.renameTo(file)) partial.delete()
        } catch (full: IOException) {
            partial.delete()
        } catch (refused: GeneralSecurityException) {
            // Without the Keystore nothing is kept: the alarms stay set, only not remembered.
            partial.delete()
        } catch (keystoreFailure: ProviderException) {
            partial.delete()
        } finally {
            // An older version's plain copy goes whatever happened: it names deadlines and dates.
            File(file.parentFile, PLAIN_FILE).delete()
        }
    }
}
