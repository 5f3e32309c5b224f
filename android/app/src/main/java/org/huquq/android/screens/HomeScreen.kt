package org.huquq.android.screens

import android.content.ActivityNotFoundException
import android.content.Intent
import android.net.Uri
import android.text.InputType
import android.view.View
import android.widget.LinearLayout
import org.huquq.android.nav.Routes
import org.huquq.android.screens.kb.KbViews
import org.huquq.android.screens.reminders.RemindersListScreen
import org.huquq.android.screens.settings.SettingsScreen
import org.huquq.android.screens.vault.VaultGateScreen
import org.huquq.android.ui.Host
import org.huquq.android.ui.Screen
import org.huquq.android.ui.Views
import org.huquq.core.ContactItem
import org.huquq.core.Direction
import org.huquq.core.UiText
import org.huquq.android.screens.journal.JournalScreen

/** The start screen: search, the user's own documents and reminders, topics, cards, contacts. */
class HomeScreen : Screen {
    override val route: String get() = Routes.of("home")

    override fun build(host: Host): View {
        val app = host.app
        val context = host.activity
        val home = app.home()
        val direction = home.direction
        return Views.page(context, direction) { column ->
            column.addView(Views.heading(context, home.appName, direction).also(KbViews::markHeading))
            column.addView(Views.text(context, home.greeting, direction))
            column.addView(searchField(host, home.searchHint, direction))

            KbViews.list(
                column,
                listOf(
                    KbViews.item(context, app.uiText(UiText.HOME_VAULT), listOf(app.uiText(UiText.HOME_VAULT_HINT)), direction) {
                        host.push(VaultGateScreen())
                    },
                    KbViews.item(context, app.uiText(UiText.REMINDERS_TITLE), listOf(app.uiText(UiText.HOME_REMINDERS_HINT)), direction) {
                        host.push(RemindersListScreen())
                    },
                    KbViews.item(context, app.uiText(UiText.HOME_JOURNAL), listOf(app.uiText(UiText.HOME_JOURNAL_HINT)), direction) {
                        host.push(JournalScreen())
                    },
                ),
            )

            column.addView(KbViews.section(context, home.topicsHeading, direction))
            KbViews.list(column, home.topics.map { topic ->
                KbViews.item(context, topic.title, listOf(topic.summary, app.uiCount(UiText.TOPIC_ARTICLE_COUNT, topic.articleCount)), direction) {
                    host.push(TopicScreen(topic.id))
                }
            })

            if (home.cards.isNotEmpty()) {
                column.addView(KbViews.section(context, home.cardsHeading, direction))
                KbViews.list(column, home.cards.map { card ->
                    KbViews.item(context, card.title, listOf(card.situation), direction) { host.push(CardScreen(card.id)) }
                })
            }

            if (home.contacts.isNotEmpty()) {
                column.addView(KbViews.section(context, home.contactsHeading, direction))
                KbViews.list(column, home.contacts.map { contact(host, it, direction) })
            }

            column.addView(KbViews.gap(context, 24))
            KbViews.list(
                column,
                listOf(
                    KbViews.item(context, app.uiText(UiText.GLOSSARY_TITLE), emptyList(), direction) { host.push(GlossaryScreen()) },
                    KbViews.item(context, app.uiText(UiText.LANGUAGES_HEADING), emptyList(), direction) {
                        host.push(LanguageScreen(firstRun = false))
                    },
                    KbViews.item(context, app.uiText(UiText.HOME_SETTINGS), emptyList(), direction) { host.push(SettingsScreen()) },
                ),
            )
        }
    }

    /** Looks like the search box but only opens the search screen, where typing happens. */
    private fun searchField(host: Host, hint: String, direction: Direction): View = Views.field(host.activity).apply {
        // The hint is what a screen reader says; a content description would stand in for the text.
        this.hint = hint
        inputType = InputType.TYPE_NULL
        isFocusable = false
        isCursorVisible = false
        isLongClickable = false
        textDirection = Views.textDirection(direction)
        layoutParams = KbViews.spaced(host.activity)
        setOnClickListener { host.push(SearchScreen()) }
    }

    private fun contact(host: Host, contact: ContactItem, direction: Direction): View {
        val context = host.activity
        val app = host.app
        return Views.column(context, direction).apply {
            val pad = Views.dp(context, 12)
            setPadding(0, pad, 0, pad)
            addView(Views.text(context, contact.name, direction, sizeSp = 18f, bold = true))
            addView(Views.text(context, contact.description, direction))
            contact.phone?.let { phone ->
                // Calling needs no network and no permission: the dialer opens with the number.
                addView(
                    Views.button(context, app.uiTextWith(UiText.CONTACT_PHONE, mapOf("phone" to phone))) { dial(host, phone) }.apply {
                        layoutParams = LinearLayout.LayoutParams(
                            LinearLayout.LayoutParams.WRAP_CONTENT,
                            LinearLayout.LayoutParams.WRAP_CONTENT,
                        )
                    },
                )
            }
            // The app has no network: the address is shown for the user to open elsewhere.
            contact.website?.let { addView(KbViews.secondary(context, app.uiTextWith(UiText.CONTACT_WEBSITE, mapOf("website" to it)), direction)) }
        }
    }

    private fun dial(host: Host, phone: String) {
        val intent = Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", phone, null))
        try {
            host.activity.startActivity(intent)
        } catch (missing: ActivityNotFoundException) {
            host.showMessage(host.app.uiTextWith(UiText.HOME_NO_DIALER, mapOf("phone" to phone)))
        }
    }
}
