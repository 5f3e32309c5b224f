// The case file through the generated bindings: the options screen with its defaults, the export
// to a file with progress, and an unknown language refused with nothing written.
package org.huquq.tests

import java.io.File
import java.nio.file.Files
import java.time.Instant
import org.huquq.App
import org.huquq.BackupKey
import org.huquq.HuquqException
import org.huquq.ProgressListener
import org.huquq.core.DocumentInput
import org.huquq.core.DocumentKind
import org.huquq.core.EntryKind
import org.huquq.core.ItemKind
import org.huquq.core.JournalEntryInput
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class CaseFileTest {
    private val dataDir = Files.createTempDirectory("huquq-casefile").toFile()
    private val app = App.open(dataDir.path, listOf("fr"))
    private val now = Instant.parse("2026-12-07T10:00:00Z")

    @AfterEach
    fun close() {
        app.close()
        dataDir.deleteRecursively()
    }

    private fun record() {
        app.createVault()
        val me = app.defaultHolder(now).id
        app.addDocument(DocumentInput(me, DocumentKind.PASSPORT, "AA 1", "", null, "2032-03-13", ""), now)
        app.addJournalEntry(
            JournalEntryInput(
                personId = null, kind = EntryKind.POLICE_CHECK, happenedAt = "2026-12-01T19:40",
                place = "Астана", office = "", official = "сержант Омаров", demanded = "Регистрацию",
                documents = emptyList(), moneyAsked = "", paymentIds = emptyList(), said = "",
                outcome = "", witnesses = "", pageIds = emptyList(), promisedReturn = null,
            ),
            now,
        )
    }

    @Test
    fun theDefaultsAreRussianForTheLawyerWithTheUsersLanguageBesideAndEveryDocument() {
        record()
        val screen = app.caseFileScreen(null, now)
        assertEquals("ru", screen.options.lawyerLanguage)
        assertEquals("fr", screen.options.userLanguage)
        assertTrue(screen.lawyerLanguages.single { it.selected }.tag == "ru")
        assertTrue(screen.userLanguages.single { it.selected }.tag == "fr")
        assertTrue(screen.documents.single().selected)
        assertTrue(screen.encrypt, "encryption starts ticked")
        assertEquals("case-file-2026-12-07.pdf", screen.fileName)
        assertEquals("case-file-2026-12-07.pdf.age", screen.encryptedFileName)
    }

    @Test
    fun theExportWritesAPdfAndReportsItsProgress() {
        record()
        val options = app.caseFileScreen(null, now).options
        val out = File(dataDir, "case.pdf")
        var last = 0uL to 0uL
        val summary = app.exportCaseFile(
            options, out.path, null, now,
            object : ProgressListener {
                override fun onProgress(done: ULong, total: ULong) {
                    last = done to total
                }
            },
        )
        assertEquals(1u, summary.entries)
        assertFalse(summary.encrypted)
        assertEquals(out.length().toULong(), summary.bytes)
        assertTrue(out.readBytes().copyOfRange(0, 5).contentEquals("%PDF-".toByteArray()))
        assertEquals(last.second, last.first)

        val sealed = File(dataDir, "case.pdf.age")
        val encrypted = app.exportCaseFile(
            options, sealed.path, BackupKey.Passphrase("correct horse battery staple orbit"), now,
            object : ProgressListener {
                override fun onProgress(done: ULong, total: ULong) {}
            },
        )
        assertTrue(encrypted.encrypted)
        assertTrue(String(sealed.readBytes().copyOfRange(0, 21)) == "age-encryption.org/v1")
    }

    @Test
    fun anUnknownLanguageIsRefusedAndNothingIsWritten() {
        record()
        val options = app.caseFileScreen(null, now).options.copy(lawyerLanguage = "xx")
        val out = File(dataDir, "case.pdf")
        val refused = assertThrows(HuquqException.NotFound::class.java) {
            app.exportCaseFile(
                options, out.path, null, now,
                object : ProgressListener {
                    override fun onProgress(done: ULong, total: ULong) {}
                },
            )
        }
        assertEquals(ItemKind.LANGUAGE, refused.item)
        assertFalse(out.exists())
    }
}
