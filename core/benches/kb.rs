//! Launch and search speed of the knowledge base (figures in docs/PERFORMANCE.md).
//!
//! - `first_launch`: load the embedded content, build the search index in an empty data folder,
//!   return the home screen model (what a phone does once, after install).
//! - `later_launch`: the same with the index already built.
//! - `search`: one query through the index into a localized screen model. Criterion reports the
//!   mean; the percentile run after it reports p50/p99/max over every query of the search-quality
//!   benchmark (tests/search-quality/queries.tsv: nine locales, colloquial words, transliteration,
//!   typos, questions), each typed with the app in its locale, plus a few hostile queries.
use std::sync::Arc;
use std::time::{Duration, Instant};

use std::hint::black_box;

use criterion::{BatchSize, Criterion};
use huquq_core::App;
use huquq_core::content::Content;
use huquq_core::content::embedded::ContentSource;

const QUERIES: &[&str] = &[
    "регистрации",
    "штраф",
    "обжалование постановления",
    "residence card",
    "appeal",
    "fine receipt",
    "amende",
    "résidence permanente",
    "consulat",
    "حقوق",
    "پلیس",
    "interpreter free",
    "1424",
    "passport",
    "NEAR(\"x\")",
];
/// The search-quality benchmark: `locale<TAB>query<TAB>expected<TAB>kind` per line.
const QUALITY_QUERIES: &str = include_str!("../../tests/search-quality/queries.tsv");

fn fresh_content() -> Arc<Content> {
    Arc::new(
        Content::load(&ContentSource::embedded().expect("embedded content unpacks"))
            .expect("embedded content loads"),
    )
}

fn launches(c: &mut Criterion) {
    c.bench_function("first_launch", |b| {
        b.iter_batched(
            || tempfile::tempdir().expect("temp dir"),
            |dir| {
                let app =
                    App::open_with_content(fresh_content(), dir.path(), &["fr"]).expect("opens");
                black_box(app.home());
                dir
            },
            BatchSize::PerIteration,
        )
    });
    let dir = tempfile::tempdir().expect("temp dir");
    App::open_with_content(fresh_content(), dir.path(), &["fr"]).expect("first launch");
    c.bench_function("later_launch", |b| {
        b.iter(|| {
            let app = App::open_with_content(fresh_content(), dir.path(), &["fr"]).expect("opens");
            black_box(app.home())
        })
    });
}

fn search(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::open_with_content(fresh_content(), dir.path(), &["ru"]).expect("opens");
    let mut n = 0;
    c.bench_function("search", |b| {
        b.iter(|| {
            n = (n + 1) % QUERIES.len();
            black_box(app.search(QUERIES[n]).expect("search"))
        })
    });
}

fn search_percentiles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::open_with_content(fresh_content(), dir.path(), &["en"]).expect("opens");
    let index = dir.path().join(huquq_core::INDEX_FILE);
    let size = std::fs::metadata(&index).map(|m| m.len()).unwrap_or(0);
    println!("search index on disk: {size} bytes");
    let mut by_locale: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in QUALITY_QUERIES.lines().filter(|l| !l.trim().is_empty()) {
        let mut fields = line.split('\t');
        let (Some(locale), Some(query)) = (fields.next(), fields.next()) else {
            continue;
        };
        match by_locale.iter_mut().find(|(l, _)| *l == locale) {
            Some((_, queries)) => queries.push(query),
            None => by_locale.push((locale, vec![query])),
        }
    }
    for (_, queries) in &mut by_locale {
        queries.extend(QUERIES);
    }
    let mut samples: Vec<Duration> = Vec::new();
    let mut slowest: Vec<(Duration, &str, &str)> = Vec::new();
    for round in 0..40 {
        for (locale, queries) in &by_locale {
            app.set_locales(&[*locale]);
            for query in queries {
                let start = Instant::now();
                black_box(app.search(query).expect("search"));
                let elapsed = start.elapsed();
                if round > 0 {
                    samples.push(elapsed);
                }
                if round == 1 {
                    slowest.push((elapsed, locale, query));
                }
            }
        }
    }
    samples.sort();
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    for (elapsed, locale, query) in slowest.iter().take(8) {
        println!("slow: {elapsed:?} {locale} {query:?}");
    }
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    println!(
        "search latency over {} queries in {} locales: p50 {:?}, p99 {:?}, max {:?}",
        samples.len(),
        by_locale.len(),
        at(0.50),
        at(0.99),
        samples[samples.len() - 1]
    );
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    launches(&mut criterion);
    search(&mut criterion);
    criterion.final_summary();
    if !std::env::args().any(|a| a == "--test" || a == "--list") {
        search_percentiles();
    }
}
