package org.huquq.android.ui

import android.content.Intent
import android.view.View
import org.huquq.App

/** One screen: builds its views from a core screen model each time it is shown. */
interface Screen {
    /**
     * What the screen shows, as a string from which [org.huquq.android.nav.Routes] makes it again:
     * the back stack survives the activity being recreated (dark mode, split screen, font size) and
     * the process being killed in the background. Ids only, never anything the user typed.
     */
    val route: String

    /** Vault screens set this: FLAG_SECURE keeps them out of screenshots and the app switcher. */
    val secure: Boolean get() = false

    fun build(host: Host): View

    /** Called when the screen leaves the foreground (the phone locks, the user goes back). */
    fun onLeave() {}
}

/** What a screen may ask of the activity that shows it. */
interface Host {
    val app: App
    val activity: android.app.Activity

    fun push(screen: Screen)
    fun replace(screen: Screen)
    fun back()
    /** Rebuilds the current screen (after data changed). */
    fun refresh()
    /** Starts an intent and calls [onResult] with its result code and data. */
    fun launch(intent: Intent, onResult: (resultCode: Int, data: Intent?) -> Unit)
    /** Asks for a runtime permission; [onResult] gets whether it was granted. */
    fun requestPermission(permission: String, onResult: (granted: Boolean) -> Unit)
    /** Shows a core error's localized reason; nothing already saved is touched. */
    fun showError(error: Throwable)
    fun showMessage(text: String)
    /** Goes back to the root screen, rebuilt (the language changed, the vault was erased). */
    fun restart()
}
