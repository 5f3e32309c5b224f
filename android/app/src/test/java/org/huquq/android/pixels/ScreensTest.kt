package org.huquq.android.pixels

import android.widget.ImageView
import java.awt.BasicStroke
import java.awt.Color
import java.awt.image.BufferedImage
import java.io.File
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import java.util.TimeZone
import javax.imageio.ImageIO
import org.huquq.android.HuquqApplication
import org.huquq.android.platform.AppClock
import org.huquq.android.screens.ArticleScreen
import org.huquq.android.screens.CardScreen
import org.huquq.android.screens.GlossaryScreen
import org.huquq.android.screens.LanguageScreen
import org.huquq.android.screens.ScreenDriver
import org.huquq.android.screens.SearchScreen
import org.huquq.android.screens.TopicScreen
import org.huquq.android.screens.journal.CaseFileScreen
import org.huquq.android.screens.journal.JournalEntryScreen
import org.huquq.android.screens.journal.JournalFormScreen
import org.huquq.android.screens.journal.JournalScreen
import org.huquq.android.screens.reminders.ChecklistScreen
import org.huquq.android.screens.reminders.RemindersListScreen
import org.huquq.android.screens.settings.BackupProgress
import org.huquq.android.screens.settings.SettingsScreen
import org.huquq.android.screens.vault.DocumentScreen
import org.huquq.android.screens.vault.EditDocumentScreen
import org.huquq.android.screens.vault.VaultGateScreen
import org.huquq.android.screens.vault.VaultListScreen
import org.huquq.core.Block
import org.huquq.core.DocumentAction
import org.huquq.core.DocumentInput
import org.huquq.core.DocumentKind
import org.huquq.core.DocumentLinkInput
import org.huquq.core.EntryKind
import org.huquq.core.GateAction
import org.huquq.core.GateState
import org.huquq.core.JournalEntryInput
import org.huquq.core.ProgressKind
import org.junit.After
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.ParameterizedRobolectricTestRunner
import org.robolectric.RuntimeEnvironment
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * Every screen of the shell drawn for real (Robolectric's native graphics: Skia, with Roboto and
 * Noto fonts) in each [Variant], compared with the approved pictures in docs/screens. The data
 * on the vault screens is the same every run, and so is the day: the pictures only change when
 * the shell, the core or the content does.
 */
@RunWith(ParameterizedRobolectricTestRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = [35], application = HuquqApplication::class, manifest = Config.NONE)
class ScreensTest(private val variant: Variant) {
    private lateinit var ui: ScreenDriver
    private val app get() = ui.app
    private val systemZone = TimeZone.getDefault()

    @Before
    fun start() {
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE))
        AppClock.clock = Clock.fixed(NOW, ZoneOffset.UTC)
        RuntimeEnvironment.setQualifiers(variant.qualifiers)
        RuntimeEnvironment.setFontScale(variant.fontScale)
        ui = ScreenDriver.start(variant.language)
    }

    @After
    fun reset() {
        AppClock.clock = Clock.systemUTC()
        TimeZone.setDefault(systemZone)
    }

    @Test
    fun language() = shoot("01-language") { ui.activity.push(LanguageScreen(firstRun = false)) }

    @Test
    fun home() = shoot("02-home") {}

    @Test
    fun topic() = shoot("03-topic") { ui.activity.push(TopicScreen("fines")) }

    @Test
    fun article() = shoot("04-article") { ui.activity.push(ArticleScreen(articleWithMostKindsOfBlock())) }

    @Test
    fun officerCard() = shoot("05-officer-card") {
        ui.activity.push(CardScreen(app.article("kz-protocol-rights").cards.single().id))
    }

    @Test
    fun searchWithResults() = shoot("06-search") {
        val query = QUERIES.getValue(variant.language)
        assertTrue("'$query' finds something", app.search(query).hits.isNotEmpty())
        search(query)
    }

    @Test
    fun searchFindingNothing() = shoot("07-search-nothing-found") {
        assertTrue(app.search(NONSENSE).hits.isEmpty())
        search(NONSENSE)
    }

    @Test
    fun glossary() = shoot("08-glossary") { ui.activity.push(GlossaryScreen()) }

    @Test
    fun vaultGate() = shoot("09-vault-gate") { ui.activity.push(VaultGateScreen()) }

    @Test
    fun vaultListWithEveryExpiryState() = shoot("10-vault-list") {
        papers()
        ui.activity.push(VaultListScreen())
    }

    @Test
    fun documentWithPages() = shoot("11-document") {
        val passport = papers().passport
        ui.activity.push(DocumentScreen(passport))
        ui.waitFor("the page thumbnails") { ui.all(ImageView::class.java).count { it.drawable != null } >= 2 }
    }

    @Test
    fun editFormWithAFieldError() = shoot("12-edit-with-error") {
        ui.activity.push(EditDocumentScreen(papers().residenceCard))
        // Expiry: a day that does not exist is refused under its field.
        ui.fields()[3].setText("2027-02-30")
        ui.wait(Duration.ofMillis(500))
    }

    @Test
    fun reminders() = shoot("13-reminders") {
        papers()
        ui.activity.push(RemindersListScreen())
    }

    @Test
    fun checklist() = shoot("14-checklist") {
        val paper = papers()
        ui.activity.push(ChecklistScreen(paper.procedure, paper.holder))
    }

    @Test
    fun settings() = shoot("15-settings") {
        papers()
        ui.activity.push(SettingsScreen())
    }

    @Test
    fun journal() = shoot("17-journal") {
        papers()
        ui.activity.push(JournalScreen())
    }

    @Test
    fun journalEntry() = shoot("18-journal-entry") {
        papers()
        ui.activity.push(JournalEntryScreen(app.journalScreen().entries.first().id))
    }

    @Test
    fun journalForm() = shoot("19-journal-form") {
        papers()
        ui.activity.push(JournalFormScreen(corrects = null))
    }

    @Test
    fun caseFile() = shoot("20-case-file") {
        papers()
        ui.activity.push(CaseFileScreen())
    }

    @Test
    fun backupProgress() {
        papers()
        ui.activity.push(SettingsScreen())
        val progress = BackupProgress(ui.activity)
        progress.start(ProgressKind.BACKUP)
        progress.update(app.progress(ProgressKind.BACKUP, 3uL, 8uL))
        ui.idle()
        val dialog = ui.dialog()!!
        val findings = Findings(dialog.window!!.decorView)
        check("16-backup-progress", Capture.withDialog(ui.activity, dialog, findings::frame), findings)
    }

    /**
     * Opens the screen [open] leads to, draws it, compares it with its approved picture and runs
     * the accessibility checks on every frame of it.
     */
    private fun shoot(screen: String, open: () -> Unit) {
        open()
        ui.idle()
        sameSealEveryRun(ui.activity.window.decorView)
        val findings = Findings(ui.activity.window.decorView)
        check(screen, Capture.window(ui.activity, findings::frame), findings)
    }

    /**
     * What the accessibility checks say, gathered over a screen's frames (they look only at what is
     * on screen), and the reading order of the whole screen (from where every view is laid out).
     */
    private class Findings(private val root: android.view.View) {
        val accessibility = linkedSetOf<AccessibilityReport.Finding>()
        val order = ReadingOrder.violations(root)

        fun frame(drawn: android.graphics.Bitmap) {
            accessibility += AccessibilityReport.check(root, drawn)
        }
    }

    /**
     * A journal seal hashes the entry's ids, which are random on every run: each one drawn is
     * replaced by a fixed hash of the same length, so the picture changes only when the screen does.
     */
    private fun sameSealEveryRun(view: android.view.View) {
        if (view is android.widget.TextView) {
            val text = view.text.toString()
            val fixed = SEAL.replace(text, FIXED_SEAL)
            if (fixed != text) view.text = fixed
        }
        if (view is android.view.ViewGroup) (0 until view.childCount).forEach { sameSealEveryRun(view.getChildAt(it)) }
    }

    private fun check(screen: String, image: BufferedImage, findings: Findings) {
        val problems = listOfNotNull(Goldens.check(variant, screen, image)) +
            AccessibilityLog.record(variant, screen, findings.accessibility.toList(), findings.order)
        if (problems.isNotEmpty()) throw AssertionError(problems.joinToString("\n"))
    }

    private fun search(query: String) {
        ui.activity.push(SearchScreen())
        ui.fields().single().setText(query)
        // Past the screen's debounce (250 ms): the results are shown.
        ui.wait(Duration.ofMillis(400))
    }

    /** The article that shows the most kinds of block and notice at once: the most to look at. */
    private fun articleWithMostKindsOfBlock(): String =
        app.home().topics.flatMap { app.topic(it.id).articles }.map { it.id }.distinct().maxBy { id ->
            val article = app.article(id)
            article.blocks.map { it::class }.toSet().size + article.notices.map { it.kind }.toSet().size +
                (if (article.cards.isEmpty()) 0 else 1)
        }

    private class Papers(val holder: String, val passport: String, val residenceCard: String, val procedure: String)

    /**
     * A vault opened through its gate, holding one document in each expiry state (valid, soon,
     * expired, none), the passport with two pages, the passport handed to the migration office
     * (an event that starts a procedure, and the journal's entry saying it was taken).
     */
    private fun papers(): Papers {
        ui.activity.push(VaultGateScreen())
        ui.button(ui.gateButton(GateState.CREATE, GateAction.CREATE_VAULT)).performClick()
        ui.waitFor("the document list") { ui.texts().contains(ui.vaultList().addLabel) }
        val holder = app.defaultHolder(NOW).id
        fun add(kind: DocumentKind, number: String, authority: String, issued: String?, expires: String?) =
            app.addDocument(DocumentInput(holder, kind, number, authority, issued, expires, ""), NOW).id
        val passport = add(DocumentKind.PASSPORT, "AA 1234567", "Ministry of Foreign Affairs", "2021-05-14", "2031-05-13")
        val card = add(DocumentKind.RESIDENCE_CARD, "0456789", "Migration Service, Almaty", "2016-12-20", "2026-12-29")
        add(DocumentKind.REGISTRATION, "", "Almaty", "2026-06-01", "2026-11-30")
        add(DocumentKind.RECEIPT, "", "Kaspi", "2026-11-02", null)
        for (page in 1..2) app.addPage(passport, pagePhoto(page).path, NOW)
        val procedure = app.procedures().first { it.startEvent != null }.id
        app.recordEventFor(procedure, holder, "2026-12-01", NOW)
        // The same day the migration office kept the passport: the journal says so, and the list.
        val taken = listOf(DocumentLinkInput(passport, DocumentAction.TAKEN))
        app.addJournalEntry(
            JournalEntryInput(
                null, EntryKind.DOCUMENT_TAKEN, "2026-12-01T11:00", "Almaty", "Migration Service, Almaty",
                "Capt. A. Serikbayev, badge 0231", "My passport, while the residence card is made",
                taken, "", emptyList(), "Come back for it with the tear-off receipt.", "Tear-off receipt given", "",
                emptyList(), "2026-12-25",
            ),
            NOW,
        )
        ui.activity.restart()
        return Papers(holder, passport, card, procedure)
    }

    /** A photographed page: paper with a photo box and lines of "text" (no font: the same everywhere). */
    private fun pagePhoto(number: Int): File {
        val image = BufferedImage(600, 840, BufferedImage.TYPE_INT_RGB)
        val graphics = image.createGraphics()
        graphics.color = Color(0xF4, 0xF1, 0xE8)
        graphics.fillRect(0, 0, 600, 840)
        graphics.color = Color(0x3B, 0x5B, 0x8C)
        graphics.fillRect(40, 40, 520, 60)
        graphics.color = Color(0xB8, 0xB8, 0xB8)
        graphics.fillRect(40, 140, 160, 200)
        graphics.color = Color(0x55, 0x55, 0x55)
        graphics.stroke = BasicStroke(6f)
        for (line in 0 until 8 + number * 2) {
            val y = 160 + line * 40
            val x = if (y < 360) 230 else 40
            graphics.drawLine(x, y, 560 - (line * 37 % 120), y)
        }
        graphics.dispose()
        return File.createTempFile("page", ".jpg").apply {
            deleteOnExit()
            ImageIO.write(image, "jpg", this)
        }
    }

    companion object {
        /** A fixed morning in Almaty: the expiry states and deadlines read the same every run. */
        val NOW: Instant = Instant.parse("2026-12-07T05:00:00Z")
        const val ZONE = "Asia/Almaty"
        const val NONSENSE = "qwxzv"
        private val SEAL = Regex("[0-9a-f]{64}")
        private val FIXED_SEAL = "5e41".repeat(16)

        /** What a user of each language might type, in their own words. */
        val QUERIES = mapOf(
            "en" to "passport taken",
            "ru" to "забрали паспорт",
            "kk" to "төлқұжат",
            "ar" to "جواز السفر",
        )

        @JvmStatic
        @ParameterizedRobolectricTestRunner.Parameters(name = "{0}")
        fun variants(): List<Array<Any>> = Variant.all.map { arrayOf<Any>(it) }
    }
}
