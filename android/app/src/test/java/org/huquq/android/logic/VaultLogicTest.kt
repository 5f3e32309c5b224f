package org.huquq.android.logic

import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue
import org.huquq.core.DocumentKind
import org.huquq.core.Relation
import org.junit.jupiter.api.Test

class VaultLogicTest {
    @Test
    fun gateState() {
        assertEquals(GateState.OPEN, GateState.decide(open = true, exists = true, hasPin = true, phoneKeyStored = true))
        assertEquals(GateState.CREATE, GateState.decide(open = false, exists = false, hasPin = false, phoneKeyStored = true))
        // A PIN is asked for even though the phone's key could open the vault.
        assertEquals(GateState.PIN, GateState.decide(open = false, exists = true, hasPin = true, phoneKeyStored = true))
        assertEquals(GateState.PIN, GateState.decide(open = false, exists = true, hasPin = true, phoneKeyStored = false))
        assertEquals(GateState.PHONE_KEY, GateState.decide(open = false, exists = true, hasPin = false, phoneKeyStored = true))
        assertEquals(GateState.KEY_LOST, GateState.decide(open = false, exists = true, hasPin = false, phoneKeyStored = false))
    }

    /** The core's own reasons (en, ru, ar), as `updateDocument` returns them. */
    @Test
    fun dateErrorsGoUnderTheFieldTheCoreNames() {
        fun place(reason: String, issued: String, expires: String) = DateErrorPlacement.of(reason, issued, expires)
        val en = "Date of issue" to "Expiry date"
        assertEquals(DateField.ISSUED, place("\u2068Date of issue\u2069: this is not a real date.", en.first, en.second))
        assertEquals(DateField.EXPIRES, place("\u2068Expiry date\u2069: this is not a real date.", en.first, en.second))
        assertEquals(DateField.EXPIRES, place("The expiry date is before the date of issue.", en.first, en.second))
        val ru = "Дата выдачи" to "Срок действия до"
        assertEquals(DateField.ISSUED, place("\u2068Дата выдачи\u2069: такой даты не существует.", ru.first, ru.second))
        assertEquals(DateField.EXPIRES, place("\u2068Срок действия до\u2069: такой даты не существует.", ru.first, ru.second))
        assertEquals(DateField.EXPIRES, place("Дата окончания срока раньше даты выдачи.", ru.first, ru.second))
        val ar = "تاريخ الإصدار" to "تاريخ انتهاء الصلاحية"
        assertEquals(DateField.ISSUED, place("\u2068تاريخ الإصدار\u2069: هذا ليس تاريخاً صحيحاً.", ar.first, ar.second))
        assertEquals(DateField.EXPIRES, place("تاريخ انتهاء الصلاحية يقع قبل تاريخ الإصدار.", ar.first, ar.second))
        // Without isolation marks the label leads the message.
        assertEquals(DateField.ISSUED, place("Date of issue: this is not a real date.", en.first, en.second))
        assertEquals(DateField.EXPIRES, place("", "", ""))
    }

    @Test
    fun reminderTime() {
        assertEquals("09:05", ReminderTime.format(9, 5))
        assertEquals("23:59", ReminderTime.format(23, 59))
        assertFailsWith<IllegalArgumentException> { ReminderTime.format(24, 0) }
        assertEquals(7 to 30, ReminderTime.parse("07:30"))
        assertEquals(9 to 0, ReminderTime.parse("25:00"))
        assertEquals(9 to 0, ReminderTime.parse("soon"))
        assertEquals(8 to 0, ReminderTime.parse("", fallback = 8 to 0))
    }

    @Test
    fun secretsTypedTwice() {
        assertEquals(SecretEntry.OK, SecretEntry.check("correct horse", "correct horse"))
        assertEquals(SecretEntry.EMPTY, SecretEntry.check("", ""))
        assertEquals(SecretEntry.EMPTY, SecretEntry.check("   ", "   "))
        assertEquals(SecretEntry.MISMATCH, SecretEntry.check("1234", "1243"))
        assertEquals(SecretEntry.MISMATCH, SecretEntry.check("abc", "abc "))
    }

    @Test
    fun captureNames() {
        val made = CaptureNames.make("camera", "3f2a-9c1b-77", "jpg")
        assertEquals("camera-3f2a9c1b77.jpg", made)
        assertTrue(CaptureNames.isSafe(made))
        for (bad in listOf("", "../vault.sqlite3", "a/b.jpg", ".hidden.jpg", "x.sqlite3", "photo.jpg/..", "%2e%2e.jpg")) {
            assertFalse(CaptureNames.isSafe(bad), bad)
        }
    }

    @Test
    fun imageSampling() {
        assertEquals(1, ImageSampling.sampleSize(4000, 3000))
        assertEquals(1, ImageSampling.sampleSize(4096, 4096))
        assertEquals(2, ImageSampling.sampleSize(8000, 6000))
        assertEquals(4, ImageSampling.sampleSize(3000, 12000, maxSide = 4000))
        assertEquals(1, ImageSampling.sampleSize(0, 0))
    }

    @Test
    fun labelIds() {
        assertEquals("vault-kind-residence-permit", VaultLabels.kind(DocumentKind.RESIDENCE_PERMIT))
        assertEquals("vault-kind-fine-or-decision", VaultLabels.kind(DocumentKind.FINE_OR_DECISION))
        assertEquals("vault-kind-passport", VaultLabels.kind(DocumentKind.PASSPORT))
        assertEquals("android-relation-spouse", VaultLabels.relation(Relation.SPOUSE))
        assertEquals("vault-no-expiry", VaultLabels.expiry(ExpiryState.NO_EXPIRY))
        assertFalse(Relation.MYSELF in VaultLabels.othersRelations)
    }
}

class ProgressShareTest {
    @Test
    fun permille() {
        assertEquals(0, ProgressShare.permille(0uL, 0uL))
        assertEquals(0, ProgressShare.permille(0uL, 10uL))
        assertEquals(500, ProgressShare.permille(5uL, 10uL))
        assertEquals(1000, ProgressShare.permille(10uL, 10uL))
        // A listener that overshoots does not overflow the bar.
        assertEquals(1000, ProgressShare.permille(12uL, 10uL))
        assertEquals(333, ProgressShare.permille(1uL, 3uL))
    }
}
