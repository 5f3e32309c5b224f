package org.huquq.android.screens

import android.app.Activity
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import android.view.View
import android.view.ViewGroup
import android.view.WindowManager
import android.widget.ImageView
import android.widget.RadioButton
import android.widget.TextView
import java.awt.image.BufferedImage
import java.io.File
import java.time.Duration
import java.time.Instant
import javax.imageio.ImageIO
import org.huquq.HuquqException
import org.huquq.android.HuquqApplication
import org.huquq.android.logic.WrappedKeyFormat
import org.huquq.android.platform.CaptureFiles
import org.huquq.android.platform.CaptureProvider
import org.huquq.android.platform.PinSecret
import org.huquq.android.platform.VaultKeys
import org.huquq.android.platform.VaultSession
import org.huquq.android.screens.reminders.RemindersListScreen
import org.huquq.android.screens.settings.SettingsScreen
import org.huquq.android.screens.vault.DocumentScreen
import org.huquq.android.screens.vault.VaultGateScreen
import org.huquq.core.Field
import org.huquq.core.GateAction
import org.huquq.core.GateState
import org.huquq.core.UiText
import org.huquq.core.DocumentFilter
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Assume.assumeTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowAlertDialog
import org.robolectric.annotation.Config

/** The vault screens on the real core: the key, adding documents and pages, PIN, backup, erase. */
@RunWith(RobolectricTestRunner::class)
@Config(sdk = [24, 33, 35], application = HuquqApplication::class, manifest = Config.NONE)
class VaultScreensTest {
    private lateinit var ui: ScreenDriver
    private val app get() = ui.app
    private val saveDelay = Duration.ofMillis(450)

    @Before
    fun start() {
        ui = ScreenDriver.start(language = "en")
    }

    private fun t(text: UiText) = ui.t(text)

    private fun createVaultThroughGate() {
        ui.activity.push(VaultGateScreen())
        assertTrue(ui.texts().contains(ui.gate(GateState.CREATE).text!!))
        ui.button(ui.gateButton(GateState.CREATE, GateAction.CREATE_VAULT)).performClick()
        ui.waitFor("the document list") { ui.texts().contains(ui.vaultList().addLabel) }
        assertTrue(app.vaultExists())
        assertTrue(VaultKeys.stored(ui.activity))
    }

    private fun onlyDocumentId(): String = app.documents(DocumentFilter(null, null)).single().id

    /** A new vault holding one new document of [kind], whose edit screen is showing. */
    private fun vaultWithNewDocument(kind: String): String {
        createVaultThroughGate()
        ui.button(ui.vaultList().addLabel).performClick()
        ui.button(kind).performClick()
        ui.chooseInDialog(t(UiText.DOCUMENT_DETAILS_FIRST))
        return onlyDocumentId()
    }

    private fun jpeg(): File {
        val image = BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB)
        for (x in 0 until 640) image.setRGB(x, x % 480, 0xff0000)
        val file = File.createTempFile("page", ".jpg").apply { deleteOnExit() }
        ImageIO.write(image, "jpg", file)
        return file
    }

    @Test
    fun theKeyIsWrappedByThePhoneAndReopensTheVault() {
        createVaultThroughGate()
        val wrapped = WrappedKeyFormat.parse(File(ui.activity.noBackupFilesDir, "vault.key").readBytes())
        assertEquals(12, wrapped.iv.size)
        assertEquals(32 + 16, wrapped.ciphertext.size)
        assertEquals(1, FakeAndroidKeyStore.keys.size)
        app.lockVault()
        ui.activity.refresh()
        assertTrue("reopened with the phone's key: ${ui.texts()}", ui.texts().contains(ui.vaultList().addLabel))
        assertTrue(ui.texts().contains(ui.vaultList().emptyText!!))
    }

    @Test
    fun addADocumentFromHomeSavedAsTheUserTypesWithACameraPage() {
        ui.tap(t(UiText.HOME_VAULT))
        ui.button(ui.gateButton(GateState.CREATE, GateAction.CREATE_VAULT)).performClick()
        ui.waitFor("the document list") { ui.texts().contains(ui.vaultList().addLabel) }
        ui.button(ui.vaultList().addLabel).performClick()
        ui.button("Residence card").performClick()
        ui.chooseInDialog(t(UiText.DOCUMENT_DETAILS_FIRST))
        val id = onlyDocumentId()
        val fields = ui.fields()
        assertEquals(5, fields.size)
        val (number, authority, _, expires) = fields
        number.setText("AB 123")
        authority.setText("Migration office")
        ui.wait(saveDelay)
        assertEquals("AB 123", app.document(id).number)
        assertEquals("Migration office", app.document(id).authority)

        // An impossible date is refused under its own field; the other fields are saved anyway.
        expires.setText("2027-02-30")
        number.setText("AB 124")
        ui.wait(saveDelay)
        assertEquals("AB 124", app.document(id).number)
        assertNull(app.document(id).expiresOn)
        val error = ui.texts().single { it.contains("not a real date") }
        val column = expires.parent.parent as ViewGroup
        val under = column.getChildAt(column.indexOfChild(expires.parent as View) + 1) as TextView
        assertEquals(error, under.text.toString())
        expires.setText("2027-02-28")
        ui.wait(saveDelay)
        assertEquals("2027-02-28", app.document(id).expiresOn)
        assertTrue(ui.texts().none { it.contains("not a real date") })

        // The phone locks right after typing: what was typed is already saved.
        number.setText("AB 125")
        ui.controller.pause()
        assertEquals("AB 125", app.document(id).number)
        ui.controller.resume()

        // A page from the camera app, which writes into our private file through our provider.
        ui.button(t(UiText.PAGE_ADD_CAMERA)).performClick()
        val camera = shadowOf(ui.activity).nextStartedActivityForResult
        assertEquals("android.media.action.IMAGE_CAPTURE", camera.intent.action)
        @Suppress("DEPRECATION")
        val output = camera.intent.getParcelableExtra<Uri>("output")!!
        assertEquals(CaptureProvider.AUTHORITY, output.authority)
        assertTrue(camera.intent.flags and Intent.FLAG_GRANT_WRITE_URI_PERMISSION != 0)
        val photo = CaptureFiles.fileFor(ui.activity, output)!!
        // The phone locks while the camera is in front: the vault is held open for the photo.
        ui.controller.pause().stop()
        jpeg().copyTo(photo, overwrite = true)
        shadowOf(ui.activity).receiveResult(camera.intent, Activity.RESULT_OK, null)
        ui.controller.start().resume()
        ui.waitFor("the page") { !photo.exists() && ui.toast() == t(UiText.PAGE_ADDED) }
        assertEquals(1, app.pages(id).size)

        ui.activity.back()
        // The core isolates each placeable (FSI … PDI) so names and numbers keep their direction.
        val listed = ui.texts().map { it.replace("\u2068", "").replace("\u2069", "") }
        assertTrue("listed: $listed", listed.any { it.startsWith("Residence card · AB 125") })
        assertTrue(listed.any { it.startsWith("Valid until") })
    }

    @Test
    fun notificationsAreAskedForOnceAReminderIsPlannedAndTheDocumentSaysWhenTheyAreOff() {
        assumeTrue("no runtime permission before Android 13", Build.VERSION.SDK_INT >= 33)
        val permission = android.Manifest.permission.POST_NOTIFICATIONS
        val id = vaultWithNewDocument("Residence card")
        assertNull("nothing to remind of yet", shadowOf(ui.activity).lastRequestedPermission)
        ui.fields()[3].setText("2099-01-31")
        ui.wait(saveDelay)
        // The next screen after the first planned reminder asks, without a visit to the reminders.
        ui.activity.push(DocumentScreen(id))
        ui.idle()
        val asked = shadowOf(ui.activity).lastRequestedPermission!!
        assertEquals(listOf(permission), asked.requestedPermissions.toList())
        ui.activity.onRequestPermissionsResult(asked.requestCode, arrayOf(permission), intArrayOf(PackageManager.PERMISSION_DENIED))
        ui.idle()
        // Refused: the document says its deadlines will not reach the user, and nothing nags again.
        assertTrue(ui.texts().contains(t(UiText.REMINDERS_NOTIFICATIONS_OFF)))
        assertEquals(asked.requestCode, shadowOf(ui.activity).lastRequestedPermission!!.requestCode)
        shadowOf(ui.activity.application).grantPermissions(permission)
        ui.activity.refresh()
        assertFalse(ui.texts().contains(t(UiText.REMINDERS_NOTIFICATIONS_OFF)))
    }

    @Test
    fun aNewDocumentPhotographedFirstIsStoredWithItsPageOrNotAtAll() {
        createVaultThroughGate()
        ui.button(ui.vaultList().addLabel).performClick()
        // A file that is not a photo: no document is left behind, empty or otherwise.
        ui.button("Receipt").performClick()
        ui.chooseInDialog(t(UiText.PAGE_ADD_PICKER))
        val picker = shadowOf(ui.activity).nextStartedActivityForResult
        val text = File.createTempFile("note", ".txt").apply { deleteOnExit(); writeText("not a photo") }
        shadowOf(ui.activity).receiveResult(picker.intent, Activity.RESULT_OK, Intent().setData(Uri.fromFile(text)))
        ui.waitFor("the error") { ui.dialog()?.let { ui.dialogMessage() }?.contains("not a photo") == true }
        assertTrue(app.documents(DocumentFilter(null, null)).isEmpty())

        // A real photo: the document and its page arrive together, held by the phone's owner.
        ui.dialog()?.dismiss()
        ui.button("Receipt").performClick()
        ui.chooseInDialog(t(UiText.PAGE_ADD_CAMERA))
        val camera = shadowOf(ui.activity).nextStartedActivityForResult
        @Suppress("DEPRECATION")
        val photo = CaptureFiles.fileFor(ui.activity, camera.intent.getParcelableExtra<Uri>("output")!!)!!
        jpeg().copyTo(photo, overwrite = true)
        shadowOf(ui.activity).receiveResult(camera.intent, Activity.RESULT_OK, null)
        ui.waitFor("the new document") { app.documents(DocumentFilter(null, null)).isNotEmpty() }
        val id = onlyDocumentId()
        assertEquals(1, app.pages(id).size)
        assertEquals(app.defaultHolder(Instant.now()).id, app.document(id).personId)
        ui.waitFor("its form") { ui.fields().size == 5 }
    }

    @Test
    fun cameraCancelledOrAFileThatIsNotAPhotoAddsNothingAndSaysWhy() {
        val id = vaultWithNewDocument("Visa")

        ui.button(t(UiText.PAGE_ADD_CAMERA)).performClick()
        val camera = shadowOf(ui.activity).nextStartedActivityForResult
        @Suppress("DEPRECATION")
        val photo = CaptureFiles.fileFor(ui.activity, camera.intent.getParcelableExtra<Uri>("output")!!)!!
        shadowOf(ui.activity).receiveResult(camera.intent, Activity.RESULT_CANCELED, null)
        assertEquals(t(UiText.CAMERA_NONE), ui.toast())
        assertFalse(photo.exists())

        ui.button(t(UiText.PAGE_ADD_PICKER)).performClick()
        val picker = shadowOf(ui.activity).nextStartedActivityForResult
        // The photo picker from Android 13, the documents UI before.
        val expected = if (Build.VERSION.SDK_INT >= 33) "android.provider.action.PICK_IMAGES" else Intent.ACTION_GET_CONTENT
        assertEquals(expected, picker.intent.action)
        val text = File.createTempFile("note", ".txt").apply { deleteOnExit(); writeText("not a photo") }
        shadowOf(ui.activity).receiveResult(picker.intent, Activity.RESULT_OK, Intent().setData(Uri.fromFile(text)))
        ui.waitFor("the error") { ui.dialog() != null }
        assertTrue(ui.dialogMessage()!!, ui.dialogMessage()!!.contains("not a photo"))
        assertEquals(0, app.pages(id).size)
        assertEquals(0, CaptureFiles.dir(ui.activity).listFiles()!!.size)
        assertEquals("the document itself is kept", 1, app.documents(DocumentFilter(null, null)).size)
    }

    @Test
    fun aPageIsShownSharedThroughTheProviderAndDeleted() {
        val id = vaultWithNewDocument("Passport")
        app.addPage(id, jpeg().path, Instant.now())
        ui.activity.back()
        ui.activity.push(DocumentScreen(id))
        assertTrue(ui.texts().contains("Passport"))
        val thumbnails = ui.all(ImageView::class.java).filter { it.contentDescription?.contains("Page") == true }
        assertEquals(1, thumbnails.size)
        thumbnails[0].performClick()
        ui.waitFor("the page") { ui.all(View::class.java).any { it.javaClass.simpleName == "ZoomImageView" } }

        ui.button(t(UiText.PAGE_SHARE)).performClick()
        ui.waitFor("the chooser") { shadowOf(ui.activity).peekNextStartedActivityForResult() != null }
        val chooser = shadowOf(ui.activity).nextStartedActivityForResult
        assertEquals(Intent.ACTION_CHOOSER, chooser.intent.action)
        @Suppress("DEPRECATION")
        val send = chooser.intent.getParcelableExtra<Intent>(Intent.EXTRA_INTENT)!!
        @Suppress("DEPRECATION")
        val uri = send.getParcelableExtra<Uri>(Intent.EXTRA_STREAM)!!
        assertEquals(CaptureProvider.AUTHORITY, uri.authority)
        assertTrue(send.flags and Intent.FLAG_GRANT_READ_URI_PERMISSION != 0)
        val copy = CaptureFiles.fileFor(ui.activity, uri)!!
        assertTrue(copy.length() > 0)
        // The provider serves the copy and nothing outside its folder.
        val provider = Robolectric.setupContentProvider(CaptureProvider::class.java, CaptureProvider.AUTHORITY)
        provider.openFile(uri, "r").close()
        for (outside in listOf("..%2Fvault.key", "a/b.jpg")) {
            try {
                provider.openFile(Uri.parse("content://${CaptureProvider.AUTHORITY}/$outside"), "r")
                fail("served $outside")
            } catch (refused: java.io.FileNotFoundException) {
                // expected
            }
        }
        shadowOf(ui.activity).receiveResult(chooser.intent, Activity.RESULT_OK, null)
        assertFalse("the shared copy is deleted on return", copy.exists())

        ui.button(t(UiText.PAGE_DELETE)).performClick()
        ui.confirmDialog()
        assertEquals(0, app.pages(id).size)
    }

    private fun assertLocked(why: String) {
        try {
            app.people()
            fail(why)
        } catch (locked: HuquqException.Locked) {
            // expected: the core refuses until the vault is opened again
        }
    }

    /** The app comes back to the front: the vault opens again with the phone's key. */
    private fun comeBack() {
        ui.controller.restart().resume()
        ui.idle()
        assertTrue(ui.texts().contains(ui.vaultList().addLabel))
    }

    @Test
    fun theVaultLocksWhenTheAppLeavesUnlessAPickerIsOpen() {
        createVaultThroughGate()
        ui.controller.pause().stop()
        assertLocked("the vault stayed open in the background")
        comeBack()

        // A page copy left outside the vault (a share the user never came back from) goes when
        // the vault locks; at start, only copies older than an hour go (a camera may still write).
        val leftover = CaptureFiles.newFile(ui.activity, "share")
        ui.controller.pause().stop()
        assertFalse("a page copy outlived the lock", leftover.exists())
        comeBack()
        val fresh = CaptureFiles.newFile(ui.activity, "camera")
        val stale = CaptureFiles.newFile(ui.activity, "camera").apply { setLastModified(System.currentTimeMillis() - 2 * 3_600_000L) }
        CaptureFiles.clear(ui.activity, staleOnly = true)
        assertTrue(fresh.exists())
        assertFalse(stale.exists())

        val release = VaultSession.hold()
        ui.controller.pause().stop()
        app.people()
        release()
        assertLocked("the vault stayed open after the hold")
        comeBack()

        // With a PIN, coming back asks for it instead of showing the documents.
        VaultKeys.withKey(ui.activity) { app.setVaultPin(it, "246802", null, PinSecret.create()) }
        ui.controller.pause().stop()
        ui.controller.restart().resume()
        ui.idle()
        assertTrue(ui.texts().contains(ui.gate(GateState.PIN).pinLabel!!))
        assertFalse(ui.texts().contains(ui.vaultList().addLabel))
    }

    @Test
    fun vaultDialogsAreKeptOutOfScreenshots() {
        fun assertSecure(what: String) {
            val flags = ui.dialog()!!.window!!.attributes.flags
            assertTrue("$what can be captured in a screenshot", flags and WindowManager.LayoutParams.FLAG_SECURE != 0)
            ui.dialog()!!.dismiss()
            ShadowAlertDialog.reset()
            ui.idle()
        }
        createVaultThroughGate()
        ui.button(ui.vaultList().addLabel).performClick()
        ui.button("Residence card").performClick()
        val start = ui.dialog()!!.window!!.attributes.flags
        assertTrue("how to start can be captured", start and WindowManager.LayoutParams.FLAG_SECURE != 0)
        ui.chooseInDialog(t(UiText.DOCUMENT_DETAILS_FIRST))
        val id = onlyDocumentId()
        ui.button(app.documentForm(id).addPersonLabel).performClick()
        assertSecure("the new holder")
        ui.fields()[3].setText("2099-01-31")
        ui.wait(saveDelay)
        val reminders = app.reminders(Instant.now())
        ui.activity.push(RemindersListScreen())
        ui.idle()
        ui.tap(reminders.deadlines.first().title)
        assertSecure("a deadline's actions")
        ui.button(t(UiText.REMINDERS_RECORD)).performClick()
        ui.idle()
        assertSecure("recording an event")
    }

    @Test
    fun aPinReplacesThePhonesKeyAndTheLimitErasesThePinsSecret() {
        createVaultThroughGate()
        // Kept only to stage an interrupted "set PIN" below; the app itself never keeps it.
        val dataKey = VaultKeys.withKey(ui.activity) { it.copyOf() }
        ui.activity.back()
        ui.activity.push(SettingsScreen())
        ui.button(ui.vaultSettings(pin = false).pinButton).performClick()
        val (pin, again) = ui.dialogFields()
        pin.setText("1234")
        again.setText("1243")
        ui.confirmDialog()
        assertEquals(ui.refusal { it.checkNewSecret(Field.PIN, "1234", "1243") }, ui.toast())
        assertFalse(app.vaultHasPin())

        // Too short: the core's reason, and nothing changes.
        ui.button(ui.vaultSettings(pin = false).pinButton).performClick()
        ui.dialogFields().forEach { it.setText("2468") }
        ui.confirmDialog()
        assertEquals(ui.refusal { it.checkNewSecret(Field.PIN, "2468", "2468") }, ui.toast())
        assertFalse(app.vaultHasPin())
        assertTrue(VaultKeys.stored(ui.activity))
        assertFalse("no PIN secret made for a refused PIN", PinSecret.stored())

        ui.button(ui.vaultSettings(pin = false).pinButton).performClick()
        ui.dialogFields().forEach { it.setText("246802") }
        val limits = ui.inDialog(RadioButton::class.java)
        // The core's two limits, ten (the default) and five; no "never".
        val offered = app.pinForm().limits
        assertEquals(listOf(10u, 5u), offered.map { it.attempts })
        assertEquals(offered.map { it.label }, limits.map { it.text.toString() })
        assertTrue("the default is chosen", limits[0].isChecked)
        ui.confirmDialog()
        // The core and the Keystore finish on a background thread before the screen hears of it,
        // so wait for the screen itself.
        ui.waitFor("the PIN") { ui.texts().contains(ui.vaultSettings(pin = true).pinButton) }
        assertTrue(app.vaultHasPin())
        assertFalse(VaultKeys.stored(ui.activity))
        // Only the PIN and the phone's PIN secret open the vault now: the phone's copy of the key
        // is gone, so a copy of the app's files holds nothing that opens it without a guess.
        assertTrue(PinSecret.stored())

        ui.activity.back()
        app.lockVault()
        ui.activity.push(VaultGateScreen())
        val entry = ui.fields().single()
        entry.setText("000000")
        ui.button(ui.gateButton(GateState.PIN, GateAction.UNLOCK_WITH_PIN)).performClick()
        ui.waitFor("the refusal") { ui.texts().any { it.replace("\u2068", "").replace("\u2069", "").contains("9 attempts left") } }
        entry.setText("246802")
        ui.button(ui.gateButton(GateState.PIN, GateAction.UNLOCK_WITH_PIN)).performClick()
        ui.waitFor("the list") { ui.texts().contains(ui.vaultList().addLabel) }

        // Setting a PIN killed before the phone's copy of the key was deleted: the gate deletes
        // it and asks for the PIN instead of opening with it.
        VaultKeys.store(ui.activity, dataKey)
        app.lockVault()
        ui.activity.refresh()
        assertFalse(app.vaultIsOpen())
        assertFalse(VaultKeys.stored(ui.activity))
        assertTrue(ui.texts().contains(ui.gate(GateState.PIN).pinLabel!!))

        // Two wrong PINs with a limit of two: the PIN's secret is destroyed with the PIN.
        app.setVaultPin(dataKey, "246802", 2u, PinSecret.secret())
        dataKey.fill(0)
        ui.activity.refresh()
        repeat(2) {
            ui.fields().single().setText("111111")
            ui.button(ui.gateButton(GateState.PIN, GateAction.UNLOCK_WITH_PIN)).performClick()
            ui.waitFor("the answer") {
                ui.texts().contains(ui.gate(GateState.KEY_LOST).text!!) ||
                    ui.all(android.widget.Button::class.java).any { it.isEnabled && it.text == ui.gateButton(GateState.PIN, GateAction.UNLOCK_WITH_PIN) }
            }
        }
        assertTrue(ui.texts().contains(ui.gate(GateState.KEY_LOST).text!!))
        assertFalse(VaultKeys.stored(ui.activity))
        assertFalse(PinSecret.stored())
        assertTrue(ui.dialogMessage()!!.contains("Too many wrong PINs"))
        ui.button(ui.gateButton(GateState.KEY_LOST, GateAction.START_OVER)).performClick()
        ui.confirmDialog()
        assertFalse(app.vaultExists())
        assertTrue(ui.texts().contains(ui.gate(GateState.CREATE).text!!))
    }

    @Test
    fun aBackupOfAVaultWithAPinAsksForThePinJustBefore() {
        createVaultThroughGate()
        VaultKeys.withKey(ui.activity) { app.setVaultPin(it, "246802", null, PinSecret.create()) }
        VaultKeys.erase(ui.activity)
        ui.activity.back()
        ui.activity.push(SettingsScreen())
        val target = File.createTempFile("backup", ".age").apply { deleteOnExit() }
        for (pin in listOf("000000", "246802")) {
            ui.button(ui.vaultSettings(pin = true).backupButton).performClick()
            ui.dialog()!!.getButton(android.app.AlertDialog.BUTTON_NEUTRAL).performClick()
            ui.confirmDialog()
            val create = shadowOf(ui.activity).nextStartedActivityForResult
            shadowOf(ui.activity).receiveResult(create.intent, Activity.RESULT_OK, Intent().setData(Uri.fromFile(target)))
            // The PIN, right before the documents leave the phone.
            assertEquals(t(UiText.BACKUP_PIN_PROMPT), shadowOf(ui.dialog()!!).title.toString())
            ui.dialogFields().single().setText(pin)
            ui.confirmDialog()
            if (pin == "000000") {
                ui.waitFor("the refusal") { ui.dialogMessage()?.contains("attempts left") == true }
                assertEquals("nothing written", 0L, target.length())
            }
        }
        ui.waitFor("the backup") { ui.toast()?.startsWith("Backup written") == true }
        assertTrue(target.length() > 100)
    }

    @Test
    fun backupThroughTheFilePickerRefusesAFileThatIsNotABackupThenRestoresAndErases() {
        createVaultThroughGate()
        ui.button(ui.vaultList().addLabel).performClick()
        ui.button("Patent").performClick()
        ui.chooseInDialog(t(UiText.DOCUMENT_DETAILS_FIRST))
        ui.activity.back()
        ui.activity.back()
        ui.activity.push(SettingsScreen())
        assertTrue(ui.texts().any { it.startsWith("Reminders at") })

        ui.button(ui.vaultSettings(pin = false).backupButton).performClick()
        ui.dialogFields().forEach { it.setText("") }
        ui.confirmDialog()
        assertEquals(ui.refusal { it.checkNewSecret(Field.PASSPHRASE, "", "") }, ui.toast())
        // A weak passphrase is refused with the core's reason; the dialog offers a strong one.
        ui.button(ui.vaultSettings(pin = false).backupButton).performClick()
        ui.dialogFields().forEach { it.setText("password123") }
        ui.confirmDialog()
        assertEquals(ui.refusal { it.checkNewSecret(Field.PASSPHRASE, "password123", "password123") }, ui.toast())
        ui.button(ui.vaultSettings(pin = false).backupButton).performClick()
        ui.dialog()!!.getButton(android.app.AlertDialog.BUTTON_NEUTRAL).performClick()
        val passphrase = ui.dialogFields().first().text.toString()
        assertEquals(passphrase, ui.dialogFields().last().text.toString())
        assertTrue(ui.texts(ui.dialog()!!.window!!.decorView).any { it.contains(passphrase) && it.startsWith("Write this passphrase down") })
        ui.confirmDialog()
        val create = shadowOf(ui.activity).nextStartedActivityForResult
        assertEquals(Intent.ACTION_CREATE_DOCUMENT, create.intent.action)
        val target = File.createTempFile("backup", ".age").apply { deleteOnExit() }
        shadowOf(ui.activity).receiveResult(create.intent, Activity.RESULT_OK, Intent().setData(Uri.fromFile(target)))
        ui.waitFor("the backup") { ui.toast()?.startsWith("Backup written") == true }
        assertTrue(target.length() > 100)
        assertTrue("no plaintext copy left behind", ui.activity.cacheDir.listFiles()!!.none { it.name.startsWith("backup-") })

        val notABackup = File.createTempFile("junk", ".age").apply { deleteOnExit(); writeText("hello") }
        ui.button(ui.vaultSettings(pin = false).restoreButton).performClick()
        val open = shadowOf(ui.activity).nextStartedActivityForResult
        assertEquals(Intent.ACTION_OPEN_DOCUMENT, open.intent.action)
        shadowOf(ui.activity).receiveResult(open.intent, Activity.RESULT_OK, Intent().setData(Uri.fromFile(notABackup)))
        ui.dialogFields().first().setText(passphrase)
        ui.confirmDialog()
        ui.waitFor("the refusal") { ui.dialogMessage()?.contains("not a Huquq backup") == true }
        assertEquals(1, app.documents(DocumentFilter(null, null)).size)

        ui.button(ui.vaultSettings(pin = false).restoreButton).performClick()
        val openAgain = shadowOf(ui.activity).nextStartedActivityForResult
        shadowOf(ui.activity).receiveResult(openAgain.intent, Activity.RESULT_OK, Intent().setData(Uri.fromFile(target)))
        ui.dialogFields().first().setText(passphrase)
        ui.confirmDialog()
        ui.waitFor("the restore") { ui.toast()?.startsWith("Restored") == true }
        assertEquals("merged without a duplicate", 1, app.documents(DocumentFilter(null, null)).size)

        ui.button(ui.eraseLabel()).performClick()
        ui.confirmDialog()
        assertFalse(app.vaultExists())
        assertFalse(VaultKeys.stored(ui.activity))
        assertEquals(t(UiText.VAULT_ERASED), ui.toast())
    }

    @Test
    fun settingsShowTheContentInUseAndRefuseAFileThatIsNotAGenuineContentUpdate() {
        ui.activity.push(SettingsScreen())
        val content = app.settingsScreen().content
        val shown = ui.texts()
        // Without a vault too: the section is drawn from the core's model, above the gate.
        assertTrue(shown.contains(content.heading))
        assertTrue(shown.contains(content.text))
        assertTrue(content.text.startsWith("Rights content of"))
        assertTrue(shown.contains(content.release))
        assertNull("the built-in content cannot be passed on", content.shareButton)
        assertNull(content.notice)

        val notAPack = File.createTempFile("update", ".huquq").apply { deleteOnExit(); writeText("hello") }
        ui.button(content.updateButton).performClick()
        val open = shadowOf(ui.activity).nextStartedActivityForResult
        assertEquals(Intent.ACTION_OPEN_DOCUMENT, open.intent.action)
        shadowOf(ui.activity).receiveResult(open.intent, Activity.RESULT_OK, Intent().setData(Uri.fromFile(notAPack)))
        ui.waitFor("the refusal") { ui.dialogMessage()?.startsWith("This file is not a Huquq content update") == true }
        assertEquals(content, app.settingsScreen().content)
        assertTrue("no copy left behind", CaptureFiles.dir(ui.activity).listFiles().orEmpty().isEmpty())
    }
}
