package org.huquq.android.screens

import android.app.Activity
import android.content.Intent
import android.net.Uri
import android.widget.TextView
import java.io.File
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import org.huquq.android.HuquqApplication
import org.huquq.android.platform.AppClock
import org.huquq.android.screens.journal.JournalScreen
import org.huquq.android.screens.vault.VaultGateScreen
import org.huquq.core.DocumentInput
import org.huquq.core.DocumentKind
import org.huquq.core.GateAction
import org.huquq.core.GateState
import org.huquq.core.UiText
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config

/** The encounter journal on the real core: recording a dealing through the form, its seal, custody. */
@RunWith(RobolectricTestRunner::class)
@Config(sdk = [24, 33, 35], application = HuquqApplication::class, manifest = Config.NONE)
class JournalScreensTest {
    private lateinit var ui: ScreenDriver
    private val now = Instant.parse("2026-12-06T10:00:00Z")

    @Before
    fun start() {
        AppClock.clock = Clock.fixed(now, ZoneOffset.UTC)
        ui = ScreenDriver.start(language = "en")
    }

    @After
    fun reset() {
        AppClock.clock = Clock.systemUTC()
    }

    private fun typeInto(label: String, text: String) {
        val name = ui.all(TextView::class.java).first { it.text.toString() == label }
        ui.fields().single { it.id == name.labelFor }.setText(text)
    }

    @Test
    fun aDealingIsRecordedThroughTheFormSealedAndTheDocumentShownAsHeld() {
        ui.activity.push(VaultGateScreen())
        ui.button(ui.gateButton(GateState.CREATE, GateAction.CREATE_VAULT)).performClick()
        ui.waitFor("the document list") { ui.texts().contains(ui.vaultList().addLabel) }
        val app = ui.app
        val me = app.defaultHolder(now).id
        app.addDocument(DocumentInput(me, DocumentKind.PASSPORT, "AA 1", "", null, null, ""), now)
        ui.activity.restart()

        ui.tap(ui.t(UiText.HOME_JOURNAL))
        val empty = app.journalScreen()
        assertTrue(ui.texts().contains(empty.emptyText!!))
        ui.button(empty.addLabel).performClick()
        val form = app.journalForm(null, now)
        assertEquals("the user's local time now (Almaty)", "2026-12-06 15:00", form.`when`.value)

        ui.tap(form.kinds.first { it.kind == org.huquq.core.EntryKind.DOCUMENT_TAKEN }.label)
        typeInto(form.texts.first { it.field == org.huquq.core.Field.OFFICE }.label, "Migration police")
        // A day after now is refused under the date, and nothing is saved.
        typeInto(form.`when`.label, "2026-12-07 09:00")
        ui.button(form.saveLabel).performClick()
        ui.idle()
        assertTrue(ui.texts().any { it.replace("\u2068", "").replace("\u2069", "").startsWith("Date: this is after now") })
        assertTrue(app.journalScreen().entries.isEmpty())
        // Document taken, but no document chosen as taken: refused under the documents.
        typeInto(form.`when`.label, "2026-12-01 11:00")
        ui.button(form.saveLabel).performClick()
        ui.idle()
        assertTrue(ui.texts().any { it.replace("\u2068", "").replace("\u2069", "") == "Please fill in: Documents." })
        assertTrue(app.journalScreen().entries.isEmpty())

        ui.button("Passport · AA 1: Not involved").performClick()
        ui.chooseInDialog("Taken")
        ui.button(form.saveLabel).performClick()
        ui.idle()
        val saved = app.journalScreen().entries.single()
        assertEquals("Migration police", app.journalEntry(saved.id).office)
        val detail = app.journalEntryScreen(saved.id)
        assertEquals(detail.title, ui.texts().first())
        assertTrue(ui.texts().contains(detail.seal))

        ui.activity.back()
        val list = app.journalScreen()
        assertTrue(ui.texts().contains(list.chains.single().text))
        assertTrue(ui.texts().contains(list.custody.single().status))

        // The case file: Russian for the lawyer by default; chosen in Kazakh, written unencrypted
        // where the picker says, and the message counts what went in.
        ui.button(list.caseFileLabel!!).performClick()
        val options = app.caseFileScreen(null, now)
        assertEquals(options.title, ui.texts().first())
        assertEquals("ru", options.options.lawyerLanguage)
        val kazakh = options.lawyerLanguages.first { it.tag == "kk" }.name
        ui.all(android.widget.RadioButton::class.java).first { it.text == kazakh }.performClick()
        ui.idle()
        ui.all(android.widget.CheckBox::class.java).first { it.text == options.encryptLabel }.performClick()
        ui.button(options.exportLabel).performClick()
        val create = shadowOf(ui.activity).nextStartedActivityForResult
        assertEquals("case-file-2026-12-06.pdf", create.intent.getStringExtra(Intent.EXTRA_TITLE))
        assertEquals("application/pdf", create.intent.type)
        val target = File.createTempFile("case", ".pdf").apply { deleteOnExit() }
        shadowOf(ui.activity).receiveResult(create.intent, Activity.RESULT_OK, Intent().setData(Uri.fromFile(target)))
        ui.waitFor("the case file") { ui.toast()?.startsWith("Case file written") == true }
        assertTrue(target.readBytes().copyOfRange(0, 5).contentEquals("%PDF-".toByteArray()))
        assertTrue("nothing left in the cache", ui.activity.cacheDir.listFiles()!!.none { it.name.startsWith("export-") })
    }
}
