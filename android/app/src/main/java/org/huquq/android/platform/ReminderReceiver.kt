package org.huquq.android.platform

import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.os.Build
import org.huquq.android.HuquqApplication
import org.huquq.android.MainActivity
import org.huquq.core.UiText

/**
 * An alarm set by [ReminderScheduler] went off: show its notification. The texts came from the
 * core and name no one; the lock screen still shows only the app's name.
 */
class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        // Without the permission (Android 13 and later) the user said no: post nothing.
        if (!NotificationAccess.permissionGranted(context)) return
        val title = intent.getStringExtra(EXTRA_TITLE) ?: return
        val body = intent.getStringExtra(EXTRA_BODY).orEmpty()
        val id = intent.getIntExtra(EXTRA_ID, 0)
        val manager = context.getSystemService(NotificationManager::class.java) ?: return
        val app = HuquqApplication.core(context)
        if (Build.VERSION.SDK_INT >= 26) {
            // Created every time: it is cheap, and it renames the channel after a language change.
            val channel = NotificationChannel(CHANNEL, app.uiText(UiText.REMINDERS_TITLE), NotificationManager.IMPORTANCE_DEFAULT)
            channel.lockscreenVisibility = Notification.VISIBILITY_PRIVATE
            manager.createNotificationChannel(channel)
        }
        val open = PendingIntent.getActivity(
            context,
            0,
            Intent(context, MainActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
        val appName = app.uiText(UiText.APP_NAME)
        val publicVersion = builder(context)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle(appName)
            .build()
        val notification = builder(context)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle(title)
            .setContentText(body)
            .setStyle(Notification.BigTextStyle().bigText(body))
            .setCategory(Notification.CATEGORY_REMINDER)
            .setVisibility(Notification.VISIBILITY_PRIVATE)
            .setPublicVersion(publicVersion)
            .setContentIntent(open)
            .setAutoCancel(true)
            .build()
        manager.notify(id, notification)
    }

    private fun builder(context: Context): Notification.Builder =
        if (Build.VERSION.SDK_INT >= 26) Notification.Builder(context, CHANNEL) else legacyBuilder(context)

    // Android 7 has no channels: this constructor is the only one there, deprecated only from 8 on.
    @Suppress("DEPRECATION")
    private fun legacyBuilder(context: Context): Notification.Builder = Notification.Builder(context)

    companion object {
        const val CHANNEL = "reminders"
        const val EXTRA_ID = "org.huquq.android.extra.REMINDER_ID"
        const val EXTRA_TITLE = "org.huquq.android.extra.REMINDER_TITLE"
        const val EXTRA_BODY = "org.huquq.android.extra.REMINDER_BODY"
    }
}
