package org.huquq.android.platform

import android.Manifest
import android.app.AlarmManager
import android.app.NotificationManager
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import android.provider.Settings

/** Whether reminders can reach the user, and where to let them allow it. */
object NotificationAccess {
    const val PERMISSION = Manifest.permission.POST_NOTIFICATIONS

    /** On Android 13 and later the app must ask; before that only the user's setting counts. */
    fun mayAsk(context: Context): Boolean = Build.VERSION.SDK_INT >= 33 && !permissionGranted(context)

    /** The runtime permission of Android 13 and later (always true before). */
    fun permissionGranted(context: Context): Boolean =
        Build.VERSION.SDK_INT < 33 || context.checkSelfPermission(PERMISSION) == PackageManager.PERMISSION_GRANTED

    fun notificationsAllowed(context: Context): Boolean {
        if (!permissionGranted(context)) return false
        return context.getSystemService(NotificationManager::class.java)?.areNotificationsEnabled() ?: false
    }

    /** Before Android 12 every app may set exact alarms. */
    fun exactAlarmsAllowed(context: Context): Boolean =
        Build.VERSION.SDK_INT < 31 ||
            context.getSystemService(AlarmManager::class.java)?.canScheduleExactAlarms() ?: false

    /** The system page where the user allows exact alarms for Huquq (Android 12 and later). */
    fun exactAlarmSettings(context: Context): Intent? =
        if (Build.VERSION.SDK_INT >= 31) {
            Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.parse("package:" + context.packageName))
        } else {
            null
        }
}
