package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// FormatNumber renders a casebook number: the year, a hyphen and the
// sequence number of the year on at least three digits ("2024-007").
func FormatNumber(year int, seq int64) string {
	return fmt.Sprintf("%04d-%03d", year, seq)
}

// CreateIncident implements store.Store. The per-year counter row is
// incremented with an upsert, which serializes concurrent callers on that
// row (and SQLite has a single writer), so no number is handed out twice.
func (s *Store) CreateIncident(ctx context.Context, year int, organization string) (*model.Incident, error) {
	if year < 1 || year > 9999 {
		return nil, fmt.Errorf("store: create incident: year %d out of range", year)
	}
	inc := model.Incident{Organization: organization, CreatedAt: time.Now().UTC().Truncate(time.Microsecond)}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var seq int64
		err := tx.QueryRowContext(ctx, `
INSERT INTO incident_counters (year, last) VALUES ($1, 1)
ON CONFLICT (year) DO UPDATE SET last = incident_counters.last + 1
RETURNING last`, year).Scan(&seq)
		if err != nil {
			return fmt.Errorf("allocate number: %w", err)
		}
		inc.Number = FormatNumber(year, seq)
		err = tx.QueryRowContext(ctx, `
INSERT INTO incidents (number, year, seq, organization, created_at) VALUES ($1, $2, $3, $4, $5)
RETURNING id`, inc.Number, year, seq, organization, s.d.Time(inc.CreatedAt)).Scan(&inc.ID)
		if err != nil {
			return err
		}
		return s.bumpGeneration(ctx, tx, store.LinkChange{Kind: store.ChangeIncident, IncidentID: inc.ID})
	})
	if err != nil {
		return nil, fmt.Errorf("store: create incident of %d: %w", year, err)
	}
	return &inc, nil
}

// NormalizeNumber trims a casebook number and pads its sequence part to
// three digits ("2024-7" → "2024-007"); other strings are only trimmed.
func NormalizeNumber(number string) string {
	number = strings.TrimSpace(number)
	y, n, ok := strings.Cut(number, "-")
	if !ok || len(y) != 4 || n == "" || len(n) > 9 {
		return number
	}
	year, err1 := strconv.Atoi(y)
	seq, err2 := strconv.ParseInt(n, 10, 64)
	if err1 != nil || err2 != nil || year < 1 || seq < 1 || strings.Trim(y+n, "0123456789") != "" {
		return number
	}
	return FormatNumber(year, seq)
}

// canonical follows merged_into from incident id to the incident it was
// merged into, or returns id itself. It fails with ErrNotFound.
func canonical(ctx context.Context, tx *sql.Tx, id int64) (int64, error) {
	for range 100 {
		var next sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT merged_into FROM incidents WHERE id = $1`, id).Scan(&next)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, fmt.Errorf("incident %d: %w", id, store.ErrNotFound)
		}
		if err != nil {
			return 0, err
		}
		if !next.Valid {
			return id, nil
		}
		id = next.Int64
	}
	return 0, fmt.Errorf("incident %d: merge chain too long", id)
}

// AssignReport implements store.Store. An incident that was merged is
// replaced by the one it was merged into; incidentID 0 unlinks the report.
func (s *Store) AssignReport(ctx context.Context, reportID, incidentID int64) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		target := incidentID
		if target != 0 {
			var err error
			if target, err = canonical(ctx, tx, target); err != nil {
				return err
			}
		}
		res, err := tx.ExecContext(ctx, `UPDATE reports SET incident_id = $1 WHERE id = $2`, nullID(target), reportID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return fmt.Errorf("report %d: %w", reportID, store.ErrNotFound)
		}
		return s.bumpGeneration(ctx, tx, store.LinkChange{Kind: store.ChangeAssign, ReportID: reportID, IncidentID: target})
	})
	if err != nil {
		return fmt.Errorf("store: assign report %d to incident %d: %w", reportID, incidentID, err)
	}
	return nil
}

// MergeIncidents implements store.Store. Both ids are first resolved to
// their canonical incidents; merging an incident into itself is an error.
// Reports, overrides and aliases of drop move to keep, drop's number
// becomes an alias of keep and drop is marked merged_into keep.
func (s *Store) MergeIncidents(ctx context.Context, keep, drop int64, a store.Audit) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		k, err := canonical(ctx, tx, keep)
		if err != nil {
			return err
		}
		d, err := canonical(ctx, tx, drop)
		if err != nil {
			return err
		}
		if k == d {
			return fmt.Errorf("incidents %d and %d are the same incident", keep, drop)
		}
		var number string
		if err := tx.QueryRowContext(ctx, `SELECT number FROM incidents WHERE id = $1`, d).Scan(&number); err != nil {
			return err
		}
		steps := []struct {
			q    string
			args []any
		}{
			{`UPDATE reports SET incident_id = $1 WHERE incident_id = $2`, []any{k, d}},
			{`DELETE FROM overrides WHERE incident_id = $1 AND report_id IN (SELECT report_id FROM overrides WHERE incident_id = $2)`, []any{d, k}},
			{`UPDATE overrides SET incident_id = $1 WHERE incident_id = $2`, []any{k, d}},
			{`UPDATE incident_aliases SET incident_id = $1 WHERE incident_id = $2`, []any{k, d}},
			{`INSERT INTO incident_aliases (number, incident_id) VALUES ($1, $2)`, []any{number, k}},
			{`UPDATE incidents SET merged_into = $1 WHERE id = $2`, []any{k, d}},
		}
		for _, st := range steps {
			if _, err := tx.ExecContext(ctx, st.q, st.args...); err != nil {
				return err
			}
		}
		if err := s.audit(ctx, tx, a); err != nil {
			return err
		}
		return s.bumpGeneration(ctx, tx, store.LinkChange{Kind: store.ChangeMerge, IncidentID: k, OtherID: d})
	})
	if err != nil {
		return fmt.Errorf("store: merge incident %d into %d: %w", drop, keep, err)
	}
	return nil
}

// ResolveIncident implements store.Store.
func (s *Store) ResolveIncident(ctx context.Context, number string) (*model.Incident, bool, error) {
	number = NormalizeNumber(number)
	var id int64
	isCanonical := false
	err := s.r.QueryRowContext(ctx, `SELECT incident_id FROM incident_aliases WHERE number = $1`, number).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		isCanonical = true
		err = s.r.QueryRowContext(ctx, `SELECT id FROM incidents WHERE number = $1 AND merged_into IS NULL`, number).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		err = store.ErrNotFound
	}
	if err != nil {
		return nil, false, fmt.Errorf("store: resolve incident %s: %w", number, err)
	}
	inc, err := s.Incident(ctx, id)
	if err != nil {
		return nil, false, err
	}
	return inc, isCanonical, nil
}

// incidentSummary selects a page of incidents first (%[2]s: the WHERE
// condition, %[3]s: LIMIT/OFFSET), then aggregates only their reports.
const incidentSummary = `
SELECT i.id, i.number, i.organization, i.created_at,
	COUNT(r.id), MIN(NULLIF(r.published, '')), MAX(NULLIF(r.published, '')), MAX(r.affected), %[1]s(NULLIF(r.types, ''), ',')
FROM (SELECT id, number, organization, created_at, year, seq FROM incidents
	WHERE %[2]s ORDER BY year DESC, seq DESC%[3]s) i
LEFT JOIN reports r ON r.incident_id = i.id
GROUP BY i.id, i.number, i.organization, i.created_at, i.year, i.seq
ORDER BY i.year DESC, i.seq DESC`

func (s *Store) queryIncidents(ctx context.Context, where, suffix string, args ...any) ([]model.Incident, error) {
	rows, err := s.r.QueryContext(ctx, fmt.Sprintf(incidentSummary, s.d.StringAgg, where, suffix), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Incident
	for rows.Next() {
		var inc model.Incident
		var first, last, types sql.NullString
		var affected sql.NullInt64
		if err := rows.Scan(&inc.ID, &inc.Number, &inc.Organization, timeValue{&inc.CreatedAt},
			&inc.ReportCount, &first, &last, &affected, &types); err != nil {
			return nil, err
		}
		inc.FirstSeen, inc.LastSeen = first.String, last.String
		inc.Affected = intPtr(affected)
		inc.Types = unionTypes(types.String)
		out = append(out, inc)
	}
	return out, rows.Err()
}

// unionTypes splits the concatenated type lists into sorted unique codes.
func unionTypes(s string) []string {
	var out []string
	for t := range strings.SplitSeq(s, ",") {
		if t != "" {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Incident implements store.Store. A merged incident is returned as it
// is (with no reports); ResolveIncident finds where it went.
func (s *Store) Incident(ctx context.Context, id int64) (*model.Incident, error) {
	incs, err := s.queryIncidents(ctx, `id = $1`, "", id)
	if err == nil && len(incs) == 0 {
		err = store.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: incident %d: %w", id, err)
	}
	return &incs[0], nil
}

// Incidents implements store.Store: incidents not merged into another,
// highest number first.
func (s *Store) Incidents(ctx context.Context, opt store.ListOptions) ([]model.Incident, error) {
	incs, err := s.queryIncidents(ctx, `merged_into IS NULL`, limit(opt))
	if err != nil {
		return nil, fmt.Errorf("store: list incidents: %w", err)
	}
	return incs, nil
}

// IncidentReports implements store.Store: reports with Text, by published
// date (undated last), then document and position.
func (s *Store) IncidentReports(ctx context.Context, incidentID int64) ([]model.Report, error) {
	rs, err := s.queryReports(ctx, `SELECT `+reportColumns+` FROM reports r WHERE r.incident_id = $1
ORDER BY CASE WHEN r.published = '' THEN 1 ELSE 0 END, r.published, r.document_id, r.seq`, incidentID)
	if err == nil {
		err = s.fillText(ctx, rs)
	}
	if err != nil {
		return nil, fmt.Errorf("store: reports of incident %d: %w", incidentID, err)
	}
	return rs, nil
}
