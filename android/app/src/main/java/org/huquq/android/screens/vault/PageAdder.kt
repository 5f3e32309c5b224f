package org.huquq.android.screens.vault

import android.app.Activity
import android.content.ClipData
import android.content.Intent
import android.os.Build
import android.provider.MediaStore
import java.io.File
import java.io.IOException
import org.huquq.HuquqException
import org.huquq.android.platform.Background
import org.huquq.android.platform.CaptureFiles
import org.huquq.android.platform.VaultSession
import org.huquq.android.ui.Host
import org.huquq.core.DocumentInput
import org.huquq.core.DocumentKind
import org.huquq.core.UiText
import org.huquq.android.platform.AppClock

/**
 * Brings a page photo into the vault, from the camera app or the system photo picker: onto an
 * existing document, or as the first page of a new one, which the core then stores with its page
 * in one transaction (a bad photo leaves no empty document behind). The photo passes through one
 * private file (see [CaptureFiles]) that is deleted whatever happens; the core strips its metadata
 * and re-encodes it. Every failure leaves the vault as it was and says why.
 */
class PageAdder(
    private val host: Host,
    private val target: Target,
    /** Called on the main thread: true while a page is being added, then false. */
    private val busy: (Boolean) -> Unit,
    /** Called with the document the page went to. */
    private val added: (String) -> Unit,
) {
    sealed interface Target {
        data class Existing(val documentId: String) : Target

        /** A new document of [kind], held by the phone's owner, created with this page. */
        data class New(val kind: DocumentKind) : Target
    }

    private val app = host.app
    private val context = host.activity

    /** The camera app writes straight into our private file through the capture provider. */
    fun fromCamera() {
        val file = try {
            CaptureFiles.newFile(context, "camera")
        } catch (full: IOException) {
            host.showMessage(app.uiText(UiText.STORAGE_FAILED))
            return
        }
        val uri = CaptureFiles.uriFor(file)
        val intent = Intent(MediaStore.ACTION_IMAGE_CAPTURE).apply {
            putExtra(MediaStore.EXTRA_OUTPUT, uri)
            // Some camera apps read the grant from the clip data rather than the extra.
            clipData = ClipData.newRawUri("", uri)
            addFlags(Intent.FLAG_GRANT_WRITE_URI_PERMISSION or Intent.FLAG_GRANT_READ_URI_PERMISSION)
        }
        VaultSession.launch(host, intent) { code, _ ->
            // Cancelled, or no camera app at all (the launch then reports a cancel): nothing to add.
            if (code != Activity.RESULT_OK || file.length() == 0L) {
                file.delete()
                host.showMessage(app.uiText(UiText.CAMERA_NONE))
            } else {
                ingest { file }
            }
        }
    }

    /** The photo picker (Android 13+) or the older "choose an image" documents UI; no permission. */
    fun fromPicker() {
        val intent = if (Build.VERSION.SDK_INT >= 33) {
            Intent(MediaStore.ACTION_PICK_IMAGES)
        } else {
            Intent(Intent.ACTION_GET_CONTENT).setType("image/*").addCategory(Intent.CATEGORY_OPENABLE)
        }
        VaultSession.launch(host, intent) { code, data ->
            val uri = data?.data
            if (code != Activity.RESULT_OK || uri == null) {
                host.showMessage(app.uiText(UiText.PICKER_NONE))
                return@launch
            }
            ingest {
                val stream = try {
                    context.contentResolver.openInputStream(uri)
                } catch (unreadable: IOException) {
                    null
                } catch (refused: SecurityException) {
                    null
                } ?: throw SourceUnreadable()
                CaptureFiles.copyIn(context, stream)
            }
        }
    }

    private class SourceUnreadable : Exception()

    /** [file] makes the private copy (on the background thread); it is deleted after `addPage`. */
    private fun ingest(file: () -> File) {
        busy(true)
        Background.run(context, {
            val photo = file()
            try {
                val now = AppClock.now()
                when (target) {
                    is Target.Existing -> app.addPage(target.documentId, photo.path, now).documentId
                    is Target.New -> {
                        val input = DocumentInput(app.defaultHolder(now).id, target.kind, "", "", null, null, "")
                        app.addDocumentWithPages(input, listOf(photo.path), now).id
                    }
                }
            } finally {
                photo.delete()
            }
        }) { result ->
            busy(false)
            result.fold(
                onSuccess = {
                    added(it)
                    host.showMessage(app.uiText(UiText.PAGE_ADDED))
                },
                onFailure = { error ->
                    when (error) {
                        // Not an image, damaged, too large: the core's own reason.
                        is HuquqException -> host.showError(error)
                        is SourceUnreadable -> host.showMessage(app.uiText(UiText.ERROR_PHOTO_UNREADABLE))
                        else -> host.showMessage(app.uiText(UiText.STORAGE_FAILED))
                    }
                },
            )
        }
    }
}
