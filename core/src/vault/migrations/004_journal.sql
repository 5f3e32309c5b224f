-- Vault schema 4: the encounter journal, a tamper-evident record of dealings with officials.
-- Entries are appended and never changed or deleted (a correction is a new entry): each holds its
-- content as canonical JSON (`body`) and the SHA-256 of that body chained to the previous entry's
-- hash (core/src/journal/chain.rs). `chain` names the journal an entry belongs to: this vault's
-- own, or one a restored backup brought from another vault; positions count from 1 in a chain.
CREATE TABLE journal_entries (
    id TEXT PRIMARY KEY,
    chain TEXT NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 1),
    body TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (chain, position)
);

-- The app never rewrites an entry; these make a bug that tried fail instead of silently breaking
-- the chain. (Someone holding the vault's key can drop them: that is what `verify` is for.)
CREATE TRIGGER journal_entries_never_change BEFORE UPDATE ON journal_entries
BEGIN
    SELECT RAISE(ABORT, 'journal entries are never changed');
END;
CREATE TRIGGER journal_entries_never_deleted BEFORE DELETE ON journal_entries
BEGIN
    SELECT RAISE(ABORT, 'journal entries are never deleted');
END;
