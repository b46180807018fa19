package jptext

// Plausible window for FixYear: a year within this many years before or
// after the context year is taken as written.
const (
	yearWindowPast   = 15
	yearWindowFuture = 3
)

// FixYear corrects an evident typo in a four-digit year, given the year the
// context implies (the casebook number, a header date, the feed date).
//
// The rule: year is a typo when both year and contextYear have four digits,
// year lies outside the plausible window [contextYear-15, contextYear+3]
// (notices talk about the past; only near-future plans are written ahead),
// and year can be turned into contextYear by changing one digit (2003 →
// 2023, 2123 → 2023) or by swapping two adjacent digits (2032 → 2023,
// 2203 → 2023). A typo is replaced by contextYear and typo is true.
// Otherwise year is returned unchanged: 2022 in a 2023 context is a real
// year, and so is 1998, which differs in more than one digit.
func FixYear(year, contextYear int) (fixed int, typo bool) {
	if year < 1000 || year > 9999 || contextYear < 1000 || contextYear > 9999 || year == contextYear {
		return year, false
	}
	if year >= contextYear-yearWindowPast && year <= contextYear+yearWindowFuture {
		return year, false
	}
	a := [4]int{year / 1000, year / 100 % 10, year / 10 % 10, year % 10}
	b := [4]int{contextYear / 1000, contextYear / 100 % 10, contextYear / 10 % 10, contextYear % 10}
	var diff []int
	for i := range a {
		if a[i] != b[i] {
			diff = append(diff, i)
		}
	}
	switch {
	case len(diff) == 1:
		return contextYear, true
	case len(diff) == 2 && diff[1] == diff[0]+1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]:
		return contextYear, true
	}
	return year, false
}
