package org.huquq.android.platform

import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.io.IOException
import java.security.GeneralSecurityException
import java.security.KeyStore
import java.security.ProviderException
import javax.crypto.KeyGenerator
import javax.crypto.Mac
import javax.crypto.SecretKey

/**
 * The phone's part of the vault PIN: an HMAC-SHA256 key that never leaves the Android Keystore
 * (StrongBox where the phone has one). The core mixes its output into the PIN's key derivation, so
 * a copy of the app's files is not enough to guess the PIN on another computer: every guess has to
 * go through this phone's hardware, and the core's attempt limit.
 *
 * No user authentication is tied to it: the PIN is the user's part. From Android 15 it is also
 * usable only while the phone is unlocked; not before, because on Android 12–14 such keys cannot be
 * made or used at all on a phone without a screen lock, and become unusable for good when the
 * screen lock is removed (Android's documentation of `setUnlockedDeviceRequired`), which would
 * lose the vault.
 */
object PinSecret {
    private const val ALIAS = "huquq.pin"
    private const val PROVIDER = "AndroidKeyStore"
    private const val ALGORITHM = "HmacSHA256"
    /** What the key signs: the same every time, so the secret is the same every time. */
    private val LABEL = "huquq vault pin".toByteArray()

    /** The Keystore key is gone or refuses to work; the core then treats the PIN as lost. */
    class Unavailable(cause: Exception) : Exception(cause)

    fun stored(): Boolean = try {
        keyStore().containsAlias(ALIAS)
    } catch (failure: GeneralSecurityException) {
        false
    } catch (failure: IOException) {
        false
    }

    /** A new key (replacing any earlier one) and its secret: for setting a PIN from none. */
    fun create(): ByteArray {
        keystore {
            val keyStore = keyStore()
            if (keyStore.containsAlias(ALIAS)) keyStore.deleteEntry(ALIAS)
            generate(strongBox = Build.VERSION.SDK_INT >= 28)
        }
        return secret()
    }

    /**
     * The secret for an attempt: the stored key's, or a new key's when there is none (a PIN set by
     * an older version, with the PIN alone: the core then binds it to this key).
     */
    fun current(): ByteArray {
        // Only a Keystore that answers "no such key" gets a new one: a Keystore that fails to
        // answer must not replace the key a PIN is bound to (that would lose the vault).
        val present = keystore { keyStore().containsAlias(ALIAS) }
        return if (present) secret() else create()
    }

    /** The secret the PIN was set with. */
    fun secret(): ByteArray = keystore {
        val key = keyStore().getKey(ALIAS, null) as? SecretKey
            ?: throw GeneralSecurityException("no Keystore key")
        Mac.getInstance(ALGORITHM).run {
            init(key)
            doFinal(LABEL)
        }
    }

    /**
     * [work] with every way the Keystore refuses turned into [Unavailable] (some implementations
     * report a key they can no longer use as a ProviderException).
     */
    private inline fun <T> keystore(work: () -> T): T = try {
        work()
    } catch (failure: GeneralSecurityException) {
        throw Unavailable(failure)
    } catch (failure: IOException) {
        throw Unavailable(failure)
    } catch (failure: ProviderException) {
        throw Unavailable(failure)
    }

    /** Deletes the key: no PIN opens the vault on this phone after this. */
    fun erase() {
        try {
            val keyStore = keyStore()
            if (keyStore.containsAlias(ALIAS)) keyStore.deleteEntry(ALIAS)
        } catch (unreachable: GeneralSecurityException) {
            // Nothing to delete that could still be used.
        } catch (unreadable: IOException) {
            // As above.
        }
    }

    private fun keyStore(): KeyStore = KeyStore.getInstance(PROVIDER).apply { load(null) }

    private fun generate(strongBox: Boolean) {
        val spec = KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_SIGN)
            .setUserAuthenticationRequired(false)
        if (Build.VERSION.SDK_INT >= 35) spec.setUnlockedDeviceRequired(true)
        if (strongBox && Build.VERSION.SDK_INT >= 28) spec.setIsStrongBoxBacked(true)
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_HMAC_SHA256, PROVIDER)
        try {
            generator.init(spec.build())
            generator.generateKey()
        } catch (failure: ProviderException) {
            // Most phones have no StrongBox chip (StrongBoxUnavailableException, a ProviderException
            // named only from Android 9): the Keystore's trusted environment instead.
            if (strongBox) generate(strongBox = false) else throw failure
        }
    }
}
