package digest

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

//go:embed templates/*.html
var templateFS embed.FS

// templates are parsed once; a broken template stops the program at start.
var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"join":   strings.Join,
	"people": People,
	"commas": Commas,
}).ParseFS(templateFS, "templates/*.html"))

// WriteHTML writes d as a standalone HTML page; every value is escaped.
func WriteHTML(w io.Writer, d *Digest) error {
	if err := templates.ExecuteTemplate(w, "digest", d); err != nil {
		return fmt.Errorf("digest: html: %w", err)
	}
	return nil
}

// WriteMarkdown writes d as Markdown (CommonMark), with the text of the
// notices escaped so that it cannot inject markup.
func WriteMarkdown(w io.Writer, d *Digest) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", md(d.Title))
	fmt.Fprintf(&b, "%s〜%sに初報が公表された%d件", d.From, d.To, d.Count)
	if d.Affected > 0 {
		fmt.Fprintf(&b, "（影響人数の合計 %s人）", Commas(d.Affected))
	}
	if d.Filter != "" {
		fmt.Fprintf(&b, " · 条件: `%s`", strings.ReplaceAll(d.Filter, "`", ""))
	}
	b.WriteString("\n")
	if len(d.Groups) == 0 {
		b.WriteString("\nこの期間に初報が公表された事件はありません。\n")
	}
	for _, g := range d.Groups {
		fmt.Fprintf(&b, "\n## %s（%d件）\n", md(g.Label), len(g.Entries))
		for _, e := range g.Entries {
			num := md(e.Number)
			if IsWebURL(e.URL) {
				num = "[" + num + "](" + mdURL(e.URL) + ")"
			}
			fmt.Fprintf(&b, "\n### %s %s\n\n", num, md(e.Organization))
			fmt.Fprintf(&b, "**%s**\n\n", md(e.Headline))
			for _, s := range e.Summary {
				fmt.Fprintf(&b, "> %s\n", md(s))
			}
			if len(e.Summary) > 0 {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "- 種別: %s\n", md(strings.Join(e.TypeLabels, "、")))
			fmt.Fprintf(&b, "- 初報: %s\n", md(e.First))
			fmt.Fprintf(&b, "- 影響人数: %s\n", People(e.Affected))
			b.WriteString("- 出典:\n")
			for _, s := range e.Sources {
				if IsWebURL(s.URL) {
					fmt.Fprintf(&b, "  - [%s](%s)", md(s.Title), mdURL(s.URL))
				} else {
					fmt.Fprintf(&b, "  - %s（%s）", md(s.Title), md(s.URL))
				}
				if s.Published != "" {
					fmt.Fprintf(&b, "（%s）", md(s.Published))
				}
				b.WriteString("\n")
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("digest: markdown: %w", err)
	}
	return nil
}

// mdSpecial are the characters CommonMark may read as markup.
var mdSpecial = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`,
	"#", `\#`, "|", `\|`, "!", `\!`, "\r", " ", "\n", " ",
)

// md escapes text for Markdown.
func md(s string) string { return mdSpecial.Replace(s) }

// mdURL makes a link destination safe: angle brackets, no spaces or
// brackets that would end it.
func mdURL(u string) string {
	r := strings.NewReplacer(" ", "%20", "<", "%3C", ">", "%3E", "\n", "", "\r", "")
	return "<" + r.Replace(u) + ">"
}
