package link

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// LinkerOptions tune a Linker.
type LinkerOptions struct {
	Options
	// AutoMerge merges two incidents when a new report links to both (the
	// older incident is kept), unless an analyst kept a report of one out of
	// the other. Off, the pairs are only returned in Result.Suggested.
	AutoMerge bool
	// Who names the linker in the audit log of automatic merges.
	// Default "linker".
	Who string
}

// Result says what the Linker did with one report.
type Result struct {
	ReportID   int64
	IncidentID int64  // 0 for a report that is no incident
	Number     string // casebook number of a newly created incident
	New        bool   // the report opened a new incident
	Pinned     bool   // an analyst's pin decided
	Reason     string
	// Suggested lists other incidents the report also links to; with
	// AutoMerge they were merged into IncidentID or it into them.
	Suggested []int64
	Merged    []int64 // incidents merged away because of this report
}

// Linker links newly stored reports to incidents in a store, incrementally:
// it rebuilds an Index from the stored link keys, then for each new report
// decides attach or new, creates the incident (numbered in the year of the
// report's published date, else of retrieval), assigns the report and
// stores its key. Analysts' overrides are honoured: a pinned report goes to
// its incident, a report kept out of an incident never joins it.
//
// Several processes (or several Linkers) may link into one casebook at
// once. Link and Relink hold the store's linking lock (store.Store
// LockLinking) while they decide and write, and first bring the index up to
// date with the store's linking generation: when another process linked
// reports, merged incidents or set overrides since, the Linker applies
// those changes (store.Store LinkChanges); a change it cannot apply in
// place (a report moved out of its incident, keys recomputed by Relink, a
// log that no longer reaches back) makes it rebuild the index from the
// store (a full Load). A process alone pays the lock and one generation
// read per call. A Linker is not safe for concurrent use by several
// goroutines.
type Linker struct {
	st  store.Store
	opt LinkerOptions

	loaded    bool
	loads     int   // full loads so far (for tests)
	gen       int64 // linking generation whose changes the index reflects
	own       int64 // changes written by this Linker since gen
	idx       *Index
	incOf     []int64         // cluster → incident
	clusterOf map[int64]int   // incident → cluster
	reportAt  []int64         // index position → report
	linked    map[int64]int   // report → index position
	pins      map[int64]int64 // report → incident it is pinned to
	keepOut   map[int64]map[int64]bool
}

// NewLinker returns a Linker over st. Nothing is read until the first Link
// or Load.
func NewLinker(st store.Store, opt LinkerOptions) *Linker {
	if opt.Who == "" {
		opt.Who = "linker"
	}
	return &Linker{st: st, opt: opt}
}

// Index returns the linker's index (for Organizations and Explain); it is
// nil before Load, and replaced by each reload.
func (l *Linker) Index() *Index { return l.idx }

// Load (re)reads the link keys and overrides from the store. Link and
// Relink call it by themselves the first time and whenever the changes
// other processes made since cannot be applied in place; calling it is only
// needed to inspect Index or Organizations afresh.
func (l *Linker) Load(ctx context.Context) error {
	gen, err := l.st.LinkGeneration(ctx)
	if err != nil {
		l.loaded = false
		return fmt.Errorf("link: %w", err)
	}
	if err := l.load(ctx); err != nil {
		l.loaded = false
		return err
	}
	// The generation was read first: changes committed while loading are
	// applied again by the next sync, which leaves what is there as it is.
	l.gen, l.own = gen, 0
	l.loads++
	return nil
}

// sync brings the index up to date with the store. The caller holds the
// linking lock.
func (l *Linker) sync(ctx context.Context) error {
	if !l.loaded {
		return l.Load(ctx)
	}
	gen, err := l.st.LinkGeneration(ctx)
	if err != nil {
		return fmt.Errorf("link: %w", err)
	}
	if gen == l.gen+l.own {
		// Every change since gen is one of this Linker's own writes, made
		// under the lock after gen was read: the index has them.
		l.gen, l.own = gen, 0
		return nil
	}
	ok, err := l.catchUp(ctx)
	if err != nil {
		l.loaded = false
		return err
	}
	if !ok {
		return l.Load(ctx)
	}
	return nil
}

// wrote records one committed write of the Linker, which the index
// already reflects.
func (l *Linker) wrote() { l.own++ }

// catchUp applies the changes logged since l.gen, this Linker's own among
// them, to the index. Every change is applied so that a state already
// holding it is left as it is. It returns false, with the index partly
// updated, when a change cannot be applied in place: the caller reloads.
func (l *Linker) catchUp(ctx context.Context) (bool, error) {
	changes, complete, err := l.st.LinkChanges(ctx, l.gen)
	if err != nil {
		return false, fmt.Errorf("link: %w", err)
	}
	if !complete {
		return false, nil
	}
	newKeyAt := map[int64]int64{} // report → generation of its first key
	for _, c := range changes {
		if c.Kind == store.ChangeNewKey {
			newKeyAt[c.ReportID] = c.Generation
		}
	}
	overrides := false
	for _, c := range changes {
		switch c.Kind {
		case store.ChangeIncident:
			// An incident without reports changes nothing to link against.
		case store.ChangeAssign:
			if pos, ok := l.linked[c.ReportID]; ok {
				// Indexed already: fine if it stays in the same incident.
				cl, known := l.clusterOf[c.IncidentID]
				if c.IncidentID == 0 || !known || l.idx.entries[pos].cluster != cl {
					return false, nil
				}
			} else if c.IncidentID != 0 && c.Key != nil && newKeyAt[c.ReportID] < c.Generation {
				// A report whose key was stored before joins an incident.
				return false, nil
			}
			// Otherwise the report comes with its first key (ChangeNewKey).
		case store.ChangeNewKey:
			if _, ok := l.linked[c.ReportID]; ok || c.Key == nil || c.Key.IncidentID == 0 {
				continue // indexed already, or in no incident
			}
			k, err := KeyFromLinkKey(*c.Key)
			if err != nil {
				return false, nil
			}
			// The key comes with the report's incident as it is now;
			// later changes of it follow in the log.
			l.put(k, c.ReportID, c.Key.IncidentID)
		case store.ChangeMerge:
			l.mergeClusters(c.IncidentID, c.OtherID)
			overrides = true // merges move overrides too
		case store.ChangeOverride:
			overrides = true
		default: // keys replaced, reports stored linked, or unknown
			return false, nil
		}
	}
	if overrides {
		if err := l.loadOverrides(ctx); err != nil {
			return false, err
		}
	}
	if len(changes) > 0 {
		l.gen = changes[len(changes)-1].Generation
	}
	l.own = 0
	return true, nil
}

// mergeClusters merges the cluster of incident drop into that of keep and
// points every incident of drop's cluster at keep's.
func (l *Linker) mergeClusters(keep, drop int64) {
	ck, cd := l.cluster(keep), l.cluster(drop)
	if ck == cd {
		return
	}
	l.idx.Merge(ck, cd)
	for inc, c := range l.clusterOf {
		if c == cd {
			l.clusterOf[inc] = ck
		}
	}
}

func (l *Linker) load(ctx context.Context) error {
	l.idx = NewIndex(l.opt.Options)
	l.incOf = nil
	l.clusterOf = map[int64]int{}
	l.reportAt = nil
	l.linked = map[int64]int{}
	err := l.st.LinkKeys(ctx, func(lk store.LinkKey) error {
		if lk.IncidentID == 0 {
			return nil
		}
		k, err := KeyFromLinkKey(lk)
		if err != nil {
			return err
		}
		l.put(k, lk.ReportID, lk.IncidentID)
		return nil
	})
	if err != nil {
		return fmt.Errorf("link: load keys: %w", err)
	}
	if err := l.loadOverrides(ctx); err != nil {
		return err
	}
	l.loaded = true
	return nil
}

// loadOverrides (re)reads the analysts' pins and keep-outs.
func (l *Linker) loadOverrides(ctx context.Context) error {
	ovs, err := l.st.Overrides(ctx)
	if err != nil {
		return fmt.Errorf("link: load overrides: %w", err)
	}
	l.pins = map[int64]int64{}
	l.keepOut = map[int64]map[int64]bool{}
	for _, o := range ovs {
		if o.Pin {
			l.pins[o.ReportID] = o.IncidentID
			continue
		}
		if l.keepOut[o.ReportID] == nil {
			l.keepOut[o.ReportID] = map[int64]bool{}
		}
		l.keepOut[o.ReportID][o.IncidentID] = true
	}
	return nil
}

// cluster returns the cluster of an incident, giving it one if it has none.
func (l *Linker) cluster(incident int64) int {
	if c, ok := l.clusterOf[incident]; ok {
		return c
	}
	c := len(l.incOf)
	for l.idx.Clusters() <= c {
		l.idx.clusters = append(l.idx.clusters, nil)
	}
	l.incOf = append(l.incOf, incident)
	l.clusterOf[incident] = c
	return c
}

func (l *Linker) put(k Key, report, incident int64) {
	l.linked[report] = l.idx.Len()
	l.idx.Put(k, l.cluster(incident))
	l.reportAt = append(l.reportAt, report)
}

// Link links reports that were just stored (their IDs set). Reports that
// are no incidents, or already belong to an incident (here or, as the
// store shows, by another process), are skipped. retrieved is the
// retrieval time of their document, used for the incident number's year
// when a report carries no published date (zero means now).
//
// Link holds the store's linking lock for the whole call and first
// catches up with what other processes changed since (see Linker).
func (l *Linker) Link(ctx context.Context, reports []model.Report, retrieved time.Time) (out []Result, err error) {
	unlock, err := l.st.LockLinking(ctx)
	if err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	defer func() {
		if uerr := unlock(); uerr != nil {
			err = errors.Join(err, fmt.Errorf("link: %w", uerr))
		}
	}()
	if err := l.sync(ctx); err != nil {
		return nil, err
	}
	return l.link(ctx, reports, retrieved)
}

// link is Link under the lock, on a synced index. After a failure the
// index may hold what the store does not: the next call reloads it.
func (l *Linker) link(ctx context.Context, reports []model.Report, retrieved time.Time) ([]Result, error) {
	if retrieved.IsZero() {
		retrieved = time.Now()
	}
	var out []Result
	for i := range reports {
		r := &reports[i]
		if _, done := l.linked[r.ID]; !r.Facts.IsIncident || r.IncidentID != 0 || done {
			continue // no incident, or linked already
		}
		res, err := l.linkOne(ctx, r, retrieved)
		if err != nil {
			l.loaded = false
			return out, err
		}
		out = append(out, res)
	}
	return out, nil
}

func (l *Linker) linkOne(ctx context.Context, r *model.Report, retrieved time.Time) (Result, error) {
	k := NewKey(Item{Doc: strconv.FormatInt(r.DocumentID, 10), Seq: r.Seq, Text: r.Text, Facts: r.Facts})
	res := Result{ReportID: r.ID}
	if inc, ok := l.pins[r.ID]; ok {
		res.IncidentID, res.Pinned, res.Reason = inc, true, "pinned by an analyst"
		l.put(k, r.ID, inc)
	} else {
		out := l.keepOut[r.ID]
		d := l.idx.AddKey(k, func(c int) bool { return c < len(l.incOf) && out[l.incOf[c]] })
		res.Reason = d.Reason
		if d.New {
			year := incidentYear(r.Facts, retrieved)
			inc, err := l.st.CreateIncident(ctx, year, r.Facts.Organization)
			if err != nil {
				return res, fmt.Errorf("link: report %d: %w", r.ID, err)
			}
			l.wrote()
			res.New, res.Number = true, inc.Number
			if c := l.cluster(inc.ID); c != d.Cluster {
				return res, fmt.Errorf("link: report %d: cluster %d for new incident %d, index opened %d", r.ID, c, inc.ID, d.Cluster)
			}
		}
		res.IncidentID = l.incOf[d.Cluster]
		l.linked[r.ID] = len(l.reportAt)
		l.reportAt = append(l.reportAt, r.ID)
		for _, c := range d.Also {
			res.Suggested = append(res.Suggested, l.incOf[c])
		}
	}
	if err := l.st.AssignReport(ctx, r.ID, res.IncidentID); err != nil {
		return res, fmt.Errorf("link: %w", err)
	}
	l.wrote()
	if err := l.st.SaveLinkKeys(ctx, []store.LinkKey{k.LinkKey(r.ID, res.IncidentID)}); err != nil {
		return res, fmt.Errorf("link: %w", err)
	}
	l.wrote()
	if l.opt.AutoMerge {
		for _, other := range res.Suggested {
			merged, err := l.merge(ctx, res.IncidentID, other, res.Reason)
			if err != nil {
				return res, err
			}
			if merged != 0 {
				res.Merged = append(res.Merged, merged)
				if merged == res.IncidentID {
					res.IncidentID = other
				}
			}
		}
	}
	return res, nil
}

// merge merges incidents a and b, keeping the older (lower id), unless an
// analyst kept a report of one out of the other. It returns the incident
// merged away, or 0.
func (l *Linker) merge(ctx context.Context, a, b int64, why string) (int64, error) {
	ca, okA := l.clusterOf[a]
	cb, okB := l.clusterOf[b]
	if a == b || !okA || !okB || ca == cb {
		return 0, nil
	}
	keep, drop := min(a, b), max(a, b)
	for _, pair := range [][2]int64{{a, b}, {b, a}} {
		for _, m := range l.idx.Members(l.clusterOf[pair[0]]) {
			if l.keepOut[l.reportAt[m]][pair[1]] {
				return 0, nil
			}
		}
	}
	audit := store.Audit{At: time.Now().UTC(), Who: l.opt.Who, Action: "merge",
		Detail: fmt.Sprintf("incident %d into %d", drop, keep), Why: why}
	if err := l.st.MergeIncidents(ctx, keep, drop, audit); err != nil {
		return 0, fmt.Errorf("link: %w", err)
	}
	l.wrote()
	l.mergeClusters(keep, drop)
	return drop, nil
}

// Relink refreshes the stored keys of every report from its current text and
// facts (after a reextract), keeping each report's incident as it is, so
// analysts' merges and splits survive; then it reloads the index and links
// the incident reports that belong to no incident yet. retrieved gives a
// document's retrieval time for incident numbers (nil means now). It holds
// the store's linking lock throughout, so other processes' linkers wait.
func (l *Linker) Relink(ctx context.Context, retrieved func(docID int64) time.Time) (out []Result, err error) {
	unlock, err := l.st.LockLinking(ctx)
	if err != nil {
		return nil, fmt.Errorf("link: relink: %w", err)
	}
	defer func() {
		if uerr := unlock(); uerr != nil {
			err = errors.Join(err, fmt.Errorf("link: relink: %w", uerr))
		}
	}()
	var keys []store.LinkKey
	var unlinked []model.Report
	err = l.st.EachReport(ctx, func(r *model.Report) error {
		if r.IncidentID != 0 {
			k := NewKey(Item{Doc: strconv.FormatInt(r.DocumentID, 10), Seq: r.Seq, Text: r.Text, Facts: r.Facts})
			keys = append(keys, k.LinkKey(r.ID, r.IncidentID))
		} else if r.Facts.IsIncident {
			unlinked = append(unlinked, *r)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("link: relink: %w", err)
	}
	for len(keys) > 0 {
		n := min(len(keys), 500)
		if err := l.st.SaveLinkKeys(ctx, keys[:n]); err != nil {
			return nil, fmt.Errorf("link: relink: %w", err)
		}
		keys = keys[n:]
	}
	if err := l.Load(ctx); err != nil {
		return nil, err
	}
	for i := range unlinked {
		at := time.Time{}
		if retrieved != nil {
			at = retrieved(unlinked[i].DocumentID)
		}
		res, err := l.link(ctx, unlinked[i:i+1], at)
		if err != nil {
			return out, err
		}
		out = append(out, res...)
	}
	return out, nil
}

// Organizations returns the organizations (as written) and vendors of an
// incident's reports as the linker knows them: for a vendor incident, every
// affected organization.
func (l *Linker) Organizations(incidentID int64) (orgs, vendors []string) {
	c, ok := l.clusterOf[incidentID]
	if !ok || l.idx == nil {
		return nil, nil
	}
	return l.idx.Organizations(c)
}

// incidentYear is the year a new incident is numbered in: the year its
// first report was published, else the year it was discovered (a news
// item without a dateline), else the year the report was retrieved.
func incidentYear(f model.Facts, retrieved time.Time) int {
	for _, d := range []string{f.Published, f.Discovered} {
		if t, err := time.Parse(time.DateOnly, d); err == nil {
			return t.Year()
		}
	}
	return retrieved.Year()
}
