package org.huquq.android.platform

import android.app.ActivityManager
import android.app.AlarmManager
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.os.Handler
import android.os.Looper
import org.huquq.App
import org.huquq.HuquqException
import org.huquq.android.HuquqApplication

/**
 * The phone rebooted, its clock or time zone changed, the app was updated or exact alarms were
 * allowed: every reminder alarm is set again, off the main thread. Without a PIN the phone's key
 * opens the vault, so the plan is fresh; with a PIN the vault stays locked (nobody typed it) and
 * the alarms planned last time it was open are set again.
 */
class RescheduleReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action !in ACTIONS) return
        val appContext = context.applicationContext
        val pending = goAsync()
        Thread({
            val app = HuquqApplication.core(appContext)
            var openedHere = false
            try {
                openedHere = openWithPhoneKey(appContext, app)
                ReminderScheduler.rearm(appContext)
            } finally {
                if (openedHere) {
                    // Locked on the main thread, where screens open the vault, so it is never
                    // locked under a screen that has just opened it.
                    Handler(Looper.getMainLooper()).post {
                        try {
                            if (!screenShowing()) app.lockVault()
                        } finally {
                            pending.finish()
                        }
                    }
                } else {
                    pending.finish()
                }
            }
        }, "huquq-reschedule").start()
    }

    /** Opens a locked vault that has no PIN with the phone's Keystore key; true if it did. */
    private fun openWithPhoneKey(context: Context, app: App): Boolean {
        if (!app.vaultExists() || app.vaultHasPin() || !VaultKeys.stored(context) || app.vaultIsOpen()) return false
        return try {
            VaultKeys.open(context, app)
            true
        } catch (unavailable: VaultKeys.Unavailable) {
            false
        } catch (refused: HuquqException) {
            false
        }
    }

    /** Whether one of the app's screens is visible (then the vault is the screen's business). */
    private fun screenShowing(): Boolean {
        val process = ActivityManager.RunningAppProcessInfo()
        ActivityManager.getMyMemoryState(process)
        return process.importance <= ActivityManager.RunningAppProcessInfo.IMPORTANCE_VISIBLE
    }

    private companion object {
        val ACTIONS = setOf(
            Intent.ACTION_BOOT_COMPLETED,
            Intent.ACTION_TIMEZONE_CHANGED,
            Intent.ACTION_TIME_CHANGED,
            Intent.ACTION_MY_PACKAGE_REPLACED,
            AlarmManager.ACTION_SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED,
        )
    }
}
