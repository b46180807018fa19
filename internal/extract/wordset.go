package extract

// wordSets holds a compiled matcher for each package-level word list that
// containsAny is often asked about, keyed by the list's first element (a
// package-level slice never moves). One automaton pass over a sentence
// replaces one strings.Contains per word.
var wordSets = map[*string]*automaton{}

// registerWordSets compiles the given lists for containsAny. Only
// package-level lists that are never modified may be registered.
func registerWordSets(lists ...[]string) bool {
	for _, l := range lists {
		if len(l) < 3 {
			continue // strings.Contains is as quick
		}
		empty := false
		for _, w := range l {
			empty = empty || w == ""
		}
		if empty {
			continue // every text contains ""; leave it to strings.Contains
		}
		wordSets[&l[0]] = newAutomaton(l)
	}
	return true
}

// matchesAny reports whether any pattern of a occurs in s.
func (a *automaton) matchesAny(s string) bool {
	if a.d16 != nil {
		n := uint32(0)
		delta, class, k := a.d16, &a.class, uint32(a.nclass)
		for i := 0; i < len(s); i++ {
			d := delta[n*k+uint32(class[s[i]])]
			if d&outBit != 0 {
				return true
			}
			n = uint32(d)
		}
		return false
	}
	n := int32(0)
	delta, class, k, hasOut := a.delta, &a.class, int32(a.nclass), a.hasOut
	for i := 0; i < len(s); i++ {
		n = delta[n*k+int32(class[s[i]])]
		if hasOut[n] {
			return true
		}
	}
	return false
}

var _ = registerWordSets(possibleMarks, denialHints, weaknessNotices, weakNoneMarks, traceWords, strongNoneMarks,
	coreMarks, announceVerbs, accountWords, selfRefWords, secondaryMarks, reportVerbs, personWords, partialMarks,
	nonPaymentCards, negAfter, immediateEvents, explainMarks, eventStatements, dataWordsForObj, dataPrefixStops,
	dataNegations, countMailBefore, blockedWords, advisoryMarks, countStaffBefore, systemWords, eventMarks,
	apologyMarks, notOrgLineWords)
