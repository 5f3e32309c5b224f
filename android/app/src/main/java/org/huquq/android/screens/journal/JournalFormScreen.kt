package org.huquq.android.screens.journal

import android.app.AlertDialog
import android.text.InputType
import android.view.View
import android.view.inputmethod.EditorInfo
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.RadioGroup
import android.widget.TextView
import org.huquq.HuquqException
import org.huquq.android.nav.Routes
import org.huquq.android.platform.AppClock
import org.huquq.android.platform.ReminderScheduler
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.screens.vault.VaultDialogs
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.DocumentAction
import org.huquq.core.DocumentLinkInput
import org.huquq.core.EntryKind
import org.huquq.core.Field
import org.huquq.core.IncludeChoice
import org.huquq.core.JournalEntryInput
import org.huquq.core.JournalFormScreen as FormModel

/**
 * A new journal entry, or a correction of [corrects], drawn from the core's form model and saved
 * once: the core seals it, or refuses it naming the field, whose message then shows under it.
 * What was typed is kept on this screen across rebuilds until it is saved.
 */
class JournalFormScreen(private val corrects: String?) : Screen {
    override val route: String get() = Routes.of("journal-form", corrects)

    override val secure: Boolean get() = true

    private var kind: EntryKind? = null
    private val typed = HashMap<Field, String>()
    private val actions = HashMap<String, DocumentAction?>()
    /** The pages and payments ticked; null until the form first says which start ticked. */
    private var pages: MutableSet<String>? = null
    private var payments: MutableSet<String>? = null

    override fun build(host: Host): View = VaultGuard.screen(host) { content(host) }

    private fun content(host: Host): View {
        val context = host.activity
        val form = host.app.journalForm(corrects, AppClock.now())
        val direction = form.direction
        val errors = HashMap<Field, TextView>()
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, form.title, direction))
            column.addView(KbViews.secondary(context, form.note, direction))

            column.addView(label(host, form.kindLabel))
            val kinds = RadioGroup(context)
            val kindOf = HashMap<Int, EntryKind>()
            val chosen = kind ?: form.kinds.first { it.selected }.kind
            for (choice in form.kinds) {
                val radio = Views.radio(context, choice.label)
                kindOf[radio.id] = choice.kind
                kinds.addView(radio)
                if (choice.kind == chosen) kinds.check(radio.id)
            }
            kinds.setOnCheckedChangeListener { _, id -> kind = kindOf[id] }
            kind = chosen
            column.addView(kinds)

            field(host, column, Field.HAPPENED_ON, form.`when`.label, form.`when`.value, form.`when`.hint, false, errors)
            for (text in form.texts) {
                field(host, column, text.field, text.label, text.value, null, text.multiline, errors)
            }

            if (form.documents.isNotEmpty()) {
                column.addView(label(host, form.documentsLabel))
                for (document in form.documents) {
                    if (document.documentId !in actions) actions[document.documentId] = document.action
                    column.addView(documentButton(host, form, document.documentId, document.label))
                }
                errors[Field.DOCUMENTS] = VaultDialogs.errorLine(host).also(column::addView)
            }
            field(host, column, Field.RETURN_BY, form.returnBy.label, form.returnBy.value, form.returnBy.hint, false, errors)

            val ticked = { choices: List<IncludeChoice> -> choices.filter { it.selected }.map { it.id }.toMutableSet() }
            val pageIds = pages ?: ticked(form.pages).also { pages = it }
            val paymentIds = payments ?: ticked(form.payments).also { payments = it }
            boxes(host, column, form.pagesLabel, form.pages, pageIds)
            boxes(host, column, form.paymentsLabel, form.payments, paymentIds)

            column.addView(Views.button(context, form.saveLabel) { save(host, errors) })
        }
    }

    private fun label(host: Host, text: String): TextView =
        Views.text(host.activity, text, host.app.direction(), sizeSp = 14f).apply {
            setPadding(0, Views.dp(host.activity, 12), 0, 0)
        }

    /** A labelled field; names, badge numbers and what was said never reach the keyboard's memory. */
    private fun field(
        host: Host,
        column: LinearLayout,
        field: Field,
        label: String,
        value: String,
        hint: String?,
        multiline: Boolean,
        errors: MutableMap<Field, TextView>,
    ) {
        val context = host.activity
        val name = label(host, label)
        val edit = Views.field(context).apply {
            id = View.generateViewId()
            setText(typed[field] ?: value)
            this.hint = hint
            inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_NO_SUGGESTIONS or
                (if (multiline) InputType.TYPE_TEXT_FLAG_MULTI_LINE else 0)
            imeOptions = imeOptions or EditorInfo.IME_FLAG_NO_PERSONALIZED_LEARNING
            textDirection = View.TEXT_DIRECTION_FIRST_STRONG
        }
        name.labelFor = edit.id
        typed[field] = edit.text.toString()
        edit.addTextChangedListener(object : android.text.TextWatcher {
            override fun beforeTextChanged(s: CharSequence?, start: Int, count: Int, after: Int) {}
            override fun onTextChanged(s: CharSequence?, start: Int, before: Int, count: Int) {}
            override fun afterTextChanged(s: android.text.Editable?) {
                typed[field] = s?.toString().orEmpty()
            }
        })
        column.addView(name)
        column.addView(edit)
        errors[field] = VaultDialogs.errorLine(host).also(column::addView)
    }

    /** A box per page or payment that may go with the entry; ticking one changes [ids]. */
    private fun boxes(host: Host, column: LinearLayout, label: String, choices: List<IncludeChoice>, ids: MutableSet<String>) {
        if (choices.isEmpty()) return
        column.addView(label(host, label))
        for (choice in choices) {
            column.addView(
                Views.checkbox(host.activity, choice.label, choice.id in ids) { on ->
                    if (on) ids.add(choice.id) else ids.remove(choice.id)
                },
            )
        }
    }

    /** "Passport · AA 1: Taken", and a choice of what happened to it. */
    private fun documentButton(host: Host, form: FormModel, documentId: String, label: String): View {
        fun text() = "$label: ${form.actions.first { it.action == actions[documentId] }.label}"
        return Views.button(host.activity, text()) {}.apply {
            setOnClickListener { button ->
                val choices = form.actions
                AlertDialog.Builder(host.activity)
                    .setTitle(label)
                    .setSingleChoiceItems(choices.map { it.label }.toTypedArray(), choices.indexOfFirst { it.action == actions[documentId] }) { dialog, which ->
                        actions[documentId] = choices[which].action
                        (button as android.widget.Button).text = text()
                        dialog.dismiss()
                    }
                    .show()
            }
        }
    }

    private fun input(): JournalEntryInput = JournalEntryInput(
        personId = null,
        kind = kind ?: EntryKind.OTHER,
        happenedAt = typed[Field.HAPPENED_ON].orEmpty(),
        place = typed[Field.PLACE].orEmpty(),
        office = typed[Field.OFFICE].orEmpty(),
        official = typed[Field.OFFICIAL].orEmpty(),
        demanded = typed[Field.DEMANDED].orEmpty(),
        documents = actions.mapNotNull { (id, action) -> action?.let { DocumentLinkInput(id, it) } },
        moneyAsked = typed[Field.MONEY_ASKED].orEmpty(),
        paymentIds = payments?.toList().orEmpty(),
        said = typed[Field.SAID].orEmpty(),
        outcome = typed[Field.OUTCOME].orEmpty(),
        witnesses = typed[Field.WITNESSES].orEmpty(),
        pageIds = pages?.toList().orEmpty(),
        promisedReturn = typed[Field.RETURN_BY].orEmpty().ifBlank { null },
    )

    private fun save(host: Host, errors: Map<Field, TextView>) {
        errors.values.forEach { VaultDialogs.setError(it, null) }
        val saved = try {
            val input = input()
            if (corrects == null) host.app.addJournalEntry(input, AppClock.now()) else host.app.correctJournalEntry(corrects, input, AppClock.now())
        } catch (refused: HuquqException.InvalidInput) {
            val line = errors[refused.field]
            if (line != null) VaultDialogs.setError(line, refused.reason) else host.showError(refused)
            return
        } catch (error: HuquqException) {
            host.showError(error)
            return
        }
        // A passport recorded as returned may have closed its custody reminders.
        ReminderScheduler.reschedule(host.activity)
        host.replace(JournalEntryScreen(saved.id))
    }
}
