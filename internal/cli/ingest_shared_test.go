package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/open"
	"github.com/jikenbo/jikenbo/internal/store/storetest"
)

// splitSample copies the bundled sample corpus into two directories,
// alternating files in name order, so that the reports of each incident
// told several times are spread over both; it also returns a directory
// holding all of them.
func splitSample(t *testing.T) (all, a, b string) {
	t.Helper()
	var files []string
	for _, sub := range []string{"press", "news", "html", "compilations"} {
		m, err := filepath.Glob(filepath.Join("..", "..", "sample", sub, "*"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("sample corpus: %d files", len(files))
	}
	slices.Sort(files)
	all, a, b = t.TempDir(), t.TempDir(), t.TempDir()
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(f)) + "_" + filepath.Base(f)
		half := a
		if i%2 == 1 {
			half = b
		}
		for _, dir := range []string{all, half} {
			if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return all, a, b
}

// casebookIncidents renders the incidents of a casebook as sorted groups
// of "file#seq" of their reports, independent of numbers and paths.
func casebookIncidents(t *testing.T, dsn string) (groups []string, incidents int) {
	t.Helper()
	st, err := open.Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	incs, err := st.Incidents(t.Context(), store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, inc := range incs {
		rs, err := st.IncidentReports(t.Context(), inc.ID)
		if err != nil {
			t.Fatal(err)
		}
		var g []string
		for _, r := range rs {
			doc, err := st.Document(t.Context(), r.DocumentID)
			if err != nil {
				t.Fatal(err)
			}
			g = append(g, fmt.Sprintf("%s#%d", doc.Name, r.Seq))
		}
		slices.Sort(g)
		groups = append(groups, strings.Join(g, "+"))
	}
	slices.Sort(groups)
	return groups, len(incs)
}

// TestConcurrentIngestsShareCasebook runs two `jikenbo ingest` processes at
// the same time on two halves of the sample corpus, into one casebook
// (SQLite, and PostgreSQL when JIKENBO_TEST_POSTGRES is set): they must
// give the incidents one ingest of the whole corpus gives, each once.
func TestConcurrentIngestsShareCasebook(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	all, a, b := splitSample(t)
	backends := []struct {
		name  string
		fresh func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "c.db") }},
		{"postgres", func(t *testing.T) string { return storetest.PostgresSchema(t) }},
	}
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			ref := be.fresh(t)
			mustRun(t, "ingest", "--db", ref, all)
			want, wantN := casebookIncidents(t, ref)
			t.Logf("one ingest of the %s corpus: %d incidents", be.name, wantN)
			for round := range 2 {
				db := be.fresh(t)
				var cmds []*exec.Cmd
				var outs []*bytes.Buffer
				for _, dir := range []string{a, b} {
					cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "ingest", "--db", db, dir)
					cmd.Env = append(os.Environ(), "JIKENBO_CLI_CHILD=1")
					var out bytes.Buffer
					cmd.Stdout, cmd.Stderr = &out, &out
					cmds, outs = append(cmds, cmd), append(outs, &out)
				}
				for i, err := range storetest.RunTogether(t, cmds) {
					if err != nil {
						t.Fatalf("round %d: ingest of half %d: %v\n%s", round, i, err, outs[i])
					}
				}
				got, gotN := casebookIncidents(t, db)
				if gotN != wantN {
					t.Errorf("round %d: %d incidents after two concurrent ingests, want %d as from one", round, gotN, wantN)
				}
				if !slices.Equal(got, want) {
					t.Fatalf("round %d: incidents differ\n only after two ingests:\n%s\n only after one:\n%s",
						round, strings.Join(minus(got, want), "\n"), strings.Join(minus(want, got), "\n"))
				}
			}
		})
	}
}

// minus returns the elements of a not in b.
func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}
