//! How a document's expiry date looks on a given day: one window, defined here only.
use chrono::{Days, NaiveDate};

use crate::l10n::{Localizer, args};
use crate::screens::model::ExpiryState;

/// Renewals take weeks: two months' warning leaves time to apply.
pub const EXPIRES_SOON_DAYS: u64 = 60;

/// A document is valid through its expiry day. An unreadable date claims nothing (the vault only
/// stores real dates).
pub fn state(expires_on: Option<&str>, today: NaiveDate) -> ExpiryState {
    let Some(expiry) =
        expires_on.and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
    else {
        return ExpiryState::NoExpiry;
    };
    let soon = today
        .checked_add_days(Days::new(EXPIRES_SOON_DAYS))
        .unwrap_or(NaiveDate::MAX);
    if expiry < today {
        ExpiryState::Expired
    } else if expiry <= soon {
        ExpiryState::ExpiresSoon
    } else {
        ExpiryState::Valid
    }
}

/// "Expired on …", "Expires soon: …", "Valid until …", "no expiry date".
pub fn text(l10n: &Localizer, state: ExpiryState, expires_on: Option<&str>) -> String {
    let id = match state {
        ExpiryState::Expired => "vault-expired-on",
        ExpiryState::ExpiresSoon => "vault-expires-soon",
        ExpiryState::Valid => "vault-valid-until",
        ExpiryState::NoExpiry => return l10n.ui("vault-no-expiry"),
    };
    let date = expires_on.unwrap_or_default().trim().to_owned();
    l10n.ui_with(id, Some(&args(&[("date", date.into())])))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn each_state_and_the_windows_edges() {
        let today = day("2026-12-06");
        let at = |date: &str| state(Some(date), today);
        assert_eq!(at("2026-12-05"), ExpiryState::Expired, "yesterday");
        assert_eq!(
            at("2026-12-06"),
            ExpiryState::ExpiresSoon,
            "the day itself is valid"
        );
        assert_eq!(
            at("2027-02-04"),
            ExpiryState::ExpiresSoon,
            "60 days ahead: inside"
        );
        assert_eq!(
            at("2027-02-05"),
            ExpiryState::Valid,
            "61 days ahead: outside"
        );
        assert_eq!(state(None, today), ExpiryState::NoExpiry);
        assert_eq!(state(Some(""), today), ExpiryState::NoExpiry);
        assert_eq!(state(Some("2027-02-30"), today), ExpiryState::NoExpiry);
    }
}
