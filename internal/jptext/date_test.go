package jptext_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

// dateStr renders dates as "text=kind:YYYY-MM-DD" (zero parts as 0) with
// "!" for an explicit year, "@era" and "~typo".
func dateStr(text string, ds []jptext.Date) string {
	var parts []string
	for _, d := range ds {
		p := fmt.Sprintf("%s=%s:%d-%d-%d", text[d.Span.Start:d.Span.End], d.Kind, d.Year, d.Month, d.Day)
		if d.YearExplicit {
			p += "!"
		}
		if d.Era != "" {
			p += "@" + d.Era
		}
		if d.YearTypo {
			p += "~typo"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

func TestFindDates(t *testing.T) {
	may23 := jptext.DateContext{Year: 2023, Month: 5}
	nov24 := jptext.DateContext{Year: 2024, Month: 11, Day: 26}
	none := jptext.DateContext{}
	tests := []struct {
		name string
		in   string
		ctx  jptext.DateContext
		want string
	}{
		{"full", "2023年5月17日", none, "2023年5月17日=full:2023-5-17!"},
		{"spaced", "2023 年 5 月 19 日", none, "2023 年 5 月 19 日=full:2023-5-19!"},
		{"zero padded", "2023年05月26日", none, "2023年05月26日=full:2023-5-26!"},
		{"reiwa", "令和5年5月26日", none, "令和5年5月26日=full:2023-5-26!@令和"},
		{"reiwa with western", "令和5年(2023年)5月26日", none, "令和5年(2023年)5月26日=full:2023-5-26!@令和"},
		{"reiwa paren before nen", "令和5(2023)年5月26日", none, "令和5(2023)年5月26日=full:2023-5-26!@令和"},
		{"western paren before nen", "2023（令和5）年5月26日", none, "2023（令和5）年5月26日=full:2023-5-26!"},
		{"western with reiwa", "2023年（令和5年）5月26日", none, "2023年（令和5年）5月26日=full:2023-5-26!"},
		{"spaced every char", "令 和 5 年 5 月 1 6 日", none, "令 和 5 年 5 月 1 6 日=full:2023-5-16!@令和"},
		{"tabs and no-break spaces", "2023\t年\u00a05 月\t17日", none, "2023\t年\u00a05 月\t17日=full:2023-5-17!"},
		{"spaced western", "2 0 2 3 年 5 月 1 6 日", none, "2 0 2 3 年 5 月 1 6 日=full:2023-5-16!"},
		{"spaced digits without year", "1 2 3 年", none, ""},
		{"spaced ideographic", "令　和　５　年　５　月　１　６　日", none, "令　和　５　年　５　月　１　６　日=full:2023-5-16!@令和"},
		{"reiwa gannen", "令和元年", none, "令和元年=year:2019-0-0!@令和"},
		{"reiwa gannen full", "令和元年5月1日", none, "令和元年5月1日=full:2019-5-1!@令和"},
		{"heisei", "平成31年", none, "平成31年=year:2019-0-0!@平成"},
		{"heisei full", "平成31年4月30日", none, "平成31年4月30日=full:2019-4-30!@平成"},
		{"showa", "昭和64年1月7日", none, "昭和64年1月7日=full:1989-1-7!@昭和"},
		{"kanji era year", "令和五年五月二十六日", none, "令和五年五月二十六日=full:2023-5-26!@令和"},
		{"kanji western", "二〇二三年五月十七日", none, "二〇二三年五月十七日=full:2023-5-17!"},
		{"R dot", "R5.5.26", none, "R5.5.26=full:2023-5-26!@令和"},
		{"R slash", "R5/5/26", none, "R5/5/26=full:2023-5-26!@令和"},
		{"H dot", "H31.4.1", none, "H31.4.1=full:2019-4-1!@平成"},
		{"R kanji", "R5年5月26日", none, "R5年5月26日=full:2023-5-26!@令和"},
		{"slash", "2024/11/26", none, "2024/11/26=full:2024-11-26!"},
		{"slash time", "2023/5/29 12:45", none, "2023/5/29=full:2023-5-29!"},
		{"iso", "2023-05-16", none, "2023-05-16=full:2023-5-16!"},
		{"iso time", "2023-05-16T10:00:00", none, "2023-05-16=full:2023-5-16!"},
		{"dots", "2023.5.16", none, "2023.5.16=full:2023-5-16!"},
		{"paren", "(2023年5月29日)", none, "2023年5月29日=full:2023-5-29!"},
		{"full-width", "２０２３年５月１７日", none, "２０２３年５月１７日=full:2023-5-17!"},
		{"md weekday", "5/29(月)", may23, "5/29=month_day:2023-5-29"},
		{"md full-width weekday", "5/29（月）", may23, "5/29=month_day:2023-5-29"},
		{"md time", "5/29 12:45", may23, "5/29=month_day:2023-5-29"},
		{"md range", "5/29~6/2", may23, "5/29=month_day:2023-5-29 6/2=month_day:2023-6-2"},
		{"kanji md weekday", "7月19日(水)", may23, "7月19日=month_day:2023-7-19"},
		{"kanji md sunday", "11月24日(日)", nov24, "11月24日=month_day:2024-11-24"},
		{"spaced md", "5 月 5 日(金)", may23, "5 月 5 日=month_day:2023-5-5"},
		{"md nearest previous year", "12月28日", jptext.DateContext{Year: 2024, Month: 1, Day: 10}, "12月28日=month_day:2023-12-28"},
		{"md weekday picks year", "11月24日(日)", jptext.DateContext{Year: 2024, Month: 5}, "11月24日=month_day:2024-11-24"},
		{"md weekday slash picks year", "12/28(木)", jptext.DateContext{Year: 2024, Month: 1, Day: 10}, "12/28=month_day:2023-12-28"},
		{"day weekday picks month", "2023年5月31日、2日(金)", none, "2023年5月31日=full:2023-5-31! 2日=day:2023-6-2"},
		{"md no context", "5月17日", none, "5月17日=month_day:0-5-17"},
		{"day only", "26日に発表", may23, "26日=day:2023-5-26"},
		{"day only news", "福島県警は26日、", nov24, "26日=day:2024-11-26"},
		{"day only previous month", "30日に", jptext.DateContext{Year: 2024, Month: 11, Day: 2}, "30日=day:2024-10-30"},
		{"day kanji", "同市は二十一日、発表した", may23, "二十一日=day:2023-5-21"},
		{"kanji md", "五月二十一日", jptext.DateContext{Year: 2023}, "五月二十一日=month_day:2023-5-21"},
		{"running context", "2023年3月1日に検知し、同年3月2日に公表。同月26日、翌27日、同日",
			none, "2023年3月1日=full:2023-3-1! 同年3月2日=relative:2023-3-2 同月26日=relative:2023-3-26 翌27日=relative:2023-3-27 同日=relative:2023-3-27"},
		{"next day", "2023年5月31日、翌日", none, "2023年5月31日=full:2023-5-31! 翌日=relative:2023-6-1"},
		{"next day year end", "2023年12月31日の翌日", none, "2023年12月31日=full:2023-12-31! 翌日=relative:2024-1-1"},
		{"next 25th", "24日に連絡を受け、翌25日", nov24, "24日=day:2024-11-24 翌25日=relative:2024-11-25"},
		{"next 1st rolls month", "2023年5月31日、翌1日", none, "2023年5月31日=full:2023-5-31! 翌1日=relative:2023-6-1"},
		{"next month", "2023年12月、翌月", none, "2023年12月=year_month:2023-12-0! 翌月=relative:2024-1-0"},
		{"next month day", "2023年5月、翌月5日", none, "2023年5月=year_month:2023-5-0! 翌月5日=relative:2023-6-5"},
		{"previous day", "2023年6月1日の前日", none, "2023年6月1日=full:2023-6-1!"},
		{"previous day alone", "2023年6月1日。前日", none, "2023年6月1日=full:2023-6-1! 前日=relative:2023-5-31"},
		{"same day ctx", "同日", jptext.DateContext{Year: 2023, Month: 5, Day: 9}, "同日=relative:2023-5-9"},
		{"range", "2021年4月30日~2023年3月1日", none, "2021年4月30日=full:2021-4-30! 2023年3月1日=full:2023-3-1!"},
		{"range wave", "2021年4月30日〜2023年3月1日", none, "2021年4月30日=full:2021-4-30! 2023年3月1日=full:2023-3-1!"},
		{"range hyphen", "2021年4月30日-2023年3月1日", none, "2021年4月30日=full:2021-4-30! 2023年3月1日=full:2023-3-1!"},
		{"range full-width hyphen md", "5月1日－5月3日", may23, "5月1日=month_day:2023-5-1 5月3日=month_day:2023-5-3"},
		{"range day", "5月1日~3日", may23, "5月1日=month_day:2023-5-1 3日=day:2023-5-3"},
		{"fiscal", "令和5年度", none, "令和5年度=fiscal_year:2023-0-0!@令和"},
		{"fiscal western", "2023年度の事業", none, "2023年度=fiscal_year:2023-0-0!"},
		{"fiscal does not move context", "2023年5月1日、令和6年度、26日", none, "2023年5月1日=full:2023-5-1! 令和6年度=fiscal_year:2024-0-0!@令和 26日=day:2023-5-26"},
		{"month end", "5月末", may23, "5月末=year_month:2023-5-0"},
		{"month early", "2023年9月上旬", none, "2023年9月上旬=year_month:2023-9-0!"},
		{"month range", "2021年1月~3月", none, "2021年1月=year_month:2021-1-0! 3月=year_month:2021-3-0"},
		{"dot padded", "2021.07.19", none, "2021.07.19=full:2021-7-19!"},
		{"day range until", "2024年1月16日~23日まで", none, "2024年1月16日=full:2024-1-16! 23日=day:2024-1-23"},
		{"spaced day with time", "令和7年1月 8 日(水)17:04", none, "令和7年1月 8 日=full:2025-1-8!@令和"},
		{"about one day", "約1日", may23, ""},
		{"background year", "1991年から運営。7月21日", jptext.DateContext{Year: 2023, Month: 7, Day: 28}, "1991年=year:1991-0-0! 7月21日=month_day:2023-7-21"},
		{"year alone", "2023年に入り", none, "2023年=year:2023-0-0!"},
		{"year month slash", "2023/5に", none, "2023/5=year_month:2023-5-0!"},
		{"year typo fixed", "2003年7月19日", jptext.DateContext{Year: 2023, FixYearTypos: true}, "2003年7月19日=full:2023-7-19!~typo"},
		{"year typo kept", "2003年7月19日", jptext.DateContext{Year: 2023}, "2003年7月19日=full:2003-7-19!"},
		{"real other year", "2022年7月19日", jptext.DateContext{Year: 2023, FixYearTypos: true}, "2022年7月19日=full:2022-7-19!"},
		{"leap day", "2024年2月29日", none, "2024年2月29日=full:2024-2-29!"},
		{"this year md", "本年7月25日に", jptext.DateContext{Year: 2024, Month: 11}, "本年7月25日=relative:2024-7-25"},
		{"last year month", "昨年12月から", jptext.DateContext{Year: 2024, Month: 3}, "昨年12月=relative:2023-12-0"},
		{"next year", "来年3月末まで", jptext.DateContext{Year: 2024, Month: 3}, "来年3月末=relative:2025-3-0"},
		{"today", "本日、", jptext.DateContext{Year: 2024, Month: 3, Day: 5}, "本日=relative:2024-3-5"},
		{"yesterday", "昨日", jptext.DateContext{Year: 2024, Month: 3, Day: 1}, "昨日=relative:2024-2-29"},
		{"this month day", "今月5日", jptext.DateContext{Year: 2024, Month: 3}, "今月5日=relative:2024-3-5"},
		{"last month", "先月", jptext.DateContext{Year: 2024, Month: 1}, "先月=relative:2023-12-0"},
		{"previous year", "2023年5月1日、前年4月", none, "2023年5月1日=full:2023-5-1! 前年4月=relative:2022-4-0"},
		{"accounting period", "2023年3月期決算", none, "2023年=year:2023-0-0!"},
		{"today uses caller context", "2020年1月1日。本日", jptext.DateContext{Year: 2024, Month: 3, Day: 5}, "2020年1月1日=full:2020-1-1! 本日=relative:2024-3-5"},
		{"news same month", "2023年5月17日に発表。同29日には", none, "2023年5月17日=full:2023-5-17! 同29日=relative:2023-5-29"},
		{"news same year", "2023年5月17日。同6月2日", none, "2023年5月17日=full:2023-5-17! 同6月2日=relative:2023-6-2"},
		{"same with kanji day", "同月十九日", jptext.DateContext{Year: 2023, Month: 5}, "同月十九日=relative:2023-5-19"},
		{"day after next", "2023年5月30日、翌々日", none, "2023年5月30日=full:2023-5-30! 翌々日=relative:2023-6-1"},
		{"that day", "2023年5月30日の当日", none, "2023年5月30日=full:2023-5-30! 当日=relative:2023-5-30"},
		{"next year md", "2023年12月1日、翌年3月1日", none, "2023年12月1日=full:2023-12-1! 翌年3月1日=relative:2024-3-1"},
		{"same month end", "2023年3月1日、同月末", none, "2023年3月1日=full:2023-3-1! 同月末=relative:2023-3-0"},
		{"R hyphen", "R5-5-26", none, "R5-5-26=full:2023-5-26!@令和"},
		{"R fiscal", "R5年度", none, "R5年度=fiscal_year:2023-0-0!@令和"},
		{"S dot", "S64.1.7", none, "S64.1.7=full:1989-1-7!@昭和"},
		{"heisei with western", "平成31年(2019年)4月1日", none, "平成31年(2019年)4月1日=full:2019-4-1!@平成"},
		{"long weekday", "5/29(月曜日)", may23, "5/29=month_day:2023-5-29"},
		{"holiday weekday", "5/3(水・祝)", may23, "5/3=month_day:2023-5-3"},
		// must not match
		{"same count", "同3件", may23, ""},
		{"same month no day", "同6月", may23, ""},
		{"dotted code", "2023.5.16.1", none, ""},
		{"hyphen code", "2023-05-16-2", none, ""},
		{"R year month", "R5年5月", none, ""},
		{"weekday missing close", "5/29(月", may23, ""},
		{"same fiscal year", "同年度", may23, ""},
		{"year on year", "前年比", may23, ""},
		{"this fiscal year", "本年度", may23, ""},
		{"honken", "本件について本市は", may23, ""},
		{"bare month after word", "減給2月", may23, ""},
		{"impossible month", "2023年13月1日", none, ""},
		{"impossible day", "2023年5月32日", none, ""},
		{"feb 30", "2月30日", may23, ""},
		{"feb 29 non-leap", "2023年2月29日", none, ""},
		{"month 13", "13月", may23, ""},
		{"version", "1.2.3", may23, ""},
		{"version v", "v2023.5.16", may23, ""},
		{"ip", "192.168.1.1", may23, ""},
		{"phone", "0120-95-0178", may23, ""},
		{"phone long vowel", "0120ー95ー0178", may23, ""},
		{"phone city", "03-1234-5678", may23, ""},
		{"time alone", "12:45", may23, ""},
		{"fraction", "1/2の確率", may23, ""},
		{"ordinal", "第2報", may23, ""},
		{"ordinal month", "第5月", may23, ""},
		{"count", "2,881件", may23, ""},
		{"duration", "26日間", may23, ""},
		{"within", "3日以内", may23, ""},
		{"after", "3日後", may23, ""},
		{"monthly", "毎月26日", may23, ""},
		{"per day", "1日あたり", may23, ""},
		{"years duration", "3年", may23, ""},
		{"months duration", "3か月", may23, ""},
		{"ichinichi", "一日も早く", may23, ""},
		{"satsuki", "五月雨", may23, ""},
		{"casebook number", "#2023-285", may23, ""},
		{"five digits", "20231年5月1日", none, "5月1日=month_day:0-5-1"},
		{"heisei too big", "平成40年", none, ""},
		{"bare R", "R5年", none, ""},
		{"word", "RH5", none, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dateStr(tt.in, jptext.FindDates(tt.in, tt.ctx))
			if got != tt.want {
				t.Errorf("FindDates(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDateISO(t *testing.T) {
	tests := []struct {
		d    jptext.Date
		want string
	}{
		{jptext.Date{Year: 2023, Month: 5, Day: 17}, "2023-05-17"},
		{jptext.Date{Year: 2019, Month: 12, Day: 1}, "2019-12-01"},
		{jptext.Date{Year: 2023, Month: 5}, ""},
		{jptext.Date{Month: 5, Day: 17}, ""},
		{jptext.Date{}, ""},
	}
	for _, tt := range tests {
		if got := tt.d.ISO(); got != tt.want {
			t.Errorf("%+v.ISO() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestFixYear(t *testing.T) {
	tests := []struct {
		year, ctx, want int
		typo            bool
	}{
		{2003, 2023, 2023, true},  // one digit, 20 years back
		{2203, 2023, 2023, true},  // adjacent swap, far future
		{2032, 2023, 2023, true},  // adjacent swap, 9 years ahead
		{2123, 2023, 2023, true},  // one digit, a century ahead
		{1023, 2023, 2023, true},  // one digit, a millennium back
		{2033, 2023, 2023, true},  // one digit, 10 years ahead
		{2022, 2023, 2022, false}, // a real neighbouring year
		{2024, 2023, 2024, false},
		{2021, 2023, 2021, false},
		{2013, 2023, 2013, false}, // one digit but plausibly real
		{2025, 2023, 2025, false}, // near-future plan
		{1998, 2023, 1998, false}, // several digits differ
		{2023, 2023, 2023, false},
		{2003, 0, 2003, false},    // no context
		{203, 2023, 203, false},   // not four digits
		{3202, 2023, 3202, false}, // not a single edit
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d_in_%d", tt.year, tt.ctx), func(t *testing.T) {
			got, typo := jptext.FixYear(tt.year, tt.ctx)
			if got != tt.want || typo != tt.typo {
				t.Errorf("FixYear(%d, %d) = %d, %v; want %d, %v", tt.year, tt.ctx, got, typo, tt.want, tt.typo)
			}
		})
	}
}
