package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jikenbo/jikenbo/internal/store"
)

// audit appends a to the audit log inside tx; a zero At means now.
func (s *Store) audit(ctx context.Context, tx *sql.Tx, a store.Audit) error {
	if a.At.IsZero() {
		a.At = time.Now()
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO audit_log (at, who, action, detail, why) VALUES ($1, $2, $3, $4, $5)`,
		s.d.Time(a.At.UTC().Truncate(time.Microsecond)), a.Who, a.Action, a.Detail, a.Why)
	if err != nil {
		return fmt.Errorf("write audit entry: %w", err)
	}
	return nil
}

func exists(ctx context.Context, tx *sql.Tx, table string, id int64) error {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM `+table+` WHERE id = $1`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s %d: %w", table[:len(table)-1], id, store.ErrNotFound)
	}
	return err
}

// SetOverride implements store.Store. A report is pinned to at most one
// incident: pinning it removes its other pins. Setting the same
// (report, incident) pair again replaces its Pin flag.
func (s *Store) SetOverride(ctx context.Context, o store.Override, a store.Audit) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := exists(ctx, tx, "reports", o.ReportID); err != nil {
			return err
		}
		if err := exists(ctx, tx, "incidents", o.IncidentID); err != nil {
			return err
		}
		if o.Pin {
			if _, err := tx.ExecContext(ctx, `DELETE FROM overrides WHERE report_id = $1 AND pin = TRUE AND incident_id <> $2`, o.ReportID, o.IncidentID); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `
INSERT INTO overrides (report_id, incident_id, pin) VALUES ($1, $2, $3)
ON CONFLICT (report_id, incident_id) DO UPDATE SET pin = excluded.pin`, o.ReportID, o.IncidentID, o.Pin); err != nil {
			return err
		}
		if err := s.audit(ctx, tx, a); err != nil {
			return err
		}
		return s.bumpGeneration(ctx, tx, store.LinkChange{Kind: store.ChangeOverride, ReportID: o.ReportID, IncidentID: o.IncidentID})
	})
	if err != nil {
		return fmt.Errorf("store: override report %d / incident %d: %w", o.ReportID, o.IncidentID, err)
	}
	return nil
}

// Overrides implements store.Store, ordered by report then incident.
func (s *Store) Overrides(ctx context.Context) ([]store.Override, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT report_id, incident_id, pin FROM overrides ORDER BY report_id, incident_id`)
	if err != nil {
		return nil, fmt.Errorf("store: list overrides: %w", err)
	}
	defer rows.Close()
	var out []store.Override
	for rows.Next() {
		var o store.Override
		if err := rows.Scan(&o.ReportID, &o.IncidentID, &o.Pin); err != nil {
			return nil, fmt.Errorf("store: list overrides: %w", err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list overrides: %w", err)
	}
	return out, nil
}

// AuditLog implements store.Store.
func (s *Store) AuditLog(ctx context.Context) ([]store.Audit, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT at, who, action, detail, why FROM audit_log ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: read audit log: %w", err)
	}
	defer rows.Close()
	var out []store.Audit
	for rows.Next() {
		var a store.Audit
		if err := rows.Scan(timeValue{&a.At}, &a.Who, &a.Action, &a.Detail, &a.Why); err != nil {
			return nil, fmt.Errorf("store: read audit log: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: read audit log: %w", err)
	}
	return out, nil
}

// SaveLinkKeys implements store.Store: it inserts or replaces the key of
// each report, in one transaction. LinkKey.IncidentID is not stored: the
// link of a report is its incident (see AssignReport), and LinkKeys reports
// it from there, so keys follow merges and reassignments.
func (s *Store) SaveLinkKeys(ctx context.Context, keys []store.LinkKey) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		change := store.LinkChange{Kind: store.ChangeKeys}
		for _, k := range keys {
			had, err := hasKey(ctx, tx, k.ReportID)
			if err != nil {
				return err
			}
			if len(keys) == 1 && !had {
				change = store.LinkChange{Kind: store.ChangeNewKey, ReportID: k.ReportID}
			}
			sig, feat := k.Signature, k.Features
			if sig == nil {
				sig = []byte{}
			}
			if feat == nil {
				feat = []byte{}
			}
			if _, err := tx.ExecContext(ctx, `
INSERT INTO link_keys (report_id, org, published, signature, features) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (report_id) DO UPDATE SET org = excluded.org, published = excluded.published,
	signature = excluded.signature, features = excluded.features`,
				k.ReportID, k.Org, k.Published, sig, feat); err != nil {
				return fmt.Errorf("report %d: %w", k.ReportID, err)
			}
		}
		return s.bumpGeneration(ctx, tx, change)
	})
	if err != nil {
		return fmt.Errorf("store: save link keys: %w", err)
	}
	return nil
}

// LinkKeys implements store.Store, in report id order, reading in batches
// so that fn may call other Store methods.
func (s *Store) LinkKeys(ctx context.Context, fn func(store.LinkKey) error) error {
	var after int64
	for {
		keys, err := s.linkKeys(ctx, after)
		if err != nil {
			return fmt.Errorf("store: read link keys after report %d: %w", after, err)
		}
		for _, k := range keys {
			if err := fn(k); err != nil {
				return err
			}
		}
		if len(keys) < eachBatch {
			return nil
		}
		after = keys[len(keys)-1].ReportID
	}
}

func (s *Store) linkKeys(ctx context.Context, after int64) ([]store.LinkKey, error) {
	rows, err := s.r.QueryContext(ctx, `
SELECT k.report_id, r.incident_id, k.org, k.published, k.signature, k.features
FROM link_keys k JOIN reports r ON r.id = k.report_id
WHERE k.report_id > $1 ORDER BY k.report_id LIMIT $2`, after, eachBatch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.LinkKey
	for rows.Next() {
		var k store.LinkKey
		var inc sql.NullInt64
		if err := rows.Scan(&k.ReportID, &inc, &k.Org, &k.Published, &k.Signature, &k.Features); err != nil {
			return nil, err
		}
		k.IncidentID = inc.Int64
		out = append(out, k)
	}
	return out, rows.Err()
}
