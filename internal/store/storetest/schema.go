package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// Schema describes a backend's schema versions for CheckMigrations and
// CheckSchemaTooNew. A location is whatever Open takes (a file path, a
// PostgreSQL URL).
type Schema struct {
	Migrations  int                                                               // the newest version
	Fresh       func(t *testing.T) string                                         // a new, empty location
	Open        func(ctx context.Context, loc string) (store.Store, error)        // opens at the newest version
	OpenVersion func(ctx context.Context, loc string, v int) (store.Store, error) // opens at version v, for tests
	Version     func(t *testing.T, loc string) int                                // the stored version
	SetVersion  func(t *testing.T, loc string, v int)                             // overwrites it
}

// CheckMigrations checks that Open brings a database of every older
// version to the newest schema and keeps its data.
func CheckMigrations(t *testing.T, sc Schema) {
	for v := 1; v < sc.Migrations; v++ {
		t.Run(fmt.Sprint("from version ", v), func(t *testing.T) {
			loc := sc.Fresh(t)
			old, err := sc.OpenVersion(t.Context(), loc, v)
			if err != nil {
				t.Fatal(err)
			}
			id, _, err := old.PutDocument(t.Context(), &model.Document{Raw: []byte("古い文書"), Text: "古い文書"})
			if err != nil {
				t.Fatal(err)
			}
			old.Close()
			if got := sc.Version(t, loc); got != v {
				t.Fatalf("old database at version %d; want %d", got, v)
			}
			s, err := sc.Open(t.Context(), loc)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got := sc.Version(t, loc); got != sc.Migrations {
				t.Errorf("after Open: version %d; want %d", got, sc.Migrations)
			}
			if d, err := s.Document(t.Context(), id); err != nil || d.Text != "古い文書" {
				t.Errorf("document after migration = %+v, %v", d, err)
			}
		})
	}
}

// CheckSchemaTooNew checks that a database from a newer binary is refused
// with store.ErrSchemaTooNew and left at its version; it returns the
// database's location for further checks.
func CheckSchemaTooNew(t *testing.T, sc Schema) string {
	loc := sc.Fresh(t)
	s, err := sc.Open(t.Context(), loc)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	newer := sc.Migrations + 1
	sc.SetVersion(t, loc, newer)
	if _, err := sc.Open(t.Context(), loc); !errors.Is(err, store.ErrSchemaTooNew) {
		t.Fatalf("Open error = %v; want ErrSchemaTooNew", err)
	}
	if got := sc.Version(t, loc); got != newer {
		t.Errorf("version changed to %d", got)
	}
	return loc
}
