package org.huquq.android.screens

import android.text.Spanned
import android.text.style.ClickableSpan
import android.view.View
import android.widget.EditText
import android.widget.TextView
import java.time.Duration
import org.huquq.android.HuquqApplication
import org.huquq.android.LanguagePreference
import org.huquq.core.Block
import org.huquq.core.Confidence
import org.huquq.core.NoticeKind
import org.huquq.core.Span
import org.huquq.core.UiText
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.annotation.Config

/** The knowledge-base screens drawn from the real core: navigation, articles, cards, search. */
@RunWith(RobolectricTestRunner::class)
@Config(sdk = [24, 33, 35], application = HuquqApplication::class, manifest = Config.NONE)
class KnowledgeScreensTest {
    private fun List<Span>.plain() = joinToString("") { it.text }

    @Test
    fun firstRunAsksForTheLanguageThenOpensHomeInIt() {
        val ui = ScreenDriver.start(language = null)
        val shown = ui.texts()
        for (name in listOf("English", "Русский", "Қазақша", "Français", "العربية")) {
            assertTrue("$name offered: $shown", shown.any { it.endsWith(name) })
        }
        assertTrue("the phone's language is preselected", shown.contains("✓ English"))
        ui.tap("Français")
        assertEquals("fr", LanguagePreference.chosen(ui.activity))
        val home = ui.app.home()
        assertEquals("fr", home.locale)
        val now = ui.texts()
        assertTrue(now.contains(home.greeting))
        assertTrue(now.contains(ui.t(UiText.HOME_VAULT)))
        assertNotEquals("Languages", ui.t(UiText.LANGUAGES_HEADING))
        // Home is the root: back leaves the app.
        ui.activity.back()
        assertTrue(ui.activity.isFinishing)
    }

    @Test
    fun homeToTopicToArticleToRelatedAndBackAgain() {
        val ui = ScreenDriver.start(language = "en")
        val fines = ui.app.topic("fines")
        ui.tap(fines.title)
        assertTrue(ui.texts().contains(fines.summary))
        val appeal = ui.app.article("kz-appeal-fine")
        ui.tap(appeal.title)
        assertEquals(appeal.title, ui.texts().first())
        val related = appeal.related.first()
        ui.tap(related.title)
        assertEquals(related.title, ui.texts().first())
        ui.activity.back()
        assertEquals(appeal.title, ui.texts().first())
        ui.activity.back()
        assertEquals(fines.title, ui.texts().first())
        ui.activity.back()
        assertEquals(ui.app.home().appName, ui.texts().first())
        assertFalse(ui.activity.isFinishing)
    }

    @Test
    fun anArticleIsDrawnWholeWithItsNoticesSourcesAndLinks() {
        val ui = ScreenDriver.start(language = "en")
        val article = ui.app.article("kz-appeal-fine")
        assertEquals(Confidence.UNVERIFIED, article.confidence)
        ui.activity.push(ArticleScreen(article.id))
        val shown = ui.texts()
        // The notice comes before the body: a reader sees first that a point is not confirmed.
        val notice = article.notices.single { it.kind == NoticeKind.UNVERIFIED }
        val noticeAt = shown.indexOf("⚠ " + notice.text)
        assertTrue("notice shown: $shown", noticeAt in 1..2)
        assertTrue(shown.contains("${article.jurisdiction} · ${ui.t(UiText.CONFIDENCE_UNVERIFIED)}"))
        assertTrue(ui.all(android.widget.Button::class.java).any { it.text == ui.t(UiText.ARTICLE_READ_ALOUD) })
        // Every block, in order, each as its own view.
        val expected = article.blocks.flatMap { block ->
            when (block) {
                is Block.Heading -> listOf(block.spans.plain())
                is Block.Paragraph -> listOf(block.spans.plain())
                is Block.BulletList -> block.items.flatMap { listOf("•", it.plain()) }
                is Block.NumberedList -> block.items.flatMapIndexed { i, item -> listOf("${block.start.toLong() + i}.", item.plain()) }
                is Block.Callout -> listOf(block.label) + block.paragraphs.map { it.plain() }
                is Block.LegalQuote -> block.paragraphs.map { it.plain() } + listOfNotNull(block.citation?.let { "— $it" })
            }
        }
        assertTrue(expected.size > 10)
        val bodyStart = shown.indexOf(expected.first())
        assertTrue(bodyStart > noticeAt)
        assertEquals(expected, shown.subList(bodyStart, bodyStart + expected.size))
        // Bold and italic survive as spans.
        val paragraph = ui.all(TextView::class.java).first { it.text.toString() == expected[1] }
        assertTrue((paragraph.text as Spanned).getSpans(0, paragraph.text.length, android.text.style.StyleSpan::class.java).isNotEmpty())
        // Sources, each with the date it was checked.
        assertTrue(shown.contains(article.sourcesHeading))
        for (source in article.sources) {
            assertTrue(shown.contains(source.citation))
            assertTrue(source.checked.contains("Checked"))
        }
        assertTrue(article.related.all { shown.contains(it.title) })
        // A link inside the text opens the article it names.
        val link = ui.all(TextView::class.java).firstNotNullOf { view ->
            (view.text as? Spanned)?.let { text -> text.getSpans(0, text.length, ClickableSpan::class.java).firstOrNull()?.let { view to it } }
        }
        link.second.onClick(link.first)
        ui.idle()
        assertEquals(ui.app.article("kz-protocol-rights").title, ui.texts().first())
    }

    @Test
    fun anOfficerCardFillsTheScreenInLargeTextAndStaysOn() {
        val ui = ScreenDriver.start(language = "fr")
        val protocol = ui.app.article("kz-protocol-rights")
        ui.activity.push(ArticleScreen(protocol.id))
        val card = ui.app.officerCard(protocol.cards.single().id)
        ui.tap(card.title)
        val shown = ui.texts()
        assertEquals(card.showHint, shown.first())
        val official = card.official.map { it.text }
        assertEquals(listOf("ru", "kk"), card.official.map { it.locale })
        for (text in official) {
            val view = ui.all(TextView::class.java).single { it.text.toString() == text }
            // At the default font scale sp is linear on every level (deriveDimension exists from 34).
            val sp = view.textSize / (view.resources.displayMetrics.density * view.resources.configuration.fontScale)
            assertEquals(30f, sp, 0.1f)
        }
        // The French text for the user comes after the official's, marked as machine translation.
        assertTrue(shown.indexOf(card.userText) > shown.indexOf(official.last()))
        assertTrue(shown.contains(ui.t(UiText.CARD_MACHINE_TRANSLATED)))
        assertTrue(hasKeepScreenOn(ui.root()))
        ui.activity.back()
        assertEquals(protocol.title, ui.texts().first())
    }

    private fun hasKeepScreenOn(view: View): Boolean =
        view.keepScreenOn || (view is android.view.ViewGroup && (0 until view.childCount).any { hasKeepScreenOn(view.getChildAt(it)) })

    @Test
    fun arabicIsDrawnRightToLeftAndSaysItIsAMachineTranslation() {
        val ui = ScreenDriver.start(language = "ar")
        // The screen's own view (inside the activity's container) is laid out right to left.
        val screen = ((ui.root() as android.view.ViewGroup).getChildAt(0) as android.view.ViewGroup).getChildAt(0)
        assertEquals(View.LAYOUT_DIRECTION_RTL, screen.layoutDirection)
        val article = ui.app.article("kz-appeal-fine")
        assertEquals("ar", article.locale)
        ui.activity.push(ArticleScreen(article.id))
        ui.idle()
        val title = ui.all(TextView::class.java).first()
        assertEquals(article.title, title.text.toString())
        assertEquals(View.TEXT_DIRECTION_RTL, title.textDirection)
        val kinds = article.notices.map { it.kind }
        assertEquals(listOf(NoticeKind.MACHINE_TRANSLATED, NoticeKind.UNVERIFIED), kinds)
        assertTrue(article.notices.all { ui.texts().contains("⚠ " + it.text) })
    }

    @Test
    fun searchFollowsTheTypingAndOpensAHit() {
        val ui = ScreenDriver.start(language = "en")
        val box = ui.all(EditText::class.java).single()
        assertEquals(ui.app.home().searchHint, box.hint.toString())
        box.performClick()
        ui.idle()
        val input = ui.all(EditText::class.java).single()
        input.setText("registration")
        // Nothing is searched while the user is still typing…
        assertTrue(ui.texts().none { it == ui.app.search("registration").hits.first().title })
        ui.wait(Duration.ofMillis(300))
        val hits = ui.app.search("registration").hits
        assertTrue(hits.size >= 3)
        val shown = ui.texts()
        assertTrue(hits.all { shown.contains(it.title) })
        ui.tap(hits.first().title)
        assertEquals(hits.first().title, ui.texts().first())
        // Back returns to the same results.
        ui.activity.back()
        assertEquals("registration", ui.all(EditText::class.java).single().text.toString())
        assertTrue(ui.texts().contains(hits.first().title))
        // A query with no match says so.
        ui.all(EditText::class.java).single().setText("zzqxv")
        ui.wait(Duration.ofMillis(300))
        val none = ui.app.search("zzqxv")
        assertTrue(none.hits.isEmpty())
        assertTrue(ui.texts().contains(none.summary))
        // …and offers the topics instead, each one a way in.
        assertTrue(none.topics.isNotEmpty())
        assertTrue(ui.texts().contains(none.topicsHeading))
        ui.tap(none.topics.first().title)
        assertEquals(none.topics.first().title, ui.texts().first())
    }

    @Test
    fun searchSaysWhichWordFoundAHitAndWhatAMisspellingWasReadAs() {
        val ui = ScreenDriver.start(language = "ru")
        ui.all(EditText::class.java).single().performClick()
        ui.idle()
        ui.all(EditText::class.java).single().setText("депортация")
        ui.wait(Duration.ofMillis(300))
        val colloquial = ui.app.search("депортация")
        val foundBy = colloquial.hits.mapNotNull { it.foundBy }
        assertTrue("a colloquial word is found through a keyword: ${colloquial.hits}", foundBy.isNotEmpty())
        assertTrue(ui.texts().containsAll(foundBy))
        ui.all(EditText::class.java).single().setText("департация")
        ui.wait(Duration.ofMillis(300))
        val misspelt = ui.app.search("департация")
        val readAs = misspelt.readAs
        assertNotNull(readAs)
        assertTrue(ui.texts().contains(readAs))
        assertTrue(misspelt.hits.isNotEmpty())
    }
}
