//! The gate in front of every vault screen: from what the core knows (is there a vault, a PIN, is
//! it open) and what only the shell knows (is the phone's key stored, did it fail), what to show
//! and which actions exist.
use crate::l10n::Localizer;
use crate::screens::model::{GateAction, GateButton, GateFacts, GateState, VaultGate};
use crate::vault::pin::PinState;

/// What the core knows about the vault.
#[derive(Debug, Clone, Copy)]
pub struct VaultFacts {
    pub open: bool,
    pub exists: bool,
    pub pin: PinState,
}

pub fn decide(vault: VaultFacts, phone: GateFacts) -> GateState {
    if vault.open {
        GateState::Open
    } else if !vault.exists {
        GateState::Create
    } else if let PinState::Set { bound } = vault.pin {
        if bound && !phone.pin_secret_stored {
            // The PIN needs the phone's secret, and it is gone: no PIN can open the vault.
            GateState::KeyLost
        } else {
            GateState::Pin
        }
    } else if vault.pin == PinState::Unreadable {
        // A storage error reading the PIN file: ask for the PIN; the attempt says what failed.
        GateState::Pin
    } else if vault.pin == PinState::LockedOut {
        // The attempt limit was reached: the PIN-wrapped key is gone for good.
        GateState::KeyLost
    } else if phone.phone_key_stored && !phone.phone_key_failed {
        GateState::PhoneKey
    } else {
        // The phone's key was there but could not open the vault: as lost as no key at all.
        GateState::KeyLost
    }
}

pub fn build(l10n: &Localizer, vault: VaultFacts, phone: GateFacts) -> VaultGate {
    let state = decide(vault, phone);
    let button = |action, label: &str, confirm: Option<&str>| GateButton {
        action,
        label: l10n.ui(label),
        confirm: confirm.map(|c| l10n.ui(c)),
    };
    let (text, pin_label, buttons) = match state {
        GateState::Open => (None, None, vec![]),
        GateState::Create => (
            Some(l10n.ui("vault-gate-intro")),
            None,
            vec![button(GateAction::CreateVault, "vault-gate-create", None)],
        ),
        GateState::Pin => (
            None,
            Some(l10n.ui("vault-gate-pin-prompt")),
            vec![button(GateAction::UnlockWithPin, "vault-gate-unlock", None)],
        ),
        GateState::PhoneKey => (
            None,
            None,
            vec![button(
                GateAction::OpenWithPhoneKey,
                "vault-gate-unlock",
                None,
            )],
        ),
        GateState::KeyLost => (
            Some(l10n.ui("vault-gate-key-lost")),
            None,
            vec![button(
                GateAction::StartOver,
                "vault-gate-start-over",
                Some("vault-gate-start-over-confirm"),
            )],
        ),
    };
    VaultGate {
        state,
        title: l10n.ui("vault-title"),
        text,
        pin_label,
        buttons,
        // Only on a PIN file read whole: a storage error must not cost the only key.
        discard_phone_key: matches!(vault.pin, PinState::Set { .. } | PinState::LockedOut)
            && phone.phone_key_stored,
        direction: l10n.direction(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_gate_decision() {
        let vault = |open, exists, pin| VaultFacts { open, exists, pin };
        let phone = |stored, failed, secret| GateFacts {
            phone_key_stored: stored,
            phone_key_failed: failed,
            pin_secret_stored: secret,
        };
        let bound = PinState::Set { bound: true };
        let unbound = PinState::Set { bound: false };
        let none = PinState::None;
        assert_eq!(
            decide(vault(true, true, bound), phone(false, true, false)),
            GateState::Open
        );
        assert_eq!(
            decide(vault(false, false, none), phone(true, false, true)),
            GateState::Create
        );
        // A PIN is asked for even when the phone also holds the key.
        assert_eq!(
            decide(vault(false, true, bound), phone(true, false, true)),
            GateState::Pin
        );
        assert_eq!(
            decide(vault(false, true, unbound), phone(false, false, false)),
            GateState::Pin
        );
        // A PIN that needs the phone's secret, which is gone.
        assert_eq!(
            decide(vault(false, true, bound), phone(true, false, false)),
            GateState::KeyLost
        );
        // The limit was reached: even the phone's key (an old version's) does not open it.
        assert_eq!(
            decide(
                vault(false, true, PinState::LockedOut),
                phone(true, false, true)
            ),
            GateState::KeyLost
        );
        // The PIN file could not be read just now: the PIN is asked for, nothing is concluded.
        assert_eq!(
            decide(
                vault(false, true, PinState::Unreadable),
                phone(true, false, false)
            ),
            GateState::Pin
        );
        assert_eq!(
            decide(vault(false, true, none), phone(true, false, false)),
            GateState::PhoneKey
        );
        assert_eq!(
            decide(vault(false, true, none), phone(true, true, false)),
            GateState::KeyLost
        );
        assert_eq!(
            decide(vault(false, true, none), phone(false, false, false)),
            GateState::KeyLost
        );
    }
}
