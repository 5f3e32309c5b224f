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
import org.huquq.HuquqException
import org.huquq.android.nav.Routes
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.android.ui.reasonText
import org.huquq.core.DocumentForm
import org.huquq.core.DocumentFormInput
import org.huquq.core.DocumentKind
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/**
 * A new or existing document. There is no Save button and no draft: the document is created in
 * the vault as soon as its kind is chosen (held by the phone's owner), and every change is sent to
 * the core ~400 ms after the typing pauses (and at once when the screen leaves), so nothing typed
 * is lost and nothing typed exists outside the encrypted vault. The core saves what it can and
 * says which field it refused and why; this screen only shows that.
 */
class EditDocumentScreen(private val documentId: String?) : Screen {
    override val route: String get() = Routes.of("edit", documentId)

    override val secure: Boolean get() = true

    private val handler = Handler(Looper.getMainLooper())
    private val saveSoon = Runnable { save() }
    private var host: Host? = null
    private var fields: Fields? = null
    /** Something was written since the screen was shown: reminders must be planned again. */
    private var changed = false

    /** The views of one build, and the choices the user made in them. */
    private class Fields(
        val id: String,
        var personId: String,
        var kind: DocumentKind,
        val number: EditText,
        val authority: EditText,
        val issued: EditText,
        val expires: EditText,
        val notes: EditText,
        val issuedError: TextView,
        val expiresError: TextView,
        val otherError: TextView,
        val holders: HolderChooser,
    )

    override fun build(host: Host): View {
        // Views of an earlier build are gone; nothing must be saved from them again.
        fields = null
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
        val picker = host.app.kindPicker()
        val context = host.activity
        return Views.page(context, picker.direction) { column ->
            column.addView(Views.heading(context, picker.title, picker.direction))
            for (choice in picker.kinds) {
                column.addView(Views.button(context, choice.label) { howToStart(host, choice.kind) })
            }
        }
    }

    /** A photo first (the document is made with its page, all or nothing), or the details first. */
    private fun howToStart(host: Host, kind: DocumentKind) {
        val app = host.app
        val opened: (String) -> Unit = { id -> host.replace(EditDocumentScreen(id)) }
        val adder = PageAdder(host, PageAdder.Target.New(kind), busy = {}, added = opened)
        val ways = listOf<Pair<String, () -> Unit>>(
            app.uiText(UiText.PAGE_ADD_CAMERA) to { adder.fromCamera() },
            app.uiText(UiText.PAGE_ADD_PICKER) to { adder.fromPicker() },
            app.uiText(UiText.DOCUMENT_DETAILS_FIRST) to { create(host, kind) },
        )
        VaultDialogs.show(
            AlertDialog.Builder(host.activity).setItems(ways.map { it.first }.toTypedArray()) { _, which -> ways[which].second() },
        )
    }

    private fun create(host: Host, kind: DocumentKind) {
        val document = try {
            host.app.newDocument(kind, AppClock.now())
        } catch (failed: HuquqException) {
            host.showError(failed)
            return
        }
        host.replace(EditDocumentScreen(document.id))
    }

    // Step two: the fields and pages.

    private fun edit(host: Host, id: String): View {
        val context = host.activity
        val form = try {
            host.app.documentForm(id)
        } catch (gone: HuquqException.NotFound) {
            return Views.page(context, host.app.direction()) { it.addView(Views.text(context, gone.reason, host.app.direction())) }
        }
        val direction = form.direction
        return Views.page(context, direction) { column ->
            column.addView(Views.text(context, form.autosaveNote, direction, sizeSp = 14f))
            column.addView(DocumentFormViews.label(host, form.kindLabel))
            val kindButton = Views.button(context, form.kinds.first { it.selected }.label) {}
            column.addView(kindButton)
            column.addView(DocumentFormViews.label(host, form.holderLabel))
            val holders = HolderChooser(host) { chosen ->
                fields?.personId = chosen
                saveNow()
            }
            holders.show(form.holders)
            column.addView(holders.group)
            column.addView(Views.button(context, form.addPersonLabel) { holders.askForPerson() })

            val number = DocumentFormViews.textField(host, column, form.number)
            val authority = DocumentFormViews.textField(host, column, form.authority)
            val issued = DocumentFormViews.dateField(host, column, form.issuedOn)
            val issuedError = VaultDialogs.errorLine(host).also { column.addView(it) }
            val expires = DocumentFormViews.dateField(host, column, form.expiresOn)
            val expiresError = VaultDialogs.errorLine(host).also { column.addView(it) }
            val notes = DocumentFormViews.textField(host, column, form.notes).apply {
                inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_MULTI_LINE or
                    InputType.TYPE_TEXT_FLAG_CAP_SENTENCES or InputType.TYPE_TEXT_FLAG_NO_SUGGESTIONS
                minLines = 3
            }
            val otherError = VaultDialogs.errorLine(host).also { column.addView(it) }
            val holder = form.holders.first { it.selected }.personId
            val kind = form.kinds.first { it.selected }.kind
            val current = Fields(id, holder, kind, number, authority, issued, expires, notes, issuedError, expiresError, otherError, holders)
            fields = current
            kindButton.setOnClickListener { chooseNewKind(host, form, current, kindButton) }
            // Listeners come after the texts are set: showing the saved values is not an edit.
            listOf(number, authority, issued, expires, notes).forEach { field -> DocumentFormViews.onEdit(field) { saveLater() } }
            pages(host, column, form)
        }
    }

    private fun chooseNewKind(host: Host, form: DocumentForm, fields: Fields, button: Button) {
        VaultDialogs.show(
            AlertDialog.Builder(host.activity)
                .setTitle(form.kindLabel)
                .setItems(form.kinds.map { it.label }.toTypedArray()) { _, which ->
                    fields.kind = form.kinds[which].kind
                    button.text = form.kinds[which].label
                    saveNow()
                },
        )
    }

    private fun pages(host: Host, column: LinearLayout, form: DocumentForm) {
        val app = host.app
        val context = host.activity
        column.addView(DocumentFormViews.label(host, form.pagesHeading))
        val thumbnails = PageThumbnails(host)
        form.pages.forEach { thumbnails.add(it) }
        column.addView(thumbnails.view)
        val status = Views.text(context, app.uiText(UiText.PAGE_ADDING), form.direction).apply { visibility = View.GONE }
        val camera = Views.button(context, app.uiText(UiText.PAGE_ADD_CAMERA)) {}
        val picker = Views.button(context, app.uiText(UiText.PAGE_ADD_PICKER)) {}
        val adder = PageAdder(
            host,
            PageAdder.Target.Existing(form.documentId),
            busy = { working ->
                status.visibility = if (working) View.VISIBLE else View.GONE
                camera.isEnabled = !working
                picker.isEnabled = !working
            },
            added = { host.refresh() },
        )
        camera.setOnClickListener { adder.fromCamera() }
        picker.setOnClickListener { adder.fromPicker() }
        column.addView(status)
        column.addView(camera)
        column.addView(picker)
    }

    // Saving: the core decides what is saved; the screen shows each field's own error.

    private fun saveLater() {
        handler.removeCallbacks(saveSoon)
        handler.postDelayed(saveSoon, SAVE_DELAY_MS)
    }

    private fun saveNow() {
        handler.removeCallbacks(saveSoon)
        save()
    }

    private fun save() {
        val fields = fields ?: return
        val app = host?.app ?: return
        val typed = DocumentFormInput(
            fields.personId,
            fields.kind,
            fields.number.text.toString(),
            fields.authority.text.toString(),
            fields.issued.text.toString(),
            fields.expires.text.toString(),
            fields.notes.text.toString(),
        )
        val form = try {
            app.saveDocumentForm(fields.id, typed, AppClock.now())
        } catch (failed: HuquqException) {
            // Locked or deleted behind the screen's back: say so where the user is looking.
            VaultDialogs.setError(fields.otherError, failed.reasonText)
            return
        }
        if (form.changed) changed = true
        VaultDialogs.setError(fields.issuedError, form.issuedOn.error)
        VaultDialogs.setError(fields.expiresError, form.expiresOn.error)
        VaultDialogs.setError(fields.otherError, form.error)
        // A person added in the dialog is now one of the holders.
        if (form.holders.size != fields.holders.group.childCount) fields.holders.show(form.holders)
    }

    private companion object {
        const val SAVE_DELAY_MS = 400L
    }
}
