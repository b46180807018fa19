package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// EnvPostgres names the environment variable holding the URL of the
// PostgreSQL server the tests may use; without it they skip.
const EnvPostgres = "JIKENBO_TEST_POSTGRES"

// PostgresSchema creates an empty schema for one test on the server named
// by $JIKENBO_TEST_POSTGRES (skipping the test when it is unset), runs the
// setup statements first (for example creating an extension outside the
// schema), drops the schema when the test ends unless keep is set in the
// environment variable JIKENBO_KEEP_SCHEMA, and returns a URL whose
// connections use the schema.
func PostgresSchema(t testing.TB, setup ...string) string {
	t.Helper()
	base := os.Getenv(EnvPostgres)
	if base == "" {
		t.Skipf("%s not set: PostgreSQL tests skipped (export %s=$(bash internal/store/testdata/start-postgres.sh))", EnvPostgres, EnvPostgres)
	}
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "jikenbo_test_" + hex.EncodeToString(b)
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to %s: %v", EnvPostgres, err)
	}
	defer admin.Close(ctx)
	for _, q := range append(setup, "CREATE SCHEMA "+schema) {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		if os.Getenv("JIKENBO_KEEP_SCHEMA") != "" {
			t.Logf("kept schema %s", schema)
			return
		}
		admin, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Error(err)
			return
		}
		defer admin.Close(ctx)
		if _, err := admin.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Error(err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
