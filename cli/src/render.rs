//! Text on a terminal: wrapped to its width by display width (wide CJK and emoji count double),
//! styled when it is a terminal, and right-to-left lines laid out in visual order and aligned right,
//! since most terminals do not run the bidi algorithm themselves. Piped output stays in logical
//! order, untouched, for other programs.
use std::cell::RefCell;
use std::io::{IsTerminal, Write};

use huquq_core::l10n::Direction;
use unicode_bidi::{BidiInfo, Level};

const MAX_WIDTH: usize = 100;
const ISOLATES: [char; 4] = ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

pub struct Printer {
    pub width: usize,
    /// Styles and visual bidi reordering: only for a real terminal.
    pub terminal: bool,
    pub color: bool,
    /// The whole screen, written at once by `flush` (a closed pipe then ends the output quietly).
    out: RefCell<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Bold,
    Dim,
    Italic,
    Reverse,
}

impl Printer {
    pub fn for_stdout() -> Printer {
        let terminal = std::io::stdout().is_terminal();
        let width = terminal_size::terminal_size()
            .map(|(w, _)| usize::from(w.0))
            .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
            .unwrap_or(80)
            .clamp(20, MAX_WIDTH);
        let color = terminal && std::env::var_os("NO_COLOR").is_none();
        Printer::new(width, terminal, color)
    }

    pub fn new(width: usize, terminal: bool, color: bool) -> Printer {
        Printer {
            width,
            terminal,
            color,
            out: RefCell::new(String::new()),
        }
    }

    /// Writes the screen to stdout. A reader that stops early (`| head`) is not an error.
    pub fn flush(&self) {
        write_stdout(&self.out.borrow());
    }

    fn println(&self, line: &str) {
        let mut out = self.out.borrow_mut();
        out.push_str(line);
        out.push('\n');
    }

    /// Wraps styled text in ANSI escapes when colours are on.
    pub fn style(&self, text: &str, style: Style) -> String {
        if !self.color || style == Style::Plain {
            return text.to_owned();
        }
        let code = match style {
            Style::Plain => "0",
            Style::Bold => "1",
            Style::Dim => "2",
            Style::Italic => "3",
            Style::Reverse => "7",
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }

    /// Prints a paragraph wrapped to the width; `first` prefixes the first line (a bullet),
    /// `indent` the following ones.
    pub fn paragraph(&self, text: &str, direction: Direction, first: &str, indent: &str) {
        for line in self.lines(text, direction, first, indent) {
            self.println(&line);
        }
    }

    pub fn lines(
        &self,
        text: &str,
        direction: Direction,
        first: &str,
        indent: &str,
    ) -> Vec<String> {
        let rtl = direction == Direction::Rtl;
        // Styles are dropped where bidi reordering happens: it would scatter the escape codes.
        let reorders = self.terminal && (rtl || text.chars().any(is_rtl_char));
        let text = if reorders && self.color {
            strip_ansi(text)
        } else {
            text.to_owned()
        };
        let lines: Vec<String> = if rtl {
            wrap_cells(&text, self.width, first, indent)
        } else {
            let options = textwrap::Options::new(self.width)
                .initial_indent(first)
                .subsequent_indent(indent)
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            textwrap::wrap(&text, options)
                .into_iter()
                .map(|l| l.into_owned())
                .collect()
        };
        lines
            .into_iter()
            .map(|line| {
                if !self.terminal {
                    // Piped: logical order; isolation marks only matter inside right-to-left text.
                    if rtl {
                        line
                    } else {
                        line.replace(ISOLATES, "")
                    }
                } else if rtl {
                    let visual = visual(&line, Level::rtl());
                    let pad = self.width.saturating_sub(cells(&visual));
                    format!("{}{visual}", " ".repeat(pad))
                } else {
                    // Right-to-left words inside a left-to-right line still need reordering.
                    visual(&line, Level::ltr())
                }
            })
            .collect()
    }

    pub fn blank(&self) {
        self.println("");
    }
}

/// A one-line message for stderr: isolation marks dropped from left-to-right text, where they
/// only show up as noise.
pub fn plain_for_terminal(text: &str, direction: Direction) -> String {
    match direction {
        Direction::Ltr => text.replace(ISOLATES, ""),
        Direction::Rtl => text.to_owned(),
    }
}

/// Writes to stdout; a closed pipe (`huquq read … | head`) just ends the output.
pub fn write_stdout(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush());
}

/// A line in the order a terminal must draw it, left to right, with the invisible isolation
/// marks removed (many terminals draw them as boxes).
pub fn visual(line: &str, base: Level) -> String {
    if base.is_ltr() && !line.chars().any(is_rtl_char) {
        return line.replace(ISOLATES, "");
    }
    let info = BidiInfo::new(line, Some(base));
    let visual: String = info
        .paragraphs
        .iter()
        .map(|p| info.reorder_line(p, p.range.clone()).into_owned())
        .collect();
    visual.replace(ISOLATES, "")
}

fn is_rtl_char(c: char) -> bool {
    matches!(
        unicode_bidi::bidi_class(c),
        unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL
    )
}

/// Columns a terminal gives the text: one cell per character, as terminals do not join Arabic
/// letters (unicode-width counts a lam-alef pair as one ligature, which a terminal never draws).
fn cells(text: &str) -> usize {
    text.chars()
        .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0))
        .sum()
}

/// Greedy wrapping at spaces by terminal cells, for right-to-left text.
fn wrap_cells(text: &str, width: usize, first: &str, indent: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_owned();
    let mut has_word = false;
    for word in text.split_whitespace() {
        if has_word && cells(&line) + 1 + cells(word) > width {
            lines.push(std::mem::replace(&mut line, indent.to_owned()));
            has_word = false;
        }
        if has_word {
            line.push(' ');
        }
        line.push_str(word);
        has_word = true;
    }
    if has_word || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    use super::*;

    #[test]
    fn right_to_left_lines_are_reordered_for_the_terminal() {
        // Logical "سلام Huquq" draws as "Huquq مالس" left to right: the Persian runs
        // right-to-left, the Latin word keeps its own order.
        let visual = visual("سلام \u{2068}Huquq\u{2069}", Level::rtl());
        assert_eq!(visual, "Huquq \u{645}\u{627}\u{644}\u{633}");
    }

    #[test]
    fn right_to_left_paragraphs_align_right() {
        let printer = Printer::new(30, true, false);
        let lines = printer.lines("حقوق خود را بشناسید", Direction::Rtl, "", "");
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].width(), 30);
        assert!(lines[0].starts_with(' '));
    }

    #[test]
    fn lam_alef_pairs_take_two_cells_on_a_terminal() {
        let printer = Printer::new(30, true, false);
        let lines = printer.lines("مطالب مرتبط", Direction::Rtl, "", "");
        assert_eq!(cells(&lines[0]), 30, "{lines:?}");
        let long = "مطالب مرتبط ".repeat(10);
        for line in printer.lines(&long, Direction::Rtl, "", "") {
            assert!(cells(&line) <= 30, "{line:?}");
        }
    }

    #[test]
    fn right_to_left_words_in_a_left_to_right_line_are_reordered() {
        let printer = Printer::new(80, true, false);
        let lines = printer.lines("Law — بررسی‌شده", Direction::Ltr, "", "");
        assert!(lines[0].starts_with("Law — "), "{lines:?}");
        assert!(lines[0].ends_with("یسررب"), "{lines:?}");
    }

    #[test]
    fn wide_text_wraps_by_display_width() {
        let printer = Printer::new(20, false, false);
        let lines = printer.lines("漢字漢字漢字漢字 漢字漢字漢字漢字", Direction::Ltr, "", "");
        // Ideographs count two columns each, and lines may break between them (UAX #14).
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.width() <= 20), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), "漢字".repeat(8));
    }

    #[test]
    fn piped_output_stays_in_logical_order() {
        let printer = Printer::new(80, false, false);
        let text = "سلام \u{2068}Huquq\u{2069}";
        assert_eq!(printer.lines(text, Direction::Rtl, "", ""), [text]);
    }
}
