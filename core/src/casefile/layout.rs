//! Pages: paragraphs, pictures and rules placed one under the other on A4 pages, a new page when
//! the next thing does not fit, and a footer on each page once their number is known. What comes
//! out is a list of marks per page; `render` turns them into PDF.
use krilla::Data;
use krilla::image::Image;

use super::fonts::Fonts;
use super::text::{Colour, GlyphRun, Span, Style, set_paragraph};
use crate::l10n::Direction;

/// A4 in points.
pub(crate) const PAGE_WIDTH: f32 = 595.28;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 52.0;
/// Room kept at the bottom of each page for its footer.
const FOOTER_ROOM: f32 = 30.0;
/// A picture never takes more of a page's height than this, so its caption stays beside it.
const MAX_IMAGE_SHARE: f32 = 0.62;

/// Room above and below a picture.
const PICTURE_MARGIN: f32 = 3.0;

/// A picture ready to place, and the height it takes with its margins.
pub(crate) struct Picture {
    image: Image,
    width: f32,
    pub height: f32,
}

/// Something drawn on a page, in points from the page's top left corner.
pub(crate) enum Mark {
    /// A run of glyphs, its baseline at `baseline`.
    Text {
        x: f32,
        baseline: f32,
        run: GlyphRun,
    },
    Image {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        image: Image,
    },
    /// A filled rectangle: rules and the bar beside a heading.
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        colour: Colour,
    },
}

#[derive(Default)]
pub(crate) struct LaidPage {
    pub marks: Vec<Mark>,
}

/// Where a paragraph goes and how much room it keeps around it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Placement {
    /// Its own direction; `None` takes it from its first strong letter.
    pub direction: Option<Direction>,
    /// From the start margin (the right one for right-to-left text).
    pub indent: f32,
    pub space_before: f32,
    pub space_after: f32,
}

pub(crate) struct Composer<'f> {
    fonts: &'f Fonts,
    pages: Vec<LaidPage>,
    /// How far down the current page is filled.
    y: f32,
}

impl<'f> Composer<'f> {
    pub(crate) fn new(fonts: &'f Fonts) -> Composer<'f> {
        Composer {
            fonts,
            pages: vec![LaidPage::default()],
            y: MARGIN,
        }
    }

    fn bottom() -> f32 {
        PAGE_HEIGHT - MARGIN - FOOTER_ROOM
    }

    fn width() -> f32 {
        PAGE_WIDTH - 2.0 * MARGIN
    }

    fn page(&mut self) -> &mut LaidPage {
        if self.pages.is_empty() {
            self.pages.push(LaidPage::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(LaidPage::default());
        self.y = MARGIN;
    }

    /// Empty room under what is there.
    pub(crate) fn space(&mut self, points: f32) {
        self.y += points;
    }

    /// Starts a new page unless `height` points still fit on this one: a heading is kept with
    /// the first lines under it.
    pub(crate) fn keep(&mut self, height: f32) {
        if self.y + height > Self::bottom() && self.y > MARGIN {
            self.new_page();
        }
    }

    /// Sets `spans` as a paragraph and places its lines, breaking to a new page between lines.
    pub(crate) fn paragraph(&mut self, spans: &[Span], placement: Placement) {
        if spans.iter().all(|span| span.text.trim().is_empty()) {
            return;
        }
        let width = Self::width() - placement.indent;
        let set = set_paragraph(self.fonts, spans, placement.direction, width);
        self.y += placement.space_before;
        for line in set.lines {
            let height = line.height();
            if self.y + height > Self::bottom() && self.y > MARGIN {
                self.new_page();
            }
            let x = if set.right_to_left {
                MARGIN + Self::width() - placement.indent - line.width
            } else {
                MARGIN + placement.indent
            };
            let baseline = self.y + line.ascent;
            for run in line.runs {
                let run_x = x + run.x;
                self.page().marks.push(Mark::Text {
                    x: run_x,
                    baseline,
                    run,
                });
            }
            self.y += height;
        }
        self.y += placement.space_after;
    }

    /// A picture as wide as the text (or as tall as a page allows), to be placed with `place`.
    /// `None` when the bytes are not a JPEG the PDF can carry.
    pub(crate) fn picture(jpeg: Vec<u8>) -> Option<Picture> {
        let image = Image::from_jpeg(Data::from(jpeg), true).ok()?;
        let (pixels_wide, pixels_high) = image.size();
        if pixels_wide == 0 || pixels_high == 0 {
            return None;
        }
        let max_height = (PAGE_HEIGHT - 2.0 * MARGIN - FOOTER_ROOM) * MAX_IMAGE_SHARE;
        let scale = (Self::width() / pixels_wide as f32).min(max_height / pixels_high as f32);
        Some(Picture {
            image,
            width: pixels_wide as f32 * scale,
            height: pixels_high as f32 * scale + 2.0 * PICTURE_MARGIN,
        })
    }

    /// Places a picture whole, on the next page if it does not fit on this one.
    pub(crate) fn place(&mut self, picture: Picture) {
        self.keep(picture.height);
        let (x, y) = (MARGIN, self.y + PICTURE_MARGIN);
        self.page().marks.push(Mark::Image {
            x,
            y,
            width: picture.width,
            height: picture.height - 2.0 * PICTURE_MARGIN,
            image: picture.image,
        });
        self.y += picture.height;
    }

    /// A thin line across the text.
    pub(crate) fn rule(&mut self, colour: Colour, space: f32) {
        self.keep(space * 2.0 + 1.0);
        self.y += space;
        let y = self.y;
        self.page().marks.push(Mark::Rect {
            x: MARGIN,
            y,
            width: Self::width(),
            height: 0.6,
            colour,
        });
        self.y += 0.6 + space;
    }

    /// The pages, each with the footer `footer(page, pages)` gives (numbered from 1).
    pub(crate) fn finish(
        mut self,
        footer: &dyn Fn(usize, usize) -> (Vec<Span>, Direction),
    ) -> Vec<LaidPage> {
        let total = self.pages.len();
        let fonts = self.fonts;
        for (index, page) in self.pages.iter_mut().enumerate() {
            let (spans, direction) = footer(index + 1, total);
            let set = set_paragraph(fonts, &spans, Some(direction), Self::width());
            let mut y = PAGE_HEIGHT - MARGIN - FOOTER_ROOM + 12.0;
            for line in set.lines {
                let x = if set.right_to_left {
                    MARGIN + Self::width() - line.width
                } else {
                    MARGIN
                };
                let baseline = y + line.ascent;
                y += line.height();
                for run in line.runs {
                    page.marks.push(Mark::Text {
                        x: x + run.x,
                        baseline,
                        run,
                    });
                }
            }
        }
        self.pages
    }
}

impl Style {
    pub(crate) const fn new(size: f32, bold: bool, colour: Colour) -> Style {
        Style { size, bold, colour }
    }
}
