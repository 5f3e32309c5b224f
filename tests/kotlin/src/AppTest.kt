// The generated Kotlin bindings, tested on the JVM against the real Huquq library.
package org.huquq.tests

import java.io.File
import java.nio.file.Files
import org.huquq.App
import org.huquq.HuquqException
import org.huquq.core.Block
import org.huquq.core.Direction
import org.huquq.core.ItemKind
import org.huquq.core.NoticeKind
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test

class AppTest {
    private val dataDir = Files.createTempDirectory("huquq-kotlin").toFile()
    private lateinit var app: App

    @BeforeEach
    fun open() {
        app = App.open(dataDir.path, listOf("fr-FR", "ru-RU"))
    }

    @AfterEach
    fun close() {
        app.close()
        dataDir.deleteRecursively()
    }

    @Test
    fun opensInThePhonesLanguageWithTopics() {
        val home = app.home()
        assertEquals("fr", home.locale)
        assertEquals(Direction.LTR, home.direction)
        assertEquals(listOf("fr", "ru", "en"), app.localeChain())
        assertTrue(home.topics.size >= 5, "topics: ${home.topics.size}")
        assertTrue(home.topics.all { it.locale == "fr" })
        assertTrue(home.topics.any { it.title.contains("Amendes") }, home.topics.toString())
        assertTrue(File(dataDir, "content-index.sqlite3").exists(), "the search index is kept in the data folder")
    }

    @Test
    fun switchesToRussianAndReadsAnArticle() {
        assertEquals("ru", app.setLocales(listOf("ru-KZ")))
        val article = app.article("kz-appeal-fine")
        assertEquals("ru", article.locale)
        assertTrue(article.title.contains("штраф"), article.title)
        assertTrue(article.blocks.any { it is Block.Heading }, "typed blocks")
        assertTrue(article.blocks.any { it is Block.NumberedList })
        assertTrue(article.notices.any { it.kind == NoticeKind.MACHINE_TRANSLATED }, "machine translation is marked")
        assertTrue(article.notices.any { it.kind == NoticeKind.UNVERIFIED }, "uncertain points are flagged")
        assertTrue(article.sources.isNotEmpty())
        assertTrue(article.sources.all { it.checked.startsWith("Проверено") }, article.sources.toString())
    }

    @Test
    fun readsPersianRightToLeftAndMarksTheMachineTranslation() {
        assertEquals("fa", app.setLocales(listOf("fa-IR")))
        assertEquals(Direction.RTL, app.home().direction)
        val article = app.article("kz-bribes-1424")
        assertEquals("fa", article.locale)
        assertEquals(Direction.RTL, article.direction)
        val notice = article.notices.first { it.kind == NoticeKind.MACHINE_TRANSLATED }
        assertTrue(notice.text.contains("انگلیسی"), notice.text)
    }

    @Test
    fun searchesInFrenchWithHighlightedMatches() {
        val screen = app.search("amendes")
        assertTrue(screen.hits.isNotEmpty(), "no hits")
        val hit = screen.hits.first()
        assertEquals("fr", hit.locale)
        assertTrue(screen.hits.any { h -> h.snippet.any { it.highlighted } }, "highlighted words")
        assertTrue(screen.summary.contains("résultat"), screen.summary)
    }

    @Test
    fun anUnknownArticleIsATypedLocalizedError() {
        val error = assertThrows(HuquqException.NotFound::class.java) { app.article("no-such-article") }
        assertTrue(error.reason.contains("Aucun article"), error.reason)
    }

    @Test
    fun badInputNeverBreaks() {
        val odd = App.open(dataDir.path, listOf("!!", "", "xx-YY", "C"))
        assertEquals(listOf("en"), odd.localeChain())
        odd.close()
        for (query in listOf("\"", "*", "NEAR(a b)", "(((", "-", "", "a")) {
            app.search(query)
        }
        val long = assertThrows(HuquqException.QueryTooLong::class.java) { app.search("x".repeat(10 * 1024)) }
        assertEquals(1000u, long.maxChars)
        val missing = assertThrows(HuquqException.NotFound::class.java) { app.topic("nowhere") }
        assertEquals(ItemKind.TOPIC, missing.item)
    }

    @Test
    fun anOfficerCardShowsTheRussianTextBesideTheUsersLanguage() {
        val card = app.officerCard("protocol-rights")
        assertEquals("fr", card.locale)
        val russian = card.official.first { it.locale == "ru" }
        assertTrue(russian.text.contains("744"), russian.text)
        assertNotEquals(card.userText, russian.text)
        assertFalse(card.showHint.isEmpty())
    }
}
