package org.huquq.android.screens

import android.app.AlarmManager
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import android.graphics.Insets
import android.os.Build
import android.view.View
import android.view.WindowInsets
import java.time.Instant
import org.huquq.android.HuquqApplication
import org.huquq.android.platform.RescheduleReceiver
import org.huquq.android.platform.VaultKeys
import org.huquq.core.DocumentInput
import org.huquq.core.DocumentKind
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Assume.assumeTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config

/**
 * What the platform does to the app on real phones, Android 7 to 15: the system's back, the
 * activity recreated (dark mode, split screen, font size), the boot broadcast, edge-to-edge insets.
 */
@RunWith(RobolectricTestRunner::class)
@Config(sdk = [24, 33, 35], application = HuquqApplication::class, manifest = Config.NONE)
class SystemTest {
    @Test
    fun theSystemsBackGoesBackAScreenAndLeavesOnlyFromHome() {
        val ui = ScreenDriver.start(language = "en")
        val fines = ui.app.topic("fines")
        ui.tap(fines.title)
        assertEquals(fines.title, ui.texts().first())
        if (Build.VERSION.SDK_INT >= 33) ui.systemBack() else ui.activity.onKeyDown(android.view.KeyEvent.KEYCODE_BACK, null)
        ui.idle()
        assertFalse("back from a topic must not close the app", ui.activity.isFinishing)
        assertEquals(ui.app.home().appName, ui.texts().first())
    }

    @Test
    fun aRecreatedActivityKeepsTheScreenAndTheWayBack() {
        val ui = ScreenDriver.start(language = "en")
        val fines = ui.app.topic("fines")
        ui.tap(fines.title)
        val article = ui.app.article("kz-appeal-fine")
        ui.tap(article.title)
        // Dark mode, a font size or split screen: the system destroys and rebuilds the activity.
        ui.controller.recreate()
        val again = ScreenDriver(ui.controller)
        again.idle()
        assertEquals(article.title, again.texts().first())
        again.activity.back()
        assertEquals(fines.title, again.texts().first())
        again.activity.back()
        assertEquals(again.app.home().appName, again.texts().first())
    }

    @Test
    fun theBootBroadcastSetsTheRemindersAgainWithOrWithoutAVault() {
        val ui = ScreenDriver.start(language = "en")
        val context = ui.activity.applicationContext
        val alarms = shadowOf(context.getSystemService(AlarmManager::class.java))
        // Delivered as the system delivers it, so that goAsync() has a broadcast to hold open.
        val boot = IntentFilter(Intent.ACTION_BOOT_COMPLETED)
        if (Build.VERSION.SDK_INT >= 33) {
            context.registerReceiver(RescheduleReceiver(), boot, Context.RECEIVER_NOT_EXPORTED)
        } else {
            context.registerReceiver(RescheduleReceiver(), boot)
        }
        // No vault yet: nothing to do, and nothing may crash (it runs at every boot).
        context.sendBroadcast(Intent(Intent.ACTION_BOOT_COMPLETED))
        ui.waitFor("the receiver") { true }
        assertTrue(alarms.scheduledAlarms.isEmpty())

        // A vault opened by the phone's key, a card that expires: its reminders are set at boot.
        val key = ui.app.createVault()
        VaultKeys.store(context, key)
        val me = ui.app.defaultHolder(Instant.now())
        ui.app.addDocument(DocumentInput(me.id, DocumentKind.RESIDENCE_CARD, "", "", null, "2099-01-31", ""), Instant.now())
        ui.app.lockVault()
        context.sendBroadcast(Intent(Intent.ACTION_BOOT_COMPLETED))
        ui.waitFor("the alarms") { alarms.scheduledAlarms.isNotEmpty() }

        // What was scheduled is remembered for the next boot, sealed: a copy of the phone's files
        // reads no reminder's title, text or date in it.
        ui.app.openVault(key)
        val said = ui.app.pendingNotifications(Instant.now(), 64u).flatMap { listOf(it.title, it.body) }
        ui.app.lockVault()
        val remembered = context.noBackupFilesDir.walk().filter { it.isFile }.toList()
        assertTrue(remembered.any { it.name.startsWith("reminders-scheduled") })
        for (file in remembered) {
            val bytes = String(file.readBytes(), Charsets.ISO_8859_1)
            for (text in said.filter { it.isNotBlank() } + "2099") {
                assertFalse("${file.name} holds \"$text\"", bytes.contains(String(text.toByteArray(), Charsets.ISO_8859_1)))
            }
        }
    }

    @Test
    fun screensStayClearOfTheSystemBarsAndTheKeyboard() {
        assumeTrue("not drawn edge to edge before Android 11", Build.VERSION.SDK_INT >= 30)
        val ui = ScreenDriver.start(language = "en")
        val container = ui.activity.findViewById<View>(android.R.id.content).let { (it as android.view.ViewGroup).getChildAt(0) }
        val insets = WindowInsets.Builder()
            .setInsets(WindowInsets.Type.navigationBars(), Insets.of(0, 0, 0, 48))
            .setInsets(WindowInsets.Type.ime(), Insets.of(0, 0, 0, 300))
            .build()
        container.dispatchApplyWindowInsets(insets)
        // The keyboard's inset covers the navigation bar's: the larger one counts.
        assertEquals(300, container.paddingBottom)
    }
}
