package org.huquq.android.screens.kb

import android.graphics.Typeface
import android.text.SpannableString
import android.text.Spanned
import android.text.method.LinkMovementMethod
import android.text.style.ClickableSpan
import android.text.style.StyleSpan
import android.view.Gravity
import android.view.View
import android.widget.TextView
import org.huquq.android.logic.InlineText
import org.huquq.android.ui.Views

/** Applies an [InlineText]'s ranges as framework spans: bold, italic, and tappable article links. */
object RichText {
    fun spannable(inline: InlineText, openArticle: (String) -> Unit): SpannableString {
        val text = SpannableString(inline.text)
        for (range in inline.ranges) {
            val style = when {
                range.strong && range.emphasis -> Typeface.BOLD_ITALIC
                range.strong -> Typeface.BOLD
                range.emphasis -> Typeface.ITALIC
                else -> null
            }
            style?.let { text.setSpan(StyleSpan(it), range.start, range.end, Spanned.SPAN_EXCLUSIVE_EXCLUSIVE) }
            range.article?.let { id ->
                text.setSpan(ArticleLink(id, openArticle), range.start, range.end, Spanned.SPAN_EXCLUSIVE_EXCLUSIVE)
            }
        }
        return text
    }

    /**
     * Sets the text on [view]; links need the movement method to receive taps, and a line with a
     * link is at least a touch target tall.
     */
    fun show(view: TextView, inline: InlineText, openArticle: (String) -> Unit) {
        view.text = spannable(inline, openArticle)
        if (inline.ranges.any { it.article != null }) {
            view.movementMethod = LinkMovementMethod.getInstance()
            view.setLinkTextColor(KbViews.LINK)
            view.minHeight = Views.dp(view.context, Views.TOUCH_DP)
            view.gravity = view.gravity and Gravity.VERTICAL_GRAVITY_MASK.inv() or Gravity.CENTER_VERTICAL
        }
    }

    private class ArticleLink(private val id: String, private val open: (String) -> Unit) : ClickableSpan() {
        override fun onClick(widget: View) = open(id)
    }
}
