package org.huquq.android.logic

import kotlin.test.assertEquals
import org.huquq.core.LinkTarget
import org.huquq.core.SnippetPart
import org.huquq.core.Span
import org.junit.jupiter.api.Test

class InlineTextTest {
    @Test
    fun plainSpansNeedNoRanges() {
        val inline = InlineText.of(listOf(Span("Hello ", false, false, null), Span("world", false, false, null)))
        assertEquals("Hello world", inline.text)
        assertEquals(emptyList(), inline.ranges)
    }

    @Test
    fun stylesAndArticleLinksKeepTheirOffsets() {
        val inline = InlineText.of(
            listOf(
                Span("You ", false, false, null),
                Span("must", true, false, null),
                Span(" not ", false, true, null),
                Span("both", true, true, null),
                Span(" — see ", false, false, null),
                Span("fines", false, false, LinkTarget.Article("fines")),
            ),
        )
        assertEquals("You must not both — see fines", inline.text)
        assertEquals(
            listOf(
                StyledRange(4, 8, strong = true, emphasis = false, article = null),
                StyledRange(8, 13, strong = false, emphasis = true, article = null),
                StyledRange(13, 17, strong = true, emphasis = true, article = null),
                StyledRange(24, 29, strong = false, emphasis = false, article = "fines"),
            ),
            inline.ranges,
        )
    }

    @Test
    fun webLinksStayPlainText() {
        val inline = InlineText.of(listOf(Span("the law", false, false, LinkTarget.Web("https://adilet.zan.kz"))))
        assertEquals("the law", inline.text)
        assertEquals(emptyList(), inline.ranges)
    }

    @Test
    fun emptySpansMakeNoRanges() {
        val inline = InlineText.of(listOf(Span("", true, false, null), Span("x", false, false, null)))
        assertEquals(emptyList(), inline.ranges)
    }

    @Test
    fun snippetHighlightsAreStrong() {
        val inline = InlineText.ofSnippet(
            listOf(SnippetPart("… the ", false), SnippetPart("police", true), SnippetPart(" may …", false)),
        )
        assertEquals("… the police may …", inline.text)
        assertEquals(listOf(StyledRange(6, 12, strong = true, emphasis = false, article = null)), inline.ranges)
    }
}
