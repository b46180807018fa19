package digest

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// Digest is the incidents first published in a period, grouped by type.
type Digest struct {
	Kind     filter.Period `json:"kind"` // week, month or range
	From     string        `json:"from"`
	To       string        `json:"to"`
	Title    string        `json:"title"`
	Filter   string        `json:"filter,omitempty"` // the other filters, in flag syntax
	Count    int           `json:"count"`
	Affected int64         `json:"affected"` // people affected, summed over the incidents that say
	Groups   []Group       `json:"groups"`
}

// Group is the entries of one incident type.
type Group struct {
	Type    string  `json:"type"`
	Label   string  `json:"label"`
	Entries []Entry `json:"entries"`
}

// Entry is one incident of a digest.
type Entry struct {
	Number       string   `json:"number"`
	Organization string   `json:"organization"`
	Headline     string   `json:"headline"`
	Summary      []string `json:"summary"`
	Types        []string `json:"types"`
	TypeLabels   []string `json:"type_labels"`
	Sector       string   `json:"sector,omitempty"`
	First        string   `json:"first_published"`
	Affected     *int64   `json:"affected,omitempty"`
	URL          string   `json:"url,omitempty"` // the incident page, when a base URL is known
	Sources      []Source `json:"sources"`
}

// Source is one report of an entry.
type Source struct {
	Title     string `json:"title"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url"` // the original, or the archived copy
	Name      string `json:"name"`
}

// Options tune Build.
type Options struct {
	// BaseURL is the casebook's web address ("https://jikenbo.example");
	// with it entries link to incident pages and to archived copies of
	// sources that have no URL of their own.
	BaseURL string
	// Sentences is the most sentences of a summary (default 3).
	Sentences int
}

// groupOrder ranks types for choosing the group of an incident with
// several: the most specific kind first.
var groupOrder = []string{
	"ransomware", "web_skimming", "credential_stuffing", "account_takeover", "support_scam", "malware",
	"defacement", "spam_relay", "phishing", "unauthorized_access", "insider_misuse", "loss_theft",
	"misdelivery", "misconfiguration", "processing_error", "system_failure", "other",
}

// PrimaryType returns the type an incident is listed under.
func PrimaryType(types []string) string {
	for _, t := range groupOrder {
		if slices.Contains(types, t) {
			return t
		}
	}
	return "other"
}

// Build makes the digest of the incidents of st first published in f's
// period and matching f's other fields. kind names the period for the
// title.
func Build(ctx context.Context, st store.Store, f filter.Filter, kind filter.Period, opt Options) (*Digest, error) {
	if !f.HasPeriod() {
		return nil, fmt.Errorf("digest: a period is required (--week, --month or --from/--to)")
	}
	cases, err := filter.Collect(ctx, st, f)
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	return Assemble(ctx, st, cases, f, kind, opt)
}

// Assemble makes the digest of f's period from cases already read (those
// outside f are left out), so several digests can share one pass over
// the casebook.
func Assemble(ctx context.Context, st store.Store, cases []*filter.Case, f filter.Filter, kind filter.Period, opt Options) (*Digest, error) {
	d := &Digest{Kind: kind, From: f.From, To: f.To, Title: Title(kind, f.From, f.To)}
	rest := f
	rest.From, rest.To = "", ""
	d.Filter = rest.String()
	var in []*filter.Case
	for _, c := range cases {
		if f.MatchCase(c) {
			in = append(in, c)
		}
	}
	// Oldest first within a group: the order readers follow a week in.
	slices.SortStableFunc(in, func(a, b *filter.Case) int {
		if c := strings.Compare(a.First, b.First); c != 0 {
			return c
		}
		return strings.Compare(a.Incident.Number, b.Incident.Number)
	})
	groups := map[string]*Group{}
	for _, c := range in {
		e, err := entry(ctx, st, c, opt)
		if err != nil {
			return nil, err
		}
		t := PrimaryType(c.Types)
		g := groups[t]
		if g == nil {
			g = &Group{Type: t, Label: model.Label(model.IncidentTypes, t)}
			groups[t] = g
		}
		g.Entries = append(g.Entries, e)
		d.Count++
		if c.Affected != nil {
			d.Affected += *c.Affected
		}
	}
	for _, t := range model.IncidentTypes {
		if g := groups[t.Code]; g != nil {
			d.Groups = append(d.Groups, *g)
		}
	}
	return d, nil
}

func entry(ctx context.Context, st store.Store, c *filter.Case, opt Options) (Entry, error) {
	n := opt.Sentences
	if n <= 0 {
		n = 3
	}
	e := Entry{
		Number: c.Incident.Number, Organization: c.Organization, Headline: Headline(c),
		Summary: Summarize(c, n), Types: c.Types, Sector: string(c.Sector), First: c.First, Affected: c.Affected,
	}
	for _, t := range c.Types {
		e.TypeLabels = append(e.TypeLabels, model.Label(model.IncidentTypes, t))
	}
	if opt.BaseURL != "" {
		e.URL = IncidentURL(opt.BaseURL, c.Incident.Number)
	}
	seen := map[int64]bool{}
	for _, r := range c.Reports {
		if seen[r.DocumentID] {
			continue
		}
		seen[r.DocumentID] = true
		doc, err := st.Document(ctx, r.DocumentID)
		if err != nil {
			return e, fmt.Errorf("digest: source of %s: %w", c.Incident.Number, err)
		}
		title := r.Facts.Title
		if title == "" {
			title = doc.Name
		}
		e.Sources = append(e.Sources, Source{Title: title, Published: r.Facts.Published, Name: doc.Name,
			URL: SourceURL(opt.BaseURL, doc)})
	}
	return e, nil
}

// Headline returns the headline of a case: its first report's title, or
// the organization and the type.
func Headline(c *filter.Case) string {
	if c.Title != "" {
		return c.Title
	}
	label := model.Label(model.IncidentTypes, PrimaryType(c.Types))
	if c.Organization == "" {
		return label
	}
	return c.Organization + "の" + label
}

// IncidentURL is the web page of an incident.
func IncidentURL(base, number string) string {
	return strings.TrimRight(base, "/") + "/incidents/" + url.PathEscape(number)
}

// SourceURL is where a reader finds a document: its own http(s) URL, else
// the archived copy on the casebook's site, else its source as given.
func SourceURL(base string, doc *model.Document) string {
	if IsWebURL(doc.Source) {
		return doc.Source
	}
	if base != "" {
		return strings.TrimRight(base, "/") + "/documents/" + strconv.FormatInt(doc.ID, 10)
	}
	return doc.Source
}

// IsWebURL reports whether s is an absolute http(s) URL.
func IsWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Title names a digest of a period in Japanese.
func Title(kind filter.Period, from, to string) string {
	a, err1 := time.Parse("2006-01-02", from)
	b, err2 := time.Parse("2006-01-02", to)
	switch {
	case kind == filter.PeriodWeek && err1 == nil && err2 == nil:
		return fmt.Sprintf("週間ダイジェスト %s〜%s", jaDate(a), jaDateShort(a, b))
	case kind == filter.PeriodMonth && err1 == nil:
		return fmt.Sprintf("月間ダイジェスト %d年%d月", a.Year(), a.Month())
	case kind == filter.PeriodYear && err1 == nil:
		return fmt.Sprintf("年間ダイジェスト %d年", a.Year())
	}
	from, to = orOpen(from), orOpen(to)
	return fmt.Sprintf("ダイジェスト %s〜%s", from, to)
}

func orOpen(s string) string {
	if s == "" {
		return "…"
	}
	return s
}

func jaDate(t time.Time) string { return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day()) }

// jaDateShort writes b without the parts it shares with a.
func jaDateShort(a, b time.Time) string {
	switch {
	case a.Year() != b.Year():
		return jaDate(b)
	case a.Month() != b.Month():
		return fmt.Sprintf("%d月%d日", b.Month(), b.Day())
	}
	return fmt.Sprintf("%d日", b.Day())
}

// People formats a count of people affected ("2,431人"), or "不明".
func People(n *int64) string {
	if n == nil {
		return "不明"
	}
	return Commas(*n) + "人"
}

// Commas writes n with thousands separators.
func Commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
