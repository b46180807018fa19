package filter

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/jikenbo/jikenbo/internal/model"
)

// dateLayout is the ISO 8601 calendar date every period bound uses.
const dateLayout = "2006-01-02"

// Filter restricts incidents and reports. The zero Filter selects
// everything. Values of one field combine with OR, fields with AND.
type Filter struct {
	Types   []string // incident type codes; an incident matches when it has any
	Sectors []string // sector codes
	Orgs    []string // substrings of the organization (NFKC, case-folded)
	From    string   // first published on or after this date (ISO 8601), inclusive
	To      string   // first published on or before this date, inclusive
}

// IsZero reports whether f selects everything.
func (f Filter) IsZero() bool {
	return len(f.Types) == 0 && len(f.Sectors) == 0 && len(f.Orgs) == 0 && f.From == "" && f.To == ""
}

// HasPeriod reports whether f restricts the publication date.
func (f Filter) HasPeriod() bool { return f.From != "" || f.To != "" }

// String describes f in the flag syntax, for logs and ids.
func (f Filter) String() string {
	var p []string
	for _, t := range f.Types {
		p = append(p, "--type "+t)
	}
	for _, s := range f.Sectors {
		p = append(p, "--sector "+s)
	}
	for _, o := range f.Orgs {
		p = append(p, "--org "+o)
	}
	if f.From != "" {
		p = append(p, "--from "+f.From)
	}
	if f.To != "" {
		p = append(p, "--to "+f.To)
	}
	return strings.Join(p, " ")
}

// Validate checks the codes and dates of f.
func (f Filter) Validate() error {
	for _, t := range f.Types {
		if !model.Valid(model.IncidentTypes, t) {
			return fmt.Errorf("filter: unknown incident type %q", t)
		}
	}
	for _, s := range f.Sectors {
		if !model.Valid(model.Sectors, s) {
			return fmt.Errorf("filter: unknown sector %q", s)
		}
	}
	for _, d := range []string{f.From, f.To} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(dateLayout, d); err != nil {
			return fmt.Errorf("filter: date %q is not YYYY-MM-DD", d)
		}
	}
	if f.From != "" && f.To != "" && f.To < f.From {
		return fmt.Errorf("filter: --to %s is before --from %s", f.To, f.From)
	}
	return nil
}

// InPeriod reports whether the ISO date d lies in f's period. An empty
// date lies in no bounded period.
func (f Filter) InPeriod(d string) bool {
	if !f.HasPeriod() {
		return true
	}
	if d == "" {
		return false
	}
	return (f.From == "" || d >= f.From) && (f.To == "" || d <= f.To)
}

// MatchIncident reports whether an incident summary can match f, judging
// only what the summary holds (types, first publication, organization);
// sectors need the reports (see MatchCase).
func (f Filter) MatchIncident(inc *model.Incident) bool {
	// An incident without a name takes its reports' (see NewCase).
	return f.InPeriod(inc.FirstSeen) && anyType(f.Types, inc.Types) && (inc.Organization == "" || f.matchOrg(inc.Organization))
}

// MatchCase reports whether an incident with its reports matches f.
func (f Filter) MatchCase(c *Case) bool {
	if !f.InPeriod(c.First) || !anyType(f.Types, c.Types) || !f.matchOrg(c.Organization) {
		return false
	}
	return len(f.Sectors) == 0 || contains(f.Sectors, string(c.Sector))
}

// MatchReport reports whether one report matches f on its own facts.
func (f Filter) MatchReport(r *model.Report) bool {
	x := &r.Facts
	if !f.InPeriod(x.Published) || !anyType(f.Types, x.Types) || !f.matchOrg(x.Organization) {
		return false
	}
	return len(f.Sectors) == 0 || contains(f.Sectors, string(x.Sector))
}

func (f Filter) matchOrg(org string) bool {
	if len(f.Orgs) == 0 {
		return true
	}
	o := Fold(org)
	for _, want := range f.Orgs {
		if w := Fold(want); w != "" && strings.Contains(o, w) {
			return true
		}
	}
	return false
}

// Fold normalizes s for organization matching: NFKC, lower case, no
// spaces (notices space out names: 潮 見 県).
func Fold(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

func anyType(want, have []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, w := range want {
		if contains(have, w) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// Week returns the Monday and Sunday of the ISO week holding date d.
func Week(d time.Time) (monday, sunday time.Time) {
	off := (int(d.Weekday()) + 6) % 7
	monday = time.Date(d.Year(), d.Month(), d.Day()-off, 0, 0, 0, 0, time.UTC)
	return monday, monday.AddDate(0, 0, 6)
}

// Month returns the first and last day of the month holding d.
func Month(d time.Time) (first, last time.Time) {
	first = time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
	return first, first.AddDate(0, 1, -1)
}

// Flags are the command-line flags of a filter. Register them with
// AddFlags, parse, then call Filter.
type Flags struct {
	types, sectors, orgs  list
	from, to, week, month string
	year                  int
	periodRequired        bool
}

// list is a repeatable, comma-separated string flag.
type list []string

func (l *list) String() string { return strings.Join(*l, ",") }

func (l *list) Set(s string) error {
	for v := range strings.SplitSeq(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

// AddFlags registers --type, --sector, --org, --from, --to, --year,
// --month and --week on fs.
func AddFlags(fs *flag.FlagSet) *Flags {
	fl := &Flags{}
	fs.Var(&fl.types, "type", "only incidents of this type code (repeatable, comma-separated: ransomware,phishing)")
	fs.Var(&fl.sectors, "sector", "only this sector code (repeatable: government, medical, education, finance, retail, manufacturing, ict, other)")
	fs.Var(&fl.orgs, "org", "only organizations whose name contains this text (repeatable)")
	fs.StringVar(&fl.from, "from", "", "first published on or after `YYYY-MM-DD`")
	fs.StringVar(&fl.to, "to", "", "first published on or before `YYYY-MM-DD`")
	fs.IntVar(&fl.year, "year", 0, "first published in this `year`")
	fs.StringVar(&fl.month, "month", "", "first published in this month (`YYYY-MM`)")
	fs.StringVar(&fl.week, "week", "", "first published in the Monday–Sunday week holding `YYYY-MM-DD`")
	return fl
}

// Period names the kind of period the flags chose.
type Period string

// Period kinds.
const (
	PeriodNone  Period = ""
	PeriodRange Period = "range"
	PeriodYear  Period = "year"
	PeriodMonth Period = "month"
	PeriodWeek  Period = "week"
)

// ErrPeriodConflict is returned when more than one way of giving a period
// is used at once.
var ErrPeriodConflict = errors.New("filter: give only one of --from/--to, --year, --month, --week")

// Filter returns the filter the flags describe and the kind of period.
func (fl *Flags) Filter() (Filter, Period, error) {
	f := Filter{Types: fl.types, Sectors: fl.sectors, Orgs: fl.orgs}
	kinds := 0
	kind := PeriodNone
	if fl.from != "" || fl.to != "" {
		kinds++
		kind = PeriodRange
		f.From, f.To = fl.from, fl.to
	}
	if fl.year != 0 {
		kinds++
		kind = PeriodYear
		if fl.year < 1900 || fl.year > 9999 {
			return f, kind, fmt.Errorf("filter: --year %d out of range", fl.year)
		}
		f.From, f.To = fmt.Sprintf("%04d-01-01", fl.year), fmt.Sprintf("%04d-12-31", fl.year)
	}
	if fl.month != "" {
		kinds++
		kind = PeriodMonth
		d, err := time.Parse("2006-01", fl.month)
		if err != nil {
			return f, kind, fmt.Errorf("filter: --month %q is not YYYY-MM", fl.month)
		}
		a, b := Month(d)
		f.From, f.To = a.Format(dateLayout), b.Format(dateLayout)
	}
	if fl.week != "" {
		kinds++
		kind = PeriodWeek
		d, err := time.Parse(dateLayout, fl.week)
		if err != nil {
			return f, kind, fmt.Errorf("filter: --week %q is not YYYY-MM-DD", fl.week)
		}
		a, b := Week(d)
		f.From, f.To = a.Format(dateLayout), b.Format(dateLayout)
	}
	if kinds > 1 {
		return f, kind, ErrPeriodConflict
	}
	// Normalize codes given as Japanese labels.
	for i, t := range f.Types {
		f.Types[i] = code(model.IncidentTypes, t)
	}
	for i, s := range f.Sectors {
		f.Sectors[i] = code(model.Sectors, s)
	}
	return f, kind, f.Validate()
}

// code maps a Japanese label (or a code) to its code.
func code(list []model.Code, v string) string {
	for _, c := range list {
		if c.Code == v || c.Label == v {
			return c.Code
		}
	}
	return v
}
