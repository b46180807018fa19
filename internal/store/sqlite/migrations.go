package sqlite

// migrations are the schema steps of a SQLite casebook, oldest first. Never
// edit a released step: append a new one. Timestamps are RFC 3339 text in
// UTC; booleans are 0/1 integers.
var migrations = []string{
	// 1: the archive, reports, incidents and the analysts' tables.
	`
CREATE TABLE documents (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	sha256       TEXT    NOT NULL UNIQUE,
	source       TEXT    NOT NULL DEFAULT '',
	name         TEXT    NOT NULL DEFAULT '',
	media_type   TEXT    NOT NULL DEFAULT '',
	encoding     TEXT    NOT NULL DEFAULT '',
	retrieved_at TEXT    NOT NULL DEFAULT '',
	raw          BLOB    NOT NULL,
	text         TEXT    NOT NULL DEFAULT '',
	processed    INTEGER NOT NULL DEFAULT 0 CHECK (processed IN (0, 1))
);
CREATE INDEX documents_unprocessed ON documents (id) WHERE processed = 0;

CREATE TABLE incidents (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	number       TEXT    NOT NULL UNIQUE,
	year         INTEGER NOT NULL,
	seq          INTEGER NOT NULL,
	organization TEXT    NOT NULL DEFAULT '',
	created_at   TEXT    NOT NULL,
	merged_into  INTEGER REFERENCES incidents (id),
	UNIQUE (year, seq)
);

CREATE TABLE incident_counters (
	year INTEGER PRIMARY KEY,
	last INTEGER NOT NULL
);

CREATE TABLE incident_aliases (
	number      TEXT    PRIMARY KEY,
	incident_id INTEGER NOT NULL REFERENCES incidents (id)
);
CREATE INDEX incident_aliases_incident ON incident_aliases (incident_id);

CREATE TABLE reports (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	document_id  INTEGER NOT NULL REFERENCES documents (id),
	seq          INTEGER NOT NULL,
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	facts        TEXT    NOT NULL,
	is_incident  INTEGER NOT NULL DEFAULT 0,
	casebook_id  TEXT    NOT NULL DEFAULT '',
	organization TEXT    NOT NULL DEFAULT '',
	published    TEXT    NOT NULL DEFAULT '',
	affected     INTEGER,
	types        TEXT    NOT NULL DEFAULT '',
	incident_id  INTEGER REFERENCES incidents (id),
	UNIQUE (document_id, seq),
	CHECK (0 <= span_start AND span_start <= span_end)
);
CREATE INDEX reports_incident ON reports (incident_id);
CREATE INDEX reports_organization ON reports (organization);
CREATE INDEX reports_published ON reports (published);

CREATE TABLE overrides (
	report_id   INTEGER NOT NULL REFERENCES reports (id),
	incident_id INTEGER NOT NULL REFERENCES incidents (id),
	pin         INTEGER NOT NULL CHECK (pin IN (0, 1)),
	PRIMARY KEY (report_id, incident_id)
);
CREATE INDEX overrides_incident ON overrides (incident_id);

CREATE TABLE audit_log (
	id     INTEGER PRIMARY KEY AUTOINCREMENT,
	at     TEXT NOT NULL,
	who    TEXT NOT NULL DEFAULT '',
	action TEXT NOT NULL,
	detail TEXT NOT NULL DEFAULT '',
	why    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE link_keys (
	report_id INTEGER PRIMARY KEY REFERENCES reports (id),
	org       TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	signature BLOB NOT NULL,
	features  BLOB NOT NULL
);
CREATE INDEX link_keys_org ON link_keys (org);
`,
	// 2: find reports by the casebook number their source printed.
	`CREATE INDEX reports_casebook_id ON reports (casebook_id) WHERE casebook_id <> ''`,
	// 3: the linking generation, one row that every write changing
	// incidents, link keys or overrides increments, so that a linker knows
	// when another process changed what it holds in memory.
	`
CREATE TABLE link_state (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	generation INTEGER NOT NULL
);
INSERT INTO link_state (id, generation) VALUES (1, 0);
`,
	// 4: the log of linking changes, one row per generation (the most
	// recent ones only), so that a linker catches up with another
	// process's writes without reading every key again.
	`
CREATE TABLE link_log (
	generation  INTEGER PRIMARY KEY,
	kind        TEXT    NOT NULL,
	report_id   INTEGER NOT NULL DEFAULT 0,
	incident_id INTEGER NOT NULL DEFAULT 0,
	other_id    INTEGER NOT NULL DEFAULT 0
);
`,
}
