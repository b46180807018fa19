package extract_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/extract"
	"github.com/jikenbo/jikenbo/internal/goldset"
	"github.com/jikenbo/jikenbo/internal/model"
	"golang.org/x/text/unicode/norm"
)

// goldReport is one report of a gold file (SCHEMA.md).
type goldReport = goldset.Report

// legalForms as in score.py's norm_org.
var legalForms = []string{"株式会社", "有限会社", "合同会社", "合資会社", "独立行政法人", "国立研究開発法人",
	"国立大学法人", "公立大学法人", "学校法人", "社会福祉法人", "医療法人", "一般社団法人",
	"一般財団法人", "公益社団法人", "公益財団法人", "特定非営利活動法人", "(株)", "(有)"}

// normOrg is score.py's norm_org: NFKC, no white space, no legal forms.
func normOrg(s string) string {
	s = norm.NFKC.String(s)
	s = strings.Join(strings.Fields(s), "")
	for _, f := range legalForms {
		s = strings.ReplaceAll(s, norm.NFKC.String(f), "")
	}
	return s
}

// goldCase is one gold report with its span and the extractor's facts.
type goldCase struct {
	doc  string
	g    goldReport
	got  model.Facts
	text string
}

// runGold extracts every report of the gold files in goldDir, cutting the
// documents of docsDir at the gold anchors exactly as score.py does.
func runGold(t *testing.T, goldDir, docsDir string) []goldCase {
	t.Helper()
	docs, err := goldset.Load(goldDir, docsDir)
	if err != nil {
		t.Fatal(err)
	}
	var out []goldCase
	for _, g := range docs {
		facts := extract.Extract(g.Text, g.Segments())
		if len(facts) != len(g.Reports) {
			t.Fatalf("%s: %d facts for %d segments", g.Name, len(facts), len(g.Reports))
		}
		for i, r := range g.Reports {
			out = append(out, goldCase{g.Name, r, facts[i], g.Text})
		}
	}
	return out
}

// metric accumulates one score.py metric.
type metric struct {
	ok, n      int
	tp, fp, fn int
	set        bool
	misses     []string
}

func (m *metric) value() float64 {
	if m.set {
		p, r := 1.0, 1.0
		if m.tp+m.fp > 0 {
			p = float64(m.tp) / float64(m.tp+m.fp)
		}
		if m.tp+m.fn > 0 {
			r = float64(m.tp) / float64(m.tp+m.fn)
		}
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	if m.n == 0 {
		return 0
	}
	return float64(m.ok) / float64(m.n)
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func i64(p *int64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatInt(*p, 10)
}

func seqString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		return strconv.FormatInt(int64(x), 10)
	case string:
		return strings.ToLower(x)
	}
	return fmt.Sprint(v)
}

// score computes score.py's metrics over gold cases.
func score(cases []goldCase) (map[string]*metric, []string) {
	ms := map[string]*metric{}
	get := func(name string, set bool) *metric {
		m := ms[name]
		if m == nil {
			m = &metric{set: set}
			ms[name] = m
		}
		return m
	}
	scalar := func(name string, c goldCase, gold, got string) {
		m := get(name, false)
		m.n++
		if gold == got {
			m.ok++
		} else {
			m.misses = append(m.misses, fmt.Sprintf("%s %s %-14s %q: gold=%q got=%q", name, c.doc[:3], "", trunc(c.g.Anchor), gold, got))
		}
	}
	setm := func(name string, c goldCase, gold, got []string) {
		m := get(name, true)
		gs, ss := map[string]bool{}, map[string]bool{}
		for _, x := range gold {
			gs[x] = true
		}
		for _, x := range got {
			ss[x] = true
		}
		for x := range gs {
			if ss[x] {
				m.tp++
			} else {
				m.fn++
			}
		}
		for x := range ss {
			if !gs[x] {
				m.fp++
			}
		}
		sg, sgot := sortedKeys(gs), sortedKeys(ss)
		if strings.Join(sg, ",") != strings.Join(sgot, ",") {
			m.misses = append(m.misses, fmt.Sprintf("%s %s %q: gold=%v got=%v", name, c.doc[:3], trunc(c.g.Anchor), sg, sgot))
		}
	}
	for _, c := range cases {
		inc := get("is_incident_acc", false)
		inc.n++
		if c.g.IsIncident == c.got.IsIncident {
			inc.ok++
		} else {
			inc.misses = append(inc.misses, fmt.Sprintf("is_incident %s %q: gold=%v got=%v", c.doc[:3], trunc(c.g.Anchor), c.g.IsIncident, c.got.IsIncident))
		}
		if !c.g.IsIncident {
			continue
		}
		f := c.got
		scalar("organization_acc", c, normOrg(str(c.g.Organization)), normOrg(f.Organization))
		scalar("published_acc", c, str(c.g.Published), f.Published)
		scalar("discovered_acc", c, str(c.g.Discovered), f.Discovered)
		setm("types_f1", c, c.g.Types, f.Types)
		scalar("affected_acc", c, i64(c.g.Affected), i64(f.Affected))
		scalar("card_affected_acc", c, i64(c.g.CardAffected), i64(f.CardAffected))
		setm("data_types_f1", c, c.g.DataTypes, f.DataTypes)
		scalar("leak_acc", c, str(c.g.Leak), string(f.Leak))
		setm("notified_f1", c, c.g.Notified, f.Notified)
		scalar("report_seq_acc", c, seqString(c.g.ReportSeq), f.ReportSeq)
		scalar("casebook_id_acc", c, str(c.g.CasebookID), f.CasebookID)
	}
	var order []string
	for k := range ms {
		order = append(order, k)
	}
	sort.Strings(order)
	return ms, order
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func trunc(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if utf8.RuneCountInString(s) > 20 {
		return string([]rune(s)[:20])
	}
	return s
}

// TestSeeds measures the extractor on the seed corpus, field by field, with
// the metrics of tools/score.py, and holds the minimums of the brief.
func TestSeeds(t *testing.T) {
	shared, err := goldset.Shared()
	if err != nil {
		t.Skip(err)
	}
	cases := runGold(t, filepath.Join(shared, "corpus", "gold"), filepath.Join(shared, "corpus", "seeds"))
	ms, order := score(cases)
	mins := map[string]float64{
		"organization_acc": 0.95, "published_acc": 0.95, "discovered_acc": 0.85, "types_f1": 0.90,
		"affected_acc": 0.90, "card_affected_acc": 0.95, "data_types_f1": 0.90, "leak_acc": 0.85,
		"notified_f1": 0.90, "report_seq_acc": 0.95, "casebook_id_acc": 0.98, "is_incident_acc": 0.98,
	}
	for _, k := range order {
		t.Logf("%-20s %.3f", k, ms[k].value())
	}
	for _, k := range order {
		for _, miss := range ms[k].misses {
			t.Logf("  miss %s", miss)
		}
	}
	for k, min := range mins {
		m := ms[k]
		if m == nil || m.value() < min {
			v := 0.0
			if m != nil {
				v = m.value()
			}
			t.Errorf("%s = %.3f, want >= %.2f", k, v, min)
		}
	}
}
