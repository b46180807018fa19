package stats

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/width"

	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// SurveyOrder is the order of the categories of the Japanese leak surveys;
// an incident whose types fall in several is counted in the first.
var SurveyOrder = []string{"ウイルス感染・不正アクセス", "誤表示・誤送信", "紛失・誤廃棄・盗難", "不正持ち出し・盗用", "その他"}

// VERISOrder is the order of the VERIS action categories.
var VERISOrder = []string{"hacking", "malware", "social", "error", "misuse", "physical", "unknown"}

// Row is one line of a table.
type Row struct {
	Key       string `json:"key"`
	Label     string `json:"label"`
	Incidents int    `json:"incidents"`
	People    int64  `json:"people"`     // sum of people affected where stated
	WithCount int    `json:"with_count"` // incidents that state how many people
}

// Lag summarizes the days from discovery to first publication.
type Lag struct {
	N      int      `json:"n"` // incidents with both dates
	Median *float64 `json:"median_days"`
	P25    *float64 `json:"p25_days,omitempty"`
	P75    *float64 `json:"p75_days,omitempty"`
	Max    *int     `json:"max_days,omitempty"`
}

// Table is the statistics of the incidents matching a filter.
type Table struct {
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Filter    string `json:"filter,omitempty"`
	Incidents int    `json:"incidents"`
	People    int64  `json:"people"`
	WithCount int    `json:"with_count"`
	// Survey counts each incident once, in the first category of
	// SurveyOrder its types fall in.
	Survey []Row `json:"survey_categories"`
	// Sectors counts each incident once.
	Sectors []Row `json:"sectors"`
	// VERIS counts an incident in every action its types map to.
	VERIS []Row `json:"veris_actions"`
	Lag   Lag   `json:"disclosure_lag"`
}

// Compute reads the incidents of st matching f, one at a time, and
// tabulates them. Memory grows only with the number of distinct lags.
func Compute(ctx context.Context, st store.Store, f filter.Filter) (*Table, error) {
	t := &Table{From: f.From, To: f.To}
	rest := f
	rest.From, rest.To = "", ""
	t.Filter = rest.String()
	survey := rowsOf(SurveyOrder, func(k string) string { return k })
	sectors := rowsOf(append(codes(model.Sectors), ""), func(k string) string {
		if k == "" {
			return "不明"
		}
		return model.Label(model.Sectors, k)
	})
	veris := rowsOf(VERISOrder, func(k string) string { return k })
	lags := map[int]int{}
	err := filter.Each(ctx, st, f, func(c *filter.Case) error {
		t.Incidents++
		add(nil, &t.People, &t.WithCount, c.Affected)
		addRow(survey, SurveyCategory(c.Types), c.Affected)
		addRow(sectors, string(c.Sector), c.Affected)
		for _, a := range VERISActions(c.Types) {
			addRow(veris, a, c.Affected)
		}
		if l := c.Lag(); l >= 0 {
			lags[l]++
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	t.Survey, t.Sectors, t.VERIS = survey.rows, sectors.rows, veris.rows
	t.Lag = lagOf(lags)
	return t, nil
}

// SurveyCategory returns the leak-survey category of an incident with
// types: the first of SurveyOrder any type falls in.
func SurveyCategory(types []string) string {
	best := len(SurveyOrder) - 1
	for _, ty := range types {
		if c, ok := model.SurveyCategories[ty]; ok {
			if i := slices.Index(SurveyOrder, c); i >= 0 && i < best {
				best = i
			}
		}
	}
	return SurveyOrder[best]
}

// VERISActions returns the distinct VERIS actions of types, in
// VERISOrder; "unknown" only when no type has another.
func VERISActions(types []string) []string {
	var out []string
	for _, a := range VERISOrder {
		for _, ty := range types {
			if model.VERISActions[ty] == a && !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	if len(out) > 1 {
		out = slices.DeleteFunc(out, func(s string) bool { return s == "unknown" })
	}
	if len(out) == 0 {
		out = []string{"unknown"}
	}
	return out
}

type rowSet struct {
	rows  []Row
	index map[string]int
}

func rowsOf(keys []string, label func(string) string) *rowSet {
	s := &rowSet{index: map[string]int{}}
	for _, k := range keys {
		s.index[k] = len(s.rows)
		s.rows = append(s.rows, Row{Key: k, Label: label(k)})
	}
	return s
}

func codes(list []model.Code) []string {
	var out []string
	for _, c := range list {
		out = append(out, c.Code)
	}
	return out
}

func addRow(s *rowSet, key string, n *int64) {
	i, ok := s.index[key]
	if !ok {
		s.index[key] = len(s.rows)
		i = len(s.rows)
		s.rows = append(s.rows, Row{Key: key, Label: key})
	}
	r := &s.rows[i]
	add(&r.Incidents, &r.People, &r.WithCount, n)
}

func add(incidents *int, people *int64, with *int, n *int64) {
	if incidents != nil {
		*incidents++
	}
	if n != nil {
		*people += *n
		*with++
	}
}

// lagOf computes the median and quartiles of a histogram of days.
func lagOf(h map[int]int) Lag {
	var l Lag
	days := make([]int, 0, len(h))
	for d, n := range h {
		days = append(days, d)
		l.N += n
	}
	if l.N == 0 {
		return l
	}
	sort.Ints(days)
	// nth returns the k-th smallest lag (0-based).
	nth := func(k int) int {
		for _, d := range days {
			if k < h[d] {
				return d
			}
			k -= h[d]
		}
		return days[len(days)-1]
	}
	quantile := func(q float64) *float64 {
		pos := q * float64(l.N-1)
		lo := int(pos)
		v := float64(nth(lo))
		if frac := pos - float64(lo); frac > 0 {
			v += frac * float64(nth(lo+1)-nth(lo))
		}
		return &v
	}
	l.Median, l.P25, l.P75 = quantile(0.5), quantile(0.25), quantile(0.75)
	m := days[len(days)-1]
	l.Max = &m
	return l
}

// WriteText writes t as aligned tables with Japanese headings.
func WriteText(w io.Writer, t *Table) error {
	var b strings.Builder
	period := t.From + "〜" + t.To
	if t.From == "" && t.To == "" {
		period = "全期間"
	}
	fmt.Fprintf(&b, "期間: %s", period)
	if t.Filter != "" {
		fmt.Fprintf(&b, "  条件: %s", t.Filter)
	}
	fmt.Fprintf(&b, "\n事件数: %d  影響人数: %s（人数の判明した%d件の合計）\n", t.Incidents, commas(t.People), t.WithCount)
	section := func(title string, rows []Row, skipEmpty bool) {
		fmt.Fprintf(&b, "\n%s\n", title)
		cells := [][]string{{"区分", "件数", "割合", "人数"}}
		for _, r := range rows {
			if skipEmpty && r.Incidents == 0 {
				continue
			}
			share := "-"
			if t.Incidents > 0 {
				share = strconv.FormatFloat(100*float64(r.Incidents)/float64(t.Incidents), 'f', 1, 64) + "%"
			}
			cells = append(cells, []string{r.Label, strconv.Itoa(r.Incidents), share, commas(r.People)})
		}
		writeTable(&b, cells)
	}
	section("漏えい調査の区分（1件につき1区分）", t.Survey, false)
	section("業種", t.Sectors, true)
	section("VERISアクション（1件に複数あり）", t.VERIS, true)
	fmt.Fprintf(&b, "\n公表までの日数（判明日→初報、%d件）: ", t.Lag.N)
	if t.Lag.Median == nil {
		b.WriteString("-\n")
	} else {
		fmt.Fprintf(&b, "中央値 %s日  四分位 %s〜%s日  最大 %d日\n", days(*t.Lag.Median), days(*t.Lag.P25), days(*t.Lag.P75), *t.Lag.Max)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeTable writes cells in columns, the first left-aligned and the
// others right-aligned, measuring wide (CJK) characters as two columns.
func writeTable(b *strings.Builder, cells [][]string) {
	widths := make([]int, len(cells[0]))
	for _, row := range cells {
		for i, c := range row {
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	for _, row := range cells {
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-displayWidth(c))
			if i == 0 {
				b.WriteString("  " + c + pad)
			} else {
				b.WriteString("  " + pad + c)
			}
		}
		b.WriteString("\n")
	}
}

// displayWidth is how many terminal columns s takes.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

func days(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[0] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
