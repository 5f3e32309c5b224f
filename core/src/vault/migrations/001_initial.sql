-- Vault schema 1. Dates are ISO 8601 (YYYY-MM-DD); instants are RFC 3339 UTC. Ids are UUIDs so that
-- backups from two phones can be merged.
CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    relation TEXT NOT NULL CHECK (relation IN ('self', 'spouse', 'child', 'parent', 'relative', 'other')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('passport', 'residence_permit', 'residence_card', 'visa',
        'registration', 'work_permit', 'patent', 'fine_or_decision', 'receipt', 'court_paper', 'other')),
    number TEXT NOT NULL DEFAULT '',
    authority TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    expires_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (issued_on IS NULL OR expires_on IS NULL OR issued_on <= expires_on)
);
CREATE INDEX documents_by_expiry ON documents (expires_on);
CREATE INDEX documents_by_person ON documents (person_id, kind);

CREATE TABLE pages (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    image BLOB NOT NULL,
    thumbnail BLOB NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    original_sha256 TEXT NOT NULL,
    original_bytes INTEGER NOT NULL,
    captured_at TEXT NOT NULL,
    UNIQUE (document_id, position)
);
CREATE INDEX pages_by_hash ON pages (original_sha256);

CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    paid_on TEXT NOT NULL,
    payee TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    receipt_page_id TEXT REFERENCES pages (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX payments_by_document ON payments (document_id);
