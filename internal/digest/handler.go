package digest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/store"
)

// FeedLen is how many entries the feeds carry.
const FeedLen = 30

// Periods lists the months (newest first) with their weeks that have
// incidents first published in them. Weeks are listed under the month of
// their Monday.
func Periods(ctx context.Context, st store.Store) ([]Period, error) {
	months := map[string]*Period{}
	weeks := map[string]*Period{}
	err := eachSummary(ctx, st, func(first, last string) {
		d, err := time.Parse("2006-01-02", first)
		if err != nil {
			return
		}
		mon, sun := filter.Week(d)
		wk := mon.Format("2006-01-02")
		w := weeks[wk]
		if w == nil {
			w = &Period{Kind: filter.PeriodWeek, From: wk, To: sun.Format("2006-01-02"),
				Label: Title(filter.PeriodWeek, wk, sun.Format("2006-01-02")), URL: "/digests/week/" + wk}
			weeks[wk] = w
		}
		w.Count++
		w.Updated = max(w.Updated, last, first)
		a, b := filter.Month(d)
		mk := a.Format("2006-01")
		m := months[mk]
		if m == nil {
			m = &Period{Kind: filter.PeriodMonth, From: a.Format("2006-01-02"), To: b.Format("2006-01-02"),
				Label: Title(filter.PeriodMonth, a.Format("2006-01-02"), ""), URL: "/digests/month/" + mk}
			months[mk] = m
		}
		m.Count++
		m.Updated = max(m.Updated, last, first)
	})
	if err != nil {
		return nil, err
	}
	var out []Period
	for _, m := range months {
		out = append(out, *m)
	}
	slices.SortFunc(out, func(a, b Period) int { return strings.Compare(b.From, a.From) })
	for _, w := range weeks {
		mk := w.From[:7]
		for i := range out {
			if out[i].From[:7] == mk {
				out[i].Weeks = append(out[i].Weeks, *w)
			}
		}
	}
	for i := range out {
		slices.SortFunc(out[i].Weeks, func(a, b Period) int { return strings.Compare(b.From, a.From) })
	}
	return out, nil
}

// eachSummary calls fn with the first and latest publication dates of
// every incident, reading summaries only.
func eachSummary(ctx context.Context, st store.Store, fn func(first, last string)) error {
	const page = 1000
	for off := 0; ; off += page {
		incs, err := st.Incidents(ctx, store.ListOptions{Limit: page, Offset: off})
		if err != nil {
			return fmt.Errorf("digest: list incidents: %w", err)
		}
		for _, in := range incs {
			if in.FirstSeen != "" {
				fn(in.FirstSeen, in.LastSeen)
			}
		}
		if len(incs) < page {
			return nil
		}
	}
}

// handler serves digests and feeds of one casebook.
type handler struct {
	st   store.Store
	base string
	mux  *http.ServeMux
}

// Handler serves the digests of st under /digests/: the index of all
// weeks and months (/digests/), each week (/digests/week/2024-05-20, any
// day of the week) and month (/digests/month/2024-05) as HTML, or as
// Markdown with a .md suffix, and the feed of weekly digests
// (/digests/feed.atom). baseURL is the site's absolute address used in
// feeds; when empty it is taken from each request. Responses are reused
// for CacheTTL. Mount it at "GET /digests/".
func Handler(st store.Store, baseURL string) http.Handler {
	h := &handler{st: st, base: strings.TrimRight(baseURL, "/"), mux: http.NewServeMux()}
	h.mux.HandleFunc("GET /digests/{$}", h.index)
	h.mux.HandleFunc("GET /digests/feed.atom", h.digestFeed)
	h.mux.HandleFunc("GET /digests/week/{date}", h.week)
	h.mux.HandleFunc("GET /digests/month/{month}", h.month)
	return (&responseCache{}).wrap(h.mux)
}

// FeedHandler serves the Atom feed of the newest incidents (mount it at
// "GET /feed.atom"). baseURL is as for Handler.
func FeedHandler(st store.Store, baseURL string) http.Handler {
	h := &handler{st: st, base: strings.TrimRight(baseURL, "/")}
	return (&responseCache{}).wrap(http.HandlerFunc(h.incidentFeed))
}

// baseURL returns the configured base or the request's own origin.
func (h *handler) baseURL(r *http.Request) string {
	if h.base != "" {
		return h.base
	}
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func (h *handler) fail(w http.ResponseWriter, r *http.Request, code int, msg string, err error) {
	if err != nil {
		slog.ErrorContext(r.Context(), "digest", "path", r.URL.Path, "err", err)
	}
	http.Error(w, msg, code)
}

func (h *handler) index(w http.ResponseWriter, r *http.Request) {
	ps, err := Periods(r.Context(), h.st)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, "ダイジェストを読めませんでした", err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	data := struct {
		Months []Period
		Feed   string
	}{ps, "/digests/feed.atom"}
	if err := templates.ExecuteTemplate(w, "index", data); err != nil {
		slog.ErrorContext(r.Context(), "digest index", "err", err)
	}
}

func (h *handler) week(w http.ResponseWriter, r *http.Request) {
	name, asMD := strings.CutSuffix(r.PathValue("date"), ".md")
	d, err := time.Parse("2006-01-02", name)
	if err != nil {
		h.fail(w, r, http.StatusNotFound, "日付は YYYY-MM-DD で指定してください", nil)
		return
	}
	mon, sun := filter.Week(d)
	h.serve(w, r, filter.Filter{From: mon.Format("2006-01-02"), To: sun.Format("2006-01-02")}, filter.PeriodWeek, asMD)
}

func (h *handler) month(w http.ResponseWriter, r *http.Request) {
	name, asMD := strings.CutSuffix(r.PathValue("month"), ".md")
	d, err := time.Parse("2006-01", name)
	if err != nil {
		h.fail(w, r, http.StatusNotFound, "月は YYYY-MM で指定してください", nil)
		return
	}
	a, b := filter.Month(d)
	h.serve(w, r, filter.Filter{From: a.Format("2006-01-02"), To: b.Format("2006-01-02")}, filter.PeriodMonth, asMD)
}

func (h *handler) serve(w http.ResponseWriter, r *http.Request, f filter.Filter, kind filter.Period, asMD bool) {
	d, err := Build(r.Context(), h.st, f, kind, Options{BaseURL: h.baseURL(r)})
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, "ダイジェストを作れませんでした", err)
		return
	}
	if asMD {
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		err = WriteMarkdown(w, d)
	} else {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		err = WriteHTML(w, d)
	}
	if err != nil {
		slog.ErrorContext(r.Context(), "digest", "err", err)
	}
}

func (h *handler) digestFeed(w http.ResponseWriter, r *http.Request) {
	ps, err := Periods(r.Context(), h.st)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, "フィードを作れませんでした", err)
		return
	}
	base := h.baseURL(r)
	var weeks []Period
	for _, m := range ps {
		weeks = append(weeks, m.Weeks...)
	}
	slices.SortFunc(weeks, func(a, b Period) int { return strings.Compare(b.From, a.From) })
	weeks = weeks[:min(len(weeks), FeedLen)]
	var ds []*Digest
	var cases []*filter.Case
	if len(weeks) > 0 {
		// One pass over the casebook for every week of the feed.
		cases, err = filter.Collect(r.Context(), h.st, filter.Filter{From: weeks[len(weeks)-1].From, To: weeks[0].To})
		if err != nil {
			h.fail(w, r, http.StatusInternalServerError, "フィードを作れませんでした", err)
			return
		}
	}
	for _, p := range weeks {
		d, err := Assemble(r.Context(), h.st, cases, filter.Filter{From: p.From, To: p.To}, filter.PeriodWeek, Options{BaseURL: base})
		if err != nil {
			h.fail(w, r, http.StatusInternalServerError, "フィードを作れませんでした", err)
			return
		}
		ds = append(ds, d)
	}
	writeFeed(w, r, DigestFeed(weeks, ds, base))
}

func (h *handler) incidentFeed(w http.ResponseWriter, r *http.Request) {
	cases, err := NewestCases(r.Context(), h.st, FeedLen)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, "フィードを作れませんでした", err)
		return
	}
	writeFeed(w, r, IncidentFeed(cases, h.baseURL(r)))
}

// NewestCases returns the n incidents with the highest casebook numbers
// that have a publication date, with their reports.
func NewestCases(ctx context.Context, st store.Store, n int) ([]*filter.Case, error) {
	var out []*filter.Case
	errEnough := errors.New("enough")
	err := filter.Each(ctx, st, filter.Filter{}, func(c *filter.Case) error {
		if c.First == "" {
			return nil
		}
		out = append(out, c)
		if len(out) >= n {
			return errEnough
		}
		return nil
	})
	if err != nil && err != errEnough {
		return nil, err
	}
	return out, nil
}

func writeFeed(w http.ResponseWriter, r *http.Request, f *Feed) {
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	if err := f.Write(w); err != nil {
		slog.ErrorContext(r.Context(), "feed", "err", err)
	}
}
