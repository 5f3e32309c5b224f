//! Setting a paragraph into lines: each letter's font (Arabic or Latin and Cyrillic), shaping with
//! rustybuzz (Arabic joining, kerning), line breaks where Unicode allows them (UAX #14, ICU4X), and
//! the bidirectional algorithm (UAX #9) for lines that mix right-to-left and left-to-right text:
//! a Russian office name inside an Arabic sentence, an Arabic name inside a Russian one.
use std::ops::Range;

use icu_segmenter::LineSegmenter;
use icu_segmenter::options::LineBreakOptions;
use krilla::text::{GlyphId, KrillaGlyph};
use unicode_bidi::{BidiInfo, Level};

use super::fonts::{Face, Fonts, Script};
use crate::l10n::Direction;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Colour(pub u8, pub u8, pub u8);

/// How a piece of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Style {
    /// In points.
    pub size: f32,
    pub bold: bool,
    pub colour: Colour,
}

/// Text in one style; a paragraph is a list of them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Span {
    pub text: String,
    pub style: Style,
}

impl Span {
    pub(crate) fn new(text: impl Into<String>, style: Style) -> Span {
        Span {
            text: text.into(),
            style,
        }
    }
}

/// Glyphs in one face and style, placed on their line.
pub(crate) struct GlyphRun {
    /// From the line's left edge, in points.
    pub x: f32,
    /// The text the glyphs stand for, in logical order: what a reader copies out of the PDF.
    pub text: String,
    pub glyphs: Vec<KrillaGlyph>,
    pub script: Script,
    pub style: Style,
    /// The size the glyphs are drawn at: the style's, times the face's scale.
    pub size: f32,
}

/// One line, its runs left to right.
pub(crate) struct Line {
    pub runs: Vec<GlyphRun>,
    pub width: f32,
    /// From the top of the line to the baseline, and from the baseline to the bottom, in points.
    pub ascent: f32,
    pub descent: f32,
}

impl Line {
    pub(crate) fn height(&self) -> f32 {
        // A little air between lines: the font's own ascent and descent are tight for Arabic
        // marks above and below.
        (self.ascent + self.descent) * 1.1
    }
}

/// A paragraph set into lines no wider than `width`, and whether it reads right to left (its
/// lines then sit against the right margin).
pub(crate) struct SetParagraph {
    pub lines: Vec<Line>,
    pub right_to_left: bool,
}

/// Sets `spans` as one paragraph. `direction` is the paragraph's own; `None` takes it from its
/// first strong letter (for what the user wrote, which may be in any language).
pub(crate) fn set_paragraph(
    fonts: &Fonts,
    spans: &[Span],
    direction: Option<Direction>,
    width: f32,
) -> SetParagraph {
    let (text, styles) = joined(spans);
    let base = direction.map(|direction| match direction {
        Direction::Rtl => Level::rtl(),
        Direction::Ltr => Level::ltr(),
    });
    let bidi = BidiInfo::new(&text, base);
    let Some(paragraph) = bidi.paragraphs.first() else {
        return SetParagraph {
            lines: Vec::new(),
            right_to_left: direction == Some(Direction::Rtl),
        };
    };
    let right_to_left = paragraph.level.is_rtl();
    let scripts = scripts(fonts, &text, right_to_left);
    let items = items(&text, &scripts, &styles, &bidi.levels);
    let advances = advances(fonts, &text, &items);

    let mut lines = Vec::new();
    for range in break_lines(&text, &advances, width) {
        let (levels, runs) = bidi.visual_runs(paragraph, range.clone());
        let mut line_runs = Vec::new();
        let mut x = 0.0;
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            let mut pieces: Vec<&Item> = items
                .iter()
                .filter(|item| item.range.start < run.end && run.start < item.range.end)
                .collect();
            if rtl {
                pieces.reverse();
            }
            for item in pieces {
                let piece = item.range.start.max(run.start)..item.range.end.min(run.end);
                let face = fonts.face(item.script, item.style.bold);
                let mut glyphs = shape(face, &text[piece.clone()], rtl);
                let size = item.style.size * face.scale;
                let advance: f32 = glyphs.iter().map(|g| g.x_advance).sum::<f32>() * size;
                let run_text = if rtl {
                    visual_text(&text[piece], &mut glyphs)
                } else {
                    text[piece].to_owned()
                };
                line_runs.push(GlyphRun {
                    x,
                    text: run_text,
                    glyphs,
                    script: item.script,
                    style: item.style,
                    size,
                });
                x += advance;
            }
        }
        let (ascent, descent) = extent(fonts, &line_runs, &items, &range);
        lines.push(Line {
            runs: line_runs,
            width: x,
            ascent,
            descent,
        });
    }
    SetParagraph {
        lines,
        right_to_left,
    }
}

/// The spans' texts as one, with each byte's style. Line and paragraph separators and other
/// control characters become spaces: a paragraph is one paragraph, and a control character has no
/// glyph.
fn joined(spans: &[Span]) -> (String, Vec<(Range<usize>, Style)>) {
    let mut text = String::new();
    let mut styles = Vec::new();
    for span in spans {
        let start = text.len();
        text.extend(span.text.chars().map(|c| {
            if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        }));
        styles.push((start..text.len(), span.style));
    }
    (text, styles)
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Each character's family. Letters choose; spaces, digits and punctuation go with the letters
/// before them (so an Arabic phrase is shaped as one piece, spaces included), or after them at the
/// start. A character the chosen font lacks goes to the other one.
fn scripts(fonts: &Fonts, text: &str, right_to_left: bool) -> Vec<Script> {
    let strong: Vec<Option<Script>> = text
        .chars()
        .map(|c| {
            if is_arabic(c) {
                Some(Script::Arabic)
            } else if c.is_alphabetic() {
                Some(Script::Other)
            } else {
                None
            }
        })
        .collect();
    let first = strong
        .iter()
        .flatten()
        .next()
        .copied()
        .unwrap_or(if right_to_left {
            Script::Arabic
        } else {
            Script::Other
        });
    let mut current = first;
    let mut scripts = Vec::with_capacity(text.len());
    for (c, strong) in text.chars().zip(strong) {
        let mut script = strong.unwrap_or(current);
        current = script;
        if !fonts.face(script, false).has(c) {
            script = match script {
                Script::Arabic => Script::Other,
                Script::Other if fonts.arabic.has(c) => Script::Arabic,
                Script::Other => Script::Other,
            };
        }
        // One entry per byte, so that a byte range looks its script up directly.
        for _ in 0..c.len_utf8() {
            scripts.push(script);
        }
    }
    scripts
}

/// A stretch of text in one font, one style and one direction level: what is shaped at once.
struct Item {
    range: Range<usize>,
    script: Script,
    style: Style,
    level: Level,
}

fn items(
    text: &str,
    scripts: &[Script],
    styles: &[(Range<usize>, Style)],
    levels: &[Level],
) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for (at, c) in text.char_indices() {
        // Direction marks and isolates (Fluent wraps every placeable in a pair) have done their
        // work in the bidirectional algorithm; drawn, they would only get in the way of a reader
        // copying the text.
        if is_bidi_control(c) {
            continue;
        }
        let style = styles
            .iter()
            .find(|(range, _)| range.contains(&at))
            .map(|(_, style)| *style);
        let Some(style) = style else { continue };
        let (script, level) = (scripts[at], levels[at]);
        let end = at + c.len_utf8();
        match items.last_mut() {
            Some(last)
                if last.range.end == at
                    && last.script == script
                    && last.style == style
                    && last.level == level =>
            {
                last.range.end = end;
            }
            _ => items.push(Item {
                range: at..end,
                script,
                style,
                level,
            }),
        }
    }
    items
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Each byte's share of the width, in points: a cluster's advance sits on its first byte. Line
/// breaking sums these rather than shaping every candidate line again.
fn advances(fonts: &Fonts, text: &str, items: &[Item]) -> Vec<f32> {
    let mut advances = vec![0.0; text.len()];
    for item in items {
        let face = fonts.face(item.script, item.style.bold);
        for glyph in shape(face, &text[item.range.clone()], item.level.is_rtl()) {
            let at = item.range.start + glyph.text_range.start;
            advances[at] += glyph.x_advance * item.style.size * face.scale;
        }
    }
    advances
}

/// The lines' byte ranges: as many words as fit, trailing spaces not counted. A word longer than a
/// line (a hash, a web address) is cut between characters.
fn break_lines(text: &str, advances: &[f32], width: f32) -> Vec<Range<usize>> {
    let measure = |range: Range<usize>| -> f32 {
        let trimmed = text[range.clone()].trim_end().len();
        advances[range.start..range.start + trimmed].iter().sum()
    };
    let breaks: Vec<usize> =
        LineSegmenter::new_for_non_complex_scripts(LineBreakOptions::default())
            .segment_str(text)
            .collect();
    let mut lines = Vec::new();
    // The current line runs from `start`; `end` is the last break that still fits on it.
    let mut start = 0;
    let mut end = 0;
    for &at in breaks.iter().filter(|&&at| at > 0) {
        if measure(start..at) <= width {
            end = at;
            continue;
        }
        if end > start {
            lines.push(start..end);
            start = end;
        }
        while measure(start..at) > width {
            let cut = longest_fitting(text, start..at, width, &measure);
            lines.push(start..cut);
            start = cut;
        }
        end = at;
    }
    if end > start {
        lines.push(start..end);
    }
    lines
        .into_iter()
        .map(|range| range.start..range.start + text[range].trim_end().len())
        .filter(|range| !range.is_empty())
        .collect()
}

/// Where to cut a word too wide for a line: after as many characters as fit, at least one.
fn longest_fitting(
    text: &str,
    word: Range<usize>,
    width: f32,
    measure: &dyn Fn(Range<usize>) -> f32,
) -> usize {
    let mut cut = word.start;
    for (offset, c) in text[word.clone()].char_indices() {
        let next = word.start + offset + c.len_utf8();
        if cut > word.start && measure(word.start..next) > width {
            break;
        }
        cut = next;
    }
    cut
}

/// The text of right-to-left glyphs in the order they are drawn, each cluster's letters reversed
/// with them, and the glyphs pointed at it.
///
/// A PDF holds glyphs in the order they are drawn, left to right, and a reader (poppler's
/// pdftotext, pdf.js, a viewer's copy) turns a right-to-left run back into reading order by
/// reversing its characters, including the several letters one glyph stands for: the lam-alef
/// ligature, a letter with its vowel mark. Mapped in reading order, those would come out
/// backwards ("ال" for "لا"); mapped in drawing order, reversing restores them.
fn visual_text(text: &str, glyphs: &mut [KrillaGlyph]) -> String {
    let mut visual = String::with_capacity(text.len());
    // (the cluster in `text`, where it went in `visual`) of the glyph before.
    let mut previous: Option<(Range<usize>, Range<usize>)> = None;
    for glyph in glyphs.iter_mut() {
        let cluster = glyph.text_range.clone();
        let placed = match &previous {
            // Several glyphs of one cluster stand for its letters together.
            Some((before, placed)) if *before == cluster => placed.clone(),
            _ => {
                let start = visual.len();
                visual.extend(text[cluster.clone()].chars().rev());
                start..visual.len()
            }
        };
        glyph.text_range = placed.clone();
        previous = Some((cluster, placed));
    }
    visual
}

/// Shapes `text` in one face and direction; glyphs come left to right, with advances and offsets
/// as fractions of the font size, and each knows which bytes of `text` it stands for.
fn shape(face: &Face, text: &str, right_to_left: bool) -> Vec<KrillaGlyph> {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    // A vowel mark stays in its letter's cluster (HarfBuzz's default): mapped on their own, the
    // marks, raised above the line, are read by pdftotext as a line of their own. Together, krilla
    // gives the cluster its letters as /ActualText; pdftotext then reads the letters right but
    // puts a space after a letter with a mark (measured on docs/casefile/sample-ar.pdf).
    buffer.set_cluster_level(rustybuzz::BufferClusterLevel::MonotoneGraphemes);
    buffer.set_direction(if right_to_left {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    let shaped = rustybuzz::shape(&face.shaper, &[], buffer);
    let infos = shaped.glyph_infos();
    let mut starts: Vec<usize> = infos.iter().map(|info| info.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let em = face.units_per_em;
    infos
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, position)| {
            let start = info.cluster as usize;
            // A cluster ends where the next one (in the text's order) begins.
            let end = starts
                .iter()
                .find(|&&s| s > start)
                .copied()
                .unwrap_or(text.len());
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                position.x_advance as f32 / em,
                position.x_offset as f32 / em,
                position.y_offset as f32 / em,
                position.y_advance as f32 / em,
                start..end,
                None,
            )
        })
        .collect()
}

/// The line's ascent and descent: the largest of its runs' fonts at their sizes (of the
/// paragraph's first item when the line is empty).
fn extent(fonts: &Fonts, runs: &[GlyphRun], items: &[Item], range: &Range<usize>) -> (f32, f32) {
    let metrics = |script: Script, style: Style| {
        let face = fonts.face(script, style.bold);
        let size = style.size * face.scale / face.units_per_em;
        (
            f32::from(face.shaper.ascender()) * size,
            -f32::from(face.shaper.descender()) * size,
        )
    };
    let mut all: Vec<(f32, f32)> = runs
        .iter()
        .map(|run| metrics(run.script, run.style))
        .collect();
    if all.is_empty()
        && let Some(item) = items.iter().find(|i| i.range.start <= range.start)
    {
        all.push(metrics(item.script, item.style));
    }
    all.iter()
        .fold((0.0, 0.0), |(a, d), &(ra, rd)| (a.max(ra), d.max(rd)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casefile::fonts::fonts;

    const BODY: Style = Style::new(10.0, false, Colour(0, 0, 0));

    fn drawn_text(line: &Line) -> String {
        line.runs.iter().map(|run| run.text.as_str()).collect()
    }

    #[test]
    fn lines_fit_their_width_and_a_long_hash_is_cut() {
        let fonts = fonts().expect("fonts");
        let hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        let text = format!("Печать записи (SHA-256): {hash}. Қазақстан, Ҷумҳурӣ.");
        let set = set_paragraph(fonts, &[Span::new(text.clone(), BODY)], None, 160.0);
        assert!(set.lines.len() >= 3, "{} lines", set.lines.len());
        for line in &set.lines {
            assert!(
                line.width <= 160.0 + 0.01,
                "a line of {} points",
                line.width
            );
        }
        // Nothing lost: the lines hold every letter, only the spaces at the breaks dropped.
        let joined: String = set.lines.iter().map(drawn_text).collect();
        assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        assert!(!set.right_to_left);
    }

    #[test]
    fn arabic_reads_right_to_left_and_its_ligature_maps_back_in_drawing_order() {
        let fonts = fonts().expect("fonts");
        let set = set_paragraph(fonts, &[Span::new("لا بأس", BODY)], None, 400.0);
        assert!(set.right_to_left);
        let line = &set.lines[0];
        let run = &line.runs[0];
        assert_eq!(run.script, Script::Arabic);
        // Lam and alef make one glyph; its letters are kept reversed, so that a reader reversing
        // the run gets "لا" back.
        let ligature = run
            .glyphs
            .iter()
            .find(|g| g.text_range.len() == "لا".len())
            .expect("the lam-alef ligature");
        assert_eq!(&run.text[ligature.text_range.clone()], "ال");
        let read_back: String = run.text.chars().rev().collect();
        assert_eq!(read_back, "لا بأس");
    }

    #[test]
    fn a_russian_name_in_an_arabic_sentence_keeps_its_order_and_font() {
        let fonts = fonts().expect("fonts");
        let text = "مكتب УМП г. Астана اليوم";
        let set = set_paragraph(fonts, &[Span::new(text, BODY)], Some(Direction::Rtl), 500.0);
        let runs = &set.lines[0].runs;
        // The Cyrillic is set in the Latin and Cyrillic face, in reading order, as one stretch
        // (spaces beside it may go with either side).
        let cyrillic: String = runs
            .iter()
            .filter(|r| r.script == Script::Other)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(cyrillic.trim(), "УМП г. Астана");
        assert!(
            runs.iter()
                .filter(|r| r.script == Script::Arabic)
                .all(|r| !r.text.chars().any(|c| ('А'..='я').contains(&c)))
        );
        // Drawn left to right: "اليوم" (read last) is leftmost, "مكتب" (read first) rightmost.
        let first = runs.first().expect("runs");
        let last = runs.last().expect("runs");
        assert!(
            first
                .text
                .chars()
                .rev()
                .collect::<String>()
                .contains("اليوم")
        );
        assert!(last.text.chars().rev().collect::<String>().contains("مكتب"));
        // No direction mark or isolate is drawn.
        assert!(runs.iter().all(|r| !r.text.chars().any(is_bidi_control)));
    }

    #[test]
    fn fluent_isolates_are_not_drawn() {
        let fonts = fonts().expect("fonts");
        let text = "Составлено \u{2068}7 декабря 2026 г.\u{2069} на основании";
        let set = set_paragraph(fonts, &[Span::new(text, BODY)], Some(Direction::Ltr), 500.0);
        let drawn = drawn_text(&set.lines[0]);
        assert_eq!(drawn, "Составлено 7 декабря 2026 г. на основании");
    }
}
