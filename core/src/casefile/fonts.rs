//! The case file's fonts, compiled into the library (core/fonts, cut down by
//! scripts/subset-fonts.sh): Roboto for Latin and Cyrillic, Noto Naskh Arabic for Arabic, each
//! regular and bold. A phone's own fonts are not used, so a case file looks the same and embeds the
//! same glyphs whichever phone or computer makes it.
use std::sync::OnceLock;

use crate::error::{Error, Result};

include!(concat!(env!("OUT_DIR"), "/embedded_fonts.rs"));

/// A font file compressed at build time, and its length unpacked.
pub(super) struct PackedFont {
    deflated: &'static [u8],
    len: usize,
}

/// One font, ready both to shape text (rustybuzz) and to be embedded in a PDF (krilla).
pub(crate) struct Face {
    pub(crate) shaper: rustybuzz::Face<'static>,
    pub(crate) pdf: krilla::text::Font,
    pub(crate) units_per_em: f32,
    /// How much larger than the nominal size this face is set. Naskh's letters are small for
    /// their em; set at the same size as Roboto they read a size smaller.
    pub(crate) scale: f32,
}

impl Face {
    fn load(packed: &PackedFont, name: &str, scale: f32) -> std::result::Result<Face, String> {
        let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(packed.deflated, packed.len)
            .map_err(|e| format!("embedded font {name} does not unpack: {e:?}"))?;
        // Unpacked once per process and kept for its life (the fonts live in a `OnceLock`): the
        // shaper borrows the bytes and krilla shares them, so neither copies them.
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        let shaper = rustybuzz::Face::from_slice(bytes, 0)
            .ok_or_else(|| format!("embedded font {name} cannot be read"))?;
        let pdf = krilla::text::Font::new(bytes.into(), 0)
            .ok_or_else(|| format!("embedded font {name} cannot be embedded"))?;
        let units_per_em = shaper.units_per_em() as f32;
        Ok(Face {
            shaper,
            pdf,
            units_per_em,
            scale,
        })
    }

    /// Whether the font draws `c` (rather than its empty box).
    pub(crate) fn has(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }
}

/// The four faces. Arabic letters take the Arabic face; every other letter the Latin one.
pub(crate) struct Fonts {
    pub(crate) latin: Face,
    pub(crate) latin_bold: Face,
    pub(crate) arabic: Face,
    pub(crate) arabic_bold: Face,
}

impl Fonts {
    pub(crate) fn face(&self, script: Script, bold: bool) -> &Face {
        match (script, bold) {
            (Script::Arabic, false) => &self.arabic,
            (Script::Arabic, true) => &self.arabic_bold,
            (Script::Other, false) => &self.latin,
            (Script::Other, true) => &self.latin_bold,
        }
    }
}

/// Which of the two families a piece of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Arabic,
    Other,
}

/// Measured by eye on the rendered sample (docs/casefile-sample.png): Arabic at 1.15 times the size
/// matches the Cyrillic's visual height.
const ARABIC_SCALE: f32 = 1.15;

static FONTS: OnceLock<std::result::Result<Fonts, String>> = OnceLock::new();

/// The fonts, unpacked on first use. They are compiled in, so an error means a damaged library:
/// it is reported as such, never a panic.
pub(crate) fn fonts() -> Result<&'static Fonts> {
    FONTS
        .get_or_init(|| {
            Ok(Fonts {
                latin: Face::load(&LATIN_REGULAR, "Roboto-Regular", 1.0)?,
                latin_bold: Face::load(&LATIN_BOLD, "Roboto-Bold", 1.0)?,
                arabic: Face::load(&ARABIC_REGULAR, "NotoNaskhArabic-Regular", ARABIC_SCALE)?,
                arabic_bold: Face::load(&ARABIC_BOLD, "NotoNaskhArabic-Bold", ARABIC_SCALE)?,
            })
        })
        .as_ref()
        .map_err(|detail| Error::Content(detail.clone()))
}
