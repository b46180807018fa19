package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/web"
)

// TestPages renders every page and checks what an analyst must see.
func TestPages(t *testing.T) {
	e := newEnv(t, web.Config{})
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"事件簿", e.numbers[0], "架空市", "種別", "業種", "影響人数"}},
		{"/?q=" + url.QueryEscape("不正アクセス"), 200, []string{"<mark>不正アクセス</mark>", e.numbers[0], "件中"}},
		{"/?q=" + url.QueryEscape("市"), 200, []string{"<mark>市</mark>", e.numbers[1]}},
		{"/?q=" + url.QueryEscape("ＶＰＮ"), 200, []string{"<mark>ＶＰＮ</mark>", "株式会社みどり野製作所"}},
		{"/?q=" + url.QueryEscape("sector:自治体 type:loss_theft"), 200, []string{e.numbers[1], "絞り込み中", "紛失・盗難"}},
		{"/?q=" + url.QueryEscape("該当しない語句です"), 200, []string{"該当する事案はありません"}},
		{"/incidents/" + e.numbers[0], 200, []string{"不正アクセスによる個人情報の漏えいについて", "1,520人", "発覚から初報までの日数", "14日",
			fmt.Sprintf("/documents/%d?hl=", e.docs[0]), "個人情報保護委員会", e.numbers[1], "2024年2月20日"}},
		{"/incidents/1999-001", 404, []string{"見つかりません"}},
		{fmt.Sprintf("/documents/%d", e.docs[0]), 200, []string{"SHA-256", "utf-8", "example.jp", "報告1", "原本をダウンロード"}},
		{"/documents/999999", 404, nil},
		{"/stats", 200, []string{"統計", "ウイルス感染・不正アクセス", "紛失・誤廃棄・盗難", "Hacking", "20,000人", "/stats/charts/monthly.svg"}},
		{"/stats/charts/monthly.svg", 200, []string{"<svg"}},
		{"/stats/charts/affected.svg", 200, []string{"<svg"}},
		{"/stats/charts/lag.svg", 200, []string{"<svg"}},
		{"/static/style.css", 200, []string{"mark"}},
		{"/nowhere", 404, []string{"ページが見つかりません"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := e.get(t, tt.path)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.status)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
				t.Errorf("CSP = %q", csp)
			}
		})
	}
}

// TestFacetLinksAreShareable follows a facet link and gets the filtered page.
func TestFacetLinksAreShareable(t *testing.T) {
	e := newEnv(t, web.Config{})
	_, body := e.get(t, "/?q="+url.QueryEscape("架空市"))
	m := regexp.MustCompile(`<a href="([^"]*type%3Aloss_theft[^"]*)">紛失・盗難</a>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no facet link for loss_theft")
	}
	href := html.UnescapeString(m[1])
	_, page := e.get(t, href)
	if !strings.Contains(page, e.numbers[1]) || strings.Contains(page, `href="/incidents/`+e.numbers[0]+`"`) {
		t.Errorf("filtered page %s does not show exactly the loss incident", href)
	}
	if !strings.Contains(page, "1件中") {
		t.Errorf("filtered page lacks the count")
	}
}

// TestEvidenceHighlight opens the evidence link of a fact.
func TestEvidenceHighlight(t *testing.T) {
	e := newEnv(t, web.Config{})
	_, body := e.get(t, "/incidents/"+e.numbers[0])
	m := regexp.MustCompile(`href="(/documents/\d+\?hl=\d+-\d+#ev)">「市民1,520人分」`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no evidence link for the affected count")
	}
	_, doc := e.get(t, html.UnescapeString(m[1]))
	if !strings.Contains(doc, `<mark id="ev">市民1,520人分</mark>`) {
		t.Error("evidence not highlighted in the document")
	}
	for _, bad := range []string{"?hl=abc", "?hl=5-3", "?hl=0-999999", "?hl=1-2"} {
		resp, _ := e.get(t, fmt.Sprintf("/documents/%d%s", e.docs[0], bad))
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", bad, resp.StatusCode)
		}
	}
}

// TestMergedNumberRedirects checks that a merged number answers 301.
func TestMergedNumberRedirects(t *testing.T) {
	e := newEnv(t, web.Config{})
	ctx := context.Background()
	if err := e.st.MergeIncidents(ctx, e.incidents[0], e.incidents[1], store.Audit{Who: "test", Action: "merge", Why: "same event"}); err != nil {
		t.Fatal(err)
	}
	if err := e.ix.Reindex(ctx, e.incidents[0], e.incidents[1]); err != nil {
		t.Fatal(err)
	}
	for _, prefix := range []string{"/incidents/", "/api/v1/incidents/"} {
		resp, _ := e.get(t, prefix+e.numbers[1])
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != prefix+e.numbers[0] {
			t.Errorf("%s%s: %d %q", prefix, e.numbers[1], resp.StatusCode, resp.Header.Get("Location"))
		}
	}
	_, body := e.get(t, "/?q="+url.QueryEscape("USBメモリ"))
	if !strings.Contains(body, e.numbers[0]) || strings.Contains(body, `href="/incidents/`+e.numbers[1]+`"`) {
		t.Error("search does not show the merged incident under the surviving number")
	}
}

// TestRaw checks the download of the original bytes.
func TestRaw(t *testing.T) {
	e := newEnv(t, web.Config{})
	resp, body := e.get(t, fmt.Sprintf("/documents/%d/raw", e.docs[3]))
	if resp.StatusCode != 200 || body != fixtures[3].text {
		t.Fatalf("status %d, body differs", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if cd := resp.Header.Get("Content-Disposition"); cd != "attachment; filename=hostile.txt" {
		t.Errorf("Content-Disposition %q", cd)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "sandbox") {
		t.Errorf("CSP %q", csp)
	}
}

// TestNoInjectedMarkup renders every page over hostile notices and checks
// the source's markup only ever appears escaped.
func TestNoInjectedMarkup(t *testing.T) {
	e := newEnv(t, web.Config{Token: testToken})
	// Also through the real ingest pipeline.
	req, _ := http.NewRequest("POST", e.srv.URL+"/api/v1/documents?name=evil.txt", strings.NewReader("個人情報漏えいのお知らせ\n"+injection+"\n株式会社テスト<script>x</script>より"))
	req.Header.Set("Authorization", "Bearer "+testToken)
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var created struct{ ID int64 }
	json.NewDecoder(resp.Body).Decode(&created)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("ingest status %d", resp.StatusCode)
	}
	pages := []string{"/", "/?q=" + url.QueryEscape("不正アクセス"), "/?q=" + url.QueryEscape("script"), "/?q=" + url.QueryEscape("<script>"),
		"/?q=" + url.QueryEscape(`"><script>alert(1)</script>`), "/incidents/" + e.numbers[3], "/stats",
		fmt.Sprintf("/documents/%d", e.docs[3]), fmt.Sprintf("/documents/%d?hl=10-60#ev", e.docs[3]), fmt.Sprintf("/documents/%d", created.ID)}
	bad := regexp.MustCompile(`(?i)<script|<img[^>]*onerror|href="javascript:|<a href="javascript`)
	for _, p := range pages {
		_, body := e.get(t, p)
		if loc := bad.FindStringIndex(body); loc != nil {
			t.Errorf("%s: unescaped markup %q", p, body[max(0, loc[0]-40):min(len(body), loc[1]+40)])
		}
	}
	_, body := e.get(t, fmt.Sprintf("/documents/%d", e.docs[3]))
	if !strings.Contains(body, "&lt;script&gt;document.title=&#39;pwned&#39;") {
		t.Error("the hostile text is not shown escaped")
	}
}

// TestWritesNeedToken checks POST without and with the bearer token.
func TestWritesNeedToken(t *testing.T) {
	e := newEnv(t, web.Config{Token: testToken})
	post := func(auth string) int {
		req, _ := http.NewRequest("POST", e.srv.URL+"/api/v1/documents?name=n.txt", strings.NewReader("システム障害のお知らせ\n2025年1月5日\n株式会社ためし\n当社システムに障害が発生しました。"))
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := post(""); got != 401 {
		t.Errorf("no token: %d", got)
	}
	if got := post("Bearer wrong"); got != 401 {
		t.Errorf("wrong token: %d", got)
	}
	if got := post("Bearer " + testToken); got != 201 {
		t.Errorf("token: %d", got)
	}
	if got := post("Bearer " + testToken); got != 200 {
		t.Errorf("same bytes again: %d", got)
	}
	// Reads stay open.
	if resp, _ := e.get(t, "/api/v1/incidents"); resp.StatusCode != 200 {
		t.Errorf("read: %d", resp.StatusCode)
	}
	// A server without a token refuses every write.
	e2 := newEnv(t, web.Config{})
	req, _ := http.NewRequest("POST", e2.srv.URL+"/api/v1/documents", strings.NewReader("x"))
	req.Header.Set("Authorization", "Bearer ")
	resp, _ := http.DefaultClient.Do(req)
	if resp.StatusCode != 401 {
		t.Errorf("tokenless server: %d", resp.StatusCode)
	}
}

// TestPrivate closes reads.
func TestPrivate(t *testing.T) {
	e := newEnv(t, web.Config{Token: testToken, Private: true})
	for _, p := range []string{"/", "/api/v1/incidents", "/stats", "/static/style.css"} {
		if resp, _ := e.get(t, p); resp.StatusCode != 401 {
			t.Errorf("%s without token: %d", p, resp.StatusCode)
		}
		if resp, _ := e.get(t, p, "Authorization", "Bearer "+testToken); resp.StatusCode != 200 {
			t.Errorf("%s with token: %d", p, resp.StatusCode)
		}
	}
	req, _ := http.NewRequest("GET", e.srv.URL+"/", nil)
	req.SetBasicAuth("analyst", testToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("basic auth: %d", resp.StatusCode)
	}
}

// TestAPI walks the JSON API with cursors.
func TestAPI(t *testing.T) {
	e := newEnv(t, web.Config{})
	var seen []string
	next := "/api/v1/incidents?limit=3"
	for next != "" {
		resp, body := e.get(t, next)
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
			t.Fatalf("%s: %d %s", next, resp.StatusCode, body)
		}
		var page struct {
			Items []struct {
				Number string `json:"number"`
			} `json:"items"`
			NextCursor string `json:"next_cursor"`
		}
		if err := json.Unmarshal([]byte(body), &page); err != nil {
			t.Fatal(err)
		}
		for _, it := range page.Items {
			seen = append(seen, it.Number)
		}
		next = ""
		if page.NextCursor != "" {
			next = "/api/v1/incidents?limit=3&cursor=" + page.NextCursor
		}
	}
	slices.Sort(seen)
	want := slices.Clone(e.numbers)
	slices.Sort(want)
	if !slices.Equal(seen, want) {
		t.Errorf("paged incidents %v, want %v", seen, want)
	}
	_, body := e.get(t, "/api/v1/incidents/"+e.numbers[0])
	var inc struct {
		Number  string `json:"number"`
		Reports []struct {
			Text  string `json:"text"`
			Facts struct {
				Evidence []any `json:"evidence"`
			} `json:"facts"`
		} `json:"reports"`
		Lag int `json:"disclosure_lag_days"`
	}
	if err := json.Unmarshal([]byte(body), &inc); err != nil {
		t.Fatal(err)
	}
	if inc.Number != e.numbers[0] || len(inc.Reports) != 1 || inc.Reports[0].Text == "" || len(inc.Reports[0].Facts.Evidence) == 0 || inc.Lag != 14 {
		t.Errorf("incident JSON: %s", body)
	}
	_, body = e.get(t, "/api/v1/search?q="+url.QueryEscape("市 year:2024"))
	var sr struct {
		Total  int `json:"total"`
		Facets []struct {
			Name string `json:"name"`
		} `json:"facets"`
	}
	json.Unmarshal([]byte(body), &sr)
	if sr.Total != 2 || len(sr.Facets) == 0 {
		t.Errorf("search JSON: %s", body)
	}
	for _, p := range []string{"/api/v1/documents", fmt.Sprintf("/api/v1/documents/%d", e.docs[0]), "/api/v1/stats", "/api/v1/openapi.json"} {
		if resp, body := e.get(t, p); resp.StatusCode != 200 || !json.Valid([]byte(body)) {
			t.Errorf("%s: %d", p, resp.StatusCode)
		}
	}
	for _, p := range []string{"/api/v1/incidents?cursor=!!", "/api/v1/search?limit=1000", "/api/v1/search?sort=x"} {
		if resp, body := e.get(t, p); resp.StatusCode != 400 || !strings.Contains(body, `"error"`) {
			t.Errorf("%s: %d %s", p, resp.StatusCode, body)
		}
	}
}

// TestOpenAPIMatchesRoutes checks that the OpenAPI document describes
// exactly the API routes the server registers.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	raw, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(raw, &spec); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.1") {
		t.Errorf("openapi %q", spec.OpenAPI)
	}
	var documented []string
	for p, ops := range spec.Paths {
		for m, op := range ops {
			documented = append(documented, strings.ToUpper(m)+" "+p)
			if _, ok := op["responses"]; !ok {
				t.Errorf("%s %s has no responses", m, p)
			}
		}
	}
	var registered []string
	for _, r := range web.Routes() {
		if strings.Contains(r, " /api/") {
			registered = append(registered, r)
		}
	}
	slices.Sort(documented)
	slices.Sort(registered)
	if !slices.Equal(documented, registered) {
		t.Errorf("OpenAPI paths\n%v\nregistered API routes\n%v", documented, registered)
	}
	e := newEnv(t, web.Config{})
	_, served := e.get(t, "/api/v1/openapi.json")
	if served != string(raw) {
		t.Error("served OpenAPI differs from openapi.json")
	}
}
