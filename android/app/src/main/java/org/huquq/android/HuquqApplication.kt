package org.huquq.android

import android.app.Application
import android.content.Context
import java.io.File
import org.huquq.App
import org.huquq.android.platform.CaptureFiles
import org.huquq.android.platform.VaultSession

/**
 * Holds the one core [App] for the process. The core lives in the app's private storage; its
 * language list is the one the user chose in Huquq, or else the phone's.
 */
class HuquqApplication : Application() {
    lateinit var core: App
        private set

    override fun onCreate() {
        super.onCreate()
        core = App.open(File(filesDir, "huquq").path, LanguagePreference.requested(this))
        // Copies of pages a killed process left behind.
        CaptureFiles.clear(this, staleOnly = true)
        // The vault locks whenever the app leaves the screen, from the first activity on.
        VaultSession.install(this)
    }

    companion object {
        fun core(context: Context): App = (context.applicationContext as HuquqApplication).core
    }
}

/** The user's language choice, kept apart from the vault: it is needed before the vault opens. */
object LanguagePreference {
    private const val PREFS = "huquq.language"
    private const val KEY = "chosen"

    fun chosen(context: Context): String? =
        context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).getString(KEY, null)

    fun choose(context: Context, tag: String) {
        context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).edit().putString(KEY, tag).apply()
    }

    /** The chosen language first, then the phone's list; the core negotiates. */
    fun requested(context: Context): List<String> {
        val phone = context.resources.configuration.locales
        val tags = (0 until phone.size()).map { phone.get(it).toLanguageTag() }
        return listOfNotNull(chosen(context)) + tags
    }
}
