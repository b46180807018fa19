package goldset

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Report is one annotated report of a gold file.
type Report struct {
	Anchor       string   `json:"anchor"`
	Incident     *string  `json:"incident"`
	IsIncident   bool     `json:"is_incident"`
	Organization *string  `json:"organization"`
	Published    *string  `json:"published"`
	Discovered   *string  `json:"discovered"`
	Types        []string `json:"types"`
	Affected     *int64   `json:"affected"`
	CardAffected *int64   `json:"card_affected"`
	DataTypes    []string `json:"data_types"`
	Leak         *string  `json:"leak"`
	Notified     []string `json:"notified"`
	ReportSeq    any      `json:"report_seq"` // 2, "final" or null
	CasebookID   *string  `json:"casebook_id"`
	Vendors      []string `json:"vendors"`
	Anomalies    []string `json:"anomalies"`

	// Span is where the report lies in its document's text: from its
	// anchor to the next report's anchor.
	Span model.Span `json:"-"`
}

// Doc is one annotated document with its text.
type Doc struct {
	Name    string   `json:"doc"`
	Reports []Report `json:"reports"`
	Text    string   `json:"-"`
}

// Segments returns the gold spans as segments, as the segmenter would.
func (d *Doc) Segments() []model.Segment {
	segs := make([]model.Segment, len(d.Reports))
	for i, r := range d.Reports {
		segs[i] = model.Segment{Span: r.Span}
	}
	return segs
}

// Load reads every *.json gold file of goldDir, in name order, with its
// document from docsDir, and computes the report spans as score.py does:
// each anchor is searched from the previous anchor's position plus one
// character, and a report runs to the next anchor (the last to the end).
func Load(goldDir, docsDir string) ([]Doc, error) {
	names, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("goldset: no gold files in %s", goldDir)
	}
	sort.Strings(names)
	docs := make([]Doc, 0, len(names))
	for _, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var d Doc
		if err := json.Unmarshal(raw, &d); err != nil {
			return nil, fmt.Errorf("goldset: %s: %w", name, err)
		}
		text, err := os.ReadFile(filepath.Join(docsDir, d.Name))
		if err != nil {
			return nil, fmt.Errorf("goldset: %s: %w", name, err)
		}
		d.Text = string(text)
		if err := d.cut(); err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func (d *Doc) cut() error {
	pos := -1
	for i := range d.Reports {
		from := 0
		if pos >= 0 {
			_, size := utf8.DecodeRuneInString(d.Text[pos:])
			from = pos + size
		}
		k := strings.Index(d.Text[from:], d.Reports[i].Anchor)
		if k < 0 {
			return fmt.Errorf("goldset: %s: anchor not found: %q", d.Name, d.Reports[i].Anchor)
		}
		pos = from + k
		d.Reports[i].Span.Start = pos
		if i > 0 {
			d.Reports[i-1].Span.End = pos
		}
	}
	if n := len(d.Reports); n > 0 {
		d.Reports[n-1].Span.End = len(d.Text)
	}
	return nil
}

// ErrNoShared is returned by Shared when ../shared cannot be found.
var ErrNoShared = errors.New("goldset: no shared corpus (../shared beside the project root)")

// Shared returns the path of the project's shared directory (the one
// holding corpus/seeds and corpus/gold), looking upwards from the working
// directory for a sibling named "shared" of the module root.
func Shared() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(dir), "shared")
			if _, err := os.Stat(filepath.Join(s, "corpus", "gold")); err == nil {
				return s, nil
			}
			return "", ErrNoShared
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoShared
		}
		dir = parent
	}
}

// Seeds loads the seed corpus of the shared directory.
func Seeds() ([]Doc, error) {
	s, err := Shared()
	if err != nil {
		return nil, err
	}
	return Load(filepath.Join(s, "corpus", "gold"), filepath.Join(s, "corpus", "seeds"))
}

// Edited returns a copy of d whose text and anchors went through edit (a
// line-ending change, say), with the spans cut anew.
func (d Doc) Edited(edit func(string) string) (Doc, error) {
	out := Doc{Name: d.Name, Text: edit(d.Text), Reports: append([]Report(nil), d.Reports...)}
	for i := range out.Reports {
		out.Reports[i].Anchor = edit(out.Reports[i].Anchor)
	}
	return out, out.cut()
}
