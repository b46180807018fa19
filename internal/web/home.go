package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/jikenbo/jikenbo/internal/search"
)

const pageSize = 20

// homeData is the search page.
type homeData struct {
	Q        string
	Sort     string
	Sorts    []link
	Result   *search.Result
	Facets   []facetView
	Filters  []link // active filters, each linking to the page without it
	Page     int
	Pages    int
	Prev     string
	Next     string
	From, To int
	Sample   int // how many matches sampled facets count
}

// link is a labelled URL; Active marks the current choice.
type link struct {
	Label  string
	URL    string
	Count  int
	Active bool
}

type facetView struct {
	Name   string
	Label  string
	Values []link
}

func searchURL(q, sort string, page int) string {
	v := url.Values{}
	if q != "" {
		v.Set("q", q)
	}
	if sort != "" {
		v.Set("sort", sort)
	}
	if page > 1 {
		v.Set("page", strconv.Itoa(page))
	}
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

// home is the search page: the query in ?q=, the order in ?sort=, the
// page in ?page=.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	qs := strings.TrimSpace(r.URL.Query().Get("q"))
	sort := r.URL.Query().Get("sort")
	switch sort {
	case search.SortDate, search.SortAffected, search.SortRelevance, "":
	default:
		sort = ""
	}
	pg, _ := strconv.Atoi(r.URL.Query().Get("page"))
	pg = max(1, min(pg, 500))
	q := search.Parse(qs)
	res, err := s.ix.Search(r.Context(), search.Request{Query: q, Sort: sort, Limit: pageSize, Offset: (pg - 1) * pageSize, Facets: true})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	d := homeData{Q: qs, Sort: res.Sort, Result: res, Page: pg, Sample: search.FacetSample}
	d.Pages = (res.Total + pageSize - 1) / pageSize
	if len(res.Hits) > 0 {
		d.From, d.To = (pg-1)*pageSize+1, (pg-1)*pageSize+len(res.Hits)
	}
	for _, o := range []struct{ v, l string }{{search.SortRelevance, "関連度順"}, {search.SortDate, "新しい順"}, {search.SortAffected, "影響人数順"}} {
		d.Sorts = append(d.Sorts, link{Label: o.l, URL: searchURL(qs, o.v, 1), Active: o.v == res.Sort})
	}
	if pg > 1 {
		d.Prev = searchURL(qs, sort, pg-1)
	}
	if pg < d.Pages {
		d.Next = searchURL(qs, sort, pg+1)
	}
	for _, f := range q.Filters {
		label := search.FacetLabels[f.Field] + ": " + search.ValueLabel(f.Field, f.Value)
		if f.Neg {
			label = "除外 " + label
		}
		rest := search.Query{Terms: q.Terms}
		for _, g := range q.Filters {
			if g != f {
				rest.Filters = append(rest.Filters, g)
			}
		}
		d.Filters = append(d.Filters, link{Label: label, URL: searchURL(rest.String(), sort, 1), Active: true})
	}
	for _, f := range res.Facets {
		fv := facetView{Name: f.Name, Label: search.FacetLabels[f.Name]}
		values := f.Values
		if f.Name == "month" && len(values) > 24 {
			values = values[:24]
		}
		for _, v := range values {
			fv.Values = append(fv.Values, link{
				Label: v.Label, Count: v.Count, Active: q.HasFilter(f.Name, v.Value),
				URL: searchURL(q.Toggle(f.Name, v.Value).String(), sort, 1),
			})
		}
		d.Facets = append(d.Facets, fv)
	}
	title := "事件簿"
	if qs != "" {
		title = qs + " の検索結果 - 事件簿"
	}
	s.html(w, r, http.StatusOK, "home", page{Title: title, Query: qs, Data: d})
}
