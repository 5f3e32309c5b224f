package org.huquq.android.screens

import android.app.AlertDialog
import android.content.pm.ApplicationInfo
import android.os.Build
import android.os.Looper
import android.view.View
import android.view.ViewGroup
import android.widget.Button
import android.widget.EditText
import android.widget.TextView
import java.time.Duration
import java.nio.file.Files
import java.time.Instant
import org.huquq.App
import org.huquq.HuquqException
import org.huquq.android.ui.reasonText
import org.huquq.core.GateAction
import org.huquq.core.GateFacts
import org.huquq.core.GateState
import org.huquq.core.UiText
import org.huquq.core.VaultGate
import org.huquq.core.VaultListScreen
import org.huquq.core.VaultSettings
import org.huquq.android.HuquqApplication
import org.huquq.android.LanguagePreference
import org.huquq.android.MainActivity
import org.robolectric.Robolectric
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.android.controller.ActivityController
import org.robolectric.shadows.ShadowAlertDialog
import org.robolectric.shadows.ShadowToast

/**
 * Runs [MainActivity] under Robolectric against the real core (libhuquq through JNA) and reads
 * and taps its views the way a user would: by the text on them.
 */
class ScreenDriver(val controller: ActivityController<MainActivity>) {
    val activity: MainActivity get() = controller.get()
    val app: App get() = HuquqApplication.core(activity)

    /** A text a shell draws itself, in the current language, straight from the core. */
    fun t(text: UiText): String = app.uiText(text)

    /**
     * What the core's models say on a screen, read from a second core in a scratch folder in the
     * same language (so the app's own vault is not touched): the labels the screens must show.
     */
    fun <T> scratch(read: (App) -> T): T {
        // A vault is a few megabytes: the folder goes as soon as the labels are read.
        val folder = Files.createTempDirectory("labels").toFile()
        try {
            return App.open(folder.path, app.localeChain()).use(read)
        } finally {
            folder.deleteRecursively()
        }
    }

    /** The scratch core's stand-in for the phone's PIN secret (the app's own comes from the Keystore). */
    private val SCRATCH_SECRET = "scratch phone secret".toByteArray()

    /** The gate as the screen shows it in [state] (the phone's key, if any, already tried). */
    fun gate(state: GateState): VaultGate = scratch { core ->
        when (state) {
            GateState.CREATE -> {}
            GateState.PIN -> {
                val key = core.createVault()
                core.setVaultPin(key, "1357913", null, SCRATCH_SECRET)
                core.lockVault()
            }
            else -> {
                core.createVault()
                core.lockVault()
            }
        }
        core.vaultGate(GateFacts(phoneKeyStored = false, phoneKeyFailed = true, pinSecretStored = true))
    }

    fun gateButton(state: GateState, action: GateAction): String = gate(state).buttons.first { it.action == action }.label

    /** The document list's labels (of an empty vault). */
    fun vaultList(): VaultListScreen = scratch { it.createVault(); it.vaultList(Instant.now()) }

    /** The settings' vault part, with or without a PIN. */
    fun vaultSettings(pin: Boolean): VaultSettings = scratch { core ->
        val key = core.createVault()
        if (pin) core.setVaultPin(key, "1357913", null, SCRATCH_SECRET)
        core.settingsScreen().vault!!
    }

    fun eraseLabel(): String = scratch { it.createVault(); it.settingsScreen().erase!!.button }

    /** The core's reason for refusing what [call] does. */
    fun refusal(call: (App) -> Unit): String =
        (runCatching { call(app) }.exceptionOrNull() as HuquqException).reasonText

    fun root(): View = activity.findViewById(android.R.id.content)!!

    /** Every text on screen, in order. */
    fun texts(view: View = root()): List<String> =
        views(view).filterIsInstance<TextView>().filter { it.isShown }.map { it.text.toString() }

    /**
     * Presses back the way Android 13 and later deliver it: to the top back callback of the
     * window's dispatcher (the app's, when the manifest enables it; otherwise the system's, which
     * finishes the activity).
     */
    fun systemBack() {
        val root = View::class.java.getMethod("getViewRootImpl").invoke(activity.window.decorView)
        val dispatcher = root.javaClass.getMethod("getOnBackInvokedDispatcher").invoke(root)
        val top = dispatcher.javaClass.getMethod("getTopCallback").invoke(dispatcher)
        if (top == null) {
            // No callback at all: the system finishes the activity.
            activity.finish()
        } else {
            top.javaClass.getMethod("onBackInvoked").apply { isAccessible = true }.invoke(top)
        }
        idle()
    }

    fun <T : View> all(type: Class<T>, view: View = root()): List<T> = views(view).filterIsInstance(type).filter { it.isShown }

    fun button(label: String): Button =
        all(Button::class.java).firstOrNull { it.text.toString() == label } ?: fail("no button '$label' on ${texts()}")

    fun fields(): List<EditText> = all(EditText::class.java)

    /** Taps the list row, link or button whose text is exactly [label]. */
    fun tap(label: String) {
        val text = all(TextView::class.java).firstOrNull { it.text.toString() == label }
            ?: fail("nothing reads '$label' on ${texts()}")
        var target: View = text
        while (!target.isClickable) target = target.parent as? View ?: fail("'$label' cannot be tapped")
        target.performClick()
        idle()
    }

    fun idle() = shadowOf(Looper.getMainLooper()).idle()

    /** Lets [duration] of main-thread time pass (debounced typing, delayed saves). */
    fun wait(duration: Duration) = shadowOf(Looper.getMainLooper()).idleFor(duration)

    /** Waits for work on a background thread to come back to the screen. */
    fun waitFor(what: String, condition: () -> Boolean) {
        val end = System.currentTimeMillis() + 20_000
        while (System.currentTimeMillis() < end) {
            idle()
            if (condition()) return
            Thread.sleep(20)
        }
        fail("timed out waiting for $what; the screen shows ${texts()}")
    }

    fun toast(): String? = ShadowToast.getTextOfLatestToast()

    fun dialog(): AlertDialog? = ShadowAlertDialog.getLatestAlertDialog()

    fun dialogMessage(): String? = dialog()?.let { shadowOf(it).message?.toString() }

    /** The views of type [type] in the dialog on top. */
    fun <T : View> inDialog(type: Class<T>): List<T> = views(dialog()!!.window!!.decorView).filterIsInstance(type)

    fun dialogFields(): List<EditText> = inDialog(EditText::class.java)

    /** Taps the item reading [label] in the list dialog on top. */
    fun chooseInDialog(label: String) {
        val shadow = shadowOf(dialog()!!)
        val index = shadow.items.indexOfFirst { it.toString() == label }
        if (index < 0) fail("no '$label' in ${shadow.items.toList()}")
        shadow.clickOnItem(index)
        // The list dialog is done: the next "latest dialog" must be a new one.
        ShadowAlertDialog.reset()
        idle()
    }

    fun confirmDialog() {
        dialog()!!.getButton(AlertDialog.BUTTON_POSITIVE).performClick()
        idle()
    }

    private fun views(view: View): List<View> =
        listOf(view) + if (view is ViewGroup) (0 until view.childCount).flatMap { views(view.getChildAt(it)) } else emptyList()

    private fun fail(message: String): Nothing = throw AssertionError(message)

    companion object {
        /**
         * Starts the app as a user would. [language] is the one chosen earlier, or null for a first
         * run; the phone's own language is Robolectric's default, English.
         */
        fun start(language: String?): ScreenDriver {
            FakeAndroidKeyStore.install()
            val application = RuntimeEnvironment.getApplication()
            if (language != null) {
                // Chosen in an earlier run: the core reads the choice when the process starts.
                LanguagePreference.choose(application, language)
                HuquqApplication.core(application).setLocales(LanguagePreference.requested(application))
            }
            // These tests run without the merged manifest: what the app's manifest asks of the
            // platform is applied from the manifest itself, before the activity exists.
            val manifest = AppManifest.read()
            val info = application.applicationInfo
            if (manifest.supportsRtl) info.flags = info.flags or ApplicationInfo.FLAG_SUPPORTS_RTL
            // The activity names no theme or label of its own: it takes the application's.
            info.theme = manifest.theme
            info.nonLocalizedLabel = manifest.label
            if (Build.VERSION.SDK_INT >= 33) {
                // android:enableOnBackInvokedCallback: without it the system ignores the app's
                // back callback, and the back key closes the app from any screen.
                ApplicationInfo::class.java.getMethod("setEnableOnBackInvokedCallback", Boolean::class.javaPrimitiveType)
                    .invoke(info, manifest.enableOnBackInvokedCallback)
            }
            val driver = ScreenDriver(Robolectric.buildActivity(MainActivity::class.java).setup())
            driver.activity.refresh()
            driver.idle()
            return driver
        }
    }
}
