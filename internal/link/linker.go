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
// LockLinking) while they decide and write, and compare the store's linking
// generation with the one the Linker's index matches: when another process
// linked reports, merged or split incidents or set overrides since, the
// index is rebuilt from the store (a full Load) before linking. A process
// alone pays one lock and one generation read per call, no reload. A
// Linker is not safe for concurrent use by several goroutines.
type Linker struct {
	st  store.Store
	opt LinkerOptions

	loaded    bool
	gen       int64 // linking generation the index matches, when loaded
	idx       *Index
	incOf     []int64         // cluster → incident
	clusterOf map[int64]int   // incident → cluster
	reportAt  []int64         // index position → report
	linked    map[int64]bool  // reports in the index
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
// Relink call it by themselves the first time and whenever the store's
// linking generation shows that another process changed incidents, keys or
// overrides; calling it is only needed to inspect Index or Organizations
// afresh.
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
	// The generation was read first: a change made while loading makes
	// the next sync load again rather than be missed.
	l.gen = gen
	return nil
}

// sync brings the index up to date with the store, reloading it when the
// linking generation moved since the index was built or last written.
// The caller holds the linking lock.
func (l *Linker) sync(ctx context.Context) error {
	if !l.loaded {
		return l.Load(ctx)
	}
	gen, err := l.st.LinkGeneration(ctx)
	if err != nil {
		return fmt.Errorf("link: %w", err)
	}
	if gen == l.gen {
		return nil
	}
	return l.Load(ctx)
}

// wrote records one committed write of the linker: the store incremented
// the generation by one, which the index already reflects.
func (l *Linker) wrote() { l.gen++ }

func (l *Linker) load(ctx context.Context) error {
	l.idx = NewIndex(l.opt.Options)
	l.incOf = nil
	l.clusterOf = map[int64]int{}
	l.reportAt = nil
	l.linked = map[int64]bool{}
	l.pins = map[int64]int64{}
	l.keepOut = map[int64]map[int64]bool{}
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
	ovs, err := l.st.Overrides(ctx)
	if err != nil {
		return fmt.Errorf("link: load overrides: %w", err)
	}
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
	l.loaded = true
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
	l.idx.Put(k, l.cluster(incident))
	l.reportAt = append(l.reportAt, report)
	l.linked[report] = true
}

// Link links reports that were just stored (their IDs set). Reports that
// are no incidents, or already belong to an incident (here or, as the
// store shows, by another process), are skipped. retrieved is the
// retrieval time of their document, used for the incident number's year
// when a report carries no published date (zero means now).
//
// Link holds the store's linking lock for the whole call and first
// reloads the index when another process changed the casebook since.
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
		if !r.Facts.IsIncident || r.IncidentID != 0 || l.linked[r.ID] {
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
		l.reportAt = append(l.reportAt, r.ID)
		l.linked[r.ID] = true
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
	ck, cd := l.clusterOf[keep], l.clusterOf[drop]
	l.idx.Merge(ck, cd)
	l.clusterOf[drop] = ck
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
