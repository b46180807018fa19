package postgres_test

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/postgres"
	"github.com/jikenbo/jikenbo/internal/store/storetest"
)

// freshSchema creates an empty schema for one test and returns a URL
// whose connections use it.
func freshSchema(t *testing.T) string {
	t.Helper()
	return storetest.PostgresSchema(t)
}

// openAt opens the store at dsn and closes it when the test ends (the
// schema's cleanup, registered earlier, runs after).
func openAt(t *testing.T, dsn string) store.Store {
	t.Helper()
	s, err := postgres.Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

// TestStore runs the shared suite in a fresh schema per test.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openAt(t, freshSchema(t)) })
}

// TestShared checks that two stores (two processes) on one database never
// hand out the same incident number.
func TestShared(t *testing.T) {
	storetest.RunShared(t, func(t *testing.T) (store.Store, store.Store) {
		dsn := freshSchema(t)
		return openAt(t, dsn), openAt(t, dsn)
	})
}

// TestConcurrentOpen checks that Opens racing on an empty database migrate
// it once.
func TestConcurrentOpen(t *testing.T) {
	dsn := freshSchema(t)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() {
			s, err := postgres.Open(context.Background(), dsn)
			if err == nil {
				err = s.Close()
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if v := schemaVersion(t, dsn); v != postgres.Migrations {
		t.Errorf("version %d; want %d", v, postgres.Migrations)
	}
}

func schemaVersion(t *testing.T, dsn string) int {
	t.Helper()
	c, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	var v int
	if err := c.QueryRow(t.Context(), `SELECT version FROM schema_version`).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func setVersion(t *testing.T, dsn string, v int) {
	t.Helper()
	c, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	if _, err := c.Exec(t.Context(), `UPDATE schema_version SET version = $1`, v); err != nil {
		t.Fatal(err)
	}
}

// schema describes the PostgreSQL schema versions to the storetest checks.
var schema = storetest.Schema{
	Migrations:  postgres.Migrations,
	Fresh:       freshSchema,
	Open:        postgres.Open,
	OpenVersion: postgres.OpenVersion,
	Version:     schemaVersion,
	SetVersion:  setVersion,
}

// TestMigrate checks that Open brings an older database to the newest
// schema and keeps its data.
func TestMigrate(t *testing.T) { storetest.CheckMigrations(t, schema) }

// TestSchemaTooNew checks that a database from a newer binary is refused
// and left alone.
func TestSchemaTooNew(t *testing.T) { storetest.CheckSchemaTooNew(t, schema) }

// TestOpenUnreachable checks that a bad URL fails with a message that
// hides the password.
func TestOpenUnreachable(t *testing.T) {
	_, err := postgres.Open(t.Context(), "postgres://jikenbo:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=2")
	if err == nil {
		t.Fatal("Open succeeded")
	}
	if msg := err.Error(); !containsAll(msg, "store: open postgres", "127.0.0.1:1") || containsAll(msg, "secret") {
		t.Errorf("error %q: want the redacted URL", msg)
	}
}

func containsAll(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

// TestMain lets TestLockHolderCrash re-execute this binary as the lock
// holder it kills.
func TestMain(m *testing.M) {
	storetest.LockHolderMain(postgres.Open)
	os.Exit(m.Run())
}

// TestLockHolderCrash checks that the linking lock of a process killed
// while holding it is free again (the server ends its session).
func TestLockHolderCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary; skipped with -short")
	}
	dsn := freshSchema(t)
	storetest.CheckCrashedHolder(t, openAt(t, dsn), dsn)
}
