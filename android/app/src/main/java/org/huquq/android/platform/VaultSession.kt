package org.huquq.android.platform

import android.app.Activity
import android.app.Application
import android.content.Intent
import android.os.Bundle
import org.huquq.App
import org.huquq.android.HuquqApplication
import org.huquq.android.ui.Host

/**
 * Locks the vault whenever the app leaves the screen (the phone locks, the user switches apps), as
 * the security model asks: a phone taken from a pocket must not hold an open vault. Two things hold
 * the vault open across that: an activity started for a result that a vault screen needs (the
 * camera, the photo picker, the backup file chooser), and work running in the background (a page
 * being added, a backup being written); the lock then happens as soon as the last hold ends.
 * Coming back to a locked vault rebuilds the current screen, whose guard then asks for the PIN (or
 * quietly reopens with the phone's key). Everything here runs on the main thread.
 */
object VaultSession {
    private var holds = 0
    private var stopped = false
    /** The vault was open when the app left the screen: on return, screens showing it may be stale. */
    private var openWhenLeft = false
    private var application: Application? = null

    /**
     * Starts watching the app's activities: once, as the process starts. A new Application is a new
     * process, so what was held or seen before is forgotten (the JVM tests start one per test, and
     * a hold whose work never came back must not keep a later test's vault open).
     */
    fun install(current: Application) {
        if (application === current) return
        application?.unregisterActivityLifecycleCallbacks(Watcher)
        current.registerActivityLifecycleCallbacks(Watcher)
        application = current
        holds = 0
        stopped = false
        openWhenLeft = false
    }

    /** Whether the core's vault is open right now (it may have been locked behind our back). */
    fun isOpen(host: Host): Boolean = isOpen(host.app)

    private fun isOpen(app: App): Boolean = app.vaultIsOpen()

    /** Keeps the vault open until the returned function is called (once). */
    fun hold(): () -> Unit {
        holds++
        var released = false
        return {
            if (!released) {
                released = true
                holds--
                if (holds == 0 && stopped) lock()
            }
        }
    }

    /**
     * [Host.launch] for an activity whose result goes back into the vault: the vault stays open
     * while it runs. [onResult] may take its own hold for work it starts.
     */
    fun launch(host: Host, intent: Intent, onResult: (resultCode: Int, data: Intent?) -> Unit) {
        val release = hold()
        host.launch(intent) { code, data ->
            try {
                onResult(code, data)
            } finally {
                release()
            }
        }
    }

    private fun lock() {
        application?.let {
            HuquqApplication.core(it).lockVault()
            // No camera, picker or share is running (each holds the vault open), so no copy of
            // a page outside the vault has a job left.
            CaptureFiles.clear(it)
        }
    }

    private object Watcher : Application.ActivityLifecycleCallbacks {
        override fun onActivityStarted(activity: Activity) {
            stopped = false
        }

        override fun onActivityStopped(activity: Activity) {
            // A rotation is not leaving (the manifest handles it anyway).
            if (activity.isChangingConfigurations) return
            stopped = true
            if (holds == 0) {
                openWhenLeft = isOpen(HuquqApplication.core(activity))
                lock()
            } else {
                // Work is running in the vault (it holds the core's lock, so asking would block
                // the main thread); the vault locks when the work ends.
                openWhenLeft = true
            }
        }

        /**
         * Back on screen with the vault locked meanwhile (by us, or by anything else): the screen
         * is rebuilt, so a vault screen shows the way back in instead of what it showed before.
         */
        override fun onActivityResumed(activity: Activity) {
            if (!openWhenLeft) return
            openWhenLeft = false
            // Still held: nothing was locked, and the work in progress must not be waited for.
            if (holds > 0) return
            if (!isOpen(HuquqApplication.core(activity))) (activity as? Host)?.refresh()
        }

        override fun onActivityCreated(activity: Activity, savedInstanceState: Bundle?) {}

        override fun onActivityPaused(activity: Activity) {}

        override fun onActivitySaveInstanceState(activity: Activity, outState: Bundle) {}

        override fun onActivityDestroyed(activity: Activity) {}
    }
}
