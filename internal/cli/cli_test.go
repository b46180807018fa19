package cli_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/japanese"
	_ "modernc.org/sqlite"

	"github.com/jikenbo/jikenbo/internal/cli"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store/open"
)

// TestMain lets the test binary stand in for the jikenbo binary: with
// JIKENBO_CLI_CHILD set it runs the command line given after "--".
func TestMain(m *testing.M) {
	if os.Getenv("JIKENBO_CLI_CHILD") != "" {
		args := os.Args[1:]
		for i, a := range args {
			if a == "--" {
				args = args[i+1:]
				break
			}
		}
		os.Exit(cli.Main(args, os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// result is what one run of the command line produced.
type result struct {
	code           int
	stdout, stderr string
}

func run(t *testing.T, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Main(args, strings.NewReader(""), &out, &errb)
	return result{code, out.String(), errb.String()}
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	r := run(t, args...)
	if r.code != 0 {
		t.Fatalf("jikenbo %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r.stdout
}

// copyFixtures copies testdata files into a fresh directory.
func copyFixtures(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestExitStatus checks the exit-status convention: 0 success, 1 failure, 2 misuse.
func TestExitStatus(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	tests := []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"nosuchcommand"}, 2},
		{[]string{"help"}, 0},
		{[]string{"ingest", "--help"}, 0},
		{[]string{"extract", "--help"}, 0},
		{[]string{"extract"}, 2},
		{[]string{"extract", "--no-such-flag", "x"}, 2},
		{[]string{"ingest", "--db", db}, 2},
		{[]string{"show", "--db", db}, 2},
		{[]string{"show", "--db", db, "notanid"}, 2},
		{[]string{"show", "--db", db, "42"}, 1},
		{[]string{"show", "--db", db, "2024-001"}, 1},
		{[]string{"extract", "/nonexistent/file.txt"}, 1},
		{[]string{"reports", "--db", db}, 0},
		{[]string{"incidents", "--db", db, "--json"}, 0},
		{[]string{"link", "--db", db, "merge", "2024-001"}, 2},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, "_"), func(t *testing.T) {
			if r := run(t, tt.args...); r.code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", r.code, tt.code, r.stderr)
			}
		})
	}
}

// TestHelpEverywhere checks that every command answers --help on stdout.
func TestHelpEverywhere(t *testing.T) {
	r := run(t, "help")
	var names []string
	for _, line := range strings.Split(r.stdout, "\n") {
		if f := strings.Fields(line); len(f) > 1 && strings.HasPrefix(line, "  ") {
			names = append(names, f[0])
		}
	}
	if len(names) < 8 {
		t.Fatalf("help lists %d commands: %q", len(names), r.stdout)
	}
	for _, n := range names {
		r := run(t, n, "--help")
		if r.code != 0 || !strings.Contains(r.stdout, "Usage: jikenbo "+n) {
			t.Errorf("%s --help: exit %d, stdout %q", n, r.code, r.stdout)
		}
	}
}

// TestExtractJSON checks the SCHEMA.md shape of extract --json.
func TestExtractJSON(t *testing.T) {
	dir := copyFixtures(t, "notice_a.txt", "followup_a.txt", "notice_b.txt")
	out := mustRun(t, "extract", "--json", filepath.Join(dir, "notice_a.txt"), filepath.Join(dir, "followup_a.txt"), filepath.Join(dir, "notice_b.txt"))
	var got struct {
		Reports []map[string]json.RawMessage `json:"reports"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if len(got.Reports) != 3 {
		t.Fatalf("%d reports, want 3", len(got.Reports))
	}
	keys := []string{"doc", "span", "incident", "casebook_id", "is_incident", "organization", "title", "published",
		"discovered", "types", "affected", "card_affected", "data_types", "leak", "notified", "report_seq", "vendors"}
	for i, r := range got.Reports {
		for _, k := range keys {
			if _, ok := r[k]; !ok {
				t.Errorf("report %d lacks %q", i, k)
			}
		}
		if _, ok := r["evidence"]; ok {
			t.Errorf("report %d has evidence without --evidence", i)
		}
	}
	str := func(i int, k string) string {
		var s any
		_ = json.Unmarshal(got.Reports[i][k], &s)
		b, _ := json.Marshal(s)
		return string(b)
	}
	if str(0, "doc") != `"notice_a.txt"` {
		t.Errorf("doc = %s", str(0, "doc"))
	}
	if str(0, "incident") != str(1, "incident") {
		t.Errorf("first notice and 第2報 not linked: %s vs %s", str(0, "incident"), str(1, "incident"))
	}
	if str(0, "incident") == str(2, "incident") {
		t.Errorf("unrelated notices linked: %s", str(2, "incident"))
	}
	if str(1, "report_seq") != "2" {
		t.Errorf("report_seq of 第2報 = %s, want 2", str(1, "report_seq"))
	}
	if str(0, "published") != `"2024-03-12"` {
		t.Errorf("published = %s", str(0, "published"))
	}

	withEv := mustRun(t, "extract", "--json", "--evidence", filepath.Join(dir, "notice_a.txt"))
	if !strings.Contains(withEv, `"evidence"`) {
		t.Errorf("--evidence printed no evidence: %s", withEv)
	}
}

// TestIngestIdempotentAndArchive checks that re-ingest changes nothing and
// that archive show returns the original bytes, also for Shift_JIS input.
func TestIngestIdempotentAndArchive(t *testing.T) {
	dir := copyFixtures(t, "notice_a.txt", "notice_b.txt")
	utf8, _ := os.ReadFile(filepath.Join(dir, "notice_b.txt"))
	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes(utf8)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "notice_b.txt"), sjis, 0o644)
	db := filepath.Join(t.TempDir(), "c.db")

	out := mustRun(t, "ingest", dir, "--db", db)
	if !strings.Contains(out, "2 new, 0 unchanged, 0 refused") {
		t.Fatalf("first ingest: %s", out)
	}
	before := mustRun(t, "reports", "--db", db, "--json")
	out = mustRun(t, "ingest", "--db", db, dir)
	if !strings.Contains(out, "0 new, 2 unchanged, 0 refused") {
		t.Fatalf("second ingest: %s", out)
	}
	if after := mustRun(t, "reports", "--db", db, "--json"); after != before {
		t.Errorf("re-ingest changed the reports:\n%s\n%s", before, after)
	}
	docs := mustRun(t, "archive", "list", "--db", db, "--json")
	if !strings.Contains(docs, `"shift_jis"`) {
		t.Errorf("Shift_JIS not detected: %s", docs)
	}
	var id string
	for _, line := range strings.Split(strings.TrimSpace(docs), "\n") {
		var d struct {
			ID     int64  `json:"id"`
			Source string `json:"source"`
		}
		json.Unmarshal([]byte(line), &d)
		if strings.HasSuffix(d.Source, "notice_b.txt") {
			id = strings.TrimSpace(strings.Split(line, ",")[0][len(`{"id":`):])
		}
	}
	raw := mustRun(t, "archive", "show", "--db", db, id)
	if raw != string(sjis) {
		t.Errorf("archive show did not return the original bytes")
	}
}

// TestIngestRefusesBadFileKeepsRest checks that a malformed file is
// reported by name, the rest of the batch is stored, and the exit status is 1.
func TestIngestRefusesBadFileKeepsRest(t *testing.T) {
	dir := copyFixtures(t, "notice_a.txt", "broken.bin", "notice_b.txt")
	os.Rename(filepath.Join(dir, "broken.bin"), filepath.Join(dir, "broken.txt"))
	db := filepath.Join(t.TempDir(), "c.db")
	r := run(t, "ingest", "--db", db, dir)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1", r.code)
	}
	if !strings.Contains(r.stderr, "broken.txt") {
		t.Errorf("error does not name the file: %s", r.stderr)
	}
	if !strings.Contains(r.stdout, "2 new, 0 unchanged, 1 refused") {
		t.Errorf("counts: %s", r.stdout)
	}
}

// TestMergeSplitSurviveReextract checks analysts' overrides: merged
// numbers resolve, numbers are never reused, and both survive reextract.
func TestMergeSplitSurviveReextract(t *testing.T) {
	dir := copyFixtures(t, "notice_a.txt", "notice_b.txt", "followup_a.txt")
	db := filepath.Join(t.TempDir(), "c.db")
	mustRun(t, "ingest", "--db", db, dir)
	incs := listIncidents(t, db)
	if len(incs) != 2 {
		t.Fatalf("%d incidents, want 2: %v", len(incs), incs)
	}
	a, b := incs[0].Number, incs[1].Number
	mustRun(t, "link", "merge", a, b, "--db", db, "--who", "tester", "--why", "same event")
	if got := listIncidents(t, db); len(got) != 1 {
		t.Fatalf("after merge %d incidents", len(got))
	}
	older := min(a, b)
	newer := max(a, b)
	if out := mustRun(t, "show", newer, "--db", db); !strings.Contains(out, "merged into "+older) {
		t.Errorf("merged number does not resolve: %s", out)
	}
	var shown struct {
		Reports []struct {
			ID    int64 `json:"id"`
			Facts struct {
				Organization string `json:"organization"`
			} `json:"facts"`
		} `json:"reports"`
	}
	json.Unmarshal([]byte(mustRun(t, "show", older, "--db", db, "--json")), &shown)
	var split string
	for _, r := range shown.Reports {
		if strings.Contains(r.Facts.Organization, "ひがし野") {
			split = jsonInt(r.ID)
		}
	}
	if split == "" {
		t.Fatalf("merged incident lacks the city's report: %+v", shown)
	}
	mustRun(t, "link", "split", older, split, "--db", db)
	after := listIncidents(t, db)
	if len(after) != 2 {
		t.Fatalf("after split %d incidents", len(after))
	}
	for _, in := range after {
		if in.Number == newer {
			t.Errorf("split reused the merged-away number %s", newer)
		}
	}
	mustRun(t, "reextract", "--db", db)
	if again := listIncidents(t, db); len(again) != 2 || again[0].Number != after[0].Number || again[1].Number != after[1].Number {
		t.Errorf("reextract changed incidents: %v → %v", after, again)
	}
	log := mustRun(t, "link", "log", "--db", db)
	if !strings.Contains(log, "tester") || !strings.Contains(log, "same event") || !strings.Contains(log, "split") {
		t.Errorf("audit log: %s", log)
	}
}

func jsonInt(n int64) string { b, _ := json.Marshal(n); return string(b) }

type incidentRow struct {
	Number string `json:"number"`
}

func listIncidents(t *testing.T, db string) []incidentRow {
	t.Helper()
	var out []incidentRow
	for _, line := range strings.Split(strings.TrimSpace(mustRun(t, "incidents", "--db", db, "--json")), "\n") {
		if line == "" {
			continue
		}
		var r incidentRow
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// TestKill9DuringIngest kills an ingest of a large batch with SIGKILL and
// checks that the database opens, passes integrity_check, and that the next
// run completes the batch without duplicates.
func TestKill9DuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	tmpl, _ := os.ReadFile(filepath.Join("testdata", "notice_a.txt"))
	const n = 400
	for i := 0; i < n; i++ {
		body := strings.ReplaceAll(string(tmpl), "あおぞら", "あおぞら"+strings.Repeat("第", i%7)+jsonInt(int64(i)))
		os.WriteFile(filepath.Join(dir, "n"+jsonInt(int64(i))+".txt"), []byte(body), 0o644)
	}
	db := filepath.Join(t.TempDir(), "c.db")
	cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "ingest", "--db", db, dir)
	cmd.Env = append(os.Environ(), "JIKENBO_CLI_CHILD=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once some documents are in, well before the batch can finish.
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if countRows(t, db, "documents") >= 20 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	got := countRows(t, db, "documents")
	if got >= n {
		t.Skipf("ingest finished (%d documents) before it could be killed", got)
	}
	checkIntegrity(t, db)

	out := mustRun(t, "ingest", "--db", db, dir)
	if !strings.Contains(out, "0 refused") {
		t.Errorf("resume: %s", out)
	}
	checkIntegrity(t, db)
	if docs := countRows(t, db, "documents"); docs != n {
		t.Errorf("%d documents after resume, want %d", docs, n)
	}
	if reps := countRows(t, db, "reports"); reps != n {
		t.Errorf("%d reports after resume, want %d (one per notice, no duplicates)", reps, n)
	}
	if unlinked := countRows(t, db, "reports WHERE is_incident AND incident_id IS NULL"); unlinked != 0 {
		t.Errorf("%d incident reports left unlinked after resume", unlinked)
	}
}

func countRows(t *testing.T, db, from string) int {
	t.Helper()
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	h, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	var c int
	if err := h.QueryRow("SELECT count(*) FROM " + from).Scan(&c); err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return 0 // not created yet
		}
		t.Fatalf("count %s: %v", from, err)
	}
	return c
}

func checkIntegrity(t *testing.T, db string) {
	t.Helper()
	h, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	var res string
	if err := h.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q %v", res, err)
	}
}

// TestIngestRefreshesSearch checks that an ingest after the search index
// was built makes the new incidents findable without a rebuild.
func TestIngestRefreshesSearch(t *testing.T) {
	dir := copyFixtures(t, "notice_a.txt")
	later := copyFixtures(t, "notice_b.txt")
	db := filepath.Join(t.TempDir(), "c.db")
	mustRun(t, "ingest", "--db", db, dir)

	ctx := context.Background()
	st, err := open.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := search.New(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.ReindexAll(ctx); err != nil {
		t.Fatal(err)
	}
	find := func(q string) int {
		res, err := ix.Search(ctx, search.Request{Query: search.Parse(q)})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	if n := find("ひがし野市"); n != 0 {
		t.Fatalf("found %d before ingest", n)
	}
	st.Close()

	mustRun(t, "ingest", "--db", db, later)
	st, err = open.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if ix, err = search.New(ctx, st); err != nil {
		t.Fatal(err)
	}
	if n := find("ひがし野市"); n != 1 {
		t.Errorf("found %d incidents of the new notice after ingest, want 1", n)
	}
	if n := find("あおぞら"); n != 1 {
		t.Errorf("the earlier incident is gone from the index (%d)", n)
	}
}

// TestDemoBuildsSampleCasebook checks the demo on the bundled corpus: every
// encoding decoded, non-incident texts kept, follow-ups linked.
func TestDemoBuildsSampleCasebook(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	out := mustRun(t, "demo", "--db", db, "--serve=false")
	for _, want := range []string{"shift_jis", "euc-jp", "iso-2022-jp", "utf-16le", "text/html", "not incidents", "Incidents told by more than one report"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	again := mustRun(t, "demo", "--db", db, "--serve=false")
	if !strings.Contains(again, "(0 new this run)") {
		t.Errorf("second demo run ingested again:\n%s", again)
	}
}
