package org.huquq.android.screens

import android.text.Editable
import android.text.InputType
import android.text.TextWatcher
import android.view.View
import android.view.ViewGroup
import android.view.inputmethod.EditorInfo
import android.view.inputmethod.InputMethodManager
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.ScrollView
import org.huquq.HuquqException
import org.huquq.android.logic.InlineText
import org.huquq.android.nav.Routes
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.screens.kb.RichText
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.android.ui.reasonText
import org.huquq.core.Direction
import org.huquq.core.SearchHit
import org.huquq.core.UiText

/** Search as you type: results follow the query a moment after the user stops typing. */
class SearchScreen : Screen {
    override val route: String get() = Routes.of("search")

    /** Kept across rebuilds, so coming back from an article shows the same results. */
    private var query = ""
    private var field: EditText? = null
    private var pending: Runnable? = null

    override fun build(host: Host): View {
        val context = host.activity
        val direction = host.app.direction()
        val results = Views.column(context, direction)
        val input = Views.field(context).apply {
            hint = host.app.uiText(UiText.HOME_SEARCH_HINT)
            inputType = InputType.TYPE_CLASS_TEXT
            imeOptions = EditorInfo.IME_ACTION_SEARCH
            maxLines = 1
            // The query may be in another script than the interface: follow what is typed.
            textDirection = View.TEXT_DIRECTION_FIRST_STRONG
            setText(query)
            setSelection(query.length)
        }
        field = input
        val search = Runnable { show(host, results, direction) }
        pending = search
        input.addTextChangedListener(object : TextWatcher {
            override fun beforeTextChanged(s: CharSequence?, start: Int, count: Int, after: Int) {}
            override fun onTextChanged(s: CharSequence?, start: Int, before: Int, count: Int) {}
            override fun afterTextChanged(s: Editable?) {
                query = s?.toString().orEmpty()
                input.removeCallbacks(search)
                input.postDelayed(search, DEBOUNCE_MS)
            }
        })
        input.setOnEditorActionListener { _, action, _ ->
            if (action != EditorInfo.IME_ACTION_SEARCH) return@setOnEditorActionListener false
            input.removeCallbacks(search)
            search.run()
            hideKeyboard(input)
            true
        }
        show(host, results, direction)
        input.requestFocus()
        // A fresh search opens the keyboard; coming back to results does not cover them with it.
        if (query.isEmpty()) {
            input.post { context.getSystemService(InputMethodManager::class.java)?.showSoftInput(input, InputMethodManager.SHOW_IMPLICIT) }
        }

        return Views.column(context, direction).apply {
            val pad = Views.dp(context, 16)
            setPadding(pad, pad, pad, 0)
            layoutParams = ViewGroup.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.MATCH_PARENT)
            addView(input)
            addView(ScrollView(context).apply {
                layoutParams = LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, 0, 1f)
                addView(results)
            })
        }
    }

    override fun onLeave() {
        val input = field ?: return
        pending?.let(input::removeCallbacks)
        hideKeyboard(input)
    }

    private fun show(host: Host, results: LinearLayout, direction: Direction) {
        results.removeAllViews()
        val context = results.context
        // An empty box is not a search: the core would answer "nothing found for “”".
        if (query.isBlank()) return
        val screen = try {
            host.app.search(query)
        } catch (error: HuquqException) {
            // Too long a query, or storage trouble: said in place, the user can edit and go on.
            results.addView(Views.text(context, error.reasonText, direction).apply { setTextColor(ERROR_COLOR) })
            return
        }
        if (screen.summary.isNotBlank()) results.addView(KbViews.secondary(context, screen.summary, screen.direction, 15f))
        screen.readAs?.let { results.addView(KbViews.secondary(context, it, screen.direction, 15f)) }
        KbViews.list(results, screen.hits.map { hit(host, it) })
        // Nothing found: the glossary's matching terms and the topics, never an empty screen.
        KbViews.list(results, screen.glossary.map { KbViews.glossaryTerm(context, it, screen.direction) })
        if (screen.topics.isNotEmpty()) {
            results.addView(KbViews.section(context, screen.topicsHeading, screen.direction))
            KbViews.list(results, screen.topics.map { topic ->
                KbViews.item(context, topic.title, listOf(topic.summary), screen.direction) {
                    field?.let(::hideKeyboard)
                    host.push(TopicScreen(topic.id))
                }
            })
        }
    }

    private fun hit(host: Host, hit: SearchHit): View {
        val context = host.activity
        return Views.column(context, hit.direction).apply {
            val pad = Views.dp(context, 12)
            setPadding(0, pad, 0, pad)
            isClickable = true
            isFocusable = true
            addView(Views.text(context, hit.title, hit.direction, sizeSp = 18f, bold = true).apply {
                setTextColor(KbViews.LINK)
            })
            addView(Views.text(context, "", hit.direction, sizeSp = 14f).apply {
                RichText.show(this, InlineText.ofSnippet(hit.snippet)) {}
            })
            // Found through a search keyword the text does not use: say which, or the hit looks random.
            hit.foundBy?.let { addView(KbViews.secondary(context, it, hit.direction, 13f)) }
            setOnClickListener {
                field?.let(::hideKeyboard)
                host.push(ArticleScreen(hit.article))
            }
        }
    }

    private fun hideKeyboard(view: View) {
        view.context.getSystemService(InputMethodManager::class.java)?.hideSoftInputFromWindow(view.windowToken, 0)
    }


    private companion object {
        const val DEBOUNCE_MS = 250L
        val ERROR_COLOR = 0xFFC5221F.toInt()
    }
}
