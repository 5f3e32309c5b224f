package org.huquq.android.screens.kb

import android.content.Context
import android.graphics.drawable.GradientDrawable
import android.os.Build
import android.view.View
import android.view.ViewGroup
import android.widget.LinearLayout
import android.widget.TextView
import org.huquq.android.ui.Views
import org.huquq.core.Direction
import org.huquq.core.GlossaryItem
import org.huquq.core.Notice
import org.huquq.core.NoticeKind

/** The knowledge-base screens' shared pieces: boxes with a side bar, notices, dividers, item rows. */
object KbViews {
    const val GREY = 0xFF5F6368.toInt()
    /** Links and tappable titles: 6.1:1 on the light background (the theme's teal reaches 3.4:1). */
    const val LINK = 0xFF0B57D0.toInt()

    /** A vertical box with a coloured bar on the reading side (left in LTR, right in RTL). */
    fun barBox(context: Context, direction: Direction, bar: Int, background: Int): Pair<View, LinearLayout> {
        val content = Views.column(context, direction).apply {
            val pad = Views.dp(context, 12)
            setPadding(pad, Views.dp(context, 8), pad, Views.dp(context, 8))
            layoutParams = LinearLayout.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1f)
        }
        val box = LinearLayout(context).apply {
            orientation = LinearLayout.HORIZONTAL
            layoutDirection = Views.layoutDirection(direction)
            setBackgroundColor(background)
            addView(View(context).apply {
                setBackgroundColor(bar)
                layoutParams = LinearLayout.LayoutParams(Views.dp(context, 4), ViewGroup.LayoutParams.MATCH_PARENT)
            })
            addView(content)
            layoutParams = spaced(context)
        }
        return box to content
    }

    /**
     * The notices (not translated, machine translated, unverified) in a framed box: a reader must
     * see before reading that the text is not in their language or not checked.
     */
    fun notices(context: Context, notices: List<Notice>, direction: Direction): View? {
        if (notices.isEmpty()) return null
        val unverified = notices.any { it.kind == NoticeKind.UNVERIFIED }
        val box = Views.column(context, direction).apply {
            val pad = Views.dp(context, 12)
            setPadding(pad, pad, pad, pad)
            background = GradientDrawable().apply {
                setColor(if (unverified) 0xFFFDECEA.toInt() else 0xFFFFF4D6.toInt())
                setStroke(Views.dp(context, 2), if (unverified) 0xFFC5221F.toInt() else 0xFFE8A600.toInt())
                cornerRadius = Views.dp(context, 8).toFloat()
            }
            layoutParams = spaced(context)
        }
        for (notice in notices) {
            box.addView(Views.text(context, "⚠ " + notice.text, direction, sizeSp = 16f, bold = true).apply {
                setTextColor(0xFF3C2A00.toInt())
            })
        }
        return box
    }

    fun divider(context: Context): View = View(context).apply {
        setBackgroundColor(0x1F000000)
        layoutParams = LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, Views.dp(context, 1))
    }

    /** A section heading, announced as a heading by screen readers. */
    fun section(context: Context, title: String, direction: Direction): TextView =
        Views.text(context, title, direction, sizeSp = 20f, bold = true).apply {
            setPadding(0, Views.dp(context, 20), 0, Views.dp(context, 4))
            markHeading(this)
        }

    fun markHeading(view: TextView) {
        if (Build.VERSION.SDK_INT >= 28) view.isAccessibilityHeading = true
    }

    /**
     * A grey line to copy (an address, a seal): selectable, so a touch target, so at least one
     * tall.
     */
    fun copyable(context: Context, value: String, direction: Direction, sizeSp: Float): TextView =
        secondary(context, value, direction, sizeSp).apply {
            setTextIsSelectable(true)
            minHeight = Views.dp(context, Views.TOUCH_DP)
            gravity = android.view.Gravity.CENTER_VERTICAL
        }

    fun secondary(context: Context, value: CharSequence, direction: Direction, sizeSp: Float = 14f): TextView =
        Views.text(context, value, direction, sizeSp = sizeSp).apply { setTextColor(GREY) }

    /** A tappable list entry: a title and any number of lines below it, none cut off. */
    fun item(
        context: Context,
        title: String,
        lines: List<String>,
        direction: Direction,
        onClick: () -> Unit,
    ): View = Views.column(context, direction).apply {
        val pad = Views.dp(context, 12)
        setPadding(0, pad, 0, pad)
        isClickable = true
        isFocusable = true
        addView(Views.text(context, title, direction, sizeSp = 18f, bold = true).apply {
            setTextColor(LINK)
        })
        lines.filter { it.isNotBlank() }.forEach { addView(secondary(context, it, direction)) }
        setOnClickListener { onClick() }
    }

    /** A glossary term: the term, the officials' words for it, its definition. */
    fun glossaryTerm(context: Context, term: GlossaryItem, direction: Direction): View =
        Views.column(context, direction).apply {
            val pad = Views.dp(context, 12)
            setPadding(0, pad, 0, pad)
            addView(Views.text(context, term.term, direction, sizeSp = 18f, bold = true))
            for (official in term.official) {
                // The official's word keeps its own direction inside the reader's line.
                addView(secondary(context, "${official.language}: \u2068${official.text}\u2069", direction, 15f))
            }
            addView(Views.text(context, term.definition, direction))
        }

    /** A list of items separated by thin lines. */
    fun list(parent: LinearLayout, items: List<View>) {
        items.forEachIndexed { index, view ->
            if (index > 0) parent.addView(divider(parent.context))
            parent.addView(view)
        }
    }

    /** Empty vertical space between groups. */
    fun gap(context: Context, dp: Int): View = View(context).apply {
        layoutParams = LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, Views.dp(context, dp))
    }

    fun spaced(context: Context): LinearLayout.LayoutParams =
        LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT).apply {
            topMargin = Views.dp(context, 8)
            bottomMargin = Views.dp(context, 8)
        }
}
