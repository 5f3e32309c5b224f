//! The knowledge base end to end, on the content compiled into the library.
use std::fs;

use huquq_core::content::Content;
use huquq_core::content::embedded::ContentSource;
use huquq_core::kb::lint;
use huquq_core::kb::model::*;
use huquq_core::kb::search::SearchIndex;
use huquq_core::l10n::Direction;
use huquq_core::{App, Error, INDEX_FILE, ItemKind};

fn open(locales: &[&str]) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::open(dir.path(), locales).expect("opens");
    (dir, app)
}

/// A UI string that fell back to its own message id means a message is missing.
fn looks_like_message_id(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() > 1
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
}

#[test]
fn the_embedded_content_passes_the_content_check() {
    let report = lint::check(&ContentSource::embedded().expect("embedded content"));
    let findings: Vec<String> = report.findings.iter().map(|f| f.to_string()).collect();
    assert!(findings.is_empty(), "{}", findings.join("\n"));
    assert!(
        report.files > 40 && report.messages > 200,
        "{} files, {} messages",
        report.files,
        report.messages
    );
}

#[test]
fn the_content_has_25_kazakhstan_and_8_international_articles_all_sourced() {
    let content = Content::embedded().expect("content");
    let articles = &content.catalog.articles;
    let count = |j: &str| articles.iter().filter(|a| a.jurisdiction == j).count();
    assert!(count("kz") >= 25, "{} kz articles", count("kz"));
    assert!(count("intl") >= 8, "{} intl articles", count("intl"));
    for article in articles {
        assert!(!article.sources.is_empty(), "{} has no source", article.id);
        assert!(
            article.sources.iter().all(|s| !s.checked.is_empty()),
            "{} has a source never checked",
            article.id
        );
    }
    assert!(content.catalog.officer_cards.len() >= 6);
}

#[test]
fn every_screen_renders_in_every_locale_without_missing_strings() {
    let content = Content::embedded().expect("content");
    for locale in &content.catalog.locales {
        let (_dir, app) = open(&[&locale.tag]);
        let home = app.home();
        assert_eq!(home.locale, locale.tag);
        let mut texts = vec![
            home.greeting.clone(),
            home.search_hint.clone(),
            home.topics_heading.clone(),
        ];
        for topic in &home.topics {
            let screen = app.topic(&topic.id).expect("topic");
            assert!(!screen.articles.is_empty(), "topic {} is empty", topic.id);
            texts.push(screen.title);
        }
        for article in &content.catalog.articles {
            let screen = app.article(&article.id).expect("article");
            assert!(!screen.blocks.is_empty(), "{} has no blocks", article.id);
            texts.extend([
                screen.sources_heading,
                screen.related_heading,
                screen.jurisdiction,
            ]);
            texts.extend(screen.notices.into_iter().map(|n| n.text));
            texts.extend(screen.sources.into_iter().map(|s| s.checked));
        }
        for card in &content.catalog.officer_cards {
            let screen = app.officer_card(&card.id).expect("card");
            texts.extend([screen.show_hint, screen.user_text]);
            texts.extend(screen.official.into_iter().map(|o| o.label));
        }
        texts.push(app.search("residence").expect("search").summary);
        texts.push(app.error_text(&Error::NotFound {
            kind: ItemKind::Article,
            id: "x".into(),
        }));
        for text in texts {
            assert!(
                !text.trim().is_empty() && !looks_like_message_id(&text),
                "{}: {text:?}",
                locale.tag
            );
        }
    }
}

#[test]
fn an_article_reports_the_locale_it_came_from() {
    let (_dir, app) = open(&["ru-RU"]);
    let article = app.article("kz-freedom-of-movement").expect("article");
    assert_eq!(article.locale, "ru");
    assert!(
        article
            .notices
            .iter()
            .any(|n| n.kind == NoticeKind::MachineTranslated)
    );
    assert!(
        article
            .notices
            .iter()
            .any(|n| n.kind == NoticeKind::Unverified)
    );
    assert!(
        !article
            .notices
            .iter()
            .any(|n| n.kind == NoticeKind::NotTranslated)
    );

    // Every locale is complete today; a Persian without this article shows the fallback notice.
    let (_dir, app) = open_without(&["fa"], "fa", "kz-bribes-1424");
    let article = app.article("kz-bribes-1424").expect("article");
    assert_eq!(article.locale, "en");
    assert_eq!(article.direction, Direction::Ltr);
    let notice = article
        .notices
        .iter()
        .find(|n| n.kind == NoticeKind::NotTranslated)
        .expect("not translated notice");
    assert!(notice.text.contains("انگلیسی"), "{}", notice.text);
    assert_eq!(app.home().direction, Direction::Rtl);
}

#[test]
fn english_originals_carry_no_machine_translation_notice() {
    let (_dir, app) = open(&["en"]);
    let article = app.article("kz-appeal-fine").expect("article");
    assert!(
        article
            .notices
            .iter()
            .all(|n| n.kind == NoticeKind::Unverified)
    );
}

#[test]
fn unknown_ids_are_typed_not_found() {
    let (_dir, app) = open(&["fr"]);
    for result in [
        app.article("nope").map(|_| ()),
        app.topic("nope").map(|_| ()),
        app.officer_card("nope").map(|_| ()),
    ] {
        let error = result.expect_err("unknown id");
        assert!(matches!(error, Error::NotFound { .. }));
        assert!(
            app.error_text(&error).starts_with("Aucun"),
            "{}",
            app.error_text(&error)
        );
    }
}

#[test]
fn officer_cards_show_the_russian_text_beside_the_users_language() {
    let (_dir, app) = open(&["fr"]);
    let card = app.officer_card("protocol-rights").expect("card");
    assert_eq!(card.locale, "fr");
    let russian = card
        .official
        .iter()
        .find(|o| o.locale == "ru")
        .expect("Russian text");
    assert!(
        russian.text.contains("Кодекса") || russian.text.contains("КоАП"),
        "{}",
        russian.text
    );
    assert!(russian.machine_translated);
    let (_dir, app) = open(&["ru"]);
    let card = app.officer_card("protocol-rights").expect("card");
    assert!(
        card.official.iter().all(|o| o.locale != "ru"),
        "the Russian text is not shown twice"
    );
}

fn hit_ids(screen: &SearchScreen) -> Vec<&str> {
    screen.hits.iter().map(|h| h.article.as_str()).collect()
}

#[test]
fn search_tolerates_inflection_case_and_diacritics() {
    let (_dir, app) = open(&["ru"]);
    let screen = app.search("регистрации").expect("search");
    assert!(
        hit_ids(&screen).contains(&"kz-address-registration"),
        "{:?}",
        hit_ids(&screen)
    );
    assert!(screen.hits.iter().all(|h| h.locale == "ru"));
    let highlighted: Vec<&str> = screen
        .hits
        .iter()
        .flat_map(|h| &h.snippet)
        .filter(|p| p.highlighted)
        .map(|p| p.text.as_str())
        .collect();
    assert!(
        highlighted
            .iter()
            .any(|w| w.to_lowercase().starts_with("регистрац")),
        "{highlighted:?}"
    );
    assert_eq!(
        hit_ids(&app.search("РЕГИСТРАЦИИ").expect("search")),
        hit_ids(&screen)
    );

    app.set_locales(&["fr"]);
    let accented = app.search("résidence permanente").expect("search");
    let plain = app.search("RESIDENCE PERMANENTE").expect("search");
    assert!(!accented.hits.is_empty());
    assert_eq!(hit_ids(&accented), hit_ids(&plain));
}

#[test]
fn search_reads_kazakh_and_uzbek_words_through_their_endings() {
    let (_dir, app) = open(&["kk"]);
    // «ұсталсам», if I am detained: the articles say «ұсталғаныңыз», «ұстау».
    let screen = app.search("ұсталсам").expect("search");
    let ids = hit_ids(&screen);
    assert!(
        ids.iter()
            .take(3)
            .any(|id| *id == "kz-administrative-detention" || *id == "kz-detention-rights"),
        "{ids:?}"
    );
    // The stem, not the whole word, is highlighted in the Kazakh text.
    assert!(
        screen
            .hits
            .iter()
            .flat_map(|h| &h.snippet)
            .any(|p| p.highlighted && p.text.to_lowercase().starts_with("ұстал")),
        "{screen:?}"
    );
    app.set_locales(&["uz"]);
    // "hujjatlarimni", my documents (object): the articles say "hujjat", "hujjatlar".
    let screen = app.search("hujjatlarimni").expect("search");
    assert!(!screen.hits.is_empty());
    assert!(screen.hits.iter().all(|h| h.locale == "uz"));
}

#[test]
fn search_answers_in_the_users_language_whatever_language_matched() {
    let (_dir, app) = open(&["fr"]);
    let screen = app.search("штраф").expect("search");
    assert!(!screen.hits.is_empty());
    assert!(
        screen.hits.iter().all(|h| h.locale == "fr"),
        "{:?}",
        screen.hits
    );
}

#[test]
fn search_finds_arabic_script_text() {
    let (_dir, app) = open(&["fa"]);
    let content = Content::embedded().expect("content");
    let persian = content
        .catalog
        .articles
        .iter()
        .find(|a| a.translations.contains_key("fa"))
        .expect("a fa article");
    let title = app.article(&persian.id).expect("article").title;
    let word = title
        .split_whitespace()
        .max_by_key(|w| w.chars().count())
        .expect("a word");
    let screen = app.search(word).expect("search");
    assert!(
        hit_ids(&screen).contains(&persian.id.as_str()),
        "{word}: {:?}",
        hit_ids(&screen)
    );
    assert_eq!(screen.hits[0].direction, Direction::Rtl);
}

#[test]
fn search_never_fails_on_odd_input() {
    let (_dir, app) = open(&["en"]);
    for query in [
        "",
        " ",
        "a",
        "я",
        "\"",
        "*",
        "NEAR(fine appeal)",
        "fine -appeal",
        "(((",
        "OR",
        "title_terms: x",
        "\u{0}",
    ] {
        let screen = app
            .search(query)
            .unwrap_or_else(|e| panic!("{query:?}: {e}"));
        if query.trim().is_empty() {
            assert!(screen.hits.is_empty() && screen.summary.is_empty());
        }
    }
    // The bad inputs: every script mixed, only punctuation, only stop words, 1,000
    // characters, emoji, right to left with digits. Each gives a screen, never an error.
    let long: String = "штраф fine ".chars().cycle().take(1000).collect();
    for query in [
        "штраф fine جريمة 罰金 jarima",
        "?!…—«»()",
        "what is the",
        long.as_str(),
        "🚓🛂 passport 🙏",
        "غرامة 500 تنغي ١٠ أيام",
    ] {
        let screen = app
            .search(query)
            .unwrap_or_else(|e| panic!("{query:?}: {e}"));
        assert!(
            !screen.hits.is_empty() || !screen.topics.is_empty() || screen.summary.is_empty(),
            "{query:?}: neither results nor the topics"
        );
    }
    let error = app.search(&"x".repeat(10 * 1024)).expect_err("too long");
    assert!(matches!(error, Error::QueryTooLong { .. }));
    assert!(
        app.error_text(&error).contains("1,000"),
        "{}",
        app.error_text(&error)
    );
}

#[test]
fn colloquial_words_find_articles_through_their_keywords_and_say_so() {
    let (_dir, app) = open(&["ru"]);
    let screen = app.search("прописка").expect("search");
    assert_eq!(hit_ids(&screen).first(), Some(&"kz-address-registration"));
    let screen = app.search("депортация").expect("search");
    assert!(hit_ids(&screen).contains(&"kz-expulsion"));
    let expulsion = screen
        .hits
        .iter()
        .find(|h| h.article == "kz-expulsion")
        .expect("expulsion");
    // The Russian article says «выдворение»: the hit names the word that found it.
    assert_eq!(
        expulsion.found_by.as_deref(),
        Some("Найдено по слову «\u{2068}депортация\u{2069}»")
    );
    // A word the text itself uses is not "found through" anything.
    let screen = app.search("выдворение").expect("search");
    assert!(screen.hits.iter().all(|h| h.found_by.is_none()));
}

#[test]
fn misspelt_words_are_read_as_the_nearest_word_and_the_screen_says_so() {
    let (_dir, app) = open(&["ru"]);
    let screen = app.search("департация").expect("search");
    assert!(hit_ids(&screen).contains(&"kz-expulsion"), "{screen:?}");
    assert_eq!(
        screen.read_as.as_deref(),
        Some("Показаны результаты по запросу «\u{2068}депортация\u{2069}».")
    );
    let (_dir, app) = open(&["en"]);
    let screen = app.search("residense permit").expect("search");
    assert!(screen.read_as.is_some());
    assert!(!screen.hits.is_empty());
    // A correct word is never "corrected".
    assert_eq!(app.search("residence").expect("search").read_as, None);
}

#[test]
fn transliterated_and_keyboard_folded_queries_find_the_text() {
    let (_dir, app) = open(&["uz"]);
    // Uzbek typed in Cyrillic finds the Latin text.
    let screen = app.search("жарима тўлаш").expect("search");
    assert!(hit_ids(&screen).contains(&"kz-paying-fines"), "{screen:?}");
    let (_dir, app) = open(&["kk"]);
    // Kazakh typed on a Russian keyboard (к for қ, у for ұ).
    let folded = hit_ids(&app.search("айыппул").expect("search"))
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    let proper = hit_ids(&app.search("айыппұл").expect("search"))
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    assert!(!proper.is_empty());
    assert_eq!(folded, proper);
    let (_dir, app) = open(&["fr"]);
    // Russian typed the French way.
    assert!(!app.search("chtraf").expect("search").hits.is_empty());
    // Arabic typed in Latin letters and digits, as in chats, for a reader of Arabic.
    let (_dir, app) = open(&["ar"]);
    let screen = app.search("mosa3ada qanoniya").expect("search");
    assert_eq!(
        hit_ids(&screen).first(),
        Some(&"kz-legal-aid"),
        "{screen:?}"
    );
    // Not for a reader of English: "mosa3ada" is no English word, and no skeleton is looked for.
    let (_dir, app) = open(&["en"]);
    assert!(
        app.search("mosa3ada qanoniya")
            .expect("search")
            .hits
            .is_empty()
    );
}

#[test]
fn nothing_found_offers_the_topics_instead() {
    let (_dir, app) = open(&["en"]);
    let screen = app.search("zzqxv").expect("search");
    assert!(screen.hits.is_empty());
    assert!(!screen.topics.is_empty());
    assert!(!screen.topics_heading.is_empty());
    // A query of common words only does not list whatever mentions them.
    let screen = app.search("pizza delivery").expect("search");
    assert!(
        screen.hits.len() < 10,
        "{} hits for an unrelated query",
        screen.hits.len()
    );
    // With results there is no topic list.
    let screen = app.search("fine").expect("search");
    assert!(!screen.hits.is_empty());
    assert!(screen.topics.is_empty() && screen.glossary.is_empty());
}

#[test]
fn stop_words_do_not_decide_the_ranking() {
    let (_dir, app) = open(&["en"]);
    let screen = app
        .search("what do I do if my passport is kept by the migration police")
        .expect("search");
    assert_eq!(
        hit_ids(&screen).first(),
        Some(&"kz-passport-confiscation"),
        "{:?}",
        hit_ids(&screen)
    );
}

#[test]
fn the_index_is_kept_and_rebuilt_when_damaged_or_the_content_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let index_file = dir.path().join(INDEX_FILE);
    App::open(dir.path(), &["en"]).expect("first launch");
    assert!(index_file.exists());

    fs::write(&index_file, b"this is not a database").expect("damage the index");
    let app = App::open(dir.path(), &["en"]).expect("opens over a damaged index");
    assert!(!app.search("fine").expect("search").hits.is_empty());

    let mut source = ContentSource::embedded().expect("embedded content");
    source.version = "next-version".into();
    let content = Content::load(&source).expect("content");
    drop(SearchIndex::open(Some(&index_file), &content).expect("rebuilds"));
    let conn = rusqlite::Connection::open(&index_file).expect("open");
    let stored: String = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'content_version'",
            [],
            |r| r.get(0),
        )
        .expect("version");
    assert_eq!(stored, "next-version");
    // Rebuilt in a new file with 64 KiB pages, so that a text is read in place.
    let page_size: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .expect("page size");
    assert_eq!(page_size, 65536);
    drop(conn);

    // A journal left by a rebuild that was cut short is not applied to the new file.
    let mut journal = index_file.as_os_str().to_owned();
    journal.push("-journal");
    fs::write(&journal, b"a journal from an earlier, unfinished rebuild").expect("journal");
    let app = App::open(dir.path(), &["en"]).expect("rebuilds over a stale journal");
    assert!(!app.search("fine").expect("search").hits.is_empty());
}

#[test]
fn reading_works_when_the_data_folder_cannot_be_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocker = dir.path().join("a-file");
    fs::write(&blocker, b"x").expect("file");
    let app = App::open(&blocker.join("data"), &["ru"]).expect("opens with an in-memory index");
    assert!(!app.search("штраф").expect("search").hits.is_empty());
}

#[test]
fn malformed_locales_fall_back_to_english() {
    let (_dir, app) = open(&["", "??", "xx-Latn-ZZ", "C.UTF-8"]);
    assert_eq!(app.locale_chain(), ["en"]);
    assert_eq!(app.set_locales(&["fr_FR.UTF-8"]), "fr");
}

/// An App on the real content with one article taken out of one locale.
fn open_without(requested: &[&str], locale: &str, article: &str) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("dir");
    let locales = dir.path().join("locales");
    copy_dir(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../locales")
            .as_path(),
        &locales,
    );
    std::fs::remove_file(
        locales
            .join(locale)
            .join("articles")
            .join(format!("{article}.ftl")),
    )
    .expect("article file");
    let catalog_path = locales.join("catalog.json");
    let mut catalog: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&catalog_path).expect("catalog"))
            .expect("json");
    for a in catalog["articles"].as_array_mut().expect("articles") {
        if a["id"] == article {
            a["translations"]
                .as_object_mut()
                .expect("translations")
                .remove(locale);
        }
    }
    std::fs::write(&catalog_path, catalog.to_string()).expect("write");
    let source = ContentSource::from_dir(&locales).expect("source");
    let content = std::sync::Arc::new(Content::load(&source).expect("content"));
    let app = App::open_with_content(content, &dir.path().join("data"), requested).expect("app");
    (dir, app)
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The search-quality benchmark names only locales, kinds and articles that exist, so its figures
/// never count a query that could not be answered.
#[test]
fn the_search_quality_benchmark_parses_and_names_real_articles() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/search-quality/queries.tsv");
    let text = std::fs::read_to_string(&path).expect("tests/search-quality/queries.tsv");
    let content = Content::embedded().expect("content");
    let queries = huquq_core::kb::quality::parse(&text, &content).unwrap_or_else(|problems| {
        panic!("{}", problems.join("\n"));
    });
    assert!(queries.len() >= 250, "{} queries", queries.len());
    for locale in &content.locales {
        let tag = locale.to_string();
        assert!(
            queries.iter().filter(|q| q.locale == tag).count() >= 25,
            "too few queries in {tag}"
        );
    }
}
