package org.huquq.android.screens.kb

import android.content.Context
import android.view.View
import android.view.ViewGroup
import android.widget.LinearLayout
import android.widget.TextView
import org.huquq.android.logic.InlineText
import org.huquq.android.ui.Views
import org.huquq.core.Block
import org.huquq.core.CalloutKind
import org.huquq.core.Direction
import org.huquq.core.Span

/** Draws an article's body blocks natively, each in the article's own text direction. */
class BlockViews(
    private val context: Context,
    private val direction: Direction,
    private val openArticle: (String) -> Unit,
) {
    fun add(parent: LinearLayout, blocks: List<Block>) {
        for (block in blocks) parent.addView(view(block))
    }

    private fun view(block: Block): View = when (block) {
        is Block.Heading -> spans(block.spans, sizeSp = headingSize(block.level.toInt()), bold = true).apply {
            setPadding(0, Views.dp(context, 16), 0, Views.dp(context, 4))
            KbViews.markHeading(this)
        }
        is Block.Paragraph -> spans(block.spans).apply { layoutParams = KbViews.spaced(context) }
        is Block.BulletList -> list(block.items.map { "•" to it })
        is Block.NumberedList -> list(block.items.mapIndexed { index, item -> "${block.start.toLong() + index}." to item })
        is Block.Callout -> callout(block)
        is Block.LegalQuote -> quote(block)
    }

    private fun headingSize(level: Int): Float = when {
        level <= 1 -> 22f
        level == 2 -> 20f
        else -> 18f
    }

    private fun spans(spans: List<Span>, sizeSp: Float = 16f, bold: Boolean = false): TextView =
        Views.text(context, "", direction, sizeSp = sizeSp, bold = bold).apply {
            RichText.show(this, InlineText.of(spans), openArticle)
            setLineSpacing(0f, 1.15f)
        }

    /** Items as rows of marker and text, so wrapped lines stay indented past the marker. */
    private fun list(items: List<Pair<String, List<Span>>>): View = Views.column(context, direction).apply {
        layoutParams = KbViews.spaced(context)
        for ((marker, item) in items) {
            addView(LinearLayout(context).apply {
                orientation = LinearLayout.HORIZONTAL
                layoutDirection = Views.layoutDirection(direction)
                addView(Views.text(context, marker, direction).apply {
                    minWidth = Views.dp(context, 28)
                    setPadding(Views.dp(context, 8), Views.dp(context, 4), Views.dp(context, 4), Views.dp(context, 4))
                })
                addView(spans(item).apply {
                    layoutParams = LinearLayout.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1f)
                })
            })
        }
    }

    private fun callout(block: Block.Callout): View {
        // The bar is bright; the label a darker shade of it, at least 4.5:1 on the box's background.
        val (bar, background, label) = when (block.kind) {
            CalloutKind.NOTE -> Triple(0xFF1A73E8.toInt(), 0xFFE8F0FE.toInt(), 0xFF185ABC.toInt())
            CalloutKind.TIP -> Triple(0xFF188038.toInt(), 0xFFE6F4EA.toInt(), 0xFF137333.toInt())
            CalloutKind.WARNING -> Triple(0xFFE37400.toInt(), 0xFFFEF3E0.toInt(), 0xFFA04E00.toInt())
        }
        val (box, content) = KbViews.barBox(context, direction, bar, background)
        content.addView(Views.text(context, block.label, direction, bold = true).apply { setTextColor(label) })
        block.paragraphs.forEach { content.addView(spans(it)) }
        return box
    }

    private fun quote(block: Block.LegalQuote): View {
        val (box, content) = KbViews.barBox(context, direction, 0xFF9AA0A6.toInt(), 0xFFF1F3F4.toInt())
        block.paragraphs.forEach { paragraph ->
            content.addView(spans(paragraph.map { it.copy(emphasis = true) }))
        }
        block.citation?.let { content.addView(KbViews.secondary(context, "— $it", direction)) }
        return box
    }
}
