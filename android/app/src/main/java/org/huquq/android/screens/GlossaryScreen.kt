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
            KbViews.list(column, glossary.terms.map { term ->
                Views.column(context, direction).apply {
                    val pad = Views.dp(context, 12)
                    setPadding(0, pad, 0, pad)
                    addView(Views.text(context, term.term, direction, sizeSp = 18f, bold = true))
                    for (official in term.official) {
                        // The official's word keeps its own direction inside the reader's line.
                        addView(KbViews.secondary(context, "${official.language}: \u2068${official.text}\u2069", direction, 15f))
                    }
                    addView(Views.text(context, term.definition, direction))
                }
            })
        }
    }
}
