package filter_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/filter/filtertest"
	"github.com/jikenbo/jikenbo/internal/model"
)

// TestFlags checks each way of giving a period and the codes.
func TestFlags(t *testing.T) {
	tests := []struct {
		args     []string
		from, to string
		kind     filter.Period
		err      bool
	}{
		{[]string{"--week", "2024-05-22"}, "2024-05-20", "2024-05-26", filter.PeriodWeek, false},
		{[]string{"--week", "2024-05-20"}, "2024-05-20", "2024-05-26", filter.PeriodWeek, false},
		{[]string{"--week", "2024-05-26"}, "2024-05-20", "2024-05-26", filter.PeriodWeek, false},
		{[]string{"--week", "2024-12-31"}, "2024-12-30", "2025-01-05", filter.PeriodWeek, false},
		{[]string{"--month", "2024-02"}, "2024-02-01", "2024-02-29", filter.PeriodMonth, false},
		{[]string{"--year", "2024"}, "2024-01-01", "2024-12-31", filter.PeriodYear, false},
		{[]string{"--from", "2024-01-01"}, "2024-01-01", "", filter.PeriodRange, false},
		{[]string{"--from", "2024-05-01", "--to", "2024-04-01"}, "", "", "", true},
		{[]string{"--year", "2024", "--month", "2024-05"}, "", "", "", true},
		{[]string{"--month", "2024-13"}, "", "", "", true},
		{[]string{"--week", "22/05/2024"}, "", "", "", true},
		{[]string{"--type", "nosuchtype"}, "", "", "", true},
		{[]string{"--sector", "医療", "--type", "ランサムウェア,phishing"}, "", "", filter.PeriodNone, false},
	}
	for _, tt := range tests {
		t.Run(tt.args[0]+" "+tt.args[1], func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			fl := filter.AddFlags(fs)
			if err := fs.Parse(tt.args); err != nil {
				t.Fatal(err)
			}
			f, kind, err := fl.Filter()
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if f.From != tt.from || f.To != tt.to || kind != tt.kind {
				t.Errorf("got %s..%s %s, want %s..%s %s", f.From, f.To, kind, tt.from, tt.to, tt.kind)
			}
		})
	}
}

// TestLabelsAsCodes checks Japanese labels given as filter values become
// codes.
func TestLabelsAsCodes(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fl := filter.AddFlags(fs)
	if err := fs.Parse([]string{"--sector", "医療", "--type", "ランサムウェア,phishing"}); err != nil {
		t.Fatal(err)
	}
	f, _, err := fl.Filter()
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Sectors) != 1 || f.Sectors[0] != "medical" || len(f.Types) != 2 || f.Types[0] != "ransomware" {
		t.Errorf("got %+v", f)
	}
}

// TestEach checks the cases Each yields and that it stops on an error.
func TestEach(t *testing.T) {
	st := filtertest.Casebook(t)
	ctx := context.Background()
	cases, err := filter.Collect(ctx, st, filter.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 7 {
		t.Fatalf("%d cases, want 7", len(cases))
	}
	first := cases[0]
	if first.Incident.Number != "2025-001" {
		t.Errorf("first case %s, want the newest number 2025-001", first.Incident.Number)
	}
	var mizunara *filter.Case
	for _, c := range cases {
		if c.Incident.Number == "2024-001" {
			mizunara = c
		}
	}
	if mizunara == nil || len(mizunara.Reports) != 2 || mizunara.First != "2024-05-21" || mizunara.Last != "2024-06-10" ||
		mizunara.Leak != "confirmed" || *mizunara.Affected != 2431 || mizunara.Lag() != 33 {
		t.Errorf("2024-001 combined wrongly: %+v", mizunara)
	}
	stop := errors.New("stop")
	n := 0
	err = filter.Each(ctx, st, filter.Filter{}, func(*filter.Case) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Each went on after an error: n=%d err=%v", n, err)
	}
	var reports int
	if err := filter.EachReport(ctx, st, filter.Filter{Types: []string{"web_skimming"}}, func(r *model.Report) error {
		reports++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if reports != 2 {
		t.Errorf("%d web_skimming reports, want 2", reports)
	}
}

// ExampleFold shows how organization names are matched: width, case and
// spaced-out letters do not matter.
func ExampleFold() {
	fmt.Println(filter.Fold("ＡＢＣ株式会社"), filter.Fold("潮 見 県"))
	// Output: abc株式会社 潮見県
}

// ExampleWeek shows the week a date falls in: Monday to Sunday.
func ExampleWeek() {
	mon, sun := filter.Week(time.Date(2024, 5, 22, 0, 0, 0, 0, time.UTC))
	fmt.Println(mon.Format("2006-01-02"), sun.Format("2006-01-02"))
	// Output: 2024-05-20 2024-05-26
}
