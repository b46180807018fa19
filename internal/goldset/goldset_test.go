package goldset_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jikenbo/jikenbo/internal/goldset"
	"github.com/jikenbo/jikenbo/internal/model"
)

// TestLoadCutsLikeScorePy checks the spans: anchors searched after the
// previous anchor's first character, so a verbatim repeat is found twice.
func TestLoadCutsLikeScorePy(t *testing.T) {
	dir := t.TempDir()
	text := "あいう\n事案A\n事案A\nおわり"
	os.WriteFile(filepath.Join(dir, "d.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(dir, "d.json"), []byte(`{"doc":"d.txt","reports":[
		{"anchor":"あいう","is_incident":false},{"anchor":"事案A","is_incident":true},{"anchor":"事案A","is_incident":true}]}`), 0o644)
	docs, err := goldset.Load(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	got := []model.Span{}
	for _, r := range docs[0].Reports {
		got = append(got, r.Span)
	}
	want := []model.Span{{Start: 0, End: 10}, {Start: 10, End: 18}, {Start: 18, End: len(text)}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("report %d span %v, want %v", i, got[i], want[i])
		}
	}
}

// TestLoadMissingAnchor checks that a wrong anchor is an error naming it.
func TestLoadMissingAnchor(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "d.txt"), []byte("本文"), 0o644)
	os.WriteFile(filepath.Join(dir, "d.json"), []byte(`{"doc":"d.txt","reports":[{"anchor":"ない"}]}`), 0o644)
	if _, err := goldset.Load(dir, dir); err == nil {
		t.Fatal("no error for a missing anchor")
	}
}

// TestSeeds loads the shared seeds when they are there.
func TestSeeds(t *testing.T) {
	docs, err := goldset.Seeds()
	if err == goldset.ErrNoShared {
		t.Skip("no ../shared beside the project root")
	}
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Reports)
	}
	if len(docs) != 5 || n < 50 {
		t.Errorf("%d seed documents with %d reports", len(docs), n)
	}
}
