package org.huquq.android.screens.journal

import android.view.View
import org.huquq.android.logic.StateStyle
import org.huquq.android.nav.Routes
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views

/**
 * The journal of dealings with officials, as the core's model gives it: whether each journal is
 * intact (with its seal), the entries, latest first, and the documents an office holds.
 */
class JournalScreen : Screen {
    override val route: String get() = Routes.of("journal")

    override val secure: Boolean get() = true

    override fun build(host: Host): View = VaultGuard.screen(host) { content(host) }

    private fun content(host: Host): View {
        val context = host.activity
        val screen = host.app.journalScreen()
        val direction = screen.direction
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, screen.title, direction))
            for (chain in screen.chains) {
                column.addView(Views.text(context, chain.label, direction, bold = true))
                column.addView(
                    Views.text(context, chain.text, direction, sizeSp = 14f).apply {
                        // Said with a symbol too: a broken journal is not told by colour alone.
                        if (!chain.intact) {
                            text = "${StateStyle.WARNING.symbol} ${chain.text}"
                            setTextColor(StateStyle.WARNING.argb)
                        }
                    },
                )
                column.addView(KbViews.copyable(context, chain.seal, direction, 12f))
            }
            column.addView(Views.button(context, screen.addLabel) { host.push(JournalFormScreen(corrects = null)) })
            screen.caseFileLabel?.let { label -> column.addView(Views.button(context, label) { host.push(CaseFileScreen()) }) }
            screen.emptyText?.let { column.addView(Views.text(context, it, direction)) }
            val rows = screen.entries.map { entry ->
                KbViews.item(context, entry.title, listOfNotNull(entry.summary, entry.correctionNote), direction) {
                    host.push(JournalEntryScreen(entry.id))
                }
            }
            KbViews.list(column, rows)
            if (screen.custody.isNotEmpty()) {
                column.addView(KbViews.section(context, screen.custodyHeading, direction))
                for (custody in screen.custody) {
                    column.addView(Views.text(context, custody.document, direction, bold = true))
                    column.addView(Views.text(context, custody.taken, direction, sizeSp = 14f))
                    custody.promised?.let { column.addView(Views.text(context, it, direction, sizeSp = 14f)) }
                    column.addView(
                        Views.text(context, custody.status, direction, sizeSp = 14f).apply {
                            if (custody.held) setTextColor(StateStyle.WARNING.argb)
                        },
                    )
                }
            }
        }
    }
}
