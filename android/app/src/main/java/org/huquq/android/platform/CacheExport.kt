package org.huquq.android.platform

import android.content.Context
import android.net.Uri
import android.provider.DocumentsContract
import java.io.File
import java.io.IOException
import java.util.UUID

/**
 * A file the core makes (a backup, a case file) going where the user chose through the Storage
 * Access Framework: the core works on a file path, so the file is made in the app's cache, copied
 * to the chosen document, and deleted from the cache whatever happens.
 */
object CacheExport {
    /** The file could not be written where the user chose (the vault is untouched). */
    class DestinationFailed(cause: Exception) : Exception(cause)

    fun <T> through(context: Context, destination: Uri, suffix: String, make: (File) -> T): T {
        val file = File(context.cacheDir, "export-${UUID.randomUUID()}$suffix")
        try {
            val made = make(file)
            try {
                // "wt": some providers keep the old file's tail after a shorter write with "w".
                val out = context.contentResolver.openOutputStream(destination, "wt") ?: throw IOException("no stream")
                out.use { sink -> file.inputStream().use { it.copyTo(sink) } }
            } catch (failed: IOException) {
                throw DestinationFailed(failed)
            } catch (refused: SecurityException) {
                throw DestinationFailed(refused)
            }
            return made
        } finally {
            file.delete()
        }
    }

    /** Removes the document the picker made, after a failure: a half file must not pass for a whole one. */
    fun discard(context: Context, destination: Uri) {
        try {
            DocumentsContract.deleteDocument(context.contentResolver, destination)
        } catch (notDeletable: Exception) {
            // Some providers refuse; the user then sees an empty or partial file with our message.
        }
    }
}
