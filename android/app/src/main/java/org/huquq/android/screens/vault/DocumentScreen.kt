package org.huquq.android.screens.vault

import android.view.View
import android.widget.LinearLayout
import org.huquq.HuquqException
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.Document

/** One document: its fields, its pages, and the ways to edit or delete it. */
class DocumentScreen(private val documentId: String) : Screen {
    override val secure: Boolean get() = true

    override fun build(host: Host): View = VaultGuard.screen(host) { content(host) }

    private fun content(host: Host): View {
        val app = host.app
        val context = host.activity
        val direction = app.direction()
        return VaultGuard.documentPage(host, documentId) { document, column ->
            column.addView(Views.heading(context, VaultText.kind(app, document.kind), direction))
            fields(host, column, document)
            column.addView(Views.text(context, app.uiText("android-document-pages-heading"), direction, sizeSp = 18f, bold = true))
            val pages = app.pages(documentId)
            if (pages.isEmpty()) {
                column.addView(Views.text(context, app.uiText("android-pages-none"), direction))
            } else {
                val thumbnails = PageThumbnails(host)
                pages.forEach { thumbnails.add(it) }
                column.addView(thumbnails.view)
            }
            column.addView(Views.button(context, app.uiText("android-document-edit")) { host.push(EditDocumentScreen(documentId)) })
            column.addView(
                Views.button(context, app.uiText("android-document-delete")) {
                    VaultDialogs.confirm(host, app.uiText("android-document-delete-confirm"), app.uiText("android-delete")) {
                        delete(host)
                    }
                },
            )
        }
    }

    private fun fields(host: Host, column: LinearLayout, document: Document) {
        val app = host.app
        fun field(label: String, value: String?) {
            if (value.isNullOrBlank()) return
            column.addView(Views.text(host.activity, label, app.direction(), sizeSp = 14f))
            column.addView(Views.text(host.activity, value, app.direction(), sizeSp = 18f))
        }
        field(app.uiText("android-field-holder"), app.people().firstOrNull { it.id == document.personId }?.name)
        field(app.uiText("android-field-number"), document.number)
        field(app.uiText("vault-authority"), document.authority)
        field(app.uiText("field-issued-on"), document.issuedOn?.let { VaultText.date(app, it) })
        field(app.uiText("field-expires-on"), VaultText.expiry(app, document.expiresOn))
        field(app.uiText("vault-notes"), document.notes)
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
        host.showMessage(host.app.uiText("vault-deleted"))
        host.back()
    }
}
