// The vault's screen models through the generated bindings: what a shell draws, decided by the core.
package org.huquq.tests

import java.io.File
import java.nio.file.Files
import java.time.Instant
import org.huquq.App
import org.huquq.core.DeadlineAction
import org.huquq.core.DocumentFormInput
import org.huquq.core.DocumentKind
import org.huquq.core.ExpiryState
import org.huquq.core.GateFacts
import org.huquq.core.GateState
import org.huquq.core.UiText
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class ScreensTest {
    private val dataDir: File = Files.createTempDirectory("huquq-screens-test").toFile()
    private val app = App.open(dataDir.path, listOf("en"))

    /** 6 December 2026, 08:00 in Almaty. */
    private val now = Instant.parse("2026-12-06T03:00:00Z")

    @AfterEach
    fun close() {
        app.close()
        dataDir.deleteRecursively()
    }

    @Test
    fun theGateTheListAndTheFormComeFromTheCore() {
        val facts = GateFacts(phoneKeyStored = false, phoneKeyFailed = false, pinSecretStored = false)
        assertEquals(GateState.CREATE, app.vaultGate(facts).state)
        app.createVault()
        assertEquals(GateState.OPEN, app.vaultGate(facts).state)
        assertEquals("2026-12-06", app.today(now))

        // The first document belongs to the phone's owner, made on the way.
        val card = app.newDocument(DocumentKind.RESIDENCE_CARD, now)
        val form = app.documentForm(card.id)
        val holder = form.holders.single { it.selected }
        val typed = DocumentFormInput(holder.personId, DocumentKind.RESIDENCE_CARD, "N 1", "", "2019-02-30", "2027-01-20", "")
        val saved = app.saveDocumentForm(card.id, typed, now)
        assertTrue(saved.changed)
        assertNotNull(saved.issuedOn.error, "the impossible date is refused under its own field")
        assertNull(saved.expiresOn.error)
        assertEquals("2019-02-30", saved.issuedOn.value, "what was typed stays on screen")

        val list = app.vaultList(now)
        val row = list.sections.single().rows.single()
        assertEquals(ExpiryState.EXPIRES_SOON, row.expiry)
        assertTrue(row.expiryText.contains("January 20, 2027"), row.expiryText)
        assertNull(list.lockLabel)

        val screen = app.documentScreen(card.id, now)
        assertEquals(1, screen.deadlines.size)
        val actions = app.deadlineActions(screen.deadlines.single().id, now)
        assertEquals(DeadlineAction.MARK_DONE, actions.actions.first().action)
        assertFalse(actions.days.days.isEmpty())
    }

    @Test
    fun shellTextsAreTyped() {
        assertEquals("OK", app.uiText(UiText.ACTION_OK))
        app.setLocales(listOf("ru"))
        assertEquals(
            app.uiCount(UiText.TOPIC_ARTICLE_COUNT, 5u).filter { it.isLetter() },
            "статей",
        )
    }
}
