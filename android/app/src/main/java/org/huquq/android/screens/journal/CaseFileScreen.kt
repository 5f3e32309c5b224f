package org.huquq.android.screens.journal

import android.app.Activity
import android.content.Intent
import android.net.Uri
import android.view.View
import android.widget.LinearLayout
import android.widget.RadioGroup
import org.huquq.BackupKey
import org.huquq.ProgressListener
import org.huquq.android.nav.Routes
import org.huquq.android.platform.AppClock
import org.huquq.android.platform.Background
import org.huquq.android.platform.CacheExport
import org.huquq.android.platform.VaultSession
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.screens.settings.BackupProgress
import org.huquq.android.screens.settings.PassphraseDialog
import org.huquq.android.screens.vault.VaultGuard
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.CaseFileOptions
import org.huquq.core.CaseFileScreen as Model
import org.huquq.core.Direction
import org.huquq.core.IncludeChoice
import org.huquq.core.LanguageItem
import org.huquq.core.ProgressKind
import org.huquq.core.UiText

/**
 * The case file for a lawyer, drawn from the core's options model: the lawyer's language and the
 * user's beside it, the documents and pages to include, encryption. The options live on this
 * screen while the user chooses; the core makes the PDF, and the Storage Access Framework takes
 * it where the user wants (a messenger's share, Downloads, a USB stick) without a storage
 * permission.
 */
class CaseFileScreen : Screen {
    override val route: String get() = Routes.of("case-file")

    override val secure: Boolean get() = true

    private var options: CaseFileOptions? = null
    /** The user's choice; until there is one, the core's. */
    private var encrypt: Boolean? = null

    override fun build(host: Host): View = VaultGuard.screen(host) { content(host) }

    private fun content(host: Host): View {
        val context = host.activity
        val model = host.app.caseFileScreen(options, AppClock.now())
        options = model.options
        val encrypting = encrypt ?: model.encrypt.also { encrypt = it }
        val direction = model.direction
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, model.title, direction))
            column.addView(KbViews.secondary(context, model.note, direction))

            column.addView(KbViews.section(context, model.lawyerLabel, direction))
            column.addView(languages(host, model.lawyerLanguages) { tag -> change(host) { it.copy(lawyerLanguage = tag) } })
            column.addView(KbViews.section(context, model.userLabel, direction))
            column.addView(languages(host, model.userLanguages) { tag -> change(host) { it.copy(userLanguage = tag) } })

            choices(host, column, model.documentsLabel, model.documents, direction) { current, id, ticked ->
                current.copy(documentIds = toggled(current.documentIds, id, ticked))
            }
            choices(host, column, model.pagesLabel, model.pages, direction) { current, id, ticked ->
                current.copy(pageIds = toggled(current.pageIds, id, ticked))
            }

            column.addView(Views.checkbox(context, model.encryptLabel, encrypting) { encrypt = it })
            column.addView(KbViews.secondary(context, model.encryptHint, direction))
            column.addView(Views.button(context, model.exportLabel) { export(host, model) })
        }
    }

    /** One choice per language, each in its own direction (a language's name is in that language). */
    private fun languages(host: Host, items: List<LanguageItem>, choose: (String) -> Unit): View {
        val group = RadioGroup(host.activity).apply { orientation = LinearLayout.VERTICAL }
        val tagOf = HashMap<Int, String>()
        for (item in items) {
            val radio = Views.radio(host.activity, item.name).apply {
                textDirection = Views.textDirection(item.direction)
                layoutDirection = Views.layoutDirection(host.app.direction())
            }
            tagOf[radio.id] = item.tag
            group.addView(radio)
            if (item.selected) group.check(radio.id)
        }
        group.setOnCheckedChangeListener { _, id -> tagOf[id]?.let(choose) }
        return group
    }

    /** A box per thing to include; ticking one changes the options held here (no rebuild). */
    private fun choices(
        host: Host,
        column: LinearLayout,
        label: String,
        items: List<IncludeChoice>,
        direction: Direction,
        tick: (CaseFileOptions, String, Boolean) -> CaseFileOptions,
    ) {
        if (items.isEmpty()) return
        column.addView(KbViews.section(host.activity, label, direction))
        for (item in items) {
            column.addView(
                Views.checkbox(host.activity, item.label, item.selected) { ticked ->
                    options = options?.let { tick(it, item.id, ticked) }
                },
            )
        }
    }

    private fun change(host: Host, edit: (CaseFileOptions) -> CaseFileOptions) {
        options = options?.let(edit)
        host.refresh()
    }

    private fun toggled(ids: List<String>, id: String, ticked: Boolean): List<String> =
        if (ticked) (ids + id).distinct() else ids - id

    private fun export(host: Host, model: Model) {
        val chosen = options ?: return
        if (encrypt ?: model.encrypt) {
            PassphraseDialog.ask(host, model.title, twice = true) { passphrase ->
                pick(host, model.encryptedFileName, "application/octet-stream") { uri ->
                    write(host, chosen, BackupKey.Passphrase(passphrase), uri)
                }
            }
        } else {
            pick(host, model.fileName, "application/pdf") { uri -> write(host, chosen, null, uri) }
        }
    }

    private fun pick(host: Host, name: String, type: String, then: (Uri) -> Unit) {
        val intent = Intent(Intent.ACTION_CREATE_DOCUMENT).apply {
            addCategory(Intent.CATEGORY_OPENABLE)
            this.type = type
            putExtra(Intent.EXTRA_TITLE, name)
        }
        VaultSession.launch(host, intent) { code, data ->
            val uri = data?.data
            if (code == Activity.RESULT_OK && uri != null) then(uri)
        }
    }

    private fun write(host: Host, chosen: CaseFileOptions, key: BackupKey?, destination: Uri) {
        val app = host.app
        val context = host.activity
        val progress = BackupProgress(host)
        progress.start(ProgressKind.CASE_FILE)
        val listener = object : ProgressListener {
            override fun onProgress(done: ULong, total: ULong) {
                context.runOnUiThread { progress.update(app.progress(ProgressKind.CASE_FILE, done, total)) }
            }
        }
        Background.run(context, {
            CacheExport.through(context, destination, ".pdf") { file ->
                app.exportCaseFile(chosen, file.path, key, AppClock.now(), listener)
            }
        }) { result ->
            progress.stop()
            result.fold(
                onSuccess = { summary ->
                    val counts = mapOf(
                        "pages" to summary.pages.toString(),
                        "entries" to summary.entries.toString(),
                        "pictures" to summary.pictures.toString(),
                    )
                    val done = if (summary.encrypted) UiText.CASEFILE_DONE_ENCRYPTED else UiText.CASEFILE_DONE
                    host.showMessage(app.uiTextWith(done, counts))
                },
                onFailure = { error ->
                    CacheExport.discard(context, destination)
                    when (error) {
                        is CacheExport.DestinationFailed -> host.showMessage(app.uiText(UiText.BACKUP_WRITE_FAILED))
                        else -> host.showError(error)
                    }
                },
            )
        }
    }
}
