package org.huquq.android.platform

import android.content.ContentProvider
import android.content.ContentValues
import android.database.Cursor
import android.database.MatrixCursor
import android.net.Uri
import android.os.ParcelFileDescriptor
import android.provider.OpenableColumns
import java.io.FileNotFoundException

/**
 * Hands the camera app (write) and a share target (read) one file each in the private capture
 * folder. Not exported: only an app given a URI with a grant can open it, and only in the granted
 * mode. It never creates files: each one exists before its URI is handed out.
 */
class CaptureProvider : ContentProvider() {
    companion object {
        /** As declared in the manifest. */
        const val AUTHORITY = "org.huquq.android.capture"
    }

    override fun onCreate(): Boolean = true

    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor {
        val context = context ?: throw FileNotFoundException()
        val file = CaptureFiles.fileFor(context, uri)?.takeIf { it.isFile } ?: throw FileNotFoundException()
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.parseMode(mode))
    }

    /** Name and size: some camera and share apps ask before they open the file. */
    override fun query(
        uri: Uri,
        projection: Array<out String>?,
        selection: String?,
        selectionArgs: Array<out String>?,
        sortOrder: String?,
    ): Cursor? {
        val context = context ?: return null
        val file = CaptureFiles.fileFor(context, uri)?.takeIf { it.isFile } ?: return null
        val columns = projection?.filter { it == OpenableColumns.DISPLAY_NAME || it == OpenableColumns.SIZE }
            ?: listOf(OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE)
        val row = columns.map { if (it == OpenableColumns.SIZE) file.length() else file.name }
        return MatrixCursor(columns.toTypedArray(), 1).apply { addRow(row) }
    }

    override fun getType(uri: Uri): String =
        if (uri.lastPathSegment?.endsWith(".huquq") == true) "application/octet-stream" else "image/jpeg"

    override fun insert(uri: Uri, values: ContentValues?): Uri? = null

    override fun delete(uri: Uri, selection: String?, selectionArgs: Array<out String>?): Int = 0

    override fun update(uri: Uri, values: ContentValues?, selection: String?, selectionArgs: Array<out String>?): Int = 0
}
