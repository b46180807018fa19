package web

import (
	"net/http"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/search"
)

type statsData struct {
	Stats  *search.Stats
	Survey statTable
	VERIS  statTable
	Charts []chartRef
}

type chartRef struct {
	URL, Alt string
}

// statTable is a year × category table.
type statTable struct {
	Columns []string
	Rows    []statRow
}

type statRow struct {
	Year   string
	Counts []int
	Total  int
}

var verisLabels = map[string]string{
	"hacking": "Hacking(不正侵入)", "malware": "Malware(マルウェア)", "social": "Social(ソーシャル)",
	"error": "Error(過失)", "misuse": "Misuse(内部不正)", "physical": "Physical(物理)", "unknown": "Unknown(不明)",
}

func table(years []string, order []string, counts map[string]map[string]int, label func(string) string) statTable {
	t := statTable{}
	for _, c := range order {
		t.Columns = append(t.Columns, label(c))
	}
	for _, y := range years {
		row := statRow{Year: y}
		for _, c := range order {
			n := counts[y][c]
			row.Counts = append(row.Counts, n)
			row.Total += n
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// statsShow is the statistics page; the charts are SVG images from
// statsChart.
func (s *Server) statsShow(w http.ResponseWriter, r *http.Request) {
	st, err := s.ix.Stats(r.Context())
	if err != nil {
		s.internal(w, r, err)
		return
	}
	d := statsData{
		Stats:  st,
		Survey: table(st.Years, search.SurveyOrder, st.Survey, func(c string) string { return c }),
		VERIS:  table(st.Years, search.VERISOrder, st.VERIS, func(c string) string { return verisLabels[c] }),
		Charts: []chartRef{
			{"/stats/charts/monthly.svg", "種別ごとの月別件数"},
			{"/stats/charts/affected.svg", "年別の影響人数"},
			{"/stats/charts/lag.svg", "発覚から公表までの日数の分布"},
		},
	}
	s.html(w, r, http.StatusOK, "stats", page{Title: "統計 - 事件簿", Data: d})
}

// typeLabel is the Japanese label of an incident type code.
func typeLabel(c string) string { return model.Label(model.IncidentTypes, c) }
