// The vault through the generated bindings, against the real library (SQLCipher included).
package org.huquq.tests

import java.io.File
import java.nio.file.Files
import java.time.Instant
import org.huquq.App
import org.huquq.BackupKey
import org.huquq.HuquqException
import org.huquq.ProgressListener
import org.huquq.core.DocumentFilter
import org.huquq.core.DocumentInput
import org.huquq.core.DocumentKind
import org.huquq.core.Field
import org.huquq.core.ItemKind
import org.huquq.core.PersonInput
import org.huquq.core.PhotoProblem
import org.huquq.core.Problem
import org.huquq.core.Relation
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class VaultTest {
    private val dataDir = Files.createTempDirectory("huquq-vault").toFile()
    private val app = App.open(dataDir.path, listOf("ru"))
    private val now = Instant.parse("2026-11-29T09:00:00Z")

    @AfterEach
    fun close() {
        app.close()
        dataDir.deleteRecursively()
    }

    /** A JPEG with EXIF and GPS, as a phone camera writes it. */
    private fun cameraPhoto(): File {
        val fixture = File(System.getProperty("huquq.fixtures"), "gps_exif.jpg")
        val copy = File(dataDir, "camera.jpg")
        fixture.copyTo(copy)
        return copy
    }

    private fun cardInput(personId: String, expires: String) = DocumentInput(
        personId = personId,
        kind = DocumentKind.RESIDENCE_CARD,
        number = "N 0001",
        authority = "Migration Service",
        issuedOn = "2019-03-01",
        expiresOn = expires,
        notes = "",
    )

    @Test
    fun createsAVaultAndKeepsADocumentWithAPage() {
        assertFalse(app.vaultExists())
        val key = app.createVault()
        assertEquals(32, key.size)
        val me = app.addPerson(PersonInput("Idrissa", Relation.MYSELF), now)
        val card = app.addDocument(cardInput(me.id, "2027-02-28"), now)
        val page = app.addPage(card.id, cameraPhoto().path, now)
        assertEquals(1u, page.position)

        val listed = app.documents(DocumentFilter(personId = me.id, kind = null))
        assertEquals(listOf(card.id), listed.map { it.id })
        assertEquals(1u, listed[0].pageCount)

        val jpeg = app.pageJpeg(page.id)
        assertEquals(0xFF.toByte(), jpeg[0])
        assertEquals(0xD8.toByte(), jpeg[1])
        assertFalse(String(jpeg, Charsets.ISO_8859_1).contains("GPS"), "no GPS in a stored page")
        val shared = File(dataDir, "shared.jpg")
        app.exportPage(page.id, shared.path)
        assertArrayEquals(jpeg, shared.readBytes())

        app.lockVault()
        assertThrows(HuquqException.Locked::class.java) { app.people() }
        app.openVault(key)
        assertEquals(listOf("Idrissa"), app.people().map { it.name })
    }

    @Test
    fun aWrongKeyIsATypedErrorAndChangesNothing() {
        val key = app.createVault()
        app.addPerson(PersonInput("Awa", Relation.CHILD), now)
        app.lockVault()
        val wrong = ByteArray(32) { 7 }
        val error = assertThrows(HuquqException.WrongKey::class.java) { app.openVault(wrong) }
        assertTrue(error.reason.contains("ключ"), error.reason)
        app.openVault(key)
        assertEquals(1, app.people().size)
    }

    @Test
    fun badInputIsRefusedWithALocalizedMessage() {
        app.createVault()
        val me = app.addPerson(PersonInput("Idrissa", Relation.MYSELF), now)
        val impossible = assertThrows(HuquqException.InvalidInput::class.java) {
            app.addDocument(cardInput(me.id, "2027-02-30"), now)
        }
        assertTrue(impossible.reason.contains("такой даты не существует"), impossible.reason)
        assertEquals(Field.EXPIRES_ON to Problem.BAD_DATE, impossible.field to impossible.problem)
        val early = assertThrows(HuquqException.InvalidInput::class.java) { app.addDocument(cardInput(me.id, "2018-01-01"), now) }
        assertEquals(Field.EXPIRES_ON to Problem.EXPIRY_BEFORE_ISSUE, early.field to early.problem)
        val nobody = assertThrows(HuquqException.NotFound::class.java) { app.addDocument(cardInput("nobody", "2027-01-01"), now) }
        assertEquals(ItemKind.PERSON, nobody.item)
        val notAPhoto = File(dataDir, "notes.jpg").apply { writeText("not a photo") }
        val card = app.addDocument(cardInput(me.id, "2027-01-01"), now)
        val photo = assertThrows(HuquqException.BadPhoto::class.java) { app.addPage(card.id, notAPhoto.path, now) }
        assertEquals(PhotoProblem.NOT_AN_IMAGE, photo.problem)
        assertTrue(app.pages(card.id).isEmpty())
    }

    @Test
    fun aPinOpensTheVaultOnlyWithThePhonesSecret() {
        val phone = ByteArray(32) { 7 }
        val key = app.createVault()
        val short = assertThrows(HuquqException.PinTooShort::class.java) { app.setVaultPin(key, "2468", null, phone) }
        assertEquals(6u, short.minLength)
        app.setVaultPin(key, "246802", null, phone)
        app.lockVault()
        val wrong = assertThrows(HuquqException.WrongPin::class.java) { app.openVaultWithPin("111111", phone, now) }
        assertEquals(9u, wrong.attemptsLeft, "the default limit")
        // The right PIN without the phone's secret (a copy of the files elsewhere) opens nothing.
        assertThrows(HuquqException.KeyErased::class.java) { app.openVaultWithPin("246802", null, now) }
        app.openVaultWithPin("246802", phone, now)
        assertTrue(app.people().isEmpty())
    }

    @Test
    fun wrongPinsCountDownWaitAndTheLastLocksOut() {
        val key = app.createVault()
        val phone = ByteArray(32) { 9 }
        app.setVaultPin(key, "246802", 5u, phone)
        app.lockVault()
        for (left in listOf(4u, 3u, 2u, 1u)) {
            val refused = assertThrows(HuquqException.WrongPin::class.java) { app.openVaultWithPin("111111", phone, now) }
            assertEquals(left, refused.attemptsLeft)
        }
        val wait = assertThrows(HuquqException.PinWait::class.java) { app.openVaultWithPin("246802", phone, now) }
        assertEquals(30uL, wait.seconds)
        val later = now.plusSeconds(30)
        assertThrows(HuquqException.KeyErased::class.java) { app.openVaultWithPin("111112", phone, later) }
        assertThrows(HuquqException.KeyErased::class.java) { app.openVaultWithPin("246802", phone, later) }
    }
}

class VaultBackupTest {
    private val dataDir = Files.createTempDirectory("huquq-backup").toFile()
    private val now = Instant.parse("2026-11-29T09:00:00Z")

    @AfterEach
    fun cleanUp() {
        dataDir.deleteRecursively()
    }

    @Test
    fun backupAndRestoreRoundTripWithProgress() {
        val phone = File(dataDir, "phone").apply { mkdirs() }
        val app = App.open(phone.path, listOf("fr"))
        app.createVault()
        val me = app.addPerson(PersonInput("Idrissa", Relation.MYSELF), now)
        val doc = app.addDocument(
            DocumentInput(me.id, DocumentKind.FINE_OR_DECISION, "2007-118", "", "2007-05-10", null, "paid"),
            now,
        )
        val photo = File(System.getProperty("huquq.fixtures"), "gps_exif.jpg")
        app.addPage(doc.id, photo.path, now)

        val seen = mutableListOf<Pair<ULong, ULong>>()
        val listener = object : ProgressListener {
            override fun onProgress(done: ULong, total: ULong) {
                seen.add(done to total)
            }
        }
        val backup = File(dataDir, "vault.age")
        val written = app.backupVault(backup.path, BackupKey.Passphrase("une phrase assez longue"), now, listener)
        assertEquals(1u, written.documents)
        assertEquals(1u, written.pages)
        assertTrue(seen.isNotEmpty() && seen.last().first == seen.last().second, seen.toString())
        app.close()

        val newPhone = File(dataDir, "new-phone").apply { mkdirs() }
        val fresh = App.open(newPhone.path, listOf("fr"))
        fresh.createVault()
        assertThrows(HuquqException.BackupWrongSecret::class.java) {
            fresh.restoreVault(backup.path, BackupKey.Passphrase("wrong"), listener)
        }
        assertTrue(fresh.documents(DocumentFilter(null, null)).isEmpty(), "a failed restore changes nothing")
        val restored = fresh.restoreVault(backup.path, BackupKey.Passphrase("une phrase assez longue"), listener)
        assertEquals(1u, restored.documentsAdded)
        val again = fresh.restoreVault(backup.path, BackupKey.Passphrase("une phrase assez longue"), listener)
        assertEquals(0u, again.documentsAdded)
        val docs = fresh.documents(DocumentFilter(null, null))
        assertEquals(listOf(doc.id), docs.map { it.id })
        assertEquals(1u, docs[0].pageCount)
        fresh.close()
    }
}
