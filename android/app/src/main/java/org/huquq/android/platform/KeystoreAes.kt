package org.huquq.android.platform

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.security.KeyStore
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import org.huquq.android.logic.WrappedKeyFormat

/**
 * An AES-256-GCM key that never leaves the Android Keystore, under [alias], sealing small files
 * (the vault's data key, the reminder schedule) in [WrappedKeyFormat]. A copy of the app's files
 * without this phone's hardware reads nothing in them. No user authentication is tied to the key:
 * reminders must work after a reboot before anyone opens the app.
 */
class KeystoreAes(private val alias: String) {
    /**
     * Seals [plain], making the key first if there is none; [fresh]: always with a new key (a new
     * vault's key must not be readable with an older one).
     */
    fun seal(plain: ByteArray, fresh: Boolean = false): ByteArray {
        val keyStore = keyStore()
        if (fresh && keyStore.containsAlias(alias)) keyStore.deleteEntry(alias)
        val key = keyStore.getKey(alias, null) as? SecretKey ?: generate()
        val cipher = Cipher.getInstance(TRANSFORMATION)
        // The Keystore picks a random IV itself; the one it chose is kept beside the ciphertext.
        cipher.init(Cipher.ENCRYPT_MODE, key)
        return WrappedKeyFormat.format(cipher.iv, cipher.doFinal(plain))
    }

    /**
     * What [seal] sealed. Throws [WrappedKeyFormat.Malformed], [java.security.GeneralSecurityException]
     * (no key, or the bytes were changed) or [java.security.ProviderException] (a Keystore that can
     * no longer use its key).
     */
    fun open(sealed: ByteArray): ByteArray {
        val parsed = WrappedKeyFormat.parse(sealed)
        val key = keyStore().getKey(alias, null) as? SecretKey
            ?: throw java.security.GeneralSecurityException("no Keystore key")
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BITS, parsed.iv))
        return cipher.doFinal(parsed.ciphertext)
    }

    /** Deletes the key: nothing it sealed can be opened after this. */
    fun erase() {
        try {
            val keyStore = keyStore()
            if (keyStore.containsAlias(alias)) keyStore.deleteEntry(alias)
        } catch (unreachable: java.security.GeneralSecurityException) {
            // Nothing that could still be used is left to delete.
        } catch (unreadable: java.io.IOException) {
            // As above.
        }
    }

    private fun keyStore(): KeyStore = KeyStore.getInstance(PROVIDER).apply { load(null) }

    private fun generate(): SecretKey {
        val spec = KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setUserAuthenticationRequired(false)
            .build()
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER)
        generator.init(spec)
        return generator.generateKey()
    }

    private companion object {
        const val PROVIDER = "AndroidKeyStore"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val TAG_BITS = 128
    }
}
