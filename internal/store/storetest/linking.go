package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// generation returns s's linking generation, failing t on error.
func generation(t *testing.T, s store.Store) int64 {
	t.Helper()
	g, err := s.LinkGeneration(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// testLinkGeneration checks that every write changing what a linker reads
// increments the generation by exactly one, that failed writes and reads
// leave it alone, and that a report stored already linked counts.
func testLinkGeneration(t *testing.T, s store.Store) {
	if g := generation(t, s); g != 0 {
		t.Fatalf("generation of a new casebook = %d; want 0", g)
	}
	var (
		rs         []model.Report
		keep, drop *model.Incident
	)
	audit := store.Audit{Who: "analyst", Action: "test"}
	steps := []struct {
		name string
		fn   func() error
		bump int64
	}{
		{"PutDocument and SaveReports of unlinked reports", func() error {
			_, rs = seed(t, s, "g")
			return nil
		}, 0},
		{"CreateIncident", func() (err error) {
			keep, err = s.CreateIncident(ctx(t), 2024, "株式会社みなと精機")
			return err
		}, 1},
		{"CreateIncident again", func() (err error) { drop, err = s.CreateIncident(ctx(t), 2024, "みなと精機"); return err }, 1},
		{"AssignReport", func() error { return s.AssignReport(ctx(t), rs[0].ID, keep.ID) }, 1},
		{"AssignReport to the other", func() error { return s.AssignReport(ctx(t), rs[1].ID, drop.ID) }, 1},
		{"SaveLinkKeys of two reports", func() error {
			return s.SaveLinkKeys(ctx(t), []store.LinkKey{{ReportID: rs[0].ID, Org: "みなと精機"}, {ReportID: rs[1].ID, Org: "みなと精機"}})
		}, 1},
		{"SetOverride pin", func() error { return s.SetOverride(ctx(t), ov(rs[1].ID, drop.ID, true), audit) }, 1},
		{"SetOverride keep-out", func() error { return s.SetOverride(ctx(t), ov(rs[0].ID, drop.ID, false), audit) }, 1},
		{"MergeIncidents", func() error { return s.MergeIncidents(ctx(t), keep.ID, drop.ID, audit) }, 1},
		{"reads", func() error {
			_, err := s.Incidents(ctx(t), store.ListOptions{})
			if err == nil {
				_, err = s.Overrides(ctx(t))
			}
			if err == nil {
				err = s.LinkKeys(ctx(t), func(store.LinkKey) error { return nil })
			}
			return err
		}, 0},
		{"UpdateFacts", func() error { return s.UpdateFacts(ctx(t), rs) }, 0},
		{"failed AssignReport", func() error {
			if err := s.AssignReport(ctx(t), rs[0].ID+100, keep.ID); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("AssignReport(missing report) error = %v; want ErrNotFound", err)
			}
			return nil
		}, 0},
		{"failed SaveLinkKeys", func() error {
			if err := s.SaveLinkKeys(ctx(t), []store.LinkKey{{ReportID: rs[0].ID}, {ReportID: rs[1].ID + 100}}); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("SaveLinkKeys(missing report) error = %v; want ErrNotFound", err)
			}
			return nil
		}, 0},
		{"failed MergeIncidents", func() error {
			if err := s.MergeIncidents(ctx(t), keep.ID, keep.ID, audit); err == nil {
				t.Error("MergeIncidents(same incident) succeeded")
			}
			return nil
		}, 0},
		{"SaveReports of a linked report", func() error {
			id := put(t, s, newDoc("linked", text+"linked"))
			r := twoReports(t)[:1]
			r[0].IncidentID = keep.ID
			err := s.SaveReports(ctx(t), id, r)
			rs = append(rs, r...)
			return err
		}, 1},
		{"SaveLinkKeys of a report's first key", func() error {
			return s.SaveLinkKeys(ctx(t), []store.LinkKey{{ReportID: rs[2].ID, Org: "みなと精機", Signature: []byte{1, 0, 0, 0}}})
		}, 1},
		{"SaveLinkKeys replacing it", func() error {
			return s.SaveLinkKeys(ctx(t), []store.LinkKey{{ReportID: rs[2].ID, Org: "みなと精機株式会社"}})
		}, 1},
		{"AssignReport of a report with a key", func() error { return s.AssignReport(ctx(t), rs[2].ID, drop.ID) }, 1},
	}
	for _, st := range steps {
		before := generation(t, s)
		if err := st.fn(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if got := generation(t, s) - before; got != st.bump {
			t.Errorf("%s: generation moved by %d; want %d", st.name, got, st.bump)
		}
	}

	// The log holds one change per generation, in order.
	now := generation(t, s)
	changes, complete, err := s.LinkChanges(ctx(t), 0)
	if err != nil || !complete || int64(len(changes)) != now {
		t.Fatalf("LinkChanges(0) = %d changes, complete %v, %v; want %d, complete", len(changes), complete, err, now)
	}
	want := []store.LinkChange{
		{Kind: store.ChangeIncident, IncidentID: keep.ID},
		{Kind: store.ChangeIncident, IncidentID: drop.ID},
		{Kind: store.ChangeAssign, ReportID: rs[0].ID, IncidentID: keep.ID},
		{Kind: store.ChangeAssign, ReportID: rs[1].ID, IncidentID: drop.ID},
		{Kind: store.ChangeKeys},
		{Kind: store.ChangeOverride, ReportID: rs[1].ID, IncidentID: drop.ID},
		{Kind: store.ChangeOverride, ReportID: rs[0].ID, IncidentID: drop.ID},
		{Kind: store.ChangeMerge, IncidentID: keep.ID, OtherID: drop.ID},
		{Kind: store.ChangeReports},
		{Kind: store.ChangeNewKey, ReportID: rs[2].ID},
		{Kind: store.ChangeKeys},
		// drop was merged into keep: the assignment goes to keep.
		{Kind: store.ChangeAssign, ReportID: rs[2].ID, IncidentID: keep.ID},
	}
	for i, c := range changes {
		if c.Generation != int64(i+1) {
			t.Errorf("change %d has generation %d", i, c.Generation)
		}
		if i >= len(want) {
			break
		}
		w := want[i]
		if c.Kind != w.Kind || c.ReportID != w.ReportID || c.IncidentID != w.IncidentID || c.OtherID != w.OtherID {
			t.Errorf("change %d = %s report %d incident %d other %d; want %+v", i+1, c.Kind, c.ReportID, c.IncidentID, c.OtherID, w)
		}
		withKey := c.Kind == store.ChangeNewKey || (c.Kind == store.ChangeAssign && c.ReportID != rs[2].ID)
		if withKey && c.Key == nil {
			t.Errorf("change %d (%s of report %d) has no key", i+1, c.Kind, c.ReportID)
		}
		if c.Key != nil && (c.Key.ReportID != c.ReportID || c.Key.Org == "") {
			t.Errorf("change %d (%s of report %d) has key %+v", i+1, c.Kind, c.ReportID, c.Key)
		}
	}
	// Keys are joined as they are now: replaced, and in the report's
	// current incident.
	if k := changes[9].Key; k == nil || k.Org != "みなと精機株式会社" || k.IncidentID != keep.ID {
		t.Errorf("new key change: key %+v; want the current key, in incident %d", k, keep.ID)
	}
	if len(changes) != len(want) {
		t.Errorf("%d changes; want %d", len(changes), len(want))
	}
	if got, complete, err := s.LinkChanges(ctx(t), now-2); err != nil || !complete || len(got) != 2 || got[0].Generation != now-1 {
		t.Errorf("LinkChanges(now-2) = %+v, %v, %v; want the last two", got, complete, err)
	}
	if got, complete, err := s.LinkChanges(ctx(t), now); err != nil || !complete || len(got) != 0 {
		t.Errorf("LinkChanges(now) = %+v, %v, %v; want none, complete", got, complete, err)
	}
	if _, complete, err := s.LinkChanges(ctx(t), now+5); err != nil || complete {
		t.Errorf("LinkChanges(beyond now) complete = %v, %v; want incomplete", complete, err)
	}
}

// Linking-log limits: the log keeps at least the last logKeep changes
// (store.Store.LinkChanges); the SQL stores prune it every logPrune
// changes, so that logKeep+logPrune changes are sure to prune it once.
const (
	logKeep  = 10_000
	logPrune = 1_000
)

// testLinkLogPruning checks that the linking log is pruned to its most
// recent changes, and that a linker further behind is told to read
// everything again instead of being handed a log with a hole.
func testLinkLogPruning(t *testing.T, s store.Store) {
	if testing.Short() {
		t.Skip("writes 11,000 linking changes")
	}
	_, rs := seed(t, s, "prune")
	key := []store.LinkKey{{ReportID: rs[0].ID, Org: "みなと精機"}}
	for generation(t, s) < logKeep+logPrune {
		if err := s.SaveLinkKeys(ctx(t), key); err != nil {
			t.Fatal(err)
		}
	}
	now := generation(t, s)
	if _, complete, err := s.LinkChanges(ctx(t), 0); err != nil || complete {
		t.Errorf("LinkChanges(0) after pruning: complete %v, %v; want incomplete (pruned)", complete, err)
	}
	if _, complete, err := s.LinkChanges(ctx(t), now-logKeep-1); err != nil || complete {
		t.Errorf("LinkChanges(now-%d): complete %v, %v; want incomplete (pruned)", logKeep+1, complete, err)
	}
	got, complete, err := s.LinkChanges(ctx(t), now-logKeep)
	if err != nil || !complete || len(got) != logKeep || got[0].Generation != now-logKeep+1 {
		t.Errorf("LinkChanges(now-%d) = %d changes, complete %v, %v; want the last %d, complete", logKeep, len(got), complete, err, logKeep)
	}
}

// lockWait is how long a blocked LockLinking is given to show it waits.
const lockWait = 300 * time.Millisecond

// checkExclusion fails t unless a holds the linking lock against b: b's
// LockLinking waits while a holds it, fails with the context's error when
// its context ends first, and succeeds once a unlocks.
func checkExclusion(t *testing.T, a, b store.Store) {
	t.Helper()
	unlockA, err := a.LockLinking(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx(t), lockWait)
	start := time.Now()
	unlockB, err := b.LockLinking(short)
	cancel()
	if err == nil {
		unlockB()
		t.Fatal("second LockLinking succeeded while the first held the lock")
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("second LockLinking with a short context: %v; want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d < lockWait-10*time.Millisecond || d > lockWait+5*time.Second {
		t.Errorf("second LockLinking gave up after %v; want about %v", d, lockWait)
	}

	got := make(chan error, 1)
	released := make(chan struct{})
	go func() {
		unlock, err := b.LockLinking(context.Background())
		if err == nil {
			select {
			case <-released:
			default:
				err = errors.New("second LockLinking returned before the first unlocked")
			}
			err = errors.Join(err, unlock())
		}
		got <- err
	}()
	time.Sleep(lockWait)
	close(released)
	if err := unlockA(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-got:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("second LockLinking still waiting 10s after the first unlocked")
	}

	// Free again: both take it in turn without waiting.
	for _, s := range []store.Store{a, b} {
		c, cancel := context.WithTimeout(ctx(t), 5*time.Second)
		unlock, err := s.LockLinking(c)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if err := unlock(); err != nil {
			t.Fatal(err)
		}
	}
}

// testLockLinking checks the linking lock within one Store.
func testLockLinking(t *testing.T, s store.Store) {
	checkExclusion(t, s, s)
	done, cancel := context.WithCancel(ctx(t))
	cancel()
	if unlock, err := s.LockLinking(done); err == nil {
		unlock()
		t.Error("LockLinking with a cancelled context succeeded")
	} else if !errors.Is(err, context.Canceled) {
		t.Errorf("LockLinking with a cancelled context: %v; want context.Canceled", err)
	}
}

// checkConcurrentSaveReports saves the reports of one document from a and
// b at once, several times: one save wins, the other fails with
// ErrAlreadyProcessed (an ingest resuming a document another process is
// still processing), never with another error.
func checkConcurrentSaveReports(t *testing.T, a, b store.Store) {
	t.Helper()
	for i := range 5 {
		id := put(t, a, newDoc(fmt.Sprint("race-", i), text+fmt.Sprint("race-", i)))
		errs := make(chan error, 2)
		for _, s := range []store.Store{a, b} {
			go func() { errs <- s.SaveReports(context.Background(), id, twoReports(t)) }()
		}
		e1, e2 := <-errs, <-errs
		if e1 != nil {
			e1, e2 = e2, e1
		}
		if e1 != nil || !errors.Is(e2, store.ErrAlreadyProcessed) {
			t.Fatalf("document %d saved twice at once: errors %v and %v; want nil and ErrAlreadyProcessed", id, e1, e2)
		}
		if rs, err := a.Reports(ctx(t), store.ListOptions{Document: id}); err != nil || len(rs) != 2 {
			t.Fatalf("document %d has %d reports (%v); want 2", id, len(rs), err)
		}
	}
}
