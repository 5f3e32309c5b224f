package org.huquq.android.platform

import android.content.Context
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.io.File
import java.io.IOException
import java.security.GeneralSecurityException
import java.security.KeyStore
import java.security.ProviderException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import org.huquq.App
import org.huquq.android.logic.WrappedKeyFormat

/**
 * The vault's 32-byte data key, made by the core and kept here wrapped with an AES-256-GCM key that
 * never leaves the Android Keystore. No user authentication is tied to the Keystore key: reminders
 * must be able to work after a reboot, and a PIN (the core's, optional) is the user's gate on top.
 * The wrapped key lives under `noBackupFilesDir`, so it never travels in a cloud or device backup
 * (it would be useless on another phone anyway: the Keystore key stays on this one).
 */
object VaultKeys {
    private const val ALIAS = "huquq.vault"
    private const val PROVIDER = "AndroidKeyStore"
    private const val TRANSFORMATION = "AES/GCM/NoPadding"
    private const val TAG_BITS = 128
    private const val FILE = "vault.key"

    /** The phone's copy of the key cannot be read: its Keystore key is gone, or the file is damaged. */
    class Unavailable(cause: Exception) : Exception(cause)

    fun stored(context: Context): Boolean = file(context).isFile

    /**
     * Wraps and saves [key] (a fresh vault's), replacing any earlier one. Written beside and renamed,
     * so a full disk never leaves half a key file.
     */
    fun store(context: Context, key: ByteArray) {
        val keyStore = keyStore()
        if (keyStore.containsAlias(ALIAS)) keyStore.deleteEntry(ALIAS)
        val cipher = Cipher.getInstance(TRANSFORMATION)
        // The Keystore picks a random IV itself; the one it chose is read back below.
        cipher.init(Cipher.ENCRYPT_MODE, generateWrappingKey())
        val bytes = WrappedKeyFormat.format(cipher.iv, cipher.doFinal(key))
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
            val wrapped = WrappedKeyFormat.parse(file(context).readBytes())
            val wrapping = keyStore().getKey(ALIAS, null) as? SecretKey
                ?: throw GeneralSecurityException("no Keystore key")
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.DECRYPT_MODE, wrapping, GCMParameterSpec(TAG_BITS, wrapped.iv))
            cipher.doFinal(wrapped.ciphertext)
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
        try {
            val keyStore = keyStore()
            if (keyStore.containsAlias(ALIAS)) keyStore.deleteEntry(ALIAS)
        } catch (unreachable: GeneralSecurityException) {
            // The file is gone already; an orphaned Keystore key wraps nothing.
        } catch (unreadable: IOException) {
            // As above.
        }
    }

    private fun file(context: Context): File = File(context.noBackupFilesDir, FILE)

    private fun keyStore(): KeyStore = KeyStore.getInstance(PROVIDER).apply { load(null) }

    private fun generateWrappingKey(): SecretKey {
        val spec = KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setUserAuthenticationRequired(false)
            .build()
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER)
        generator.init(spec)
        return generator.generateKey()
    }
}
