package org.huquq.android

import android.app.Activity
import android.app.AlertDialog
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import android.os.Bundle
import android.view.KeyEvent
import android.view.WindowInsets
import android.view.WindowManager
import android.widget.FrameLayout
import android.widget.Toast
import android.window.OnBackInvokedCallback
import android.window.OnBackInvokedDispatcher
import org.huquq.App
import org.huquq.HuquqException
import org.huquq.android.nav.BackStack
import org.huquq.android.nav.Routes
import org.huquq.android.platform.NotificationAccess
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.screens.HomeScreen
import org.huquq.android.screens.LanguageScreen
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.reasonText
import org.huquq.core.UiText

/** The one activity: a back stack of screens, each built from a core screen model. */
class MainActivity : Activity(), Host {
    override val app: App get() = HuquqApplication.core(this)
    override val activity: Activity get() = this

    private lateinit var container: FrameLayout
    private lateinit var stack: BackStack<Screen>
    private val results = HashMap<Int, (Int, Intent?) -> Unit>()
    private val permissions = HashMap<Int, (Boolean) -> Unit>()
    private var nextRequest = 1
    private var backCallback: OnBackInvokedCallback? = null
    private var askedForNotifications = false

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        container = FrameLayout(this)
        setContentView(container)
        applyInsets()
        val first: Screen = if (LanguagePreference.chosen(this) == null) LanguageScreen(firstRun = true) else HomeScreen()
        // Recreated (dark mode, split screen, font size, or after the process was killed): where the
        // user was, with the way back.
        val saved = savedInstanceState?.getStringArrayList(STACK_KEY).orEmpty().mapNotNull(Routes::screen)
        stack = BackStack.of(saved, first)
        if (Build.VERSION.SDK_INT >= 33) {
            val callback = OnBackInvokedCallback { back() }
            onBackInvokedDispatcher.registerOnBackInvokedCallback(OnBackInvokedDispatcher.PRIORITY_DEFAULT, callback)
            backCallback = callback
        }
        show()
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        outState.putStringArrayList(STACK_KEY, ArrayList(stack.toList().map { it.route }))
    }

    override fun onDestroy() {
        if (Build.VERSION.SDK_INT >= 33) backCallback?.let { onBackInvokedDispatcher.unregisterOnBackInvokedCallback(it) }
        super.onDestroy()
    }

    /**
     * Keeps the screens clear of the status and navigation bars, the display cutout and the
     * keyboard. From Android 15 (target 35) an app is drawn edge to edge behind them; before
     * Android 11 the window is not, and `adjustResize` makes room for the keyboard.
     */
    private fun applyInsets() {
        if (Build.VERSION.SDK_INT < 30) return
        container.setOnApplyWindowInsetsListener { view, insets ->
            val types = WindowInsets.Type.systemBars() or WindowInsets.Type.displayCutout() or WindowInsets.Type.ime()
            val bars = insets.getInsets(types)
            // The action bar already stands below the status bar; a screen that hides it (the
            // officer card) takes the top inset itself.
            val top = if (actionBar?.isShowing == true) 0 else bars.top
            view.setPadding(bars.left, top, bars.right, bars.bottom)
            WindowInsets.CONSUMED
        }
    }

    override fun onPause() {
        stack.current.onLeave()
        super.onPause()
    }

    override fun onKeyDown(keyCode: Int, event: KeyEvent?): Boolean {
        // Before Android 13 the back key arrives here; from 13 on, through the callback above.
        if (keyCode == KeyEvent.KEYCODE_BACK && Build.VERSION.SDK_INT < 33) {
            back()
            return true
        }
        return super.onKeyDown(keyCode, event)
    }

    private fun show() {
        val screen = stack.current
        if (screen.secure) {
            window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
        } else {
            window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
        }
        container.removeAllViews()
        if (Build.VERSION.SDK_INT >= 30) container.requestApplyInsets()
        // The whole window, the action bar included: the app's language may read right to left
        // on a phone whose own language does not.
        window.decorView.layoutDirection = org.huquq.android.ui.Views.layoutDirection(app.direction())
        val view = try {
            screen.build(this)
        } catch (error: HuquqException) {
            showError(error)
            return
        }
        container.addView(view)
        askForNotificationsWhenRelevant()
    }

    /**
     * Android 13 and later drop a notification the user never allowed. The question comes once a
     * reminder is planned (a document with an expiry date saved, an event recorded), not only on
     * the reminders screen, and at most once per run: asking again right after a refusal nags.
     */
    private fun askForNotificationsWhenRelevant() {
        if (askedForNotifications || !NotificationAccess.mayAsk(this) || !ReminderScheduler.anyPlanned(this)) return
        askedForNotifications = true
        // After the screen is shown: the answer must not arrive while it is being built.
        container.post {
            requestPermission(NotificationAccess.PERMISSION) { granted ->
                if (granted) ReminderScheduler.reschedule(this)
                // The screen may say whether notifications are on (the document, the reminders).
                show()
            }
        }
    }

    override fun push(screen: Screen) {
        stack.current.onLeave()
        stack.push(screen)
        show()
    }

    override fun replace(screen: Screen) {
        stack.current.onLeave()
        stack.replace(screen)
        show()
    }

    override fun back() {
        stack.current.onLeave()
        if (stack.pop()) show() else finish()
    }

    override fun refresh() = show()

    override fun restart() {
        stack.current.onLeave()
        stack.reset(HomeScreen())
        show()
    }

    override fun launch(intent: Intent, onResult: (resultCode: Int, data: Intent?) -> Unit) {
        val request = nextRequest++
        results[request] = onResult
        try {
            startActivityForResult(intent, request)
        } catch (missing: android.content.ActivityNotFoundException) {
            results.remove(request)
            onResult(RESULT_CANCELED, null)
        }
    }

    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        results.remove(requestCode)?.invoke(resultCode, data)
    }

    private companion object {
        const val STACK_KEY = "huquq.stack"
    }

    override fun requestPermission(permission: String, onResult: (granted: Boolean) -> Unit) {
        if (checkSelfPermission(permission) == PackageManager.PERMISSION_GRANTED) {
            onResult(true)
            return
        }
        val request = nextRequest++
        permissions[request] = onResult
        requestPermissions(arrayOf(permission), request)
    }

    override fun onRequestPermissionsResult(requestCode: Int, names: Array<out String>, grants: IntArray) {
        permissions.remove(requestCode)?.invoke(grants.isNotEmpty() && grants[0] == PackageManager.PERMISSION_GRANTED)
    }

    override fun showError(error: Throwable) {
        // The core's reason is already in the user's language and names no personal data.
        val text = (error as? HuquqException)?.reasonText ?: app.uiText(UiText.ERROR_STORAGE)
        AlertDialog.Builder(this)
            .setMessage(text)
            .setPositiveButton(app.uiText(UiText.ACTION_OK), null)
            .show()
    }

    override fun showMessage(text: String) {
        Toast.makeText(this, text, Toast.LENGTH_LONG).show()
    }

}
