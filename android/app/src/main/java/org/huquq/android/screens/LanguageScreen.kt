package org.huquq.android.screens

import android.content.Context
import android.view.View
import org.huquq.android.LanguagePreference
import org.huquq.android.nav.Routes
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.UiText

/**
 * The language list, each language in its own name. On first run it is the whole app until the
 * user picks one; afterwards it is reached from home or settings.
 */
class LanguageScreen(private val firstRun: Boolean) : Screen {
    override val route: String get() = Routes.of(if (firstRun) "first-language" else "language")

    override fun build(host: Host): View {
        val app = host.app
        val context = host.activity
        val direction = app.direction()
        return Views.page(context, direction) { column ->
            if (firstRun) column.addView(Views.heading(context, app.uiText(UiText.APP_NAME), direction))
            column.addView(KbViews.section(context, app.uiText(UiText.LANGUAGES_HEADING), direction))
            if (firstRun) column.addView(KbViews.secondary(context, app.uiText(UiText.LANGUAGE_FIRST_RUN), direction, 16f))
            val rows = app.languages().map { language ->
                val title = if (language.selected) "✓ ${language.name}" else language.name
                Views.row(context, title, null, direction, titleDirection = language.direction) { choose(host, language.tag) }.apply {
                    // A screen reader says "selected" from the state itself, in the phone's
                    // language; the name alone keeps it from reading the check mark.
                    isSelected = language.selected
                    contentDescription = language.name
                }
            }
            KbViews.list(column, rows)
        }
    }

    private fun choose(host: Host, tag: String) {
        val context = host.activity
        host.app.setLocales(listOf(tag) + phoneLocales(context))
        LanguagePreference.choose(context, tag)
        // Every screen is rebuilt in the new language; on first run this lands on home.
        host.restart()
    }

    /** The phone's languages, best first: the core falls back through them after the choice. */
    private fun phoneLocales(context: Context): List<String> {
        val locales = context.resources.configuration.locales
        return (0 until locales.size()).map { locales.get(it).toLanguageTag() }
    }
}
