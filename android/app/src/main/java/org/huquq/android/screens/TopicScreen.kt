package org.huquq.android.screens

import android.view.View
import org.huquq.android.nav.Routes
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views

/** One topic: its summary and its articles, each in the language it is available in. */
class TopicScreen(private val id: String) : Screen {
    override val route: String get() = Routes.of("topic", id)

    override fun build(host: Host): View {
        val context = host.activity
        val topic = host.app.topic(id)
        val direction = topic.direction
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, topic.title, direction).also(KbViews::markHeading))
            column.addView(Views.text(context, topic.summary, direction))
            column.addView(KbViews.gap(context, 8))
            KbViews.list(column, topic.articles.map { article ->
                KbViews.item(context, article.title, listOf(article.summary), article.direction) {
                    host.push(ArticleScreen(article.id))
                }
            })
        }
    }
}
