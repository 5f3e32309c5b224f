package org.huquq.android.logic

/**
 * Names of the files the capture provider serves. A URI's last segment is untrusted (another app
 * holds it), so only plain names the app itself makes are accepted: no separators, no `..`, no
 * hidden files.
 */
object CaptureNames {
    private val SAFE = Regex("[A-Za-z0-9][A-Za-z0-9_-]{0,63}\\.(jpg|png|img|huquq)")

    fun isSafe(name: String): Boolean = SAFE.matches(name)

    /** A name for a new file; [unique] is a random id. */
    fun make(purpose: String, unique: String, extension: String): String {
        val name = "$purpose-${unique.filter { it.isLetterOrDigit() }}.$extension"
        require(isSafe(name)) { "unsafe capture name" }
        return name
    }
}
