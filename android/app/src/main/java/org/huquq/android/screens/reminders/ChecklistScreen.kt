package org.huquq.android.screens.reminders

import android.content.ActivityNotFoundException
import android.content.Intent
import android.net.Uri
import android.view.View
import android.widget.LinearLayout
import org.huquq.android.logic.StateStyle
import org.huquq.android.nav.Routes
import org.huquq.android.screens.ArticleScreen
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.ChecklistItem
import org.huquq.core.Direction
import org.huquq.core.NotRequiredItem
import org.huquq.core.SourceItem
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/**
 * What to prepare for a procedure, checked against the documents in the vault: each required
 * item with its state and legal basis, what the law does not require, and the sources.
 */
class ChecklistScreen(private val procedureId: String, private val personId: String?) : Screen {
    override val route: String get() = Routes.of("checklist", procedureId, personId)

    override val secure: Boolean get() = true

    /** Item states come from the vault's documents: it must be open (the guard sees to it). */
    override fun build(host: Host): View = VaultGuard.screen(host) { content(host) }

    private fun content(host: Host): View {
        val context = host.activity
        val screen = host.app.checklist(procedureId, personId, AppClock.now())
        val direction = screen.direction
        return Views.page(context, direction) { page ->
            page.addView(Views.heading(context, screen.title, direction))
            if (screen.summary.isNotBlank()) page.addView(Views.text(context, screen.summary, direction))
            for (notice in screen.notices) {
                page.addView(Views.text(context, "${StateStyle.WARNING.symbol} ${notice.text}", direction, sizeSp = 14f).apply {
                    setTextColor(StateStyle.WARNING.argb)
                })
            }
            page.addView(Views.text(context, screen.deadlineText, direction, bold = true))
            if (screen.required.isNotEmpty()) {
                page.addView(subheading(host, screen.requiredHeading, direction))
                for (item in screen.required) page.addView(requiredItem(host, item, direction))
            }
            if (screen.notRequired.isNotEmpty()) {
                page.addView(subheading(host, screen.notRequiredHeading, direction))
                for (item in screen.notRequired) page.addView(notRequiredItem(host, item, direction))
            }
            screen.articleId?.let { article ->
                page.addView(Views.button(context, host.app.uiText(UiText.CHECKLIST_READ_ARTICLE)) {
                    host.push(ArticleScreen(article))
                })
            }
            addSources(host, page, screen.sources, direction)
        }
    }

    private fun subheading(host: Host, text: String, direction: Direction): View =
        Views.text(host.activity, text, direction, sizeSp = 18f, bold = true).apply {
            setPadding(0, Views.dp(host.activity, 16), 0, Views.dp(host.activity, 4))
        }

    private fun requiredItem(host: Host, item: ChecklistItem, direction: Direction): View {
        val context = host.activity
        val style = StateStyle.of(item.state)
        return Views.column(context, direction).apply {
            setPadding(0, Views.dp(context, 8), 0, Views.dp(context, 8))
            addView(Views.text(context, "${style.symbol} ${item.text}", direction, bold = true))
            addView(Views.text(context, item.stateText, direction, sizeSp = 14f).apply { setTextColor(style.argb) })
            if (item.basis.isNotBlank()) addView(Views.text(context, item.basis, direction, sizeSp = 13f))
            item.unverified?.let { addView(unverified(host, it, direction)) }
        }
    }

    private fun unverified(host: Host, text: String, direction: Direction): View =
        Views.text(host.activity, "${StateStyle.WARNING.symbol} $text", direction, sizeSp = 13f).apply {
            setTextColor(StateStyle.WARNING.argb)
        }

    private fun notRequiredItem(host: Host, item: NotRequiredItem, direction: Direction): View {
        val context = host.activity
        return Views.column(context, direction).apply {
            setPadding(0, Views.dp(context, 8), 0, Views.dp(context, 8))
            addView(Views.text(context, "– ${item.text}", direction))
            if (item.basis.isNotBlank()) addView(Views.text(context, item.basis, direction, sizeSp = 13f))
            item.unverified?.let { addView(unverified(host, it, direction)) }
        }
    }

    private fun addSources(host: Host, page: LinearLayout, sources: List<SourceItem>, direction: Direction) {
        if (sources.isEmpty()) return
        val context = host.activity
        page.addView(subheading(host, host.app.uiText(UiText.ARTICLE_SOURCES_HEADING), direction))
        for (source in sources) {
            val url = source.url
            if (url != null) {
                page.addView(Views.row(context, source.citation, "${source.checked}\n$url", direction) { openInBrowser(host, url) })
            } else {
                page.addView(Views.text(context, source.citation, direction, bold = true))
                page.addView(Views.text(context, source.checked, direction, sizeSp = 13f))
            }
            source.translation?.let { link ->
                page.addView(Views.row(context, link.label, link.url, direction) { openInBrowser(host, link.url) })
            }
        }
    }

    /** Sources are official pages: the browser opens them (Huquq itself never goes online). */
    private fun openInBrowser(host: Host, url: String) {
        try {
            host.activity.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse(url)))
        } catch (missing: ActivityNotFoundException) {
            host.showMessage(url)
        }
    }
}
