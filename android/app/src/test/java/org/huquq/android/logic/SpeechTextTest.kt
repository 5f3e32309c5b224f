package org.huquq.android.logic

import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.huquq.core.ArticleScreen
import org.huquq.core.Block
import org.huquq.core.CalloutKind
import org.huquq.core.Confidence
import org.huquq.core.Direction
import org.huquq.core.LinkTarget
import org.huquq.core.Span
import org.junit.jupiter.api.Test

class SpeechTextTest {
    private fun spans(vararg texts: String) = texts.map { Span(it, false, false, null) }

    @Test
    fun shortParagraphsShareOneUtterance() {
        assertEquals(listOf("One.\n\nTwo."), SpeechText.chunks(listOf("One.", "Two.")))
    }

    @Test
    fun blankParagraphsAreDropped() {
        assertEquals(listOf("One.\n\nTwo."), SpeechText.chunks(listOf("", "One.", "  ", "Two.")))
        assertEquals(emptyList(), SpeechText.chunks(listOf("", " ")))
    }

    @Test
    fun cutsFallBetweenParagraphs() {
        val a = "a".repeat(6) + "."
        val b = "b".repeat(6) + "."
        // a + break + b is 16 characters: over 15, so b starts a new utterance, whole.
        assertEquals(listOf(a, b), SpeechText.chunks(listOf(a, b), maxChars = 15))
        assertEquals(listOf("$a\n\n$b"), SpeechText.chunks(listOf(a, b), maxChars = 16))
    }

    @Test
    fun everyUtteranceFitsTheEngineLimit() {
        val paragraphs = (1..200).map { n -> "Paragraph $n says something about the law. ".repeat(n % 7 + 1) }
        val chunks = SpeechText.chunks(paragraphs)
        assertTrue(chunks.size > 1)
        assertTrue(chunks.all { it.length <= SpeechText.MAX_CHARS }, "a chunk is too long")
        // Nothing lost, nothing reordered: the words read are the words written.
        val words = { s: String -> s.split(Regex("\\s+")).filter { it.isNotEmpty() } }
        assertEquals(paragraphs.flatMap(words), chunks.flatMap(words))
    }

    @Test
    fun aLongParagraphIsCutAtASentenceEnd() {
        val sentence = "This sentence has exactly forty chars. "
        val paragraph = sentence.repeat(4).trim()
        val chunks = SpeechText.chunks(listOf(paragraph), maxChars = 100)
        assertTrue(chunks.all { it.length <= 100 })
        assertTrue(chunks.all { it.endsWith(".") }, "cut inside a sentence: $chunks")
        assertEquals(paragraph.replace(" ", ""), chunks.joinToString("").replace(" ", ""))
    }

    @Test
    fun aLongParagraphWithoutSentencesIsCutAtSpaces() {
        val paragraph = List(50) { "word$it" }.joinToString(" ")
        val chunks = SpeechText.chunks(listOf(paragraph), maxChars = 30)
        assertTrue(chunks.all { it.length <= 30 })
        assertEquals(paragraph.split(" "), chunks.flatMap { it.split(" ") })
    }

    @Test
    fun anUnbrokenRunIsCutHardButNotInsideASurrogatePair() {
        val emoji = "\uD83D\uDCC4" // one character outside the BMP: two UTF-16 units
        val paragraph = "a".repeat(9) + emoji + "b".repeat(10)
        val chunks = SpeechText.chunks(listOf(paragraph), maxChars = 10)
        assertTrue(chunks.all { it.length <= 10 })
        assertTrue(chunks.none { it.isNotEmpty() && (it.last().isHighSurrogate() || it.first().isLowSurrogate()) })
        assertEquals(paragraph, chunks.joinToString(""))
    }

    @Test
    fun blocksBecomeParagraphsInReadingOrder() {
        val blocks = listOf(
            Block.Heading(2u, spans("Your rights")),
            Block.Paragraph(listOf(Span("You may ", false, false, null), Span("refuse", true, false, null), Span(".", false, false, null))),
            Block.BulletList(listOf(spans("passport"), spans("registration"))),
            Block.NumberedList(3u, listOf(spans("go"), spans("ask"))),
            Block.Callout(CalloutKind.WARNING, "Warning", listOf(spans("Keep copies."))),
            Block.LegalQuote(listOf(spans("Everyone is equal.")), "Constitution, art. 14"),
            Block.LegalQuote(listOf(spans("No citation.")), null),
        )
        assertEquals(
            listOf(
                "Your rights", "You may refuse.", "passport", "registration", "3. go", "4. ask",
                "Warning", "Keep copies.", "Everyone is equal.", "Constitution, art. 14", "No citation.",
            ),
            SpeechText.paragraphs(blocks),
        )
    }

    @Test
    fun anArticleIsReadTitleFirst() {
        val article = ArticleScreen(
            id = "police-stop", title = "Police stops", summary = "What to do.", locale = "en",
            direction = Direction.LTR, jurisdiction = "Kazakhstan", confidence = Confidence.VERIFIED,
            notices = emptyList(),
            blocks = listOf(Block.Paragraph(listOf(Span("See also", false, false, LinkTarget.Article("fines"))))),
            sourcesHeading = "Sources", sources = emptyList(), relatedHeading = "Related", related = emptyList(),
            cards = emptyList(),
        )
        assertEquals(listOf("Police stops\n\nWhat to do.\n\nSee also"), SpeechText.utterances(article))
    }
}
