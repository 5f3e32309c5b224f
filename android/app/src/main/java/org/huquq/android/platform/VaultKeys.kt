package org.huquq.android.platform

import android.content.Context
import java.io.File
import java.io.IOException
import java.security.GeneralSecurityException
import java.security.ProviderException
import org.huquq.App
import org.huquq.android.logic.WrappedKeyFormat

/**
 * The vault's 32-byte data key, made by the core and kept here wrapped with an AES-256-GCM key that
 * never leaves the Android Keystore, when the vault has no PIN: then the phone's hardware is what
 * protects it, and reminders can be worked out after a reboot. Setting a PIN deletes this copy
 * (see [PinSecret]). The wrapped key lives under `noBackupFilesDir`, so it never travels in a cloud
 * or device backup (it would be useless on another phone anyway: the Keystore key stays on this one).
 */
object VaultKeys {
    private const val FILE = "vault.key"
    private val aes = KeystoreAes("huquq.vault")

    /** The phone's copy of the key cannot be read: its Keystore key is gone, or the file is damaged. */
    class Unavailable(cause: Exception) : Exception(cause)

    fun stored(context: Context): Boolean = file(context).isFile

    /**
     * Wraps and saves [key] (a fresh vault's) under a new Keystore key, replacing any earlier one.
     * Written beside and renamed, so a full disk never leaves half a key file.
     */
    fun store(context: Context, key: ByteArray) {
        val bytes = aes.seal(key, fresh = true)
        val target = file(context)
        val partial = File(target.parentFile, "$FILE.partial")
        try {
            partial.writeBytes(bytes)
            if (!partial.renameTo(target)) throw IOException("could not rename the key file")
        } finally {
            partial.delete()
        }
    }

    /** Unwraps the key, lends it to [use] and wipes it: it lives in the Java heap only that long. */
    fun <T> withKey(context: Context, use: (ByteArray) -> T): T {
        val key = try {
            aes.open(file(context).readBytes())
        } catch (missing: IOException) {
            throw Unavailable(missing)
        } catch (damaged: WrappedKeyFormat.Malformed) {
            throw Unavailable(damaged)
        } catch (refused: GeneralSecurityException) {
            throw Unavailable(refused)
        } catch (keystoreFailure: ProviderException) {
            // Some Keystore implementations report a key they can no longer use this way.
            throw Unavailable(keystoreFailure)
        }
        try {
            return use(key)
        } finally {
            key.fill(0)
        }
    }

    /** Opens the vault with the phone's key (the core's errors pass through). */
    fun open(context: Context, app: App) = withKey(context) { app.openVault(it) }

    /** Deletes the wrapped key and the Keystore key: with both gone nothing here opens the vault. */
    fun erase(context: Context) {
        file(context).delete()
        // The file is gone already; an orphaned Keystore key wraps nothing.
        aes.erase()
    }

    private fun file(context: Context): File = File(context.noBackupFilesDir, FILE)
}
