package web_test

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/jikenbo/jikenbo/internal/web"
)

// chromium returns the browser binary, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("JIKENBO_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium is not installed (apt-get install chromium); skipping the browser tests")
	return ""
}

// artifacts is where screenshots go: $JIKENBO_ARTIFACTS or a temporary
// directory of the test.
func artifacts(t *testing.T) string {
	dir := os.Getenv("JIKENBO_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func browser(t *testing.T) context.Context {
	t.Helper()
	bin := chromium(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("chromium does not start here: %v", err)
	}
	return ctx
}

func shot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// do runs steps or fails the test.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// get runs one action returning a value or fails the test.
func get[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestBrowserJourney walks an analyst's path in a real browser: a Japanese
// search, a facet, an incident, a fact's evidence, the statistics.
func TestBrowserJourney(t *testing.T) {
	ctx := browser(t)
	e := newEnv(t, web.Config{Token: testToken})
	dir := artifacts(t)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	// 1. Search in Japanese through the search box.
	do(t, ctx,
		chromedp.Navigate(e.srv.URL+"/"),
		chromedp.WaitVisible(css(`input[name=q]`)),
		chromedp.SendKeys(css(`input[name=q]`), "不正アクセス"),
		chromedp.Click(css(`header button[type=submit]`)),
		chromedp.WaitVisible(css(`ol.hits mark`)),
	)
	text := get(t, ctx, chromedp.Text(css(`ol.hits`)))
	loc := get(t, ctx, chromedp.Location())
	if !strings.Contains(text, "架空市") || !strings.Contains(loc, "q="+url.QueryEscape("不正アクセス")) {
		t.Errorf("search page: location %s, results %q", loc, text)
	}
	shot(t, ctx, dir, "01-search.png")

	// 2. Apply the sector facet 自治体・官公庁.
	do(t, ctx,
		chromedp.Click(`//section[@id="facet-sector"]//a[text()="自治体・官公庁"]`),
		chromedp.WaitVisible(css(`.active-filters`)),
	)
	loc = get(t, ctx, chromedp.Location())
	n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("li.hit").length`))
	if !strings.Contains(loc, "sector%3Agovernment") || n != 1 {
		t.Errorf("after the facet: location %s, %d hits", loc, n)
	}
	shot(t, ctx, dir, "02-facet.png")

	// 3. Open the incident.
	do(t, ctx,
		chromedp.Click(css(`li.hit a.headline`)),
		chromedp.WaitVisible(css(`table.facts`)),
	)
	loc = get(t, ctx, chromedp.Location())
	text = get(t, ctx, chromedp.Text(css(`article.incident`)))
	if !strings.HasSuffix(loc, "/incidents/"+e.numbers[0]) || !strings.Contains(text, "14日") {
		t.Errorf("incident page: %s", loc)
	}
	shot(t, ctx, dir, "03-incident.png")

	// 4. Follow the affected count's evidence to the highlighted source.
	do(t, ctx,
		chromedp.Click(`//a[contains(@class,"evidence")][contains(., "1,520")]`),
		chromedp.WaitVisible(css(`mark#ev`)),
	)
	text = get(t, ctx, chromedp.Text(css(`mark#ev`)))
	loc = get(t, ctx, chromedp.Location())
	if text != "市民1,520人分" || !strings.Contains(loc, "hl=") {
		t.Errorf("evidence: %q at %s", text, loc)
	}
	shot(t, ctx, dir, "04-evidence.png")

	// 5. The statistics, with their charts loaded as images.
	do(t, ctx,
		chromedp.Navigate(e.srv.URL+"/stats"),
		chromedp.WaitVisible(css(`figure.chart img`)),
	)
	loaded := get(t, ctx, chromedp.Poll[bool](`Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)`, chromedp.WithPollingTimeout(10*time.Second)))
	if !loaded {
		t.Error("charts did not load")
	}
	shot(t, ctx, dir, "05-stats.png")
	t.Logf("screenshots in %s", dir)
}

// TestBrowserInjectedScriptsDoNotRun opens every page showing hostile
// notices and checks that none of their scripts, handlers or javascript:
// links ran.
func TestBrowserInjectedScriptsDoNotRun(t *testing.T) {
	ctx := browser(t)
	e := newEnv(t, web.Config{Token: testToken})
	dir := artifacts(t)
	pages := []struct{ name, path string }{
		{"06-hostile-search.png", "/?q=" + url.QueryEscape("あおば商店")},
		{"07-hostile-incident.png", "/incidents/" + e.numbers[3]},
		{"08-hostile-document.png", "/documents/" + strconv.FormatInt(e.docs[3], 10) + "?hl=10-80#ev"},
		{"09-hostile-query.png", "/?q=" + url.QueryEscape(`"><script>window.__pwned=9</script>`)},
	}
	for i, p := range pages {
		do(t, ctx, chromedp.Navigate(e.srv.URL+p.path), chromedp.WaitReady(chromedp.CSS(`body`)), chromedp.Sleep(300*time.Millisecond))
		links := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('a[href^="javascript:"], [onerror], script').length`))
		pwned := get(t, ctx, chromedp.Evaluate[bool](`window.__pwned !== undefined`))
		title := get(t, ctx, chromedp.Title())
		if pwned || title == "pwned" || links > 0 {
			t.Errorf("%s: injected code ran or is live (pwned=%v title=%q live elements=%d)", p.path, pwned, title, links)
		}
		shown := get(t, ctx, chromedp.Text(chromedp.CSS(`main`)))
		if i < 3 && !strings.Contains(shown, "<script>") {
			t.Errorf("%s: the hostile text is not shown as text", p.path)
		}
		shot(t, ctx, dir, p.name)
	}
}
