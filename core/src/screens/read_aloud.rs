//! An article as sentences for a text-to-speech engine, in reading order: title, summary, then
//! every block. Notices are left out: they are in the interface language, which may not be the
//! article's, and the voice speaks the article's.
use icu_segmenter::SentenceSegmenter;
use icu_segmenter::options::SentenceBreakInvariantOptions;

use crate::kb::model::{ArticleScreen, Block, Span};
use crate::screens::model::ReadAloud;

/// Android's TextToSpeech refuses utterances longer than 4,000 characters; a sentence longer than
/// this (none in the content today) is cut at a space before it.
pub const MAX_CHARS: usize = 3900;

pub fn build(article: &ArticleScreen) -> ReadAloud {
    let mut paragraphs = vec![article.title.clone(), article.summary.clone()];
    for block in &article.blocks {
        match block {
            Block::Heading { spans, .. } | Block::Paragraph { spans } => {
                paragraphs.push(plain(spans))
            }
            Block::BulletList { items } => paragraphs.extend(items.iter().map(|i| plain(i))),
            Block::NumberedList { start, items } => {
                paragraphs.extend(items.iter().enumerate().map(|(index, item)| {
                    format!("{}. {}", u64::from(*start) + index as u64, plain(item))
                }))
            }
            Block::Callout {
                label,
                paragraphs: p,
                ..
            } => {
                paragraphs.push(label.clone());
                paragraphs.extend(p.iter().map(|spans| plain(spans)));
            }
            Block::LegalQuote {
                paragraphs: p,
                citation,
            } => {
                paragraphs.extend(p.iter().map(|spans| plain(spans)));
                paragraphs.extend(citation.clone());
            }
        }
    }
    ReadAloud {
        locale: article.locale.clone(),
        chunks: paragraphs
            .iter()
            .flat_map(|p| sentences(p))
            .flat_map(|s| cut_long(&s, MAX_CHARS))
            .collect(),
    }
}

fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// The sentences of a paragraph by Unicode's sentence rules (UAX #29), trimmed, empty ones left out.
pub fn sentences(paragraph: &str) -> Vec<String> {
    let segmenter = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
    let breaks: Vec<usize> = segmenter.segment_str(paragraph).collect();
    breaks
        .windows(2)
        .filter_map(|pair| paragraph.get(pair[0]..pair[1]))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A piece of at most `max` characters, cut at the last space before the limit (or at the limit
/// in a text without spaces).
fn cut_long(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while rest.chars().count() > max {
        let limit = rest
            .char_indices()
            .nth(max)
            .map_or(rest.len(), |(index, _)| index);
        let cut = rest[..limit].rfind(' ').filter(|&i| i > 0).unwrap_or(limit);
        out.push(rest[..cut].trim().to_owned());
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        out.push(rest.to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_in_several_scripts() {
        assert_eq!(
            sentences("Keep every receipt. Pay only through egov.kz! Is it paid?"),
            [
                "Keep every receipt.",
                "Pay only through egov.kz!",
                "Is it paid?"
            ]
        );
        assert_eq!(
            sentences("Сохраняйте квитанции. Платите только через egov.kz."),
            ["Сохраняйте квитанции.", "Платите только через egov.kz."]
        );
        assert_eq!(
            sentences("رسید را نگه دارید. آیا پرداخت شده است؟ بله."),
            ["رسید را نگه دارید.", "آیا پرداخت شده است؟", "بله."]
        );
        assert!(sentences("   ").is_empty());
    }

    #[test]
    fn long_text_is_cut_at_a_space_within_the_limit() {
        let text = "word ".repeat(30);
        let pieces = cut_long(&text, 22);
        assert!(pieces.iter().all(|p| p.chars().count() <= 22), "{pieces:?}");
        assert_eq!(pieces.join(" "), text.trim());
        assert_eq!(cut_long("abcdef", 4), ["abcd", "ef"]);
    }
}
