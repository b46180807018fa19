package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"github.com/jikenbo/jikenbo/internal/golden"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/export"
	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/filter/filtertest"
)

const base = "https://jikenbo.example"

func run(t *testing.T, f filter.Filter, opt export.Options) ([]byte, export.Result) {
	t.Helper()
	st := filtertest.Casebook(t)
	var b bytes.Buffer
	res, err := export.Write(context.Background(), st, f, &b, opt)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), res
}

// TestGolden writes every format of the fixture casebook and compares it
// with the golden files.
func TestGolden(t *testing.T) {
	tests := []struct {
		file string
		opt  export.Options
	}{
		{"incidents.csv.golden", export.Options{Format: export.CSV, What: export.Incidents, BaseURL: base}},
		{"reports.csv.golden", export.Options{Format: export.CSV, What: export.Reports}},
		{"incidents.jsonl.golden", export.Options{Format: export.JSONL, What: export.Incidents, BaseURL: base}},
		{"reports.jsonl.golden", export.Options{Format: export.JSONL, What: export.Reports}},
		{"bundle.stix.golden", export.Options{Format: export.STIX, BaseURL: base}},
		{"veris.jsonl.golden", export.Options{Format: export.VERIS, BaseURL: base}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, _ := run(t, filter.Filter{}, tt.opt)
			golden.Check(t, tt.file, got)
		})
	}
}

// TestCSVShape checks the CSV parses back with one row per incident and
// every row as wide as the header.
func TestCSVShape(t *testing.T) {
	for _, what := range []export.What{export.Incidents, export.Reports} {
		t.Run(string(what), func(t *testing.T) {
			got, res := run(t, filter.Filter{}, export.Options{Format: export.CSV, What: what, BOM: true})
			if !bytes.HasPrefix(got, []byte("\uFEFF")) {
				t.Error("no byte order mark with BOM set")
			}
			recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got, []byte("\uFEFF")))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			want := res.Incidents
			if what == export.Reports {
				want = res.Reports
			}
			if len(recs)-1 != want {
				t.Errorf("%d rows, want %d", len(recs)-1, want)
			}
		})
	}
}

// TestCounts checks what the fixture exports: 7 incidents of 8 reports,
// and 9 reports when listing reports (the non-incident one included).
func TestCounts(t *testing.T) {
	_, res := run(t, filter.Filter{}, export.Options{Format: export.JSONL})
	if res.Incidents != 7 || res.Reports != 8 {
		t.Errorf("incidents: %+v, want 7 incidents of 8 reports", res)
	}
	_, res = run(t, filter.Filter{}, export.Options{Format: export.JSONL, What: export.Reports})
	if res.Reports != 9 {
		t.Errorf("reports: %+v, want 9", res)
	}
}

// TestFilters checks every filter field narrows the incidents exported.
func TestFilters(t *testing.T) {
	tests := []struct {
		name string
		f    filter.Filter
		want []string
	}{
		{"type", filter.Filter{Types: []string{"ransomware", "misdelivery"}}, []string{"2024-003", "2024-002"}},
		{"sector", filter.Filter{Sectors: []string{"retail"}}, []string{"2024-001"}},
		{"year", filter.Filter{From: "2024-01-01", To: "2024-12-31"}, []string{"2024-005", "2024-004", "2024-003", "2024-002", "2024-001"}},
		{"week", filter.Filter{From: "2024-05-20", To: "2024-05-26"}, []string{"2024-003", "2024-002", "2024-001"}},
		{"org", filter.Filter{Orgs: []string{"あおば"}}, []string{"2024-003"}},
		{"org full width", filter.Filter{Orgs: []string{"ＭＩＺＵＮＡＲＡ", "みずなら"}}, []string{"2024-001"}},
		{"and", filter.Filter{Types: []string{"phishing"}, Sectors: []string{"retail"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := run(t, tt.f, export.Options{Format: export.JSONL})
			var nums []string
			for _, line := range strings.Split(strings.TrimSpace(string(got)), "\n") {
				if line == "" {
					continue
				}
				var row export.IncidentRow
				if err := json.Unmarshal([]byte(line), &row); err != nil {
					t.Fatal(err)
				}
				nums = append(nums, row.Number)
			}
			if strings.Join(nums, ",") != strings.Join(tt.want, ",") {
				t.Errorf("got %v, want %v", nums, tt.want)
			}
		})
	}
}

// TestSTIX validates every object of the bundle against the OASIS
// schemas and checks the graph: one identity per organization, one
// incident per incident, one report per source report, ids stable.
func TestSTIX(t *testing.T) {
	got, res := run(t, filter.Filter{}, export.Options{Format: export.STIX, BaseURL: base})
	objs := validateSTIX(t, got)
	if len(objs) != res.Objects {
		t.Errorf("bundle holds %d objects, Write counted %d", len(objs), res.Objects)
	}
	count := map[string]int{}
	ids := map[string]bool{}
	for _, o := range objs {
		count[o["type"].(string)]++
		id := o["id"].(string)
		if ids[id] {
			t.Errorf("id %s appears twice", id)
		}
		ids[id] = true
		if o["type"] == "report" {
			refs := o["external_references"].([]any)
			h := refs[0].(map[string]any)["hashes"].(map[string]any)["SHA-256"].(string)
			if len(h) != 64 {
				t.Errorf("report %s has no SHA-256 of its source", id)
			}
			for _, r := range o["object_refs"].([]any) {
				if !ids[r.(string)] {
					t.Errorf("report %s refers to %s before or without defining it", id, r)
				}
			}
		}
	}
	want := map[string]int{"identity": 8, "incident": 7, "report": 8, "relationship": 7}
	for k, v := range want {
		if count[k] != v {
			t.Errorf("%d %s objects, want %d", count[k], k, v)
		}
	}
	again, _ := run(t, filter.Filter{}, export.Options{Format: export.STIX, BaseURL: base})
	if !bytes.Equal(got, again) {
		t.Error("a second export of the same casebook differs")
	}
}

// TestVERIS validates every record against verisc-merged.json and checks
// the mappings of actions, data and industry.
func TestVERIS(t *testing.T) {
	got, _ := run(t, filter.Filter{}, export.Options{Format: export.VERIS, BaseURL: base})
	recs := validateVERIS(t, got)
	if len(recs) != 7 {
		t.Fatalf("%d records, want 7", len(recs))
	}
	byNumber := map[string]map[string]any{}
	for _, r := range recs {
		byNumber[r["plus"].(map[string]any)["jikenbo_number"].(string)] = r
		if r["plus"].(map[string]any)["analysis_status"] == "" {
			t.Error("no plus.analysis_status")
		}
	}
	tests := []struct {
		number, path, want string
	}{
		{"2024-003", "action.malware.variety", `["Ransomware"]`},
		{"2024-002", "action.error.variety", `["Misdelivery"]`},
		{"2024-004", "action.error.variety", `["Loss"]`},
		{"2024-005", "action.social.variety", `["Phishing"]`},
		{"2023-001", "action.misuse.variety", `["Privilege abuse"]`},
		{"2024-001", "action.malware.variety", `["Capture app data"]`},
		{"2024-001", "attribute.confidentiality.data", `[{"variety":"Payment"}]`},
		{"2024-001", "attribute.confidentiality.data_disclosure", `"Yes"`},
		{"2024-001", "victim.industry", `"44"`},
		{"2024-002", "victim.government", `["Local"]`},
		{"2024-003", "victim.industry", `"62"`},
		{"2024-002", "reference", `"https://jikenbo.example/documents/3"`},
		{"2024-001", "reference", `"https://www.mizunara-shoji.example/news/20240521.html; https://www.mizunara-shoji.example/news/20240610.pdf"`},
		{"2024-001", "timeline.incident", `{"day":18,"month":4,"year":2024}`},
	}
	for _, tt := range tests {
		t.Run(tt.number+" "+tt.path, func(t *testing.T) {
			var v any = byNumber[tt.number]
			for _, k := range strings.Split(tt.path, ".") {
				m, _ := v.(map[string]any)
				v = m[k]
			}
			b, _ := json.Marshal(v)
			if string(b) != tt.want {
				t.Errorf("%s = %s, want %s", tt.path, b, tt.want)
			}
		})
	}
}
