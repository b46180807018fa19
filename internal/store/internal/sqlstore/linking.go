package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jikenbo/jikenbo/internal/store"
)

// logKeep is how many of the most recent linking changes link_log keeps;
// a linker further behind reads everything again. Older rows are deleted
// every logPrune changes.
const (
	logKeep  = 10_000
	logPrune = 1_000
)

// bumpGeneration increments the linking generation inside tx and logs c
// under the new generation. Every method that changes what a linker reads
// (incidents and their members, link keys, overrides) calls it once, as
// the last step of its transaction: on PostgreSQL the counter row stays
// locked only until the commit, and since it is always the last row taken,
// writers never wait for it while holding it and another row in the other
// order. The row lock also makes the generations commit in order.
func (s *Store) bumpGeneration(ctx context.Context, tx *sql.Tx, c store.LinkChange) error {
	var g int64
	if s.d.BumpGeneration != "" {
		if err := tx.QueryRowContext(ctx, s.d.BumpGeneration, c.Kind, c.ReportID, c.IncidentID, c.OtherID).Scan(&g); err != nil {
			return fmt.Errorf("bump linking generation: %w", err)
		}
	} else {
		if err := tx.QueryRowContext(ctx, `UPDATE link_state SET generation = generation + 1 WHERE id = 1 RETURNING generation`).Scan(&g); err != nil {
			return fmt.Errorf("bump linking generation: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO link_log (generation, kind, report_id, incident_id, other_id) VALUES ($1, $2, $3, $4, $5)`,
			g, c.Kind, c.ReportID, c.IncidentID, c.OtherID); err != nil {
			return fmt.Errorf("log linking change: %w", err)
		}
	}
	if g%logPrune == 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM link_log WHERE generation <= $1`, g-logKeep); err != nil {
			return fmt.Errorf("prune linking log: %w", err)
		}
	}
	return nil
}

// LinkGeneration implements store.Store: one primary-key lookup.
func (s *Store) LinkGeneration(ctx context.Context) (int64, error) {
	var g int64
	if err := s.r.QueryRowContext(ctx, `SELECT generation FROM link_state WHERE id = 1`).Scan(&g); err != nil {
		return 0, fmt.Errorf("store: read linking generation of %s: %w", s.d.Name, err)
	}
	return g, nil
}

// LinkChanges implements store.Store. The keys of assignments and new keys
// are joined as they are at the time of the call.
func (s *Store) LinkChanges(ctx context.Context, since int64) ([]store.LinkChange, bool, error) {
	changes, complete, err := s.linkChanges(ctx, since)
	if err != nil {
		return nil, false, fmt.Errorf("store: read linking changes of %s after %d: %w", s.d.Name, since, err)
	}
	return changes, complete, nil
}

func (s *Store) linkChanges(ctx context.Context, since int64) ([]store.LinkChange, bool, error) {
	// The generation first: rows committed after it only add to the end.
	var now int64
	if err := s.r.QueryRowContext(ctx, `SELECT generation FROM link_state WHERE id = 1`).Scan(&now); err != nil {
		return nil, false, err
	}
	if since > now {
		return nil, false, nil
	}
	rows, err := s.r.QueryContext(ctx, `
SELECT l.generation, l.kind, l.report_id, l.incident_id, l.other_id,
	k.report_id, r.incident_id, k.org, k.published, k.signature, k.features
FROM link_log l
LEFT JOIN link_keys k ON l.kind IN ('`+store.ChangeAssign+`', '`+store.ChangeNewKey+`') AND k.report_id = l.report_id
LEFT JOIN reports r ON r.id = k.report_id
WHERE l.generation > $1 ORDER BY l.generation`, since)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []store.LinkChange
	for rows.Next() {
		var (
			c        store.LinkChange
			keyOf    sql.NullInt64
			incident sql.NullInt64
			org, pub sql.NullString
			sig, ft  []byte
		)
		if err := rows.Scan(&c.Generation, &c.Kind, &c.ReportID, &c.IncidentID, &c.OtherID,
			&keyOf, &incident, &org, &pub, &sig, &ft); err != nil {
			return nil, false, err
		}
		if keyOf.Valid {
			c.Key = &store.LinkKey{ReportID: keyOf.Int64, IncidentID: incident.Int64, Org: org.String,
				Published: pub.String, Signature: sig, Features: ft}
		}
		if c.Generation != since+int64(len(out))+1 {
			return nil, false, rows.Close() // a gap: the log was pruned
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	if since+int64(len(out)) < now {
		return nil, false, nil // the log starts after since
	}
	return out, true, nil
}

// LockLinking implements store.Store through the dialect's LinkLock.
func (s *Store) LockLinking(ctx context.Context) (func() error, error) {
	if s.d.LinkLock == nil {
		return nil, fmt.Errorf("store: lock linking of %s: not supported", s.d.Name)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: lock linking of %s: %w", s.d.Name, err)
	}
	unlock, err := s.d.LinkLock(ctx, s.w)
	if err != nil {
		return nil, fmt.Errorf("store: lock linking of %s: %w", s.d.Name, err)
	}
	return unlock, nil
}

// hasKey reports whether report id has a stored link key, failing with
// ErrNotFound when there is no such report.
func hasKey(ctx context.Context, tx *sql.Tx, id int64) (bool, error) {
	var key sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT (SELECT 1 FROM link_keys WHERE report_id = $1) FROM reports WHERE id = $1`, id).Scan(&key)
	if errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("report %d: %w", id, store.ErrNotFound)
	}
	return key.Valid, err
}
