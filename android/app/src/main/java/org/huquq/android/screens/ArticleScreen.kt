package org.huquq.android.screens

import android.view.View
import android.widget.Button
import android.widget.LinearLayout
import org.huquq.android.nav.Routes
import org.huquq.android.screens.kb.BlockViews
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.screens.kb.ReadAloud
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.ArticleScreen as ArticleModel
import org.huquq.core.Direction
import org.huquq.core.SourceItem
import org.huquq.core.UiText

/**
 * One article drawn natively: notices first, then the body, the cards to show an official, the
 * sources and related articles. It can be read aloud in the article's language.
 */
class ArticleScreen(private val id: String) : Screen {
    override val route: String get() = Routes.of("article", id)

    private var reader: ReadAloud? = null
    private var readButton: Button? = null
    private var readLabel = ""
    private var stopLabel = ""

    override fun build(host: Host): View {
        val app = host.app
        val context = host.activity
        val article = app.article(id)
        val direction = article.direction
        val open: (String) -> Unit = { target -> host.push(ArticleScreen(target)) }
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, article.title, direction).also(KbViews::markHeading))
            KbViews.notices(context, article.notices, direction)?.let(column::addView)
            column.addView(KbViews.secondary(context, "${article.jurisdiction} · ${article.confidenceText}", direction))
            column.addView(readAloudButton(host, article))
            if (article.summary.isNotBlank()) {
                column.addView(Views.text(context, article.summary, direction, sizeSp = 17f).apply {
                    setTypeface(typeface, android.graphics.Typeface.ITALIC)
                })
            }
            BlockViews(context, direction, open).add(column, article.blocks)

            if (article.cards.isNotEmpty()) {
                column.addView(KbViews.section(context, app.uiText(UiText.ARTICLE_CARDS_HEADING), direction))
                KbViews.list(column, article.cards.map { card ->
                    KbViews.item(context, card.title, listOf(card.situation), direction) { host.push(CardScreen(card.id)) }
                })
            }
            sources(column, article.sourcesHeading, article.sources, direction)
            if (article.related.isNotEmpty()) {
                column.addView(KbViews.section(context, article.relatedHeading, direction))
                KbViews.list(column, article.related.map { related ->
                    KbViews.item(context, related.title, listOf(related.summary), related.direction) { open(related.id) }
                })
            }
        }
    }

    override fun onLeave() {
        // Reading stops with the screen: the voice must not go on from a locked phone's pocket.
        reader?.stop()
        reader = null
        readButton?.text = readLabel
    }

    private fun readAloudButton(host: Host, article: ArticleModel): View {
        val app = host.app
        readLabel = app.uiText(UiText.ARTICLE_READ_ALOUD)
        stopLabel = app.uiText(UiText.ARTICLE_STOP_READING)
        val button = Views.button(host.activity, readLabel) {}
        readButton = button
        button.layoutParams = LinearLayout.LayoutParams(LinearLayout.LayoutParams.WRAP_CONTENT, LinearLayout.LayoutParams.WRAP_CONTENT)
        button.setOnClickListener {
            val current = reader
            if (current != null && current.speaking) {
                current.stop()
                button.text = readLabel
                return@setOnClickListener
            }
            val voice = current ?: ReadAloud(
                host.activity,
                article.locale,
                post = { button.post(it) },
                onUnavailable = {
                    button.text = readLabel
                    host.showMessage(app.uiText(UiText.ARTICLE_TTS_UNAVAILABLE))
                },
                onFinished = { button.text = readLabel },
            ).also { reader = it }
            voice.start(app.readAloud(article.id).chunks)
            if (voice.speaking) button.text = stopLabel
        }
        return button
    }

    companion object {
        /** Sources as text: citations are in the catalog's language, addresses are not opened. */
        fun sources(column: LinearLayout, heading: String, sources: List<SourceItem>, direction: Direction) {
            if (sources.isEmpty()) return
            val context = column.context
            column.addView(KbViews.section(context, heading, direction))
            for (source in sources) {
                column.addView(Views.column(context, Direction.LTR).apply {
                    setPadding(0, Views.dp(context, 4), 0, Views.dp(context, 4))
                    addView(Views.text(context, source.citation, Direction.LTR, sizeSp = 14f))
                    source.url?.let { addView(KbViews.copyable(context, it, Direction.LTR, 13f)) }
                    source.translation?.let {
                        addView(KbViews.secondary(context, it.label, direction, 13f))
                        addView(KbViews.copyable(context, it.url, Direction.LTR, 13f))
                    }
                    addView(KbViews.secondary(context, source.checked, direction, 13f))
                })
            }
        }
    }
}
