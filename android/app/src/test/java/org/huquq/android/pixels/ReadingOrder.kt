package org.huquq.android.pixels

import android.view.View
import android.view.ViewGroup
import android.widget.TextView

/**
 * The order a screen reader (TalkBack) walks a screen, checked against the order a sighted reader
 * reads it: top to bottom, and along a line from the start side, which is the right in Arabic.
 * The walk is the framework's own: `addChildrenForAccessibility` is what the accessibility tree
 * is built from, sorted by position and layout direction.
 */
object ReadingOrder {
    /** Each place where the walk goes against the reading order, named by the texts involved. */
    fun violations(root: View): List<String> {
        val spoken = mutableListOf<View>()
        walk(root, spoken)
        val rtl = root.layoutDirection == View.LAYOUT_DIRECTION_RTL
        return spoken.zipWithNext().mapNotNull { (before, after) ->
            val a = bounds(before)
            val b = bounds(after)
            // On one line when they share most of their height (a button's inset edge may touch
            // the label under it).
            val overlap = minOf(a.bottom, b.bottom) - maxOf(a.top, b.top)
            val sameLine = overlap > minOf(a.bottom - a.top, b.bottom - b.top) / 2
            val wrong = when {
                b.bottom <= a.top -> true
                !sameLine -> false
                rtl -> b.right > a.right
                else -> b.left < a.left
            }
            if (wrong) {
                "\"${label(after)}\" (at ${b.left},${b.top}) is read after \"${label(before)}\" (at ${a.left},${a.top}) " +
                    "but comes before it on the screen"
            } else {
                null
            }
        }
    }

    private fun walk(view: View, out: MutableList<View>) {
        if (!view.isShown) return
        if (view.isImportantForAccessibility && label(view).isNotBlank()) {
            out += view
            // A row read as one (a clickable row with its lines) is one stop.
            if (view.isClickable || view.isFocusable && view !is ViewGroup) return
        }
        if (view is ViewGroup) {
            val children = ArrayList<View>()
            view.addChildrenForAccessibility(children)
            children.forEach { walk(it, out) }
        }
    }

    private class Box(val left: Int, val top: Int, val right: Int, val bottom: Int)

    private fun bounds(view: View): Box {
        val at = IntArray(2).also { view.getLocationInWindow(it) }
        return Box(at[0], at[1], at[0] + view.width, at[1] + view.height)
    }

    private fun label(view: View): String =
        view.contentDescription?.toString() ?: (view as? TextView)?.text?.toString().orEmpty()
}
