package org.huquq.android.nav

import android.net.Uri
import org.huquq.android.screens.ArticleScreen
import org.huquq.android.screens.CardScreen
import org.huquq.android.screens.GlossaryScreen
import org.huquq.android.screens.HomeScreen
import org.huquq.android.screens.LanguageScreen
import org.huquq.android.screens.SearchScreen
import org.huquq.android.screens.TopicScreen
import org.huquq.android.screens.journal.CaseFileScreen
import org.huquq.android.screens.journal.JournalEntryScreen
import org.huquq.android.screens.journal.JournalFormScreen
import org.huquq.android.screens.journal.JournalScreen
import org.huquq.android.screens.reminders.ChecklistScreen
import org.huquq.android.screens.reminders.RemindersListScreen
import org.huquq.android.screens.settings.SettingsScreen
import org.huquq.android.screens.vault.DocumentScreen
import org.huquq.android.screens.vault.EditDocumentScreen
import org.huquq.android.screens.vault.PageScreen
import org.huquq.android.screens.vault.VaultListScreen
import org.huquq.android.ui.Screen

/**
 * Screens as strings and back: a name and its arguments, each URI-encoded and joined by "/", an
 * absent argument as "-" (no id is "-").
 */
object Routes {
    private const val ABSENT = "-"

    fun of(name: String, vararg args: String?): String =
        (listOf(name) + args.map { it?.let(Uri::encode) ?: ABSENT }).joinToString("/")

    /** The screen a route names, or null for one this version does not know (the stack then shortens). */
    fun screen(route: String): Screen? {
        val parts = route.split('/').map { if (it == ABSENT) null else Uri.decode(it) }
        val arg = { index: Int -> parts.getOrNull(index) }
        return when (parts.first()) {
            "home" -> HomeScreen()
            "first-language" -> LanguageScreen(firstRun = true)
            "language" -> LanguageScreen(firstRun = false)
            "topic" -> arg(1)?.let(::TopicScreen)
            "article" -> arg(1)?.let(::ArticleScreen)
            "card" -> arg(1)?.let(::CardScreen)
            "search" -> SearchScreen()
            "glossary" -> GlossaryScreen()
            "vault" -> VaultListScreen()
            "document" -> arg(1)?.let(::DocumentScreen)
            "edit" -> EditDocumentScreen(arg(1))
            "page" -> arg(1)?.let { page -> PageScreen(page, arg(2) ?: "") }
            "reminders" -> RemindersListScreen()
            "checklist" -> arg(1)?.let { ChecklistScreen(it, arg(2)) }
            "settings" -> SettingsScreen()
            "journal" -> JournalScreen()
            "journal-entry" -> arg(1)?.let(::JournalEntryScreen)
            "journal-form" -> JournalFormScreen(arg(1))
            "case-file" -> CaseFileScreen()
            else -> null
        }
    }
}
