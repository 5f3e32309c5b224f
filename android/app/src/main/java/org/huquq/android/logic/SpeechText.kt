package org.huquq.android.logic

import org.huquq.core.ArticleScreen
import org.huquq.core.Block
import org.huquq.core.Span

/**
 * An article as plain text for text-to-speech, cut into utterances an engine accepts: Android's
 * TextToSpeech refuses input longer than getMaxSpeechInputLength() (4,000 characters), so each
 * utterance stays at or below [MAX_CHARS], and cuts fall between paragraphs so the voice pauses
 * where the text does.
 */
object SpeechText {
    const val MAX_CHARS = 3900
    private const val PARAGRAPH_BREAK = "\n\n"

    /**
     * The utterances for an article: its title, summary and body in reading order. Notices are
     * left out: they are in the interface language, which may not be the article's (the voice
     * speaks the article's), and they stand above the text on screen.
     */
    fun utterances(article: ArticleScreen, maxChars: Int = MAX_CHARS): List<String> =
        chunks(listOf(article.title, article.summary) + paragraphs(article.blocks), maxChars)

    /** Each block's text as the paragraphs a reader hears; list items and quote lines apart. */
    fun paragraphs(blocks: List<Block>): List<String> = blocks.flatMap { block ->
        when (block) {
            is Block.Heading -> listOf(plain(block.spans))
            is Block.Paragraph -> listOf(plain(block.spans))
            is Block.BulletList -> block.items.map(::plain)
            is Block.NumberedList -> block.items.mapIndexed { index, item ->
                "${block.start.toLong() + index}. ${plain(item)}"
            }
            is Block.Callout -> listOf(block.label) + block.paragraphs.map(::plain)
            is Block.LegalQuote -> block.paragraphs.map(::plain) + listOfNotNull(block.citation)
        }
    }

    /**
     * Joins paragraphs into as few utterances as fit in [maxChars], cutting only between
     * paragraphs; a single paragraph longer than that is cut at its last sentence end, else at
     * its last space, before the limit.
     */
    fun chunks(paragraphs: List<String>, maxChars: Int = MAX_CHARS): List<String> {
        require(maxChars > PARAGRAPH_BREAK.length) { "maxChars too small: $maxChars" }
        val out = ArrayList<String>()
        val current = StringBuilder()
        for (paragraph in paragraphs) {
            for (piece in splitLong(paragraph.trim(), maxChars)) {
                if (current.isNotEmpty() && current.length + PARAGRAPH_BREAK.length + piece.length > maxChars) {
                    out += current.toString()
                    current.clear()
                }
                if (current.isNotEmpty()) current.append(PARAGRAPH_BREAK)
                current.append(piece)
            }
        }
        if (current.isNotEmpty()) out += current.toString()
        return out
    }

    private fun plain(spans: List<Span>): String = spans.joinToString("") { it.text }

    private fun splitLong(paragraph: String, maxChars: Int): List<String> {
        val pieces = ArrayList<String>()
        var rest = paragraph
        while (rest.length > maxChars) {
            val cut = cutPoint(rest, maxChars)
            pieces += rest.substring(0, cut).trim()
            rest = rest.substring(cut).trim()
        }
        if (rest.isNotEmpty()) pieces += rest
        return pieces.filter { it.isNotEmpty() }
    }

    /** Where to cut [text] so the first part has at most [maxChars] characters. */
    private fun cutPoint(text: String, maxChars: Int): Int {
        val window = text.substring(0, maxChars + 1)
        // After a sentence end followed by a space, in the scripts Huquq is written in.
        val sentence = SENTENCE_END.findAll(window).lastOrNull()?.let { it.range.first + 1 }
        if (sentence != null && sentence > maxChars / 2) return sentence
        val space = window.lastIndexOf(' ')
        if (space > 0) return space
        // One unbroken run of letters: cut hard, but never inside a surrogate pair.
        return if (text[maxChars - 1].isHighSurrogate()) maxChars - 1 else maxChars
    }

    private val SENTENCE_END = Regex("[.!?…。؟؛।](?=\\s)")
}
