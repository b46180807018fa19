package export

import (
	"context"
	"fmt"
	"io"

	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// Format is an output format.
type Format string

// Formats.
const (
	CSV   Format = "csv"
	JSONL Format = "jsonl"
	STIX  Format = "stix"
	VERIS Format = "veris"
)

// What is the kind of row CSV and JSON Lines write.
type What string

// Row kinds.
const (
	Incidents What = "incidents"
	Reports   What = "reports"
)

// Options choose what Write writes.
type Options struct {
	Format Format
	What   What // for CSV and JSON Lines; STIX and VERIS are by incident
	// BaseURL is the casebook's web address; with it incidents carry the
	// URL of their page and sources without a URL of their own link to
	// the archived copy.
	BaseURL string
	// BOM starts CSV with a UTF-8 byte order mark (for spreadsheet
	// programs that otherwise misread Japanese).
	BOM bool
}

// Result counts what Write wrote.
type Result struct {
	Incidents int `json:"incidents"`
	Reports   int `json:"reports"`
	Objects   int `json:"objects"` // STIX objects
}

// Write writes the incidents (or reports) of st that match f to w in
// opt's format. It reads one incident (or report) at a time and writes it
// before reading the next; only small lookup caches are kept.
func Write(ctx context.Context, st store.Store, f filter.Filter, w io.Writer, opt Options) (Result, error) {
	var res Result
	var err error
	if opt.What == "" {
		opt.What = Incidents
	}
	if opt.What != Incidents && opt.What != Reports {
		return res, fmt.Errorf("export: unknown row kind %q (incidents or reports)", opt.What)
	}
	docs := newDocCache(st)
	switch opt.Format {
	case CSV, JSONL:
		var rw rowWriter
		if opt.Format == CSV {
			rw, err = newCSVWriter(w, opt.What, opt.BOM)
		} else {
			rw = newJSONLWriter(w)
		}
		if err != nil {
			return res, err
		}
		if opt.What == Reports {
			incs := newIncidentCache(st)
			err = filter.EachReport(ctx, st, f, func(r *model.Report) error {
				row, err := reportRow(ctx, r, docs, incs)
				if err != nil {
					return err
				}
				res.Reports++
				return rw.report(row)
			})
		} else {
			err = filter.Each(ctx, st, f, func(c *filter.Case) error {
				row, err := incidentRow(ctx, c, docs, opt.BaseURL)
				if err != nil {
					return err
				}
				res.Incidents++
				res.Reports += len(c.Reports)
				return rw.incident(row)
			})
		}
		if err == nil {
			err = rw.flush()
		}
	case STIX:
		sw, werr := newSTIXWriter(w, f)
		if werr != nil {
			return res, werr
		}
		err = filter.Each(ctx, st, f, func(c *filter.Case) error {
			res.Incidents++
			res.Reports += len(c.Reports)
			return sw.incident(ctx, c, docs, opt.BaseURL)
		})
		if cerr := sw.close(); err == nil {
			err = cerr
		}
		res.Objects = sw.n
	case VERIS:
		vw := newJSONLWriter(w)
		err = filter.Each(ctx, st, f, func(c *filter.Case) error {
			rec, err := verisRecord(ctx, c, docs, opt.BaseURL)
			if err != nil {
				return err
			}
			res.Incidents++
			res.Reports += len(c.Reports)
			return vw.value(rec)
		})
	default:
		return res, fmt.Errorf("export: unknown format %q (csv, jsonl, stix or veris)", opt.Format)
	}
	if err != nil {
		return res, fmt.Errorf("export: %w", err)
	}
	return res, nil
}

// docInfo is what exports need of a document: not its bytes.
type docInfo struct {
	ID     int64
	SHA256 string
	Source string
	Name   string
}

// docCache remembers the last documents looked up; reports of one
// document come together, so a small cache avoids reloading.
type docCache struct {
	st    store.Store
	m     map[int64]*docInfo
	order []int64
}

const cacheSize = 256

func newDocCache(st store.Store) *docCache { return &docCache{st: st, m: map[int64]*docInfo{}} }

func (c *docCache) get(ctx context.Context, id int64) (*docInfo, error) {
	if d, ok := c.m[id]; ok {
		return d, nil
	}
	doc, err := c.st.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	d := &docInfo{ID: doc.ID, SHA256: doc.SHA256, Source: doc.Source, Name: doc.Name}
	if len(c.order) >= cacheSize {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[id] = d
	c.order = append(c.order, id)
	return d, nil
}

// incidentCache remembers the numbers of the last incidents looked up.
type incidentCache struct {
	st    store.Store
	m     map[int64]string
	order []int64
}

func newIncidentCache(st store.Store) *incidentCache {
	return &incidentCache{st: st, m: map[int64]string{}}
}

func (c *incidentCache) number(ctx context.Context, id int64) (string, error) {
	if id == 0 {
		return "", nil
	}
	if n, ok := c.m[id]; ok {
		return n, nil
	}
	inc, err := c.st.Incident(ctx, id)
	if err != nil {
		return "", err
	}
	if len(c.order) >= cacheSize {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[id] = inc.Number
	c.order = append(c.order, id)
	return inc.Number, nil
}
