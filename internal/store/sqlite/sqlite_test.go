package sqlite_test

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/sqlite"
	"github.com/jikenbo/jikenbo/internal/store/storetest"
)

// checkIntegrity fails t unless PRAGMA integrity_check of path says "ok".
func checkIntegrity(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", fileURI(path)+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil {
		t.Fatalf("integrity_check of %s: %v", path, err)
	}
	if res != "ok" {
		t.Fatalf("integrity_check of %s = %q", path, res)
	}
	var fk int
	if err := db.QueryRow(`SELECT COUNT(*) FROM pragma_foreign_key_check`).Scan(&fk); err != nil || fk != 0 {
		t.Fatalf("foreign_key_check of %s: %d violations, %v", path, fk, err)
	}
}

// openAt opens the store at path, closing it and checking the file's
// integrity when the test ends.
func openAt(t *testing.T, path string) store.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
		checkIntegrity(t, path)
	})
	return s
}

func fileURI(path string) string {
	return "file:" + strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
}

func tempPath(t *testing.T) string {
	return filepath.Join(t.TempDir(), "casebook.db")
}

// TestStore runs the shared suite on a fresh file per test.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openAt(t, tempPath(t)) })
}

// TestShared checks that two stores on one file never share a number.
func TestShared(t *testing.T) {
	storetest.RunShared(t, func(t *testing.T) (store.Store, store.Store) {
		path := tempPath(t)
		return openAt(t, path), openAt(t, path)
	})
}

// TestOpenPaths checks the forms of dsn Open accepts and refuses.
func TestOpenPaths(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, dsn, file string
	}{
		{"plain path", filepath.Join(dir, "a.db"), filepath.Join(dir, "a.db")},
		{"odd characters", filepath.Join(dir, "b #1 ?x%.db"), filepath.Join(dir, "b #1 ?x%.db")},
		{"file URI", "file:" + filepath.Join(dir, "c.db") + "?cache=private", filepath.Join(dir, "c.db")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := sqlite.Open(t.Context(), tt.dsn)
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := s.PutDocument(t.Context(), &model.Document{Raw: []byte("x")}); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(tt.file); err != nil {
				t.Fatalf("database file not created: %v", err)
			}
			checkIntegrity(t, tt.file)
		})
	}
	for _, dsn := range []string{"", ":memory:", "file::memory:?mode=memory"} {
		if s, err := sqlite.Open(t.Context(), dsn); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded; want an error", dsn)
		}
	}
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a database ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err := sqlite.Open(t.Context(), junk); err == nil {
		s.Close()
		t.Error("Open(junk file) succeeded")
	}
}

// TestPragmas checks the settings crash safety depends on.
func TestPragmas(t *testing.T) {
	path := tempPath(t)
	openAt(t, path)
	db, err := sql.Open("sqlite", fileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal (persistent)", mode, err)
	}
}

func schemaVersion(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite", fileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	if err := db.QueryRow(`SELECT version FROM schema_version`).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// schema describes the SQLite schema versions to the storetest checks.
var schema = storetest.Schema{
	Migrations:  sqlite.Migrations,
	Fresh:       tempPath,
	Open:        sqlite.Open,
	OpenVersion: sqlite.OpenVersion,
	Version:     schemaVersion,
	SetVersion: func(t *testing.T, path string, v int) {
		t.Helper()
		db, err := sql.Open("sqlite", fileURI(path))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(`UPDATE schema_version SET version = $1`, v); err != nil {
			t.Fatal(err)
		}
	},
}

// TestMigrate checks that Open brings an older database to the newest
// schema and keeps its data.
func TestMigrate(t *testing.T) { storetest.CheckMigrations(t, schema) }

// TestSchemaTooNew checks that a database from a newer binary is refused
// and left alone (and intact).
func TestSchemaTooNew(t *testing.T) { checkIntegrity(t, storetest.CheckSchemaTooNew(t, schema)) }

const crashEnv = "JIKENBO_STORE_CRASH_CHILD"

// TestMain lets the crash tests re-execute this binary as the writer or
// the lock holder they kill.
func TestMain(m *testing.M) {
	storetest.LockHolderMain(sqlite.Open)
	if path := os.Getenv(openChildEnv); path != "" {
		s, err := sqlite.Open(context.Background(), path)
		if err == nil {
			_, _, err = s.PutDocument(context.Background(), &model.Document{Raw: []byte(strconv.Itoa(os.Getpid()))})
			err = errors.Join(err, s.Close())
		}
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(path)
		return
	}
	os.Exit(m.Run())
}

// reportsFor is how many reports the crash child saves for document n.
func reportsFor(n int) int { return n%4 + 1 }

// crashChild puts documents and their reports until it is killed,
// printing "committed N" after each document's reports are committed.
func crashChild(path string) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	body := strings.Repeat("株式会社ひばり化成 不正アクセスのお知らせ。", 40)
	// Continue the numbering of earlier rounds.
	docs, err := s.Documents(ctx, store.ListOptions{})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	for n := len(docs); ; n++ {
		text := fmt.Sprintf("%d %s", n, body)
		id, _, err := s.PutDocument(ctx, &model.Document{Name: strconv.Itoa(n), Raw: []byte(text), Text: text})
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		var rs []model.Report
		for j := range reportsFor(n) {
			rs = append(rs, model.Report{Seq: j, Span: model.Span{Start: j, End: j + 1},
				Facts: model.Facts{IsIncident: true, Organization: "株式会社ひばり化成", Title: body}})
		}
		if n%3 == 2 {
			continue // leave some documents unprocessed on purpose
		}
		if err := s.SaveReports(ctx, id, rs); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println("committed", n)
	}
}

// TestCrash kills a writer with SIGKILL at an arbitrary moment, several
// times, and checks that the file opens, passes integrity_check, kept every
// committed transaction and that every document either has all its
// reports or is listed by Unprocessed.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test re-executes the test binary; skipped with -short")
	}
	path := tempPath(t)
	for round := range 3 {
		last := runAndKill(t, path, time.Duration(400+300*round)*time.Millisecond)
		if last < 0 {
			t.Fatalf("round %d: child committed nothing", round)
		}
		checkIntegrity(t, path)
		checkCrashed(t, path, last)
	}
}

// runAndKill starts the child on path, kills it after d and returns the
// last document it reported committed (-1 when none).
func runAndKill(t *testing.T, path string, d time.Duration) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	last := -1
	timer := time.After(d)
	killed := false
	for !killed {
		select {
		case line, ok := <-lines:
			if !ok {
				t.Fatalf("child exited early: %v", cmd.Wait())
			}
			if rest, found := strings.CutPrefix(line, "committed "); found {
				last, _ = strconv.Atoi(rest)
			} else {
				t.Fatalf("child: %s", line)
			}
		case <-timer:
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
	}
	for line := range lines {
		if rest, found := strings.CutPrefix(line, "committed "); found {
			last, _ = strconv.Atoi(rest)
		}
	}
	cmd.Wait() //nolint:errcheck // killed on purpose
	return last
}

func checkCrashed(t *testing.T, path string, last int) {
	t.Helper()
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	unprocessed := map[int64]bool{}
	ids, err := s.Unprocessed(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		unprocessed[id] = true
	}
	docs, err := s.Documents(t.Context(), store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	committed := map[int]bool{}
	for _, d := range docs {
		n, _ := strconv.Atoi(d.Name)
		rs, err := s.Reports(t.Context(), store.ListOptions{Document: d.ID})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case unprocessed[d.ID] && len(rs) != 0:
			t.Errorf("document %d listed as unprocessed but has %d reports", n, len(rs))
		case !unprocessed[d.ID] && len(rs) != reportsFor(n):
			t.Errorf("document %d processed with %d reports; want %d", n, len(rs), reportsFor(n))
		case !unprocessed[d.ID]:
			committed[n] = true
		}
	}
	if !committed[last] {
		t.Errorf("document %d was reported committed but its reports are lost", last)
	}
	t.Logf("%d documents, %d unprocessed, last committed %d", len(docs), len(ids), last)
}

// TestLockHolderCrash checks that the linking lock of a process killed
// while holding it is free again.
func TestLockHolderCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary; skipped with -short")
	}
	path := tempPath(t)
	storetest.CheckCrashedHolder(t, openAt(t, path), path)
}

// openChildEnv makes the test binary open the casebook it names, close it
// and exit (1 on error): a process starting on a casebook.
const openChildEnv = "JIKENBO_STORE_OPEN_CHILD"

// TestConcurrentCreate starts processes at the same moment on a file that
// does not exist yet (jikenbo commands started together on a new
// casebook): every one must open it.
func TestConcurrentCreate(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary; skipped with -short")
	}
	for round := range 30 {
		path := tempPath(t)
		var cmds []*exec.Cmd
		var outs []*strings.Builder
		for range 4 {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), openChildEnv+"="+path)
			var out strings.Builder
			cmd.Stdout, cmd.Stderr = &out, &out
			cmds, outs = append(cmds, cmd), append(outs, &out)
		}
		for i, err := range storetest.RunTogether(t, cmds) {
			if err != nil {
				t.Errorf("round %d: process %d: %v: %s", round, i, err, outs[i])
			}
		}
		if t.Failed() {
			return
		}
	}
}
