package org.huquq.android.platform

import android.content.Context
import android.net.Uri
import java.io.File
import java.io.IOException
import java.io.InputStream
import java.util.UUID
import org.huquq.android.logic.CaptureNames

/**
 * The one place where a page photo exists outside the vault, briefly: the camera's output, a copy
 * of a picked photo, or a page exported for sharing. Private, excluded from backups, and emptied as
 * soon as each file has done its job.
 */
object CaptureFiles {
    private const val DIR = "capture"
    /**
     * Leftovers of a crash or a share the user never came back from. Not younger: a cheap phone
     * may kill the app while the camera app is in front, and the camera then still writes into
     * its file through our provider, in a freshly started process.
     */
    private const val STALE_MILLIS = 60L * 60 * 1000

    fun dir(context: Context): File = File(context.noBackupFilesDir, DIR)

    /** A new empty file, there before the camera app is handed its URI. */
    fun newFile(context: Context, purpose: String, extension: String = "jpg"): File {
        val dir = dir(context)
        if (!dir.isDirectory && !dir.mkdirs()) throw IOException("no capture folder")
        val file = File(dir, CaptureNames.make(purpose, UUID.randomUUID().toString(), extension))
        if (!file.createNewFile()) throw IOException("capture file exists")
        return file
    }

    /** Copies a picked photo into a new private file (an IOException when storage is full). */
    fun copyIn(context: Context, source: InputStream): File {
        val file = newFile(context, "picked", "img")
        try {
            source.use { input -> file.outputStream().use { input.copyTo(it) } }
        } catch (failed: IOException) {
            file.delete()
            throw failed
        }
        return file
    }

    fun uriFor(file: File): Uri =
        Uri.Builder().scheme("content").authority(CaptureProvider.AUTHORITY).appendPath(file.name).build()

    /** The file a URI names, only if it is a plain name inside the capture folder. */
    fun fileFor(context: Context, uri: Uri): File? {
        if (uri.authority != CaptureProvider.AUTHORITY) return null
        val segments = uri.pathSegments
        if (segments.size != 1 || !CaptureNames.isSafe(segments[0])) return null
        val dir = dir(context)
        val file = File(dir, segments[0])
        // Belt and braces: the name check already excludes separators and "..".
        return if (file.canonicalFile.parentFile == dir.canonicalFile) file else null
    }

    /** Deletes every capture file, or only those older than an hour. */
    fun clear(context: Context, staleOnly: Boolean = false) {
        val cutoff = System.currentTimeMillis() - STALE_MILLIS
        dir(context).listFiles()?.forEach { if (!staleOnly || it.lastModified() < cutoff) it.delete() }
    }
}
