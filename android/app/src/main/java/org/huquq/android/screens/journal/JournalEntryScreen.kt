package org.huquq.android.screens.journal

import android.view.View
import org.huquq.HuquqException
import org.huquq.android.logic.StateStyle
import org.huquq.android.nav.Routes
import org.huquq.android.platform.AppClock
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.UiText

/** One journal entry in full, with when the phone wrote it, its place in its journal and its seal. */
class JournalEntryScreen(private val entryId: String) : Screen {
    override val route: String get() = Routes.of("journal-entry", entryId)

    override val secure: Boolean get() = true

    override fun build(host: Host): View = VaultGuard.screen(host) { content(host) }

    private fun content(host: Host): View {
        val app = host.app
        val context = host.activity
        val screen = try {
            app.journalEntryScreen(entryId)
        } catch (gone: HuquqException.NotFound) {
            return Views.page(context, app.direction()) { it.addView(Views.text(context, gone.reason, app.direction())) }
        }
        val direction = screen.direction
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, screen.title, direction))
            column.addView(Views.text(context, screen.`when`, direction, bold = true))
            column.addView(KbViews.secondary(context, screen.captured, direction))
            screen.correctionNote?.let { column.addView(Views.text(context, it, direction)) }
            for (field in screen.fields) {
                column.addView(KbViews.secondary(context, field.label, direction).apply { setPadding(0, Views.dp(context, 12), 0, 0) })
                column.addView(
                    Views.text(context, field.text, direction, sizeSp = 18f).apply {
                        // What the user wrote, in whatever language: it reads in its own direction.
                        textDirection = View.TEXT_DIRECTION_FIRST_STRONG
                    },
                )
            }
            screen.documents.forEach { column.addView(Views.text(context, it, direction)) }
            column.addView(KbViews.gap(context, 12))
            column.addView(KbViews.secondary(context, screen.position, direction))
            column.addView(KbViews.copyable(context, screen.seal, direction, 12f))
            column.addView(
                Views.text(context, screen.check, direction, sizeSp = 14f).apply {
                    // Said with a symbol too: a changed entry is not told by colour alone.
                    if (!screen.intact) {
                        text = "${StateStyle.WARNING.symbol} ${screen.check}"
                        setTextColor(StateStyle.WARNING.argb)
                    }
                },
            )
            screen.custodyReminder?.let { label ->
                column.addView(
                    Views.button(context, label) {
                        try {
                            host.showMessage(app.remindCustody(entryId, AppClock.now()).message)
                            ReminderScheduler.reschedule(context)
                            host.refresh()
                        } catch (refused: HuquqException) {
                            host.showError(refused)
                        }
                    },
                )
            }
            column.addView(Views.button(context, app.uiText(UiText.JOURNAL_CORRECT)) { host.push(JournalFormScreen(corrects = entryId)) })
        }
    }
}
