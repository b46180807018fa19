package sqlstore

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// PutDocument implements store.Store. An empty doc.SHA256 is computed from
// doc.Raw; doc.ID is set to the returned id.
func (s *Store) PutDocument(ctx context.Context, doc *model.Document) (int64, bool, error) {
	if doc.SHA256 == "" {
		sum := sha256.Sum256(doc.Raw)
		doc.SHA256 = hex.EncodeToString(sum[:])
	}
	sha := strings.ToLower(doc.SHA256)
	raw := doc.Raw
	if raw == nil {
		raw = []byte{}
	}
	var id int64
	created := true
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `
INSERT INTO documents (sha256, source, name, media_type, encoding, retrieved_at, raw, text)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (sha256) DO NOTHING
RETURNING id`,
			sha, doc.Source, doc.Name, doc.MediaType, doc.Encoding, s.d.Time(doc.RetrievedAt), raw, doc.Text,
		).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			created = false
			err = tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE sha256 = $1`, sha).Scan(&id)
		}
		return err
	})
	if err != nil {
		return 0, false, fmt.Errorf("store: put document %s (%s): %w", doc.Source, sha, err)
	}
	doc.ID = id
	doc.SHA256 = sha
	return id, created, nil
}

const documentColumns = `id, sha256, source, name, media_type, encoding, retrieved_at`

func scanDocument(sc interface{ Scan(...any) error }, d *model.Document, extra ...any) error {
	return sc.Scan(append([]any{&d.ID, &d.SHA256, &d.Source, &d.Name, &d.MediaType, &d.Encoding, timeValue{&d.RetrievedAt}}, extra...)...)
}

// Document implements store.Store.
func (s *Store) Document(ctx context.Context, id int64) (*model.Document, error) {
	var d model.Document
	row := s.r.QueryRowContext(ctx, `SELECT `+documentColumns+`, raw, text FROM documents WHERE id = $1`, id)
	if err := scanDocument(row, &d, &d.Raw, &d.Text); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			err = store.ErrNotFound
		}
		return nil, fmt.Errorf("store: document %d: %w", id, err)
	}
	return &d, nil
}

// DocumentBySHA implements store.Store.
func (s *Store) DocumentBySHA(ctx context.Context, sha string) (*model.Document, error) {
	sha = strings.ToLower(strings.TrimSpace(sha))
	if len(sha) < 8 || len(sha) > 64 || strings.Trim(sha, "0123456789abcdef") != "" {
		return nil, fmt.Errorf("store: document %q: want 8 to 64 hex characters of a SHA-256: %w", sha, store.ErrNotFound)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id FROM documents WHERE sha256 LIKE $1 ORDER BY id LIMIT 2`, sha+"%")
	if err != nil {
		return nil, fmt.Errorf("store: document %s: %w", sha, err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: document %s: %w", sha, err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: document %s: %w", sha, err)
	}
	switch len(ids) {
	case 0:
		return nil, fmt.Errorf("store: document %s: %w", sha, store.ErrNotFound)
	case 1:
		return s.Document(ctx, ids[0])
	default:
		return nil, fmt.Errorf("store: document %s: %w", sha, store.ErrAmbiguous)
	}
}

// Documents implements store.Store: newest (highest id) first.
func (s *Store) Documents(ctx context.Context, opt store.ListOptions) ([]model.Document, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+documentColumns+` FROM documents ORDER BY id DESC`+limit(opt))
	if err != nil {
		return nil, fmt.Errorf("store: list documents: %w", err)
	}
	defer rows.Close()
	var out []model.Document
	for rows.Next() {
		var d model.Document
		if err := scanDocument(rows, &d); err != nil {
			return nil, fmt.Errorf("store: list documents: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list documents: %w", err)
	}
	return out, nil
}

// Unprocessed implements store.Store, in id order.
func (s *Store) Unprocessed(ctx context.Context) ([]int64, error) {
	ids, err := s.ids(ctx, `SELECT id FROM documents WHERE processed = FALSE ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: list unprocessed documents: %w", err)
	}
	return ids, nil
}

func (s *Store) ids(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// texts returns the text of the given documents.
func (s *Store) texts(ctx context.Context, ids []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(ids))
	const batch = 200
	for len(ids) > 0 {
		n := min(len(ids), batch)
		args := make([]any, n)
		for i, id := range ids[:n] {
			args[i] = id
		}
		ids = ids[n:]
		rows, err := s.r.QueryContext(ctx, `SELECT id, text FROM documents WHERE id IN (`+placeholders(1, n)+`)`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int64
			var text string
			if err := rows.Scan(&id, &text); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = text
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// fillText sets the Text of each report by slicing its document's text.
func (s *Store) fillText(ctx context.Context, reports []model.Report) error {
	seen := map[int64]bool{}
	var ids []int64
	for _, r := range reports {
		if !seen[r.DocumentID] {
			seen[r.DocumentID] = true
			ids = append(ids, r.DocumentID)
		}
	}
	texts, err := s.texts(ctx, ids)
	if err != nil {
		return fmt.Errorf("read document texts: %w", err)
	}
	for i := range reports {
		reports[i].Text = slice(texts[reports[i].DocumentID], reports[i].Span)
	}
	return nil
}

// slice returns text[sp.Start:sp.End], clamped to the text.
func slice(text string, sp model.Span) string {
	start, end := max(sp.Start, 0), min(sp.End, len(text))
	if start >= end {
		return ""
	}
	return text[start:end]
}
