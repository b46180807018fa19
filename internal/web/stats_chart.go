package web

import (
	"bytes"
	"fmt"
	"html"
	"math"
	"net/http"
	"slices"
	"strings"
	"time"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/jikenbo/jikenbo/internal/search"
)

// chartCSP lets the SVG charts use the inline styles go-chart writes;
// nothing else loads or runs in them.
const chartCSP = "default-src 'none'; style-src 'unsafe-inline'"

// statsChart renders one chart of the statistics page as SVG.
func (s *Server) statsChart(w http.ResponseWriter, r *http.Request) {
	st, err := s.ix.Stats(r.Context())
	if err != nil {
		s.internal(w, r, err)
		return
	}
	var buf bytes.Buffer
	switch r.PathValue("name") {
	case "monthly.svg":
		err = monthlyChart(&buf, st)
	case "affected.svg":
		err = barChart(&buf, "年別の影響人数(人)", st.Years, func(y string) float64 { return float64(st.AffectedPerYear[y]) })
	case "lag.svg":
		var labels []string
		counts := map[string]int{}
		for _, b := range st.Lag {
			labels = append(labels, b.Label)
			counts[b.Label] = b.Count
		}
		err = barChart(&buf, "発覚から公表までの日数(件数)", labels, func(l string) float64 { return float64(counts[l]) })
	default:
		s.fail(w, r, http.StatusNotFound, "グラフが見つかりません")
		return
	}
	if err != nil {
		// go-chart refuses empty or flat data; say so in the image.
		buf.Reset()
		emptyChart(&buf, "データがありません")
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Content-Security-Policy", chartCSP)
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(buf.Bytes())
}

func emptyChart(buf *bytes.Buffer, msg string) {
	fmt.Fprintf(buf, `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="120"><text x="20" y="60" font-size="16">%s</text></svg>`, html.EscapeString(msg))
}

var palette = []drawing.Color{
	{R: 0x1f, G: 0x77, B: 0xb4, A: 255}, {R: 0xd6, G: 0x27, B: 0x28, A: 255}, {R: 0x2c, G: 0xa0, B: 0x2c, A: 255},
	{R: 0xff, G: 0x7f, B: 0x0e, A: 255}, {R: 0x94, G: 0x67, B: 0xbd, A: 255}, {R: 0x8c, G: 0x56, B: 0x4b, A: 255},
	{R: 0x7f, G: 0x7f, B: 0x7f, A: 255},
}

// monthlyChart draws incidents per month, one line per frequent type and
// one for the rest.
func monthlyChart(buf *bytes.Buffer, st *search.Stats) error {
	if len(st.Months) < 2 {
		return fmt.Errorf("web: too few months")
	}
	totals := map[string]int{}
	for _, mt := range st.MonthTypes {
		for t, n := range mt {
			totals[t] += n
		}
	}
	var types []string
	for t := range totals {
		types = append(types, t)
	}
	slices.SortFunc(types, func(a, b string) int {
		if totals[a] != totals[b] {
			return totals[b] - totals[a]
		}
		return strings.Compare(a, b)
	})
	const most = 6
	var rest []string
	if len(types) > most {
		types, rest = types[:most], types[most:]
	}
	// Every month from the first to the last, so gaps show as zero.
	first, _ := time.Parse("2006-01", st.Months[0])
	last, _ := time.Parse("2006-01", st.Months[len(st.Months)-1])
	var xs []time.Time
	var months []string
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		xs = append(xs, m)
		months = append(months, m.Format("2006-01"))
	}
	top := 0.0
	var series []chart.Series
	add := func(name string, codes []string, color drawing.Color) {
		ys := make([]float64, len(months))
		for i, m := range months {
			for _, c := range codes {
				ys[i] += float64(st.MonthTypes[m][c])
			}
			top = max(top, ys[i])
		}
		series = append(series, chart.TimeSeries{Name: name, XValues: xs, YValues: ys,
			Style: chart.Style{StrokeColor: color, StrokeWidth: 2}})
	}
	for i, t := range types {
		add(typeLabel(t), []string{t}, palette[i])
	}
	if len(rest) > 0 {
		add("その他の種別", rest, palette[most])
	}
	rng, ticks := intTicks(top)
	graph := chart.Chart{
		Width:      960,
		Height:     420,
		Background: chart.Style{Padding: chart.Box{Top: 50, Left: 20, Right: 20, Bottom: 60}},
		XAxis:      chart.XAxis{ValueFormatter: chart.TimeValueFormatterWithFormat("2006-01")},
		YAxis:      chart.YAxis{Range: rng, Ticks: ticks},
		Series:     series,
	}
	graph.Elements = []chart.Renderable{chart.LegendThin(&graph)}
	return graph.Render(chart.SVG, buf)
}

// barChart draws one bar per label.
func barChart(buf *bytes.Buffer, title string, labels []string, value func(string) float64) error {
	if len(labels) == 0 {
		return fmt.Errorf("web: no data")
	}
	var bars []chart.Value
	top := 0.0
	for _, l := range labels {
		top = max(top, value(l))
	}
	rng, ticks := intTicks(top)
	for i, l := range labels {
		bars = append(bars, chart.Value{Label: l, Value: value(l), Style: chart.Style{FillColor: palette[i%len(palette)], StrokeColor: palette[i%len(palette)]}})
	}
	graph := chart.BarChart{
		Title:        title,
		Width:        960,
		Height:       380,
		BarWidth:     60,
		Background:   chart.Style{Padding: chart.Box{Top: 50}},
		UseBaseValue: true,
		BaseValue:    0,
		YAxis:        chart.YAxis{Range: rng, Ticks: ticks},
		Bars:         bars,
	}
	return graph.Render(chart.SVG, buf)
}

// intTicks returns a range from zero and about five ticks at round
// integer steps covering top.
func intTicks(top float64) (*chart.ContinuousRange, []chart.Tick) {
	step := 1.0
	for _, mult := range []float64{2, 2.5, 2} {
		if top/step <= 5 {
			break
		}
		step *= mult
	}
	for top/step > 5 {
		step *= 10
		for _, mult := range []float64{0.2, 0.5} {
			if top/(step*mult) <= 5 && step*mult >= 1 {
				step *= mult
				break
			}
		}
	}
	end := math.Ceil(top/step) * step
	if end == 0 {
		end = step
	}
	var ticks []chart.Tick
	for v := 0.0; v <= end+step/2; v += step {
		ticks = append(ticks, chart.Tick{Value: v, Label: num(int64(v))})
	}
	return &chart.ContinuousRange{Min: 0, Max: end}, ticks
}
