package open_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/open"
)

// TestIsPostgres checks which names go to PostgreSQL.
func TestIsPostgres(t *testing.T) {
	tests := []struct {
		dsn  string
		want bool
	}{
		{"postgres://u@h/db", true},
		{"postgresql://u@h/db?sslmode=disable", true},
		{"POSTGRES://u@h/db", true},
		{"casebook.db", false},
		{"file:casebook.db?mode=rwc", false},
		{"/srv/postgres/casebook.db", false},
	}
	for _, tt := range tests {
		if got := open.IsPostgres(tt.dsn); got != tt.want {
			t.Errorf("IsPostgres(%q) = %v; want %v", tt.dsn, got, tt.want)
		}
	}
}

// TestOpenSQLite checks that a path opens (and creates) a SQLite casebook.
func TestOpenSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "casebook.db")
	s, err := open.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, _, err := s.PutDocument(t.Context(), &model.Document{Raw: []byte("x")}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Document(t.Context(), 99); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(99) error = %v; want ErrNotFound", err)
	}
}

// TestOpenPostgres checks that a URL goes to PostgreSQL (when one is set up).
func TestOpenPostgres(t *testing.T) {
	url := os.Getenv("JIKENBO_TEST_POSTGRES")
	if url == "" {
		_, err := open.Open(t.Context(), "postgres://nobody@127.0.0.1:1/none?connect_timeout=1")
		if err == nil {
			t.Fatal("Open of an unreachable PostgreSQL succeeded")
		}
		return
	}
	s, err := open.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}
