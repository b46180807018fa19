package link_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

var fuzzSeeds = []string{
	"",
	"a",
	"株式会社ミナモト精機",
	"国立大学法人　北浜大学 (KHU)",
	"当社サーバーへのランサムウェア攻撃について(第2報)。取引先情報1,240件、「MS-Prime」、Emotet(エモテット)、4月24日。",
	"\xff\xfe invalid utf-8 \x80",
	"ｶﾌﾞｼｷｶﾞｲｼｬ　ＡＢＣ（株）",
	"((((((()))))))株式会社株式会社",
}

// FuzzSignature checks that signatures have a fixed size, are deterministic
// and ignore white space.
func FuzzSignature(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sig := link.Signature(s)
		if len(sig) != link.SignatureSize {
			t.Fatalf("signature has %d values", len(sig))
		}
		if !slices.Equal(sig, link.Signature(s)) {
			t.Fatal("signature not deterministic")
		}
		if !utf8.ValidString(s) {
			return
		}
		spaced := strings.Join(strings.Split(s, ""), " ")
		if !slices.Equal(sig, link.Signature(spaced)) {
			t.Fatalf("spaces changed the signature of %q", s)
		}
	})
}

// FuzzNormalizeOrg checks that normalized names hold no white space, stay
// valid UTF-8 and never grow beyond the NFKC form of the input.
func FuzzNormalizeOrg(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := link.NormalizeOrg(s)
		if strings.ContainsFunc(n, unicode.IsSpace) {
			t.Fatalf("NormalizeOrg(%q) = %q holds white space", s, n)
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Fatalf("NormalizeOrg(%q) = %q is not valid UTF-8", s, n)
		}
		if len(n) > 3*len(s)+16 {
			t.Fatalf("NormalizeOrg(%q) grew to %d bytes", s, len(n))
		}
	})
}

// FuzzKey checks that any text and organization give a key that survives
// the store round trip, and that arbitrary stored bytes never panic.
func FuzzKey(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, s, []byte(`{"v":1,"terms":["a:x"]}`))
	}
	f.Fuzz(func(t *testing.T, text, org string, feat []byte) {
		it := link.Item{Text: text, Facts: model.Facts{IsIncident: true, Organization: org, Published: "2025-01-02", Types: []string{"malware"}}}
		k := link.NewKey(it)
		got, err := link.KeyFromLinkKey(k.LinkKey(1, 2))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, k) {
			t.Fatalf("round trip changed the key:\n got  %+v\n want %+v", got, k)
		}
		x := link.NewIndex(link.Options{})
		x.AddKey(k, nil)
		x.AddKey(got, nil)
		_, _ = link.KeyFromLinkKey(store.LinkKey{ReportID: 3, Features: feat, Signature: feat})
	})
}
