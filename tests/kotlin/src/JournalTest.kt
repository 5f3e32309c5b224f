// The encounter journal through the generated bindings: entries sealed in a chain, corrections,
// custody, the journal's screens and a refusal typed with its field.
package org.huquq.tests

import java.nio.file.Files
import java.time.Instant
import org.huquq.App
import org.huquq.HuquqException
import org.huquq.core.DeadlineState
import org.huquq.core.DocumentAction
import org.huquq.core.DocumentInput
import org.huquq.core.DocumentKind
import org.huquq.core.DocumentLinkInput
import org.huquq.core.EntryKind
import org.huquq.core.Field
import org.huquq.core.JournalEntryInput
import org.huquq.core.Problem
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class JournalTest {
    private val dataDir = Files.createTempDirectory("huquq-journal").toFile()
    private val app = App.open(dataDir.path, listOf("en"))
    private val now = Instant.parse("2026-12-06T10:00:00Z")

    @AfterEach
    fun close() {
        app.close()
        dataDir.deleteRecursively()
    }

    private fun entry(kind: EntryKind, at: String, documents: List<DocumentLinkInput> = emptyList()) = JournalEntryInput(
        personId = null,
        kind = kind,
        happenedAt = at,
        place = "Astana",
        office = "Migration police",
        official = "Capt. S.",
        demanded = "",
        documents = documents,
        moneyAsked = "",
        paymentIds = emptyList(),
        said = "",
        outcome = "",
        witnesses = "",
        pageIds = emptyList(),
        promisedReturn = "2026-11-27".takeIf { kind == EntryKind.DOCUMENT_TAKEN },
    )

    @Test
    fun aDocumentTakenIsSealedCorrectedAndHeldUntilReturned() {
        app.createVault()
        val me = app.defaultHolder(now).id
        val passport = app.addDocument(
            DocumentInput(me, DocumentKind.PASSPORT, "AA 1", "", null, null, ""),
            now,
        ).id
        val taken = listOf(DocumentLinkInput(passport, DocumentAction.TAKEN))
        val first = app.addJournalEntry(entry(EntryKind.DOCUMENT_TAKEN, "2026-11-20T09:30", taken), now)
        assertEquals(1uL, first.position)
        val fix = app.correctJournalEntry(first.id, entry(EntryKind.DOCUMENT_TAKEN, "2026-11-20T10:30", taken), now)
        assertEquals(first.id, fix.corrects)
        assertEquals(fix.id, app.journalEntry(first.id).correctedBy)

        val screen = app.journalScreen()
        assertEquals(2, screen.entries.size)
        assertTrue(screen.chains.single().intact)
        assertEquals("Passport · AA 1", screen.custody.single().document)
        assertTrue(screen.custody.single().held)
        val detail = app.journalEntryScreen(fix.id)
        assertTrue(detail.seal.contains(fix.hash))
        assertEquals(fix.hash, app.verifyJournal().single().head)
        assertNull(app.verifyJournal().single().firstBroken)

        // The passport taken can start its custody reminders, which its return marks done.
        assertTrue(detail.custodyReminder != null)
        app.remindCustody(fix.id, now)
        val custody = { app.reminders(now).deadlines.single { it.procedureId == "kz-passport-custody" } }
        assertEquals(DeadlineState.UPCOMING, custody().state)

        val back = listOf(DocumentLinkInput(passport, DocumentAction.RETURNED))
        app.addJournalEntry(entry(EntryKind.DOCUMENT_RETURNED, "2026-12-01", back), now)
        assertEquals("2026-12-01", app.custody().single().returnedAt)
        assertEquals(DeadlineState.DONE, custody().state)
    }

    @Test
    fun aDealingInTheFutureIsRefusedOnItsFieldAndNothingIsWritten() {
        app.createVault()
        val error = assertThrows(HuquqException.InvalidInput::class.java) {
            app.addJournalEntry(entry(EntryKind.POLICE_CHECK, "2027-01-01"), now)
        }
        assertEquals(Field.HAPPENED_ON, error.field)
        assertEquals(Problem.IN_FUTURE, error.problem)
        assertTrue(app.journalScreen().entries.isEmpty())
    }
}
