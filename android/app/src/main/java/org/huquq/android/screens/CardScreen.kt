package org.huquq.android.screens

import android.app.Activity
import android.view.View
import android.widget.ScrollView
import org.huquq.android.nav.Routes
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.OfficerCardScreen
import org.huquq.core.UiText

/**
 * A card the user turns towards an official: the text in the official's languages (Russian,
 * Kazakh) first and large, the user's own text below. The screen stays on while it is shown.
 */
class CardScreen(private val id: String) : Screen {
    override val route: String get() = Routes.of("card", id)

    private var activity: Activity? = null

    override fun build(host: Host): View {
        val app = host.app
        val context = host.activity
        val card = app.officerCard(id)
        val direction = card.direction
        // The whole screen for the card: the official reads it from across a desk.
        activity = host.activity.also { it.actionBar?.hide() }
        val page = Views.page(context, direction) { column ->
            val pad = Views.dp(context, 24)
            column.setPadding(pad, pad, pad, pad)
            column.addView(KbViews.secondary(context, card.showHint, direction, 16f))
            KbViews.notices(context, card.notices, direction)?.let(column::addView)
            for (official in card.official) {
                column.addView(KbViews.secondary(context, official.label, direction, 16f).apply {
                    setPadding(0, Views.dp(context, 16), 0, 0)
                })
                column.addView(Views.text(context, official.text, official.direction, sizeSp = OFFICIAL_TEXT_SP).apply {
                    setLineSpacing(0f, 1.1f)
                    // Aligned as the official's language reads (Russian to the left), even when
                    // the user's language lays the card out right to left.
                    textAlignment = View.TEXT_ALIGNMENT_TEXT_START
                })
                if (official.machineTranslated) {
                    column.addView(KbViews.secondary(context, app.uiText(UiText.CARD_MACHINE_TRANSLATED), direction))
                }
            }
            column.addView(KbViews.gap(context, 16))
            column.addView(KbViews.divider(context))
            column.addView(KbViews.secondary(context, card.userTextLabel, direction, 16f))
            column.addView(Views.text(context, card.title, direction, sizeSp = 18f, bold = true))
            column.addView(Views.text(context, card.userText, direction, sizeSp = 20f))
            column.addView(KbViews.secondary(context, card.situation, direction))
            card.article?.let { article ->
                column.addView(KbViews.item(context, article.title, listOf(article.summary), article.direction) {
                    host.push(ArticleScreen(article.id))
                })
            }
            ArticleScreen.sources(column, card.sourcesHeading, card.sources, direction)
        }
        return page.apply {
            setBackgroundColor(0xFFFFFFFF.toInt())
            (this as? ScrollView)?.isFillViewport = true
            // Cleared by the framework as soon as this view leaves the window.
            keepScreenOn = true
        }
    }

    override fun onLeave() {
        activity?.actionBar?.show()
        activity = null
    }

    private companion object {
        /** Large enough to read at arm's length across a counter. */
        const val OFFICIAL_TEXT_SP = 30f
    }
}
