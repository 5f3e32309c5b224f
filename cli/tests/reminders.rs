//! `huquq reminders`, `event`, `checklist` and `calendar` as a script uses them.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn huquq(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("huquq").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd.env("HUQUQ_PASSPHRASE", "correct horse");
    cmd.arg("--data-dir").arg(data);
    cmd
}

fn ok(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn json(cmd: &mut Command) -> Value {
    serde_json::from_str(&ok(cmd)).unwrap()
}

/// A date a fixed number of days from today (UTC, the zone the test sets), so the test does not
/// age.
fn in_days(days: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::TimeDelta::days(days)).to_string()
}

#[test]
fn deadlines_checklists_and_a_calendar_from_the_terminal() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    ok(huquq(d).args(["vault", "init"]));
    ok(huquq(d).args(["reminders", "settings", "--zone", "UTC"]));
    ok(huquq(d)
        .args([
            "vault",
            "add",
            "--kind",
            "residence-card",
            "--number",
            "RC 77",
        ])
        .args(["--expires", &in_days(200)]));
    ok(huquq(d).args([
        "event",
        "add",
        "kz-address-registration",
        "--on",
        &in_days(-2),
    ]));

    let screen = json(huquq(d).args(["reminders", "--json"]));
    let deadlines = screen["deadlines"].as_array().unwrap();
    assert_eq!(deadlines.len(), 2, "{screen}");
    // Soonest first: the new address (8 days left), then the card (one calendar month before it
    // ends, 169 to 172 days from now depending on the months in between).
    assert_eq!(deadlines[0]["procedure_id"], "kz-address-registration");
    assert_eq!(deadlines[0]["days_left"], 8);
    let today = chrono::Utc::now().date_naive();
    let ends = today + chrono::TimeDelta::days(200);
    let renew_by = ends.checked_sub_months(chrono::Months::new(1)).unwrap();
    assert_eq!(deadlines[1]["days_left"], (renew_by - today).num_days());

    let next = json(huquq(d).args(["reminders", "next", "--limit", "3", "--json"]));
    assert_eq!(next.as_array().unwrap().len(), 3);
    assert!(!next.to_string().contains("RC 77"));

    let text = ok(huquq(d).args(["checklist", "kz-residence-card-renewal", "--lang", "ru"]));
    assert!(text.contains("Основание"), "{text}");
    let list = json(huquq(d).args(["checklist", "kz-residence-card-renewal", "--json"]));
    assert_eq!(list["required"][0]["state"], "missing", "{list}");

    let file = d.join("deadlines.ics");
    let said = ok(huquq(d).args(["calendar", "export"]).arg(&file));
    assert!(said.contains("2 deadlines"), "{said}");
    let ics = std::fs::read_to_string(&file).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR") && ics.contains("BEGIN:VALARM"));

    // The procedures, without a vault.
    let procedures = json(huquq(d).args(["checklist", "--json"]));
    assert!(procedures.as_array().unwrap().len() >= 6);
}

#[test]
fn bad_settings_and_dates_are_refused_with_a_localized_error() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    ok(huquq(d).args(["vault", "init"]));
    for (args, expected) in [
        (
            vec!["reminders", "settings", "--zone", "Asia/Atlantis"],
            "Часовой пояс",
        ),
        (
            vec!["reminders", "settings", "--time", "25:00"],
            "Время напоминания",
        ),
        (
            vec!["reminders", "settings", "--days", "400"],
            "За сколько дней",
        ),
        (
            vec!["event", "add", "kz-appeal-penalty", "--on", "2027-02-30"],
            "2027-02-28",
        ),
    ] {
        let output = huquq(d)
            .args(&args)
            .args(["--lang", "ru"])
            .output()
            .unwrap();
        assert!(!output.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    let settings = json(huquq(d).args(["reminders", "--json"]));
    assert!(
        settings["settings_text"]
            .as_str()
            .unwrap()
            .contains("Asia/Almaty")
    );
}
