package org.huquq.android.logic

import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import org.junit.jupiter.api.Test

class WrappedKeyFormatTest {
    private val iv = ByteArray(12) { (it + 1).toByte() }
    private val ciphertext = ByteArray(48) { (200 + it).toByte() }

    @Test
    fun roundTripKeepsIvAndCiphertext() {
        val bytes = WrappedKeyFormat.format(iv, ciphertext)
        assertEquals(2 + 12 + 48, bytes.size)
        assertEquals(1, bytes[0].toInt())
        assertEquals(12, bytes[1].toInt())
        val parsed = WrappedKeyFormat.parse(bytes)
        assertContentEquals(iv, parsed.iv)
        assertContentEquals(ciphertext, parsed.ciphertext)
    }

    @Test
    fun parsedPartsAreCopiesNotViews() {
        val bytes = WrappedKeyFormat.format(iv, ciphertext)
        val parsed = WrappedKeyFormat.parse(bytes)
        bytes.fill(0)
        assertContentEquals(iv, parsed.iv)
        assertContentEquals(ciphertext, parsed.ciphertext)
    }

    @Test
    fun truncatedFilesAreRefused() {
        val bytes = WrappedKeyFormat.format(iv, ciphertext)
        for (length in listOf(0, 1, 2, 13, 14, 2 + 12 + 16)) {
            assertFailsWith<WrappedKeyFormat.Malformed>("length $length") {
                WrappedKeyFormat.parse(bytes.copyOf(length))
            }
        }
        // One byte of ciphertext past the tag is still a well-formed (if odd) file.
        assertEquals(1, WrappedKeyFormat.parse(bytes.copyOf(2 + 12 + 17)).ciphertext.size - 16)
    }

    @Test
    fun otherVersionsAreRefused() {
        val bytes = WrappedKeyFormat.format(iv, ciphertext)
        for (version in listOf(0, 2, 255)) {
            bytes[0] = version.toByte()
            assertFailsWith<WrappedKeyFormat.Malformed> { WrappedKeyFormat.parse(bytes) }
        }
    }

    @Test
    fun implausibleIvLengthsAreRefused() {
        val bytes = WrappedKeyFormat.format(iv, ciphertext)
        bytes[1] = 4
        assertFailsWith<WrappedKeyFormat.Malformed> { WrappedKeyFormat.parse(bytes) }
        bytes[1] = 200.toByte()
        assertFailsWith<WrappedKeyFormat.Malformed> { WrappedKeyFormat.parse(bytes) }
    }

    @Test
    fun formatRefusesWhatParseWouldRefuse() {
        assertFailsWith<IllegalArgumentException> { WrappedKeyFormat.format(ByteArray(8), ciphertext) }
        assertFailsWith<IllegalArgumentException> { WrappedKeyFormat.format(iv, ByteArray(16)) }
    }
}
