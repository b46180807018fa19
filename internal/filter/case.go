package filter

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// Case is an incident with its reports (in published order) and the facts
// of the reports combined.
type Case struct {
	Incident     model.Incident
	Reports      []model.Report
	Organization string       // the incident's, else the first report's
	Title        string       // the first report title
	Sector       model.Sector // the first sector other than "other", else "other" or ""
	First, Last  string       // first and latest publication date
	Discovered   string       // earliest discovery date
	Types        []string     // union of the reports' types, sorted
	Affected     *int64       // the largest count of people affected
	CardAffected *int64       // the largest count of cards
	DataTypes    []string     // union, in taxonomy order
	Notified     []string     // union, in taxonomy order
	Leak         model.Leak   // the strongest statement of any report
	Vendors      []string     // union, in order of appearance
}

// leakRank orders leak values from the strongest statement.
var leakRank = map[model.Leak]int{model.LeakConfirmed: 4, model.LeakPossible: 3, model.LeakNone: 2, model.LeakUnknown: 1}

// NewCase combines the facts of an incident's reports.
func NewCase(inc model.Incident, reports []model.Report) *Case {
	c := &Case{Incident: inc, Reports: reports, Organization: inc.Organization,
		First: inc.FirstSeen, Last: inc.LastSeen, Types: slices.Clone(inc.Types), Affected: inc.Affected}
	var data, auth []string
	for i := range reports {
		f := &reports[i].Facts
		if c.Title == "" {
			c.Title = f.Title
		}
		if c.Organization == "" {
			c.Organization = f.Organization
		}
		if f.Sector != "" && (c.Sector == "" || c.Sector == model.SectorOther) {
			c.Sector = f.Sector
		}
		if leakRank[f.Leak] > leakRank[c.Leak] {
			c.Leak = f.Leak
		}
		if f.Discovered != "" && (c.Discovered == "" || f.Discovered < c.Discovered) {
			c.Discovered = f.Discovered
		}
		if f.Published != "" {
			if c.First == "" || f.Published < c.First {
				c.First = f.Published
			}
			if f.Published > c.Last {
				c.Last = f.Published
			}
		}
		c.Affected = maxPtr(c.Affected, f.Affected)
		c.CardAffected = maxPtr(c.CardAffected, f.CardAffected)
		c.Types = union(c.Types, f.Types)
		data = union(data, f.DataTypes)
		auth = union(auth, f.Notified)
		c.Vendors = union(c.Vendors, f.Vendors)
	}
	slices.Sort(c.Types)
	c.DataTypes = inOrder(model.DataTypes, data)
	c.Notified = inOrder(model.Authorities, auth)
	return c
}

// Lag returns the days from discovery to first publication, or -1 when
// either date is missing or the order is impossible.
func (c *Case) Lag() int {
	a, err1 := time.Parse(dateLayout, c.Discovered)
	b, err2 := time.Parse(dateLayout, c.First)
	if err1 != nil || err2 != nil || b.Before(a) {
		return -1
	}
	return int(b.Sub(a).Hours() / 24)
}

func maxPtr(a, b *int64) *int64 {
	if b == nil || (a != nil && *a >= *b) {
		return a
	}
	v := *b
	return &v
}

func union(a, b []string) []string {
	for _, v := range b {
		if !slices.Contains(a, v) {
			a = append(a, v)
		}
	}
	return a
}

// inOrder returns the codes of have in the order of list, unknown codes
// last.
func inOrder(list []model.Code, have []string) []string {
	var out []string
	for _, c := range list {
		if slices.Contains(have, c.Code) {
			out = append(out, c.Code)
		}
	}
	for _, h := range have {
		if !model.Valid(list, h) {
			out = append(out, h)
		}
	}
	return out
}

// pageSize is how many incident summaries Each reads at a time.
const pageSize = 2000

// Each calls fn with every incident of st matching f, newest casebook
// number first, reading incidents page by page and the reports of one
// incident at a time, so memory does not grow with the casebook.
func Each(ctx context.Context, st store.Store, f Filter, fn func(*Case) error) error {
	for off := 0; ; off += pageSize {
		incs, err := st.Incidents(ctx, store.ListOptions{Limit: pageSize, Offset: off})
		if err != nil {
			return fmt.Errorf("filter: list incidents: %w", err)
		}
		for i := range incs {
			if !f.MatchIncident(&incs[i]) {
				continue
			}
			reps, err := st.IncidentReports(ctx, incs[i].ID)
			if err != nil {
				return fmt.Errorf("filter: reports of incident %s: %w", incs[i].Number, err)
			}
			c := NewCase(incs[i], reps)
			if !f.MatchCase(c) {
				continue
			}
			if err := fn(c); err != nil {
				return err
			}
		}
		if len(incs) < pageSize {
			return nil
		}
	}
}

// Collect returns every case matching f (for digests and other outputs
// that must sort a bounded selection).
func Collect(ctx context.Context, st store.Store, f Filter) ([]*Case, error) {
	var out []*Case
	err := Each(ctx, st, f, func(c *Case) error {
		out = append(out, c)
		return nil
	})
	return out, err
}

// EachReport calls fn with every report of st matching f on its own
// facts, in id order, streaming.
func EachReport(ctx context.Context, st store.Store, f Filter, fn func(*model.Report) error) error {
	return st.EachReport(ctx, func(r *model.Report) error {
		if !f.MatchReport(r) {
			return nil
		}
		return fn(r)
	})
}
