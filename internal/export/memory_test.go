package export_test

import (
	"context"
	"flag"
	"io"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/export"
	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/gen"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store/open"
)

var memReports = flag.Int("memtest.reports", 0, "run TestConstantMemory on a generated casebook of this many reports (e.g. 20000)")

// peakHeap runs fn while sampling the live heap every few milliseconds
// and returns the largest value seen.
func peakHeap(fn func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	var mu sync.Mutex
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				metrics.Read(sample)
				mu.Lock()
				peak = max(peak, sample[0].Value.Uint64())
				mu.Unlock()
			}
		}
	}()
	fn()
	close(done)
	wg.Wait()
	return peak
}

// TestConstantMemory exports a generated casebook of n/10 and then n
// reports in every format and checks the peak heap does not grow with the
// casebook. It is slow (generation), so it runs only with
// -memtest.reports N.
func TestConstantMemory(t *testing.T) {
	n := *memReports
	if n == 0 {
		t.Skip("run with -memtest.reports N (e.g. 20000) to measure export memory on a generated casebook")
	}
	ctx := context.Background()
	st, err := open.Open(ctx, filepath.Join(t.TempDir(), "gen.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ix, err := search.New(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	measure := func(reports int) map[export.Format]uint64 {
		out := map[export.Format]uint64{}
		for _, f := range []export.Format{export.CSV, export.JSONL, export.STIX, export.VERIS} {
			var res export.Result
			var werr error
			peak := peakHeap(func() {
				res, werr = export.Write(ctx, st, filter.Filter{}, io.Discard, export.Options{Format: f})
			})
			if werr != nil {
				t.Fatal(werr)
			}
			if res.Reports != reports {
				t.Errorf("%s exported %d reports, want %d", f, res.Reports, reports)
			}
			out[f] = peak
			t.Logf("%d reports, %s: %d incidents, peak live heap %.1f MiB", reports, f, res.Incidents, float64(peak)/(1<<20))
		}
		return out
	}
	small := n / 10
	g1, err := gen.Generate(ctx, st, ix, gen.Options{Reports: small, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	before := measure(g1.Reports)
	g2, err := gen.Generate(ctx, st, ix, gen.Options{Reports: n - g1.Reports, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	after := measure(g1.Reports + g2.Reports)
	for f, b := range before {
		// Ten times the reports may not take much more memory: allow
		// 50% and 8 MiB of noise (GC timing, caches filling).
		if limit := b + b/2 + 8<<20; after[f] > limit {
			t.Errorf("%s: peak heap %d bytes at %d reports, %d at %d: grows with the casebook", f, after[f], n, b, small)
		}
	}
}
