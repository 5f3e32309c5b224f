package org.huquq.android.logic

import org.huquq.core.LinkTarget
import org.huquq.core.SnippetPart
import org.huquq.core.Span

/** One styled stretch of an [InlineText], as character offsets into its text (end exclusive). */
data class StyledRange(
    val start: Int,
    val end: Int,
    val strong: Boolean,
    val emphasis: Boolean,
    /** The article a link opens; web links carry none: the app has no network, they stay text. */
    val article: String?,
)

/**
 * The core's spans flattened into one string plus the ranges to style, so the Android side only
 * applies them (StyleSpan, ClickableSpan) and the offsets are tested here.
 */
data class InlineText(val text: String, val ranges: List<StyledRange>) {
    /** The words alone, for reading aloud. */
    override fun toString(): String = text

    companion object {
        fun of(spans: List<Span>): InlineText {
            val text = StringBuilder()
            val ranges = ArrayList<StyledRange>()
            for (span in spans) {
                val start = text.length
                text.append(span.text)
                val article = (span.link as? LinkTarget.Article)?.id
                val styled = span.strong || span.emphasis || article != null
                if (styled && span.text.isNotEmpty()) {
                    ranges += StyledRange(start, text.length, span.strong, span.emphasis, article)
                }
            }
            return InlineText(text.toString(), ranges)
        }

        /** A search snippet: the parts that matched the query are strong. */
        fun ofSnippet(parts: List<SnippetPart>): InlineText =
            of(parts.map { Span(it.text, it.highlighted, false, null) })
    }
}
