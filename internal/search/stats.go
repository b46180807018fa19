package search

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Stats are the casebook's statistics.
type Stats struct {
	Incidents int   `json:"incidents"`
	Reports   int   `json:"reports"`
	Affected  int64 `json:"affected"`
	// Months lists the months with incidents, oldest first; MonthTypes
	// counts incidents per month and type.
	Months     []string                  `json:"months"`
	MonthTypes map[string]map[string]int `json:"month_types"`
	// Years lists the years with incidents, oldest first.
	Years            []string         `json:"years"`
	AffectedPerYear  map[string]int64 `json:"affected_per_year"`
	IncidentsPerYear map[string]int   `json:"incidents_per_year"`
	// Survey counts incidents per year in the categories of the Japanese
	// leak surveys (each incident once, by its first type), VERIS per
	// year and action (an incident once per distinct action).
	Survey map[string]map[string]int `json:"survey"`
	VERIS  map[string]map[string]int `json:"veris"`
	// Lag is the distribution of days from discovery to first publication.
	Lag []LagBucket `json:"disclosure_lag"`
	// Top are the incidents with the most people affected.
	Top []Hit `json:"top"`
}

// LagBucket counts incidents whose disclosure lag is within [Min, Max] days.
type LagBucket struct {
	Label string `json:"label"`
	Min   int    `json:"min"`
	Max   int    `json:"max"` // -1: no upper bound
	Count int    `json:"count"`
}

// SurveyOrder lists the survey categories in display order.
var SurveyOrder = []string{"ウイルス感染・不正アクセス", "誤表示・誤送信", "紛失・誤廃棄・盗難", "不正持ち出し・盗用", "その他"}

// VERISOrder lists the VERIS actions in display order.
var VERISOrder = []string{"hacking", "malware", "social", "error", "misuse", "physical", "unknown"}

var lagBuckets = []LagBucket{
	{Label: "0〜7日", Min: 0, Max: 7}, {Label: "8〜30日", Min: 8, Max: 30}, {Label: "31〜90日", Min: 31, Max: 90},
	{Label: "91〜180日", Min: 91, Max: 180}, {Label: "181〜365日", Min: 181, Max: 365}, {Label: "366日以上", Min: 366, Max: -1},
}

// typeOrder gives each incident type its position in model.IncidentTypes.
var typeOrder = func() map[string]int {
	m := map[string]int{}
	for i, c := range model.IncidentTypes {
		m[c.Code] = i
	}
	return m
}()

// Stats computes the statistics, cached until the next write.
func (ix *Index) Stats(ctx context.Context) (*Stats, error) {
	if err := ix.syncGen(ctx); err != nil {
		return nil, err
	}
	ix.mu.Lock()
	if ix.statsCache != nil && ix.statsAt == ix.gen {
		s := ix.statsCache
		ix.mu.Unlock()
		return s, nil
	}
	gen := ix.gen
	ix.mu.Unlock()
	s := &Stats{
		MonthTypes: map[string]map[string]int{}, AffectedPerYear: map[string]int64{}, IncidentsPerYear: map[string]int{},
		Survey: map[string]map[string]int{}, VERIS: map[string]map[string]int{},
		Lag: slices.Clone(lagBuckets),
	}
	rows, err := ix.r.QueryContext(ctx, `SELECT first, types, affected, lag, reports FROM search_docs`)
	if err != nil {
		return nil, fmt.Errorf("search: stats: %w", err)
	}
	months, years := map[string]bool{}, map[string]bool{}
	for rows.Next() {
		var first, types string
		var affected, lag sql.NullInt64
		var reports int
		if err := rows.Scan(&first, &types, &affected, &lag, &reports); err != nil {
			rows.Close()
			return nil, fmt.Errorf("search: stats: %w", err)
		}
		s.Incidents++
		s.Reports += reports
		if affected.Valid {
			s.Affected += affected.Int64
		}
		if lag.Valid {
			for i := range s.Lag {
				b := &s.Lag[i]
				if int(lag.Int64) >= b.Min && (b.Max < 0 || int(lag.Int64) <= b.Max) {
					b.Count++
					break
				}
			}
		}
		if len(first) < 7 {
			continue
		}
		y, m := first[:4], first[:7]
		years[y], months[m] = true, true
		s.IncidentsPerYear[y]++
		if affected.Valid {
			s.AffectedPerYear[y] += affected.Int64
		}
		ts := strings.Split(types, ",")
		if types == "" {
			ts = []string{"other"}
		}
		slices.SortFunc(ts, func(a, b string) int { return typeOrder[a] - typeOrder[b] })
		mt := s.MonthTypes[m]
		if mt == nil {
			mt = map[string]int{}
			s.MonthTypes[m] = mt
		}
		mt[ts[0]]++
		inc(s.Survey, y, surveyOf(ts[0]))
		seen := map[string]bool{}
		for _, t := range ts {
			a := model.VERISActions[t]
			if a == "" {
				a = "unknown"
			}
			if !seen[a] {
				seen[a] = true
				inc(s.VERIS, y, a)
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: stats: %w", err)
	}
	for m := range months {
		s.Months = append(s.Months, m)
	}
	for y := range years {
		s.Years = append(s.Years, y)
	}
	slices.Sort(s.Months)
	slices.Sort(s.Years)
	top, err := ix.Search(ctx, Request{Sort: SortAffected, Limit: 10})
	if err != nil {
		return nil, err
	}
	for _, h := range top.Hits {
		if h.Affected != nil {
			h.Snippet = nil
			s.Top = append(s.Top, h)
		}
	}
	ix.mu.Lock()
	ix.statsCache, ix.statsAt = s, gen
	ix.mu.Unlock()
	return s, nil
}

func surveyOf(t string) string {
	if c := model.SurveyCategories[t]; c != "" {
		return c
	}
	return "その他"
}

func inc(m map[string]map[string]int, a, b string) {
	mm := m[a]
	if mm == nil {
		mm = map[string]int{}
		m[a] = mm
	}
	mm[b]++
}

// Related returns other incidents of the same organization or through one
// of the same vendors, newest first.
func (ix *Index) Related(ctx context.Context, incidentID int64, limit int) ([]Hit, error) {
	q := `SELECT ` + hitColumns + ` FROM search_docs d WHERE d.incident_id <> $1 AND (
	(d.org_key <> '' AND d.org_key = (SELECT org_key FROM search_docs WHERE incident_id = $1))
	OR d.incident_id IN (SELECT v.incident_id FROM search_facets v JOIN search_facets mine
		ON mine.facet = 'vendor' AND mine.incident_id = $1 AND v.facet = 'vendor' AND v.value = mine.value))
	ORDER BY d.first DESC LIMIT $2`
	rows, err := ix.r.QueryContext(ctx, q, incidentID, limit)
	if err != nil {
		return nil, fmt.Errorf("search: related: %w", err)
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		h, err := scanHit(rows)
		if err != nil {
			return nil, fmt.Errorf("search: related: %w", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// Warm fills the caches a first visitor would otherwise wait for: the
// facet counts of the whole casebook, the statistics and the date
// histogram behind count estimates.
func (ix *Index) Warm(ctx context.Context) error {
	if _, err := ix.Search(ctx, Request{Facets: true}); err != nil {
		return err
	}
	if _, err := ix.Stats(ctx); err != nil {
		return err
	}
	_, _, err := ix.newer(ctx, "")
	return err
}
