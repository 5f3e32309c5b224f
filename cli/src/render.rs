//! Text on a terminal: wrapped to its width by display width (wide CJK and emoji count double),
//! styled when it is a terminal, and right-to-left lines laid out in visual order and aligned right,
//! since most terminals do not run the bidi algorithm themselves. Piped output stays in logical
//! order, untouched, for other programs.
use std::cell::RefCell;
use std::io::{IsTerminal, Write};

use huquq_core::l10n::Direction;
use unicode_bidi::{BidiInfo, Level};
use unicode_width::UnicodeWidthStr;

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
        // Styles are dropped on right-to-left lines: reordering would scatter the escape codes.
        let text = if rtl && self.color {
            strip_ansi(text)
        } else {
            text.to_owned()
        };
        let options = textwrap::Options::new(self.width)
            .initial_indent(first)
            .subsequent_indent(indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::wrap(&text, options)
            .into_iter()
            .map(|line| {
                if !rtl {
                    // Isolation marks only matter inside right-to-left text.
                    line.replace(ISOLATES, "")
                } else if self.terminal {
                    let visual = visual_rtl(&line);
                    let pad = self.width.saturating_sub(visual.width());
                    format!("{}{visual}", " ".repeat(pad))
                } else {
                    line.into_owned()
                }
            })
            .collect()
    }

    pub fn blank(&self) {
        self.println("");
    }
}

/// Writes to stdout; a closed pipe (`huquq read … | head`) just ends the output.
pub fn write_stdout(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush());
}

/// One right-to-left line in the order a terminal must draw it, left to right, with the
/// invisible isolation marks removed (many terminals draw them as boxes).
pub fn visual_rtl(line: &str) -> String {
    let info = BidiInfo::new(line, Some(Level::rtl()));
    let visual: String = info
        .paragraphs
        .iter()
        .map(|p| info.reorder_line(p, p.range.clone()).into_owned())
        .collect();
    visual.replace(ISOLATES, "").trim_end().to_owned()
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
    use super::*;

    #[test]
    fn right_to_left_lines_are_reordered_for_the_terminal() {
        // Logical "سلام Huquq" draws as "Huquq مالس" left to right: the Persian runs
        // right-to-left, the Latin word keeps its own order.
        let visual = visual_rtl("سلام \u{2068}Huquq\u{2069}");
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
