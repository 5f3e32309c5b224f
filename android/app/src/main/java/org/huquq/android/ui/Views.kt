package org.huquq.android.ui

import android.content.Context
import android.graphics.Typeface
import android.text.TextUtils
import android.util.TypedValue
import android.view.Gravity
import android.view.View
import android.view.ViewGroup
import android.widget.Button
import android.widget.CheckBox
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.RadioButton
import android.widget.ScrollView
import android.widget.TextView
import org.huquq.core.Direction

/** Small builders for framework views, so screens stay short. Every text comes from the core. */
object Views {
    /** The smallest comfortable touch target (Android's accessibility guidance). */
    const val TOUCH_DP = 48

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
        // A plain TextView takes the theme's secondary grey, too faint on the light background
        // (4.4:1); Body1 is the theme's primary text colour.
        setTextAppearance(android.R.style.TextAppearance_Material_Body1)
        text = value
        textSize = sizeSp
        if (bold) setTypeface(typeface, Typeface.BOLD)
        textDirection = textDirection(direction)
        textAlignment = View.TEXT_ALIGNMENT_VIEW_START
        setPadding(0, dp(context, 4), 0, dp(context, 4))
    }

    fun heading(context: Context, value: String, direction: Direction): TextView =
        text(context, value, direction, sizeSp = 22f, bold = true)

    /**
     * A tappable row with a title and an optional second line, laid out in the list's [direction].
     * [titleDirection] is the title's own, when it is in another language than the list (a
     * language's name): it reads correctly and still lines up with the rows around it.
     */
    fun row(
        context: Context,
        title: String,
        subtitle: String?,
        direction: Direction,
        titleDirection: Direction = direction,
        onClick: () -> Unit,
    ): View = column(context, direction).apply {
        val pad = dp(context, 12)
        setPadding(0, pad, 0, pad)
        isClickable = true
        isFocusable = true
        addView(text(context, title, titleDirection, sizeSp = 18f, bold = true))
        if (!subtitle.isNullOrBlank()) {
            addView(text(context, subtitle, direction, sizeSp = 14f).apply {
                maxLines = 3
                ellipsize = TextUtils.TruncateAt.END
            })
        }
        setOnClickListener { onClick() }
    }

    /**
     * A text field at least a touch target tall (the framework's is 46 dp). The view's minimum,
     * not TextView's: setting the input type to one line replaces the latter.
     */
    fun field(context: Context): EditText = EditText(context).apply { minimumHeight = dp(context, TOUCH_DP) }

    /** A choice at least a touch target in size (the framework's radio button is 32 dp tall). */
    fun radio(context: Context, label: String): RadioButton = RadioButton(context).apply {
        id = View.generateViewId()
        text = label
        minimumHeight = dp(context, TOUCH_DP)
        minimumWidth = dp(context, TOUCH_DP)
    }

    /** A box to tick, at least a touch target in size, like [radio]. */
    fun checkbox(context: Context, label: String, checked: Boolean, onChange: (Boolean) -> Unit): CheckBox =
        CheckBox(context).apply {
            id = View.generateViewId()
            text = label
            isChecked = checked
            minimumHeight = dp(context, TOUCH_DP)
            minimumWidth = dp(context, TOUCH_DP)
            setOnCheckedChangeListener { _, now -> onChange(now) }
        }

    fun button(context: Context, label: String, onClick: () -> Unit): Button = Button(context).apply {
        text = label
        isAllCaps = false
        gravity = Gravity.CENTER
        setOnClickListener { onClick() }
    }
}
