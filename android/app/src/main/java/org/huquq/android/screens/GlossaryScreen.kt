package org.huquq.android.screens

import android.view.View
import org.huquq.android.nav.Routes
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views

/** Legal terms: each with its definition and the words an official uses for it. */
class GlossaryScreen : Screen {
    override val route: String get() = Routes.of("glossary")

    override fun build(host: Host): View {
        val context = host.activity
        val glossary = host.app.glossary()
        val direction = glossary.direction
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, glossary.title, direction).also(KbViews::markHeading))
            KbViews.notices(context, glossary.notices, direction)?.let(column::addView)
            KbViews.list(column, glossary.terms.map { KbViews.glossaryTerm(context, it, direction) })
        }
    }
}
