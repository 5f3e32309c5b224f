//! Laid-out pages to PDF bytes, with krilla: each run of glyphs written as real text (its font
//! embedded as a subset, each glyph mapped back to the letters it stands for, so a lawyer can
//! search and copy), each page picture embedded as the JPEG the vault holds.
//!
//! The document says nothing about the phone that made it: no producer, no creator, no dates, no
//! author; only a title and a language.
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};

use super::fonts::Fonts;
use super::layout::{LaidPage, Mark, PAGE_HEIGHT, PAGE_WIDTH};
use super::text::Colour;
use crate::error::{Error, Result};

pub(crate) fn pdf(
    fonts: &Fonts,
    pages: Vec<LaidPage>,
    title: &str,
    language: &str,
) -> Result<Vec<u8>> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language(language.to_owned()),
    );
    for laid in pages {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| Error::Content("the case file's page size is invalid".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for mark in laid.marks {
            match mark {
                Mark::Text { x, baseline, run } => {
                    surface.set_fill(Some(fill(run.style.colour)));
                    let face = fonts.face(run.script, run.style.bold);
                    surface.draw_glyphs(
                        Point::from_xy(x, baseline),
                        &run.glyphs,
                        face.pdf.clone(),
                        &run.text,
                        run.size,
                        false,
                    );
                }
                Mark::Image {
                    x,
                    y,
                    width,
                    height,
                    image,
                } => {
                    let Some(size) = Size::from_wh(width, height) else {
                        continue;
                    };
                    surface.push_transform(&krilla::geom::Transform::from_translate(x, y));
                    surface.draw_image(image, size);
                    surface.pop();
                }
                Mark::Rect {
                    x,
                    y,
                    width,
                    height,
                    colour,
                } => {
                    let Some(rect) = Rect::from_xywh(x, y, width, height) else {
                        continue;
                    };
                    let mut builder = PathBuilder::new();
                    builder.push_rect(rect);
                    if let Some(path) = builder.finish() {
                        surface.set_fill(Some(fill(colour)));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| Error::Content(format!("the case file could not be written: {e:?}")))
}

fn fill(colour: Colour) -> Fill {
    Fill {
        paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::default(),
    }
}
