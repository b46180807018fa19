package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// factColumns are the report columns copied out of the facts for listing.
type factColumns struct {
	facts        string
	isIncident   bool
	casebookID   string
	organization string
	published    string
	affected     sql.NullInt64
	types        string
}

func columnsOf(f *model.Facts) (factColumns, error) {
	b, err := json.Marshal(f)
	if err != nil {
		return factColumns{}, fmt.Errorf("encode facts: %w", err)
	}
	return factColumns{
		facts:        string(b),
		isIncident:   f.IsIncident,
		casebookID:   f.CasebookID,
		organization: f.Organization,
		published:    f.Published,
		affected:     nullInt(f.Affected),
		types:        strings.Join(f.Types, ","),
	}, nil
}

// SaveReports implements store.Store. Storing a report already linked to
// an incident increments the linking generation.
func (s *Store) SaveReports(ctx context.Context, docID int64, reports []model.Report) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		// Mark the document first: the update locks its row, so a second
		// process saving the same document (an ingest resuming another's
		// work) waits for the first and then finds it processed, instead of
		// failing on the reports' unique key.
		res, err := tx.ExecContext(ctx, `UPDATE documents SET processed = TRUE WHERE id = $1 AND processed = FALSE`, docID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n != 1 {
			var one int
			err := tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = $1`, docID).Scan(&one)
			if errors.Is(err, sql.ErrNoRows) {
				return store.ErrNotFound
			}
			if err != nil {
				return err
			}
			return store.ErrAlreadyProcessed
		}
		var textLen int
		if err := tx.QueryRowContext(ctx, `SELECT length(text) FROM documents WHERE id = $1`, docID).Scan(&textLen); err != nil {
			return err
		}
		var text string
		for i := range reports {
			r := &reports[i]
			if r.Span.Start < 0 || r.Span.End < r.Span.Start {
				return fmt.Errorf("report %d: invalid span [%d, %d)", r.Seq, r.Span.Start, r.Span.End)
			}
			if r.Span.End > textLen {
				// length() counts characters; check bytes only when needed.
				if text == "" {
					if err := tx.QueryRowContext(ctx, `SELECT text FROM documents WHERE id = $1`, docID).Scan(&text); err != nil {
						return err
					}
				}
				if r.Span.End > len(text) {
					return fmt.Errorf("report %d: span [%d, %d) beyond the text's %d bytes", r.Seq, r.Span.Start, r.Span.End, len(text))
				}
			}
			c, err := columnsOf(&r.Facts)
			if err != nil {
				return fmt.Errorf("report %d: %w", r.Seq, err)
			}
			err = tx.QueryRowContext(ctx, `
INSERT INTO reports (document_id, seq, span_start, span_end, facts, is_incident, casebook_id, organization, published, affected, types, incident_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
RETURNING id`,
				docID, r.Seq, r.Span.Start, r.Span.End, c.facts, c.isIncident, c.casebookID, c.organization, c.published, c.affected, c.types, nullID(r.IncidentID),
			).Scan(&r.ID)
			if err != nil {
				return fmt.Errorf("report %d: %w", r.Seq, err)
			}
			r.DocumentID = docID
		}
		for _, r := range reports {
			if r.IncidentID != 0 {
				// Reports stored already linked change an incident.
				return s.bumpGeneration(ctx, tx, store.LinkChange{Kind: store.ChangeReports})
			}
		}
		return nil
	})
	if err != nil {
		for i := range reports {
			reports[i].ID = 0
		}
		return fmt.Errorf("store: save reports of document %d: %w", docID, err)
	}
	return nil
}

// UpdateFacts implements store.Store.
func (s *Store) UpdateFacts(ctx context.Context, reports []model.Report) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for i := range reports {
			r := &reports[i]
			c, err := columnsOf(&r.Facts)
			if err != nil {
				return fmt.Errorf("report %d: %w", r.ID, err)
			}
			res, err := tx.ExecContext(ctx, `
UPDATE reports SET facts = $1, is_incident = $2, casebook_id = $3, organization = $4, published = $5, affected = $6, types = $7
WHERE id = $8`,
				c.facts, c.isIncident, c.casebookID, c.organization, c.published, c.affected, c.types, r.ID)
			if err != nil {
				return fmt.Errorf("report %d: %w", r.ID, err)
			}
			if n, err := res.RowsAffected(); err != nil {
				return err
			} else if n == 0 {
				return fmt.Errorf("report %d: %w", r.ID, store.ErrNotFound)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: update facts: %w", err)
	}
	return nil
}

const reportColumns = `r.id, r.document_id, r.seq, r.span_start, r.span_end, r.facts, r.incident_id`

func scanReport(sc interface{ Scan(...any) error }, r *model.Report) error {
	var facts []byte
	var inc sql.NullInt64
	if err := sc.Scan(&r.ID, &r.DocumentID, &r.Seq, &r.Span.Start, &r.Span.End, &facts, &inc); err != nil {
		return err
	}
	r.IncidentID = inc.Int64
	if err := json.Unmarshal(facts, &r.Facts); err != nil {
		return fmt.Errorf("decode facts of report %d: %w", r.ID, err)
	}
	return nil
}

func (s *Store) queryReports(ctx context.Context, query string, args ...any) ([]model.Report, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Report
	for rows.Next() {
		var r model.Report
		if err := scanReport(rows, &r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Report implements store.Store.
func (s *Store) Report(ctx context.Context, id int64) (*model.Report, error) {
	rs, err := s.queryReports(ctx, `SELECT `+reportColumns+` FROM reports r WHERE r.id = $1`, id)
	if err == nil && len(rs) == 0 {
		err = store.ErrNotFound
	}
	if err == nil {
		err = s.fillText(ctx, rs)
	}
	if err != nil {
		return nil, fmt.Errorf("store: report %d: %w", id, err)
	}
	return &rs[0], nil
}

// Reports implements store.Store.
func (s *Store) Reports(ctx context.Context, opt store.ListOptions) ([]model.Report, error) {
	q := `SELECT ` + reportColumns + ` FROM reports r`
	var args []any
	var where []string
	if opt.Document != 0 {
		args = append(args, opt.Document)
		where = append(where, fmt.Sprintf(`r.document_id = $%d`, len(args)))
	}
	if opt.Unlinked {
		where = append(where, `r.is_incident AND r.incident_id IS NULL`)
	}
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY r.document_id, r.seq` + limit(opt)
	rs, err := s.queryReports(ctx, q, args...)
	if err == nil && opt.WithText {
		err = s.fillText(ctx, rs)
	}
	if err != nil {
		return nil, fmt.Errorf("store: list reports: %w", err)
	}
	return rs, nil
}

// eachBatch is how many rows the streaming methods read at a time; no
// read transaction stays open while the callback runs.
const eachBatch = 100

// EachReport implements store.Store. It reads the reports in batches, so
// fn may call other Store methods, including writing ones.
func (s *Store) EachReport(ctx context.Context, fn func(*model.Report) error) error {
	var after int64
	for {
		rs, err := s.queryReports(ctx, `SELECT `+reportColumns+` FROM reports r WHERE r.id > $1 ORDER BY r.id LIMIT $2`, after, eachBatch)
		if err == nil {
			err = s.fillText(ctx, rs)
		}
		if err != nil {
			return fmt.Errorf("store: read reports after id %d: %w", after, err)
		}
		for i := range rs {
			if err := fn(&rs[i]); err != nil {
				return err
			}
		}
		if len(rs) < eachBatch {
			return nil
		}
		after = rs[len(rs)-1].ID
	}
}
