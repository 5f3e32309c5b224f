package org.huquq.android.logic

import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test

class CaptureNamesTest {
    @Test
    fun theAppsOwnNamesAreSafeForPhotosAndContentPacks() {
        assertEquals("camera-abc123.jpg", CaptureNames.make("camera", "abc-123", "jpg"))
        assertTrue(CaptureNames.isSafe(CaptureNames.make("content", "0f9e-77aa", "huquq")))
        assertTrue(CaptureNames.isSafe("picked-1.img"))
    }

    @Test
    fun namesAnotherAppCouldSendAreRefused() {
        for (name in listOf("../vault.db", "a/b.jpg", ".hidden.jpg", "x.huquq.exe", "x.sqlite3", "", "a.JPG")) {
            assertFalse(CaptureNames.isSafe(name), name)
        }
        assertFailsWith<IllegalArgumentException> { CaptureNames.make("../x", "1", "jpg") }
    }
}
