package digest

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/model"
)

// Namespace is the UUIDv5 namespace of every id jikenbo derives from its
// data (feed entries, STIX objects, VERIS records): the same incident
// gets the same id in every export.
var Namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/jikenbo/jikenbo"))

// URN returns the urn:uuid IRI of name under Namespace.
func URN(name string) string {
	return "urn:uuid:" + uuid.NewSHA1(Namespace, []byte(name)).String()
}

// Feed is an Atom feed document (RFC 4287).
type Feed struct {
	XMLName  xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang     string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr,omitempty"`
	ID       string      `xml:"id"`
	Title    string      `xml:"title"`
	Subtitle string      `xml:"subtitle,omitempty"`
	Updated  string      `xml:"updated"`
	Author   Person      `xml:"author"`
	Links    []Link      `xml:"link"`
	Gen      string      `xml:"generator,omitempty"`
	Entries  []FeedEntry `xml:"entry"`
}

// Person is an Atom person construct.
type Person struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

// Link is an Atom link.
type Link struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

// Text is an Atom text construct.
type Text struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"`
}

// Category is an Atom category.
type Category struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

// FeedEntry is an Atom entry.
type FeedEntry struct {
	ID         string     `xml:"id"`
	Title      string     `xml:"title"`
	Updated    string     `xml:"updated"`
	Published  string     `xml:"published,omitempty"`
	Links      []Link     `xml:"link"`
	Categories []Category `xml:"category"`
	Summary    Text       `xml:"summary"`
}

// atomTime renders an ISO date (or a time) as an RFC 3339 timestamp.
func atomTime(date string, fallback time.Time) string {
	if t, err := time.Parse("2006-01-02", date); err == nil {
		return t.UTC().Format(time.RFC3339)
	}
	if fallback.IsZero() {
		fallback = time.Unix(0, 0)
	}
	return fallback.UTC().Truncate(time.Second).Format(time.RFC3339)
}

// Write writes f as XML.
func (f *Feed) Write(w io.Writer) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("digest: feed: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("digest: feed: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// IncidentFeed makes the feed of new incidents from cases, newest first.
// base is the casebook's absolute web address.
func IncidentFeed(cases []*filter.Case, base string) *Feed {
	base = strings.TrimRight(base, "/")
	f := &Feed{
		Lang: "ja", ID: URN("feed:incidents"), Title: "jikenbo 新着事件", Subtitle: "公表された情報セキュリティ事件の新着",
		Author: Person{Name: "jikenbo"}, Gen: "jikenbo",
		Links: []Link{{Rel: "self", Type: "application/atom+xml", Href: base + "/feed.atom"}, {Rel: "alternate", Type: "text/html", Href: base + "/"}},
	}
	for _, c := range cases {
		e := FeedEntry{
			ID:        URN("incident:" + c.Incident.Number),
			Title:     c.Incident.Number + " " + orUnknown(c.Organization) + ": " + Headline(c),
			Published: atomTime(c.First, c.Incident.CreatedAt),
			Updated:   atomTime(c.Last, c.Incident.CreatedAt),
			Links:     []Link{{Rel: "alternate", Type: "text/html", Href: IncidentURL(base, c.Incident.Number)}},
			Summary:   Text{Type: "text", Body: incidentSummary(c)},
		}
		for _, t := range c.Types {
			e.Categories = append(e.Categories, Category{Term: t, Label: model.Label(model.IncidentTypes, t)})
		}
		f.Entries = append(f.Entries, e)
	}
	f.Updated = latest(f.Entries)
	return f
}

func orUnknown(s string) string {
	if s == "" {
		return "組織名不明"
	}
	return s
}

// incidentSummary is the text of a feed entry: types, people affected and
// the extractive summary.
func incidentSummary(c *filter.Case) string {
	var labels []string
	for _, t := range c.Types {
		labels = append(labels, model.Label(model.IncidentTypes, t))
	}
	s := fmt.Sprintf("種別: %s / 影響人数: %s", strings.Join(labels, "、"), People(c.Affected))
	if sum := Summarize(c, 3); len(sum) > 0 {
		s += "\n" + strings.Join(sum, "")
	}
	return s
}

// latest returns the newest updated time of entries (RFC 3339 strings
// in UTC compare as text), or the epoch.
func latest(es []FeedEntry) string {
	u := time.Unix(0, 0).UTC().Format(time.RFC3339)
	for _, e := range es {
		if e.Updated > u {
			u = e.Updated
		}
	}
	return u
}

// Period is a week or month that has incidents, for the index and the
// digests feed.
type Period struct {
	Kind    filter.Period `json:"kind"`
	From    string        `json:"from"`
	To      string        `json:"to"`
	Label   string        `json:"label"`
	URL     string        `json:"url"`
	Count   int           `json:"count"`
	Updated string        `json:"updated"` // latest publication date of its incidents
	Weeks   []Period      `json:"weeks,omitempty"`
}

// DigestFeed makes the feed of the newest weekly digests in weeks (newest
// first), each with the digest's headline list as summary.
func DigestFeed(weeks []Period, digests []*Digest, base string) *Feed {
	base = strings.TrimRight(base, "/")
	f := &Feed{
		Lang: "ja", ID: URN("feed:digests"), Title: "jikenbo 週間ダイジェスト", Author: Person{Name: "jikenbo"}, Gen: "jikenbo",
		Links: []Link{{Rel: "self", Type: "application/atom+xml", Href: base + "/digests/feed.atom"}, {Rel: "alternate", Type: "text/html", Href: base + "/digests/"}},
	}
	for i, p := range weeks {
		e := FeedEntry{
			ID: URN("digest:week:" + p.From), Title: Title(filter.PeriodWeek, p.From, p.To),
			Published: atomTime(p.To, time.Time{}), Updated: atomTime(max(p.Updated, p.To), time.Time{}),
			Links: []Link{{Rel: "alternate", Type: "text/html", Href: base + p.URL}},
		}
		var lines []string
		if i < len(digests) && digests[i] != nil {
			for _, g := range digests[i].Groups {
				for _, de := range g.Entries {
					lines = append(lines, fmt.Sprintf("[%s] %s %s: %s", g.Label, de.Number, orUnknown(de.Organization), de.Headline))
				}
			}
		}
		e.Summary = Text{Type: "text", Body: fmt.Sprintf("%d件\n%s", p.Count, strings.Join(lines, "\n"))}
		f.Entries = append(f.Entries, e)
	}
	f.Updated = latest(f.Entries)
	return f
}
