// Reminders through the generated bindings: the schedule a phone hands to its notification
// scheduler, reconciled after a change, and a renewal checklist's states.
package org.huquq.tests

import java.nio.file.Files
import java.time.Instant
import org.huquq.App
import org.huquq.HuquqException
import org.huquq.core.DeadlineState
import org.huquq.core.DocumentInput
import org.huquq.core.DocumentKind
import org.huquq.core.EventInput
import org.huquq.core.EventKind
import org.huquq.core.Field
import org.huquq.core.ItemState
import org.huquq.core.PersonInput
import org.huquq.core.Problem
import org.huquq.core.Relation
import org.huquq.core.ReminderSettings
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class RemindersTest {
    private val dataDir = Files.createTempDirectory("huquq-reminders").toFile()
    private val app = App.open(dataDir.path, listOf("ru"))
    // 29 Nov 2026, 08:00 in Almaty.
    private val now = Instant.parse("2026-11-29T03:00:00Z")

    @AfterEach
    fun close() {
        app.close()
        dataDir.deleteRecursively()
    }

    private fun document(personId: String, kind: DocumentKind, expires: String?) = DocumentInput(
        personId = personId,
        kind = kind,
        number = "AB 123456",
        authority = "",
        issuedOn = null,
        expiresOn = expires,
        notes = "",
    )

    @Test
    fun schedulesAfterAddingADocumentAndReconcilesAfterAChange() {
        app.createVault()
        val me = app.addPerson(PersonInput("Idrissa", Relation.MYSELF), now)
        val card = app.addDocument(document(me.id, DocumentKind.RESIDENCE_CARD, "2027-03-01"), now)
        val first = app.pendingNotifications(now, 64u)
        // 60, 30, 14, 7, 3, 1 and 0 days before, then daily for 30 days if it is still open.
        assertEquals(37, first.size)
        assertTrue(first.all { it.fireAtUnix > now.epochSecond })
        assertTrue(first.none { it.title.contains("Idrissa") || it.body.contains("AB 123456") })
        // Russian text with a Russian plural; the deadline is one calendar month before the card ends.
        assertEquals("doc:${card.id}:kz-residence-card-renewal/2027-02-01", first[6].id)
        assertTrue(first[0].body.contains("дней"), first[0].body)
        // The same state gives the same ids (a shell can diff), and numeric ids for Android.
        assertEquals(first.map { it.numericId }, app.pendingNotifications(now, 64u).map { it.numericId })

        app.updateDocument(card.id, document(me.id, DocumentKind.RESIDENCE_CARD, "2027-02-01"), now)
        val after = app.pendingNotifications(now, 64u)
        // The new deadline is 1 January (a month before the card ends): the old deadline's reminders
        // are gone, and the 60-day one of the new deadline (2 November) is past, so six remain before
        // the day.
        assertFalse(after.any { it.id.endsWith("/2027-02-01") })
        assertTrue(after[5].id.endsWith("kz-residence-card-renewal/2027-01-01"), after[5].id)

        val deadline = app.reminders(now).deadlines.single()
        assertEquals(DeadlineState.UPCOMING, deadline.state)
        val followUp = app.markDeadlineDone(deadline.id, "2026-12-01", now)
        assertNotNull(followUp)
        assertEquals(EventKind.PASSPORT_HANDED_OVER, followUp!!.kind)
        assertTrue(app.pendingNotifications(now, 64u).none { it.deadlineId == deadline.id })
    }

    @Test
    fun eventsAndSettingsAreCheckedAndErrorsAreTyped() {
        app.createVault()
        val me = app.addPerson(PersonInput("Idrissa", Relation.MYSELF), now)
        val moved = app.recordEvent(EventInput(me.id, "kz-address-registration", EventKind.MOVED, "2026-11-25"), now)
        val item = app.reminders(now).deadlines.single { it.eventId == moved.id }
        assertEquals("2026-12-05", item.dueOn)
        val bad = assertThrows(HuquqException.InvalidInput::class.java) {
            app.recordEvent(EventInput(me.id, "kz-address-registration", EventKind.MOVED, "2027-02-30"), now)
        }
        assertTrue(bad.reason.isNotBlank())
        assertEquals(Field.HAPPENED_ON to Problem.BAD_DATE, bad.field to bad.problem)
        val zone = assertThrows(HuquqException.InvalidInput::class.java) {
            app.setReminderSettings(ReminderSettings("09:00", "Asia/Nowhere", listOf(7u), 30u))
        }
        assertEquals(Field.TIME_ZONE to Problem.UNKNOWN_TIME_ZONE, zone.field to zone.problem)
        assertThrows(HuquqException.NotFound::class.java) {
            app.snoozeDeadline("doc:none:expiry", "2026-12-01", now)
        }
        app.setReminderSettings(ReminderSettings("18:00", "Europe/Paris", listOf(1u), 0u))
        val next = app.pendingNotifications(now, 1u).single()
        // 4 Dec 2026 18:00 in Paris (UTC+1).
        assertEquals(Instant.parse("2026-12-04T17:00:00Z").epochSecond, next.fireAtUnix)
    }

    @Test
    fun aChecklistShowsWhatIsHeldAndWhatIsMissing() {
        app.createVault()
        val me = app.addPerson(PersonInput("Idrissa", Relation.MYSELF), now)
        app.addDocument(document(me.id, DocumentKind.RESIDENCE_CARD, "2027-03-01"), now)
        app.addDocument(document(me.id, DocumentKind.PASSPORT, "2027-01-10"), now)
        val list = app.checklist("kz-residence-card-renewal", me.id, now)
        assertEquals(
            listOf(ItemState.EXPIRES_BEFORE_DEADLINE, ItemState.MISSING, ItemState.NOT_TRACKED),
            list.required.map { it.state },
        )
        assertEquals("2027-02-01", list.dueOn)
        assertTrue(list.notRequired.isNotEmpty())
        assertTrue(list.title.isNotBlank() && list.requiredHeading.isNotBlank())
    }
}
