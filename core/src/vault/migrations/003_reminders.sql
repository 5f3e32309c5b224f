-- Vault schema 3: what reminders need. Events a person records (a move, a decision received, an
-- entry into the country), each for the procedure it starts; the user's choices per deadline
-- (reminder days, done, snoozed); and settings such as the reminder time and time zone.
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    procedure_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('moved', 'decision_received', 'passport_handed_over',
        'entered_country', 'left_country', 'job_changed')),
    happened_on TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX events_by_person ON events (person_id, procedure_id, happened_on);

-- Keyed by the deadline's stable id. `done_for` and `snoozed_for` hold the due date the choice was
-- made for: when a document gets a new expiry date, an old "done" no longer silences the new one.
CREATE TABLE deadline_choices (
    deadline_id TEXT PRIMARY KEY,
    offsets TEXT,
    done_for TEXT,
    snoozed_until TEXT,
    snoozed_for TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
