package digest

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/model"
)

// aspect is one thing a summary should say.
type aspect int

const (
	happened aspect = iota // what happened and when it was found
	leaked                 // what data, how many people
	done                   // what the organization did
	aspects
)

// cues are the words that show a sentence carries an aspect. They are
// general wording of Japanese notices, not of any one notice.
var cues = [aspects][]string{
	happened: {"不正アクセス", "判明", "発覚", "感染", "誤送信", "誤って", "誤送付", "誤配信", "紛失", "盗難", "置き忘れ", "改ざん",
		"暗号化", "閲覧可能", "閲覧できる", "持ち出", "攻撃", "被害", "発生", "装った", "かたり", "騙る", "偽サイト", "偽の",
		"乗っ取", "不正ログイン", "なりすまし", "ランサムウェア", "マルウェア", "ウイルス", "障害", "不具合", "設定", "発表", "公表",
		"検知", "侵入", "受け"},
	leaked: {"漏えい", "漏洩", "流出", "漏れ", "個人情報", "氏名", "住所", "メールアドレス", "電話番号", "カード", "口座", "生年月日",
		"成績", "病歴", "カルテ", "会員番号", "ログインID", "パスワード", "閲覧された", "可能性", "おそれ"},
	done: {"遮断", "停止", "報告", "警察", "委員会", "相談", "届", "削除", "修正", "再発防止", "対策", "導入", "徹底", "依頼",
		"変更", "実施", "調査", "復旧", "注意", "公開を停止", "通知"},
}

// noise marks sentences a summary should not carry: apologies, contact
// details and requests to readers.
var noise = []string{"お詫び申し上げ", "ご迷惑", "ご心配", "お問い合わせ", "問合せ", "電話", "TEL", "受付時間", "フリーダイヤル",
	"ご不便", "ご理解", "ご協力", "下記", "以下の", "URL", "http", "ご報告いたします", "お知らせいたします", "お知らせします",
	"ご報告します"}

// countRe finds a count of people or records (2,431件, 45名, 1万2千人).
var countRe = regexp.MustCompile(`[0-9０-９][0-9０-９,，万千百]*\s*(件|名|人|世帯|社)`)

// listItem matches headings and list items: ■, 【, ・, (1), 1., ①.
var listItem = regexp.MustCompile(`^(?:[■□●○◆◇・※【]|[(（][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]+[.．)）]|[①-⑳])`)

// sentence is one candidate of a summary.
type sentence struct {
	text   string
	report int // index of the report in the case
	index  int // index of the sentence in its report
	start  int // byte offset in the document text
	score  [aspects]float64
}

// Summarize returns up to max sentences of c's reports that carry what
// happened, what leaked and what was done, in text order (reports in
// published order). It returns at least two sentences when the reports
// have two usable ones.
func Summarize(c *filter.Case, max int) []string {
	if max <= 0 {
		return nil
	}
	var cands []sentence
	for i := range c.Reports {
		cands = append(cands, sentences(&c.Reports[i], i)...)
	}
	if len(cands) == 0 {
		return nil
	}
	var picked []int
	covered := [aspects]bool{}
	weight := [aspects]float64{happened: 1.2, leaked: 1, done: 0.8}
	for len(picked) < max {
		best, bestScore := -1, 0.0
		for k := range cands {
			if slices.Contains(picked, k) || repeats(cands[k].text, cands, picked) {
				continue
			}
			s, total := 0.0, 0.0
			for a := range aspects {
				total += cands[k].score[a]
				if !covered[a] {
					s += weight[a] * min(cands[k].score[a], 2)
				}
			}
			if total == 0 {
				continue // says nothing a summary needs
			}
			s += 0.2 * min(total, 4)
			// Prefer the first report, then its lead sentences.
			s -= 1.5*float64(cands[k].report) + 0.02*float64(cands[k].index)
			if best < 0 || s > bestScore {
				best, bestScore = k, s
			}
		}
		if best < 0 || (bestScore < 1.5 && len(picked) >= 2) {
			break
		}
		// A sentence covers the aspect it says most about, and any it
		// says much about.
		top := happened
		for a := range aspects {
			if cands[best].score[a] > cands[best].score[top] {
				top = a
			}
			if cands[best].score[a] >= 2 {
				covered[a] = true
			}
		}
		covered[top] = true
		allCovered := covered[happened] && covered[leaked] && covered[done]
		picked = append(picked, best)
		if allCovered && len(picked) >= 2 {
			break
		}
	}
	slices.Sort(picked) // candidates are in text order already
	out := make([]string, len(picked))
	for i, k := range picked {
		out[i] = cands[k].text
	}
	return out
}

// repeats reports whether s says much the same as a picked sentence
// (follow-up reports restate the first): more than half of its character
// bigrams are in one of them.
func repeats(s string, cands []sentence, picked []int) bool {
	a := bigramSet(s)
	for _, k := range picked {
		b := bigramSet(cands[k].text)
		shared := 0
		for g := range a {
			if b[g] {
				shared++
			}
		}
		if 2*shared > min(len(a), len(b)) {
			return true
		}
	}
	return false
}

func bigramSet(s string) map[[2]rune]bool {
	out := map[[2]rune]bool{}
	var prev rune
	for i, r := range []rune(s) {
		if i > 0 {
			out[[2]rune{prev, r}] = true
		}
		prev = r
	}
	return out
}

// sentences cuts a report into candidate sentences and scores them.
func sentences(r *model.Report, idx int) []sentence {
	var out []sentence
	evid := evidenceStarts(r)
	for _, ln := range joinWrapped(r.Text) {
		rest := ln.text
		pos := 0
		for rest != "" {
			end := strings.IndexAny(rest, "。！？")
			var s string
			if end < 0 {
				s, rest = rest, ""
			} else {
				_, w := utf8.DecodeRuneInString(rest[end:])
				s, rest = rest[:end+w], rest[end+w:]
			}
			sStart := pos
			pos += len(s)
			s = strings.TrimSpace(s)
			if !usable(s) {
				continue
			}
			// Offsets are approximate past joined line breaks.
			cand := sentence{text: s, report: idx, index: len(out), start: r.Span.Start + ln.start + sStart}
			for a := range aspects {
				for _, c := range cues[a] {
					if strings.Contains(s, c) {
						cand.score[a]++
					}
				}
			}
			if countRe.MatchString(s) {
				cand.score[leaked] += 2
			}
			for _, e := range evid {
				if e.start >= cand.start && e.start < cand.start+len(s) {
					cand.score[e.aspect] += 0.5
				}
			}
			for a := range aspects {
				cand.score[a] = min(cand.score[a], 4)
			}
			out = append(out, cand)
		}
	}
	return out
}

// logicalLine is a line of text with the lines it wraps onto joined.
type logicalLine struct {
	text  string
	start int // byte offset of its first line in the report text
}

// wrapWidth is the length from which a line without a sentence end is
// taken as wrapped (PDF text, fixed-width mail) rather than a heading.
const wrapWidth = 24

// joinWrapped splits text into lines and joins a line that does not end a
// sentence and is as long as wrapped lines are to the line after it.
func joinWrapped(text string) []logicalLine {
	var out []logicalLine
	var cur strings.Builder
	curStart, off := 0, 0
	open := false
	for line := range strings.SplitAfterSeq(text, "\n") {
		start := off
		off += len(line)
		t := strings.TrimSpace(line)
		if open && (t == "" || listItem.MatchString(t)) {
			out = append(out, logicalLine{cur.String(), curStart})
			cur.Reset()
			open = false
		}
		if t == "" {
			continue
		}
		if !open {
			curStart = start
		}
		cur.WriteString(t)
		open = true
		if strings.HasSuffix(t, "。") || utf8.RuneCountInString(t) < wrapWidth || listItem.MatchString(t) ||
			strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")") || strings.HasSuffix(t, "】") {
			out = append(out, logicalLine{cur.String(), curStart})
			cur.Reset()
			open = false
		}
	}
	if open {
		out = append(out, logicalLine{cur.String(), curStart})
	}
	return out
}

// usable reports whether s is a sentence a summary may quote.
func usable(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 15 || n > 180 {
		return false
	}
	if !strings.HasSuffix(s, "。") && !strings.HasSuffix(s, "．") {
		return false
	}
	if listItem.MatchString(s) {
		return false
	}
	for _, w := range noise {
		if strings.Contains(s, w) {
			return false
		}
	}
	return true
}

type evidenceStart struct {
	start  int
	aspect aspect
}

// evidenceStarts lists where the extractor found the facts a summary
// should carry.
func evidenceStarts(r *model.Report) []evidenceStart {
	var out []evidenceStart
	for _, e := range r.Facts.Evidence {
		switch e.Field {
		case "types", "discovered":
			out = append(out, evidenceStart{e.Span.Start, happened})
		case "affected", "data_types", "leak", "card_affected":
			out = append(out, evidenceStart{e.Span.Start, leaked})
		case "notified":
			out = append(out, evidenceStart{e.Span.Start, done})
		}
	}
	return out
}
