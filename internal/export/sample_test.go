package export_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/export"
	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/ingest"
	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/store/open"
	"github.com/jikenbo/jikenbo/sample"
)

// TestSampleCorpus ingests the bundled sample corpus with the real
// pipeline and validates every STIX object and VERIS record exported
// from it: real extractions have missing dates, unnamed organizations and
// file sources the hand-made fixture may not.
func TestSampleCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the sample corpus")
	}
	ctx := context.Background()
	st, err := open.Open(ctx, filepath.Join(t.TempDir(), "sample.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := func() time.Time { return time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC) }
	p := ingest.New(st, ingest.Options{Linker: link.NewLinker(st, link.LinkerOptions{AutoMerge: true}), Now: now})
	if _, err := p.RunFS(ctx, sample.FS, "sample"); err != nil {
		t.Fatal(err)
	}
	var stix, veris bytes.Buffer
	res, err := export.Write(ctx, st, filter.Filter{}, &stix, export.Options{Format: export.STIX})
	if err != nil {
		t.Fatal(err)
	}
	if res.Incidents < 20 {
		t.Fatalf("only %d incidents from the sample corpus", res.Incidents)
	}
	objs := validateSTIX(t, stix.Bytes())
	if len(objs) != res.Objects {
		t.Errorf("%d objects, Write counted %d", len(objs), res.Objects)
	}
	if _, err := export.Write(ctx, st, filter.Filter{}, &veris, export.Options{Format: export.VERIS, BaseURL: base}); err != nil {
		t.Fatal(err)
	}
	if recs := validateVERIS(t, veris.Bytes()); len(recs) != res.Incidents {
		t.Errorf("%d VERIS records for %d incidents", len(recs), res.Incidents)
	}
}
