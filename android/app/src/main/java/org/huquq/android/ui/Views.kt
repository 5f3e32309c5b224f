package org.huquq.android.ui

import android.content.Context
import android.graphics.Typeface
import android.text.TextUtils
import android.util.TypedValue
import android.view.Gravity
import android.view.View
import android.view.ViewGroup
import android.widget.Button
import android.widget.LinearLayout
import android.widget.ScrollView
import android.widget.TextView
import org.huquq.core.Direction

/** Small builders for framework views, so screens stay short. Every text comes from the core. */
object Views {
    fun dp(context: Context, value: Int): Int =
        TypedValue.applyDimension(TypedValue.COMPLEX_UNIT_DIP, value.toFloat(), context.resources.displayMetrics).toInt()

    /** A vertical column in a scroll view, laid out in the text's direction. */
    fun page(context: Context, direction: Direction, fill: (LinearLayout) -> Unit): View {
        val column = column(context, direction)
        val pad = dp(context, 16)
        column.setPadding(pad, pad, pad, pad)
        fill(column)
        return ScrollView(context).apply {
            layoutDirection = layoutDirection(direction)
            addView(column)
        }
    }

    fun column(context: Context, direction: Direction): LinearLayout = LinearLayout(context).apply {
        orientation = LinearLayout.VERTICAL
        layoutDirection = layoutDirection(direction)
        layoutParams = ViewGroup.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT)
    }

    fun layoutDirection(direction: Direction): Int =
        if (direction == Direction.RTL) View.LAYOUT_DIRECTION_RTL else View.LAYOUT_DIRECTION_LTR

    fun textDirection(direction: Direction): Int =
        if (direction == Direction.RTL) View.TEXT_DIRECTION_RTL else View.TEXT_DIRECTION_LTR

    fun text(
        context: Context,
        value: CharSequence,
        direction: Direction,
        sizeSp: Float = 16f,
        bold: Boolean = false,
    ): TextView = TextView(context).apply {
        text = value
        textSize = sizeSp
        if (bold) setTypeface(typeface, Typeface.BOLD)
        textDirection = textDirection(direction)
        textAlignment = View.TEXT_ALIGNMENT_VIEW_START
        setPadding(0, dp(context, 4), 0, dp(context, 4))
    }

    fun heading(context: Context, value: String, direction: Direction): TextView =
        text(context, value, direction, sizeSp = 22f, bold = true)

    /** A tappable row with a title and an optional second line. */
    fun row(
        context: Context,
        title: String,
        subtitle: String?,
        direction: Direction,
        onClick: () -> Unit,
    ): View = column(context, direction).apply {
        val pad = dp(context, 12)
        setPadding(0, pad, 0, pad)
        isClickable = true
        isFocusable = true
        addView(text(context, title, direction, sizeSp = 18f, bold = true))
        if (!subtitle.isNullOrBlank()) {
            addView(text(context, subtitle, direction, sizeSp = 14f).apply {
                maxLines = 3
                ellipsize = TextUtils.TruncateAt.END
            })
        }
        setOnClickListener { onClick() }
    }

    fun button(context: Context, label: String, onClick: () -> Unit): Button = Button(context).apply {
        text = label
        isAllCaps = false
        gravity = Gravity.CENTER
        setOnClickListener { onClick() }
    }
}
