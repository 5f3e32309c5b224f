package org.huquq.android.screens

import java.io.InputStream
import java.io.OutputStream
import java.security.Key
import java.security.KeyStoreSpi
import java.security.Provider
import java.security.SecureRandom
import java.security.Security
import java.security.cert.Certificate
import java.security.spec.AlgorithmParameterSpec
import java.util.Collections
import java.util.Date
import java.util.Enumeration
import javax.crypto.KeyGeneratorSpi
import javax.crypto.SecretKey
import javax.crypto.spec.SecretKeySpec

/**
 * The JVM has no Android Keystore: this provider stands in for it, in memory and for AES and HMAC
 * keys only, so that [org.huquq.android.platform.VaultKeys] and
 * [org.huquq.android.platform.PinSecret] run unchanged in screen tests.
 */
object FakeAndroidKeyStore {
    val keys = HashMap<String, SecretKey>()

    fun install() {
        // Robolectric loads the tests once per API level, each copy with its own [keys]: the
        // provider registered JVM-wide must be this copy's.
        Security.removeProvider(NAME)
        Security.insertProviderAt(KeyStoreProvider(), 1)
        keys.clear()
    }

    private const val NAME = "AndroidKeyStore"

    private class KeyStoreProvider : Provider(NAME, "1.0", "in-memory stand-in for tests") {
        init {
            put("KeyStore.$NAME", Store::class.java.name)
            put("KeyGenerator.AES", AesKeys::class.java.name)
            put("KeyGenerator.HmacSHA256", HmacKeys::class.java.name)
        }
    }

    class Store : KeyStoreSpi() {
        override fun engineGetKey(alias: String, password: CharArray?): Key? = keys[alias]
        override fun engineGetCertificateChain(alias: String?): Array<Certificate>? = null
        override fun engineGetCertificate(alias: String?): Certificate? = null
        override fun engineGetCreationDate(alias: String?): Date = Date()
        override fun engineSetKeyEntry(alias: String, key: Key, password: CharArray?, chain: Array<out Certificate>?) {
            keys[alias] = key as SecretKey
        }
        override fun engineSetKeyEntry(alias: String?, key: ByteArray?, chain: Array<out Certificate>?) =
            throw UnsupportedOperationException()
        override fun engineSetCertificateEntry(alias: String?, cert: Certificate?) = throw UnsupportedOperationException()
        override fun engineDeleteEntry(alias: String) {
            keys.remove(alias)
        }
        override fun engineAliases(): Enumeration<String> = Collections.enumeration(keys.keys.toList())
        override fun engineContainsAlias(alias: String) = alias in keys
        override fun engineSize() = keys.size
        override fun engineIsKeyEntry(alias: String) = alias in keys
        override fun engineIsCertificateEntry(alias: String?) = false
        override fun engineGetCertificateAlias(cert: Certificate?): String? = null
        override fun engineStore(stream: OutputStream?, password: CharArray?) {}
        override fun engineLoad(stream: InputStream?, password: CharArray?) {}
    }

    class AesKeys : RandomKeys("AES")

    class HmacKeys : RandomKeys("HmacSHA256")

    /** 32 random bytes under the alias the spec names (the JVM's own Mac and Cipher use them). */
    open class RandomKeys(private val algorithm: String) : KeyGeneratorSpi() {
        private var alias = ""

        override fun engineInit(random: SecureRandom?) {}
        override fun engineInit(keysize: Int, random: SecureRandom?) {}
        override fun engineInit(params: AlgorithmParameterSpec, random: SecureRandom?) {
            // KeyGenParameterSpec is loaded by Robolectric's sandbox class loader: read it reflectively.
            alias = params.javaClass.getMethod("getKeystoreAlias").invoke(params) as String
        }

        override fun engineGenerateKey(): SecretKey {
            val key = SecretKeySpec(ByteArray(32).also { SecureRandom().nextBytes(it) }, algorithm)
            keys[alias] = key
            return key
        }
    }
}
