package ingest

import (
	"github.com/jikenbo/jikenbo/internal/extract"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/segment"
)

// Analyze cuts a decoded document text into reports and extracts their
// facts. It touches no database; ids and incident links are left empty.
func Analyze(text string) []model.Report {
	segs := segment.Split(text)
	facts := extract.Extract(text, segs)
	reports := make([]model.Report, len(segs))
	for i, s := range segs {
		reports[i] = model.Report{
			Seq:   i,
			Span:  s.Span,
			Text:  text[s.Span.Start:s.Span.End],
			Facts: facts[i],
		}
	}
	return reports
}
