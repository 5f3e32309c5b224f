package org.huquq.android.screens.vault

import android.app.AlertDialog
import android.os.Handler
import android.os.Looper
import android.text.InputType
import android.view.View
import android.widget.Button
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.TextView
import java.time.Instant
import org.huquq.App
import org.huquq.HuquqException
import org.huquq.android.logic.DateErrorPlacement
import org.huquq.android.logic.DateField
import org.huquq.android.logic.DocumentEdits
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.Document
import org.huquq.core.DocumentInput
import org.huquq.core.DocumentKind
import org.huquq.core.PersonInput
import org.huquq.core.Relation

/**
 * A new or existing document. There is no Save button and no draft: the document is created in
 * the vault as soon as its kind is chosen, and every change is written there ~400 ms after the
 * typing pauses (and at once when the screen leaves, e.g. the phone locks), so nothing typed is
 * lost and nothing typed exists outside the encrypted vault. A date the core refuses shows its
 * reason under the field and is not saved until it is valid; the other fields are saved meanwhile.
 */
class EditDocumentScreen(private val documentId: String?) : Screen {
    override val secure: Boolean get() = true

    private val handler = Handler(Looper.getMainLooper())
    private val saveSoon = Runnable { save() }
    private var host: Host? = null
    private var form: Form? = null
    /** Something was written since the screen was shown: reminders must be planned again. */
    private var changed = false

    /** The fields of one build, and the document as last saved. */
    private class Form(
        saved: Document,
        val number: EditText,
        val authority: EditText,
        val issued: EditText,
        val expires: EditText,
        val notes: EditText,
        val issuedError: TextView,
        val expiresError: TextView,
        val otherError: TextView,
    ) {
        var last: Document = saved
        var personId: String = saved.personId
        var kind: DocumentKind = saved.kind
    }

    override fun build(host: Host): View {
        // Views of an earlier build are gone; nothing must be saved from them again.
        form = null
        this.host = host
        return VaultGuard.screen(host) { if (documentId == null) chooseKind(host) else edit(host, documentId) }
    }

    override fun onLeave() {
        handler.removeCallbacks(saveSoon)
        save()
        val host = host ?: return
        if (changed) {
            changed = false
            // An expiry date is a deadline: the reminders follow it.
            ReminderScheduler.reschedule(host.activity)
        }
    }

    // Step one: the kind, which the core requires before anything can be saved.

    private fun chooseKind(host: Host): View {
        val app = host.app
        val context = host.activity
        val direction = app.direction()
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, app.uiText("android-kind-choose"), direction))
            for (kind in DocumentKind.entries) {
                column.addView(Views.button(context, VaultText.kind(app, kind)) { create(host, kind) })
            }
        }
    }

    private fun create(host: Host, kind: DocumentKind) {
        val app = host.app
        val document = try {
            app.addDocument(DocumentInput(holderForNew(app), kind, "", "", null, null, ""), Instant.now())
        } catch (failed: HuquqException) {
            host.showError(failed)
            return
        }
        host.replace(EditDocumentScreen(document.id))
    }

    /** A new document is the phone owner's until the user says otherwise; made on first use. */
    private fun holderForNew(app: App): String =
        app.people().firstOrNull { it.relation == Relation.MYSELF }?.id
            ?: app.addPerson(PersonInput(app.uiText("vault-me"), Relation.MYSELF), Instant.now()).id

    // Step two: the fields and pages.

    private fun edit(host: Host, id: String): View {
        val app = host.app
        val context = host.activity
        val direction = app.direction()
        return VaultGuard.documentPage(host, id) { document, column ->
            column.addView(Views.text(context, app.uiText("android-document-autosave"), direction, sizeSp = 14f))
            column.addView(DocumentFormViews.label(host, app.uiText("field-kind")))
            val kindButton = Views.button(context, VaultText.kind(app, document.kind)) {}
            column.addView(kindButton)
            column.addView(DocumentFormViews.label(host, app.uiText("android-field-holder")))
            val holders = HolderChooser(host, document.personId) { chosen ->
                form?.personId = chosen
                saveNow()
            }
            column.addView(holders.group)
            column.addView(Views.button(context, app.uiText("android-person-add")) { holders.askForPerson() })

            val number = DocumentFormViews.textField(host, column, app.uiText("android-field-number"), document.number)
            val authority = DocumentFormViews.textField(host, column, app.uiText("vault-authority"), document.authority)
            val issued = DocumentFormViews.dateField(host, column, app.uiText("field-issued-on"), document.issuedOn)
            val issuedError = VaultDialogs.errorLine(host).also { column.addView(it) }
            val expires = DocumentFormViews.dateField(host, column, app.uiText("field-expires-on"), document.expiresOn)
            val expiresError = VaultDialogs.errorLine(host).also { column.addView(it) }
            val notes = DocumentFormViews.textField(host, column, app.uiText("vault-notes"), document.notes).apply {
                inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_MULTI_LINE or
                    InputType.TYPE_TEXT_FLAG_CAP_SENTENCES or InputType.TYPE_TEXT_FLAG_NO_SUGGESTIONS
                minLines = 3
            }
            val otherError = VaultDialogs.errorLine(host).also { column.addView(it) }

            val current = Form(document, number, authority, issued, expires, notes, issuedError, expiresError, otherError)
            form = current
            kindButton.setOnClickListener { chooseNewKind(host, current, kindButton) }
            // Listeners come after the texts are set: showing the saved values is not an edit.
            listOf(number, authority, issued, expires, notes).forEach { field -> DocumentFormViews.onEdit(field) { saveLater() } }
            pages(host, column, id)
        }
    }

    private fun chooseNewKind(host: Host, form: Form, button: Button) {
        val app = host.app
        val kinds = DocumentKind.entries
        VaultDialogs.show(
            AlertDialog.Builder(host.activity)
                .setTitle(app.uiText("field-kind"))
                .setItems(kinds.map { VaultText.kind(app, it) }.toTypedArray()) { _, which ->
                    form.kind = kinds[which]
                    button.text = VaultText.kind(app, form.kind)
                    saveNow()
                },
        )
    }

    private fun pages(host: Host, column: LinearLayout, id: String) {
        val app = host.app
        val context = host.activity
        column.addView(DocumentFormViews.label(host, app.uiText("android-document-pages-heading")))
        val thumbnails = PageThumbnails(host)
        app.pages(id).forEach { thumbnails.add(it) }
        column.addView(thumbnails.view)
        val status = Views.text(context, app.uiText("android-page-adding"), app.direction()).apply { visibility = View.GONE }
        val camera = Views.button(context, app.uiText("android-page-add-camera")) {}
        val picker = Views.button(context, app.uiText("android-page-add-picker")) {}
        val adder = PageAdder(
            host,
            id,
            busy = { working ->
                status.visibility = if (working) View.VISIBLE else View.GONE
                camera.isEnabled = !working
                picker.isEnabled = !working
            },
            added = { thumbnails.add(it) },
        )
        camera.setOnClickListener { adder.fromCamera() }
        picker.setOnClickListener { adder.fromPicker() }
        column.addView(status)
        column.addView(camera)
        column.addView(picker)
    }

    // Saving.

    private fun saveLater() {
        handler.removeCallbacks(saveSoon)
        handler.postDelayed(saveSoon, SAVE_DELAY_MS)
    }

    private fun saveNow() {
        handler.removeCallbacks(saveSoon)
        save()
    }

    private fun save() {
        val form = form ?: return
        val app = host?.app ?: return
        val input = DocumentEdits.input(
            form.personId,
            form.kind,
            form.number.text.toString(),
            form.authority.text.toString(),
            form.issued.text.toString(),
            form.expires.text.toString(),
            form.notes.text.toString(),
        )
        if (DocumentEdits.unchanged(input, form.last)) {
            showErrors(form, null, null)
            return
        }
        try {
            form.last = app.updateDocument(form.last.id, input, Instant.now())
            changed = true
            showErrors(form, null, null)
        } catch (invalid: HuquqException.InvalidInput) {
            val reason = VaultText.reason(invalid)
            val field = DateErrorPlacement.of(reason, app.uiText("field-issued-on"), app.uiText("field-expires-on"))
            showErrors(form, field, reason)
            // The dates wait until they are valid; everything else is saved now.
            val rest = DocumentEdits.keepingSavedDates(input, form.last)
            if (DocumentEdits.unchanged(rest, form.last)) return
            try {
                form.last = app.updateDocument(form.last.id, rest, Instant.now())
                changed = true
            } catch (stillRefused: HuquqException) {
                VaultDialogs.setError(form.otherError, VaultText.reason(stillRefused))
            }
        } catch (failed: HuquqException) {
            // Locked or deleted behind the screen's back: say so where the user is looking.
            VaultDialogs.setError(form.otherError, VaultText.reason(failed))
        }
    }

    private fun showErrors(form: Form, field: DateField?, reason: String?) {
        VaultDialogs.setError(form.issuedError, reason.takeIf { field == DateField.ISSUED })
        VaultDialogs.setError(form.expiresError, reason.takeIf { field == DateField.EXPIRES })
        VaultDialogs.setError(form.otherError, null)
    }

    private companion object {
        const val SAVE_DELAY_MS = 400L
    }
}
