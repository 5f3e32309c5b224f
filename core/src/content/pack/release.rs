//! Which content is newer: a content release is a date and a serial number for that day
//! (`2026-12-07.1`), written in `catalog.json` and in every pack's manifest. Packs may only move
//! content forward, so an old pack (with old, possibly harmful law) can never replace newer text.
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ContentRelease {
    pub date: NaiveDate,
    pub serial: u32,
}

impl FromStr for ContentRelease {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let wrong = || format!("{text:?} is not a content release (YYYY-MM-DD.N, N from 1)");
        let (date, serial) = text.split_once('.').ok_or_else(wrong)?;
        // Exactly ten characters: chrono would also read "2026-1-7" or "+2026-01-07".
        if date.len() != 10 || !serial.bytes().all(|b| b.is_ascii_digit()) || serial.len() > 4 {
            return Err(wrong());
        }
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|_| wrong())?;
        let serial: u32 = serial.parse().map_err(|_| wrong())?;
        if serial == 0 {
            return Err(wrong());
        }
        Ok(ContentRelease { date, serial })
    }
}

impl fmt::Display for ContentRelease {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.date.format("%Y-%m-%d"), self.serial)
    }
}

impl Serialize for ContentRelease {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ContentRelease {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// An app version, `major.minor.patch`, compared as numbers ("0.10.0" is after "0.9.0").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct AppVersion(pub u32, pub u32, pub u32);

impl AppVersion {
    /// This build of the core.
    pub fn current() -> AppVersion {
        env!("CARGO_PKG_VERSION")
            .parse()
            .expect("Cargo's package version is major.minor.patch")
    }
}

impl FromStr for AppVersion {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let wrong = || format!("{text:?} is not an app version (major.minor.patch)");
        let mut parts = text.split('.').map(|part| {
            if part.is_empty() || part.len() > 6 || !part.bytes().all(|b| b.is_ascii_digit()) {
                Err(wrong())
            } else {
                part.parse::<u32>().map_err(|_| wrong())
            }
        });
        let version = AppVersion(
            parts.next().ok_or_else(wrong)??,
            parts.next().ok_or_else(wrong)??,
            parts.next().ok_or_else(wrong)??,
        );
        match parts.next() {
            None => Ok(version),
            Some(_) => Err(wrong()),
        }
    }
}

impl fmt::Display for AppVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

impl Serialize for AppVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AppVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn release(text: &str) -> ContentRelease {
        text.parse().unwrap()
    }

    #[test]
    fn releases_order_by_date_then_serial() {
        assert!(release("2026-12-07.2") > release("2026-12-07.1"));
        assert!(release("2026-12-08.1") > release("2026-12-07.10"));
        assert!(release("2026-12-07.10") > release("2026-12-07.9"));
        assert_eq!(release("2026-12-07.3").to_string(), "2026-12-07.3");
    }

    #[test]
    fn malformed_releases_are_refused() {
        for bad in [
            "",
            "2026-12-07",
            "2026-12-07.0",
            "2026-12-07.",
            "2026-12-07.+1",
            "2026-12-07.-1",
            "2026-1-07.1",
            "+2026-12-07.1",
            "2026-02-30.1",
            "2026-12-07.99999",
            "2026-12-07.1.1",
        ] {
            assert!(bad.parse::<ContentRelease>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn app_versions_compare_as_numbers() {
        let v = |t: &str| t.parse::<AppVersion>().unwrap();
        assert!(v("0.10.0") > v("0.9.9"));
        assert!(v("1.0.0") > v("0.99.99"));
        assert!(AppVersion::current() >= v("0.1.0"));
        for bad in [
            "",
            "1",
            "1.2",
            "1.2.3.4",
            "1..3",
            "a.b.c",
            "1.2.-3",
            "1.2.3-beta",
        ] {
            assert!(bad.parse::<AppVersion>().is_err(), "{bad:?}");
        }
    }
}
