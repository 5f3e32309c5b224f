package org.huquq.android.screens.vault

import android.view.View
import org.huquq.HuquqException
import org.huquq.android.nav.Routes
import org.huquq.android.platform.NotificationAccess
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/** One document as the core's model gives it: fields, pages, payments, its deadlines. */
class DocumentScreen(private val documentId: String) : Screen {
    override val route: String get() = Routes.of("document", documentId)

    override val secure: Boolean get() = true

    override fun build(host: Host): View = VaultGuard.screen(host) { content(host) }

    private fun content(host: Host): View {
        val app = host.app
        val context = host.activity
        val screen = try {
            app.documentScreen(documentId, AppClock.now())
        } catch (gone: HuquqException.NotFound) {
            // Deleted on another screen meanwhile.
            return Views.page(context, app.direction()) { it.addView(Views.text(context, gone.reason, app.direction())) }
        }
        val direction = screen.direction
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, screen.title, direction))
            for (field in screen.fields) {
                column.addView(Views.text(context, field.label, direction, sizeSp = 14f))
                column.addView(Views.text(context, field.value, direction, sizeSp = 18f))
            }
            column.addView(Views.text(context, screen.pagesHeading, direction, sizeSp = 18f, bold = true))
            screen.noPagesText?.let { column.addView(Views.text(context, it, direction)) }
            if (screen.pages.isNotEmpty()) {
                val thumbnails = PageThumbnails(host)
                screen.pages.forEach { thumbnails.add(it) }
                column.addView(thumbnails.view)
            }
            if (screen.payments.isNotEmpty()) {
                column.addView(Views.text(context, screen.paymentsHeading, direction, sizeSp = 18f, bold = true))
                screen.payments.forEach { column.addView(Views.text(context, it.text, direction)) }
            }
            if (screen.deadlines.isNotEmpty()) {
                column.addView(Views.text(context, screen.deadlinesHeading, direction, sizeSp = 18f, bold = true))
                // Its deadlines remind only if notifications reach the user: say so where it matters.
                if (!NotificationAccess.notificationsAllowed(context)) {
                    column.addView(Views.text(context, app.uiText(UiText.REMINDERS_NOTIFICATIONS_OFF), direction, sizeSp = 14f))
                }
                screen.deadlines.forEach { column.addView(Views.text(context, "${it.title}: ${it.status}", direction)) }
            }
            column.addView(Views.button(context, screen.editLabel) { host.push(EditDocumentScreen(documentId)) })
            column.addView(
                Views.button(context, screen.deleteLabel) {
                    VaultDialogs.confirm(host, screen.deleteConfirm, app.uiText(UiText.ACTION_DELETE)) { delete(host) }
                },
            )
        }
    }

    private fun delete(host: Host) {
        try {
            host.app.deleteDocument(documentId)
        } catch (failed: HuquqException) {
            host.showError(failed)
            return
        }
        // Its expiry was a deadline: reminders for it must go.
        ReminderScheduler.reschedule(host.activity)
        host.showMessage(host.app.uiText(UiText.VAULT_DELETED))
        host.back()
    }
}
