use std::fs;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use super::file::{self, PinFile};
use super::*;

const PHONE: &[u8] = b"the phone's hardware key output, 32";
const OTHER_PHONE: &[u8] = b"another phone's hardware output, 32";

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_780_000_000, 0).unwrap()
}

fn stored(dir: &Path) -> PinFile {
    file::read(dir).unwrap().unwrap()
}

fn wrong(result: Result<DataKey>) -> Option<u32> {
    match result {
        Err(Error::WrongPin { attempts_left }) => attempts_left,
        Err(other) => panic!("expected a wrong PIN, got {other:?}"),
        Ok(_) => panic!("expected a wrong PIN, the vault opened"),
    }
}

#[test]
fn a_pin_unwraps_the_key_with_the_phones_secret_and_nothing_else_does() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    assert!(matches!(
        unlock(dir.path(), "135790", Some(PHONE), now()),
        Err(Error::PinNotSet)
    ));
    set_pin(dir.path(), &key, "135790", None, Some(PHONE)).unwrap();
    assert_eq!(state(dir.path()), PinState::Set { bound: true });
    assert_eq!(
        unlock(dir.path(), "135790", Some(PHONE), now()).unwrap(),
        key
    );
    assert_eq!(
        wrong(unlock(dir.path(), "246801", Some(PHONE), now())),
        Some(9)
    );

    // A copy of the files on another computer: the right PIN without the phone's secret (or with
    // another phone's) opens nothing, and is not even counted as a guess.
    let count = stored(dir.path()).failed_attempts;
    for secret in [None, Some(OTHER_PHONE)] {
        assert!(matches!(
            unlock(dir.path(), "135790", secret, now()),
            Err(Error::PinDeviceKeyLost)
        ));
    }
    assert_eq!(stored(dir.path()).failed_attempts, count);

    let text = fs::read_to_string(file::path(dir.path())).unwrap();
    assert!(!text.contains(&hex(key.as_bytes())), "never in the clear");
    assert!(
        !text.contains(&hex(PHONE)),
        "the phone's secret is not kept either"
    );
}

#[test]
fn a_pin_has_at_least_six_characters() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    for short in ["", "1234", "12345"] {
        assert!(matches!(
            set_pin(dir.path(), &key, short, None, Some(PHONE)),
            Err(Error::PinTooShort { min: 6 })
        ));
    }
    assert!(!has_pin(dir.path()));
    set_pin(dir.path(), &key, "123456", None, Some(PHONE)).unwrap();
    assert!(matches!(
        change_pin(dir.path(), "123456", "9876", Some(PHONE), now()),
        Err(Error::PinTooShort { min: 6 })
    ));
}

/// Without the phone's secret (the CLI on a computer) the PIN alone guards the key against a copy
/// of the files: it must be a passphrase that survives guessing anywhere.
#[test]
fn without_the_phones_secret_only_a_strong_passphrase_will_do() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    assert!(matches!(
        set_pin(dir.path(), &key, "246802", None, None),
        Err(Error::Invalid {
            problem: crate::error::Problem::TooWeak,
            ..
        })
    ));
    assert!(!has_pin(dir.path()));
    set_pin(dir.path(), &key, "Mali-Astana-2006-tea!", None, None).unwrap();
    assert_eq!(
        unlock(dir.path(), "Mali-Astana-2006-tea!", None, now()).unwrap(),
        key
    );
}

#[test]
fn changing_the_pin_rewraps_the_same_key_and_keeps_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    set_pin(dir.path(), &key, "246802", Some(5), Some(PHONE)).unwrap();
    change_pin(dir.path(), "246802", "9753197", Some(PHONE), now()).unwrap();
    assert_eq!(
        wrong(unlock(dir.path(), "246802", Some(PHONE), now())),
        Some(4)
    );
    assert_eq!(
        unlock(dir.path(), "9753197", Some(PHONE), now()).unwrap(),
        key
    );
    assert_eq!(
        stored(dir.path()).failed_attempts,
        0,
        "a right PIN resets the count"
    );
}

/// The attempt is written before the PIN is checked: when it cannot be written (a full disk,
/// here a folder where the temporary file must go), the attempt is refused, the right PIN
/// included, and the count on disk is unchanged.
#[test]
fn an_attempt_that_cannot_be_counted_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    set_pin(dir.path(), &key, "246802", Some(3), Some(PHONE)).unwrap();
    fs::create_dir(dir.path().join(PIN_TEMP_FILE)).unwrap();
    for pin in ["000000", "000000", "000000", "000000", "246802"] {
        assert!(matches!(
            unlock(dir.path(), pin, Some(PHONE), now()),
            Err(Error::Io(_))
        ));
    }
    assert_eq!(stored(dir.path()).failed_attempts, 0);
    fs::remove_dir(dir.path().join(PIN_TEMP_FILE)).unwrap();
    assert_eq!(
        unlock(dir.path(), "246802", Some(PHONE), now()).unwrap(),
        key
    );
}

/// Two attempts at once (two threads, or the CLI beside the app) each count.
#[test]
fn attempts_at_the_same_time_each_count() {
    let dir = Arc::new(tempfile::tempdir().unwrap());
    let key = DataKey::generate().unwrap();
    set_pin(dir.path(), &key, "246802", Some(10), Some(PHONE)).unwrap();
    let threads: Vec<_> = (0..3)
        .map(|_| {
            let dir = Arc::clone(&dir);
            std::thread::spawn(move || wrong(unlock(dir.path(), "111111", Some(PHONE), now())))
        })
        .collect();
    let mut left: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    left.sort();
    assert_eq!(left, vec![Some(7), Some(8), Some(9)]);
    assert_eq!(stored(dir.path()).failed_attempts, 3);
}

#[test]
fn wrong_pins_bring_growing_waits_that_a_clock_moved_back_cannot_stretch() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    set_pin(dir.path(), &key, "246802", None, Some(PHONE)).unwrap();
    let mut at = now();
    for left in [9, 8, 7] {
        assert_eq!(
            wrong(unlock(dir.path(), "111111", Some(PHONE), at)),
            Some(left)
        );
    }
    assert_eq!(
        wrong(unlock(dir.path(), "111111", Some(PHONE), at)),
        Some(6)
    );
    // The fourth wrong PIN in a row: half a minute before the next try, the right PIN included,
    // and a refused try is not counted.
    assert!(matches!(
        unlock(dir.path(), "246802", Some(PHONE), at),
        Err(Error::PinWait { seconds: 30 })
    ));
    at += Duration::seconds(10);
    assert!(matches!(
        unlock(dir.path(), "111111", Some(PHONE), at),
        Err(Error::PinWait { seconds: 20 })
    ));
    assert_eq!(stored(dir.path()).failed_attempts, 4);
    at += Duration::seconds(20);
    assert_eq!(
        wrong(unlock(dir.path(), "111111", Some(PHONE), at)),
        Some(5)
    );
    // The clock set back a year: the wait is the fifth failure's minute, from now.
    let back = at - Duration::days(365);
    assert!(matches!(
        unlock(dir.path(), "246802", Some(PHONE), back),
        Err(Error::PinWait { seconds: 60 })
    ));
    assert_eq!(
        unlock(
            dir.path(),
            "246802",
            Some(PHONE),
            back + Duration::seconds(60)
        )
        .unwrap(),
        key
    );
    assert_eq!(stored(dir.path()).not_before, None);
    assert_eq!(delay_after(9), 3 * 60 * 60);
}

#[test]
fn the_limit_locks_the_pin_out_for_good_and_leaves_the_database_alone() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    fs::write(dir.path().join("vault.sqlite3"), b"the database").unwrap();
    set_pin(dir.path(), &key, "246802", Some(3), Some(PHONE)).unwrap();
    assert_eq!(
        wrong(unlock(dir.path(), "000000", Some(PHONE), now())),
        Some(2)
    );
    assert_eq!(
        wrong(unlock(dir.path(), "000000", Some(PHONE), now())),
        Some(1)
    );
    assert!(matches!(
        unlock(dir.path(), "000000", Some(PHONE), now()),
        Err(Error::TooManyAttempts)
    ));
    let file = stored(dir.path());
    assert!(file.locked_out);
    assert!(file.wrapped_key.is_empty() && file.salt.is_empty() && file.nonce.is_empty());
    assert_eq!(state(dir.path()), PinState::LockedOut);
    assert!(matches!(
        unlock(dir.path(), "246802", Some(PHONE), now()),
        Err(Error::TooManyAttempts)
    ));
    assert_eq!(
        fs::read(dir.path().join("vault.sqlite3")).unwrap(),
        b"the database"
    );
}

/// A kill after the last allowed attempt was counted but before the lock-out was written: the
/// next attempt locks out without checking the PIN, even the right one.
#[test]
fn a_kill_before_the_lock_out_is_written_still_locks_out() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    set_pin(dir.path(), &key, "246802", Some(3), Some(PHONE)).unwrap();
    let mut file = stored(dir.path());
    file.failed_attempts = 3;
    file::write(dir.path(), &file).unwrap();
    assert!(matches!(
        unlock(dir.path(), "246802", Some(PHONE), now()),
        Err(Error::TooManyAttempts)
    ));
    assert_eq!(state(dir.path()), PinState::LockedOut);
}

/// A file from before version 2 (the PIN alone, no limit) still opens, and is then wrapped again
/// with the phone's secret and the default limit.
#[test]
fn an_older_pin_file_opens_and_is_bound_to_the_phone() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    let mut file = wrapped(&key, "246802", 10, None).unwrap();
    file.version = 1;
    file.max_attempts = None;
    file::write(dir.path(), &file).unwrap();
    assert_eq!(state(dir.path()), PinState::Set { bound: false });
    assert_eq!(
        wrong(unlock(dir.path(), "000000", Some(PHONE), now())),
        Some(9)
    );
    assert_eq!(
        unlock(dir.path(), "246802", Some(PHONE), now()).unwrap(),
        key
    );
    let upgraded = stored(dir.path());
    assert_eq!(upgraded.version, file::VERSION);
    assert_eq!(upgraded.max_attempts, Some(DEFAULT_MAX_ATTEMPTS));
    assert_eq!(state(dir.path()), PinState::Set { bound: true });
    assert!(matches!(
        unlock(dir.path(), "246802", None, now()),
        Err(Error::PinDeviceKeyLost)
    ));
    assert_eq!(
        unlock(dir.path(), "246802", Some(PHONE), now()).unwrap(),
        key
    );
}

/// Older versions allowed four digits: such a PIN, typed right, keeps opening the vault (bound to
/// the phone now) and never counts towards the limit.
#[test]
fn an_older_four_digit_pin_typed_right_never_counts() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    let mut file = wrapped_as_typed(&key, "2468", 10, None).unwrap();
    file.version = 1;
    file::write(dir.path(), &file).unwrap();
    for _ in 0..(DEFAULT_MAX_ATTEMPTS + 2) {
        assert_eq!(unlock(dir.path(), "2468", Some(PHONE), now()).unwrap(), key);
        assert_eq!(stored(dir.path()).failed_attempts, 0);
    }
    assert_eq!(state(dir.path()), PinState::Set { bound: true });
}

/// An older file without a limit had counted wrong PINs with none: the limit it gets now starts
/// from zero, rather than locking out at once.
#[test]
fn an_older_count_without_a_limit_does_not_lock_out() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    let mut file = wrapped(&key, "246802", 10, None).unwrap();
    file.version = 1;
    file.max_attempts = None;
    file.failed_attempts = 25;
    file::write(dir.path(), &file).unwrap();
    assert_eq!(
        wrong(unlock(dir.path(), "000000", Some(PHONE), now())),
        Some(DEFAULT_MAX_ATTEMPTS - 1)
    );
    assert_eq!(
        unlock(dir.path(), "246802", Some(PHONE), now()).unwrap(),
        key
    );
}

/// A PIN file that cannot be read for a moment (a storage error) is not a lost key.
#[test]
fn a_pin_file_unreadable_for_now_is_not_a_lock_out() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should be: reading it fails with a storage error, not a parse.
    fs::create_dir(dir.path().join(PIN_FILE)).unwrap();
    assert_eq!(state(dir.path()), PinState::Unreadable);
    assert!(has_pin(dir.path()));
}

#[test]
fn a_damaged_pin_file_is_refused_without_work_and_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    let passphrase = "correct horse battery staple";
    set_pin(dir.path(), &key, passphrase, None, None).unwrap();
    assert_eq!(state(dir.path()), PinState::Set { bound: false });
    let mut file = stored(dir.path());
    file.memory_kib = u32::MAX;
    file::write(dir.path(), &file).unwrap();
    assert!(matches!(
        unlock(dir.path(), "246802", None, now()),
        Err(Error::InvalidKey)
    ));
    assert_eq!(
        stored(dir.path()).failed_attempts,
        0,
        "refused before any work"
    );

    fs::write(file::path(dir.path()), b"{not json").unwrap();
    assert!(matches!(
        unlock(dir.path(), passphrase, None, now()),
        Err(Error::InvalidKey)
    ));
    assert_eq!(state(dir.path()), PinState::LockedOut);
    assert_eq!(fs::read(file::path(dir.path())).unwrap(), b"{not json");
}
