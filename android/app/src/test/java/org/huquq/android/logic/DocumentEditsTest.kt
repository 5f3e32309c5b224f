package org.huquq.android.logic

import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.huquq.core.Document
import org.huquq.core.DocumentKind
import org.junit.jupiter.api.Test

class DocumentEditsTest {
    private val saved = Document(
        id = "d1",
        personId = "p1",
        kind = DocumentKind.PASSPORT,
        number = "N 123",
        authority = "MVD",
        issuedOn = "2020-01-15",
        expiresOn = "2030-01-14",
        notes = "",
        pageCount = 0u,
        createdAt = "2026-01-01T00:00:00Z",
        updatedAt = "2026-01-01T00:00:00Z",
    )

    private fun typed(
        number: String = "N 123",
        issued: String = "2020-01-15",
        expires: String = "2030-01-14",
        kind: DocumentKind = DocumentKind.PASSPORT,
    ) = DocumentEdits.input("p1", kind, number, "MVD", issued, expires, "")

    @Test
    fun blankDatesAreNoDates() {
        val input = typed(issued = "  ", expires = "")
        assertNull(input.issuedOn)
        assertNull(input.expiresOn)
        assertEquals("2030-01-14", typed(expires = " 2030-01-14 ").expiresOn)
    }

    @Test
    fun whatTheCoreWouldTrimIsNoChange() {
        assertTrue(DocumentEdits.unchanged(typed(), saved))
        assertTrue(DocumentEdits.unchanged(typed(number = " N 123 "), saved))
        assertFalse(DocumentEdits.unchanged(typed(number = "N 124"), saved))
        assertFalse(DocumentEdits.unchanged(typed(kind = DocumentKind.VISA), saved))
        assertFalse(DocumentEdits.unchanged(typed(expires = ""), saved))
        assertFalse(DocumentEdits.unchanged(typed(expires = "2030-02-3"), saved))
    }

    @Test
    fun aRefusedDateWaitsWhileTheRestIsKept() {
        val input = typed(number = "N 999", expires = "2030-02-3")
        val rest = DocumentEdits.keepingSavedDates(input, saved)
        assertEquals("N 999", rest.number)
        assertEquals("2030-01-14", rest.expiresOn)
        assertEquals("2020-01-15", rest.issuedOn)
        assertFalse(DocumentEdits.unchanged(rest, saved))
        assertTrue(DocumentEdits.unchanged(DocumentEdits.keepingSavedDates(typed(expires = "x"), saved), saved))
    }
}
