package org.huquq.android.logic

/**
 * The byte layout of a small file sealed by the Android Keystore (the vault's data key, the reminder
 * schedule): `[version][IV length][IV][AES-GCM ciphertext with its tag]`. The version byte lets a
 * later app change the sealing without guessing what an old file holds.
 */
object WrappedKeyFormat {
    const val VERSION: Int = 1
    /** GCM's standard nonce is 12 bytes; a longer one is allowed, a shorter one is not safe. */
    const val MIN_IV_BYTES: Int = 12
    const val MAX_IV_BYTES: Int = 32
    /** AES-GCM's 128-bit tag: anything shorter cannot hold a wrapped key at all. */
    const val TAG_BYTES: Int = 16

    class Wrapped(val iv: ByteArray, val ciphertext: ByteArray)

    /** The file cannot be a wrapped key of this version; nothing should try to decrypt it. */
    class Malformed(message: String) : Exception(message)

    fun format(iv: ByteArray, ciphertext: ByteArray): ByteArray {
        require(iv.size in MIN_IV_BYTES..MAX_IV_BYTES) { "IV of ${iv.size} bytes" }
        require(ciphertext.size > TAG_BYTES) { "ciphertext of ${ciphertext.size} bytes" }
        val out = ByteArray(2 + iv.size + ciphertext.size)
        out[0] = VERSION.toByte()
        out[1] = iv.size.toByte()
        iv.copyInto(out, 2)
        ciphertext.copyInto(out, 2 + iv.size)
        return out
    }

    fun parse(bytes: ByteArray): Wrapped {
        if (bytes.size < 2) throw Malformed("too short")
        val version = bytes[0].toInt() and 0xff
        if (version != VERSION) throw Malformed("version $version")
        val ivLength = bytes[1].toInt() and 0xff
        if (ivLength !in MIN_IV_BYTES..MAX_IV_BYTES) throw Malformed("IV length $ivLength")
        val cipherStart = 2 + ivLength
        if (bytes.size - cipherStart <= TAG_BYTES) throw Malformed("truncated")
        return Wrapped(bytes.copyOfRange(2, cipherStart), bytes.copyOfRange(cipherStart, bytes.size))
    }
}
