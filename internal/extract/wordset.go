package extract

import (
	"sync"
	"unsafe"
)

// wordSets holds a compiled matcher for each package-level word list that
// containsAny is often asked about, keyed by the list's first element (a
// package-level slice never moves). One automaton pass over a sentence
// replaces one strings.Contains per word. It is an open-addressing table
// on the key's address: containsAny asks it on every call, and a Go map
// costs a hashing call and a probe where this costs a multiplication and
// mostly one load. It is filled while the package initializes and only
// read afterwards.
var wordSets [wordSetSlots]wordSetSlot

// wordSetSlots is the size of wordSets: a power of two several times the
// number of registered lists, so that probes are short.
const wordSetSlots = 1024

type wordSetSlot struct {
	key *string
	a   *automaton
}

// wordSetHome is the first slot to probe for key.
func wordSetHome(key *string) int {
	// The address of a package-level string (unsafe only to read it as a
	// number; nothing is dereferenced through it).
	x := uint64(uintptr(unsafe.Pointer(key)))
	return int((x >> 3) * 0x9E3779B97F4A7C15 >> (64 - 10))
}

// wordSet returns the matcher registered for a list, or nil.
func wordSet(words []string) *automaton {
	key := &words[0]
	for i := wordSetHome(key); ; i = (i + 1) & (wordSetSlots - 1) {
		switch wordSets[i].key {
		case key:
			return wordSets[i].a
		case nil:
			return nil
		}
	}
}

// putWordSet registers a for the list whose first element is key.
func putWordSet(key *string, a *automaton) {
	for i, n := wordSetHome(key), 0; n < wordSetSlots; i, n = (i+1)&(wordSetSlots-1), n+1 {
		if wordSets[i].key == nil || wordSets[i].key == key {
			wordSets[i] = wordSetSlot{key, a}
			return
		}
	}
	panic("extract: too many registered word lists for wordSets")
}

// registerWordSets registers the given lists for containsAny, to be
// compiled by prepareMatchers. Only package-level lists that are never
// modified may be registered.
func registerWordSets(lists ...[]string) bool {
	pendingWordSets = append(pendingWordSets, lists...)
	return true
}

// pendingWordSets are the registered lists (see registerWordSets).
var pendingWordSets [][]string

// matchersOnce guards prepareMatchers.
var matchersOnce sync.Once

// prepareMatchers builds, once, the automata extraction reads with: the
// cue automaton, the registered word lists and the list matchers. They
// take some 40 ms to build, which a command that extracts nothing (show,
// serve, export) should not pay at start-up; Extract and newView call it
// first. Until then containsAny searches each word, which answers the
// same.
func prepareMatchers() {
	matchersOnce.Do(func() {
		buildCues()
		compileWordSets(pendingWordSets)
		sentenceWords = newListMatcher(sentenceLists)
		afterWords = newListMatcher(afterLists)
	})
}

// compileWordSets compiles the lists for containsAny.
func compileWordSets(lists [][]string) {
	for _, l := range lists {
		if len(l) < 4 {
			continue // strings.Contains is quicker
		}
		empty := false
		for _, w := range l {
			empty = empty || w == ""
		}
		if empty {
			continue // every text contains ""; leave it to strings.Contains
		}
		putWordSet(&l[0], newAutomaton(l))
	}
}

// matchesAny reports whether any pattern of a occurs in s.
func (a *automaton) matchesAny(s string) bool {
	if len(s) >= 2*a.maxLen+twoStreamMin {
		return a.matchesAny2(s)
	}
	// One load and one add per byte (targets are premultiplied).
	n := uint32(0)
	delta, class := a.d32, &a.class
	for i := 0; i < len(s); i++ {
		d := delta[n+uint32(class[s[i]])]
		if d&outBit32 != 0 {
			return true
		}
		n = d
	}
	return false
}

// twoStreamMin is how much longer than two patterns a text must be for
// matchesAny to read it as two streams.
const twoStreamMin = 32

// matchesAny2 is matchesAny reading s as two interleaved streams, its
// first half (and a pattern's length less one beyond, so that every
// occurrence starting there ends inside) and its second half. Each byte's
// transition waits for the load of the one before; two independent chains
// keep the processor busy while the loads are on their way.
func (a *automaton) matchesAny2(s string) bool {
	mid := len(s) / 2
	x, y := s[:mid+a.maxLen-1], s[mid:]
	pm, class := a.d32, &a.class
	n, m := uint32(0), uint32(0)
	k := min(len(x), len(y))
	for i := 0; i < k; i++ {
		d := pm[n+uint32(class[x[i]])]
		e := pm[m+uint32(class[y[i]])]
		if (d|e)&outBit32 != 0 {
			return true
		}
		n, m = d, e
	}
	for i := k; i < len(x); i++ {
		d := pm[n+uint32(class[x[i]])]
		if d&outBit32 != 0 {
			return true
		}
		n = d
	}
	for i := k; i < len(y); i++ {
		e := pm[m+uint32(class[y[i]])]
		if e&outBit32 != 0 {
			return true
		}
		m = e
	}
	return false
}

var _ = registerWordSets(possibleMarks, denialHints, weaknessNotices, weakNoneMarks, traceWords, strongNoneMarks,
	coreMarks, announceVerbs, accountWords, selfRefWords, secondaryMarks, reportVerbs, personWords, partialMarks,
	nonPaymentCards, negAfter, immediateEvents, explainMarks, eventStatements, dataWordsForObj, dataPrefixStops,
	dataNegations, countMailBefore, blockedWords, advisoryMarks, countStaffBefore, systemWords, eventMarks,
	apologyMarks, notOrgLineWords, policeStaffWords, impersonationWords, roleWords, headRoles, suspicionWords,
	confirmedIncident, sameDayMarks, earlierNoticeVerbs, lostItems, stillMissing, sendVerbs, disciplineVerbs, contactWords,
	planMarks, doneMarks, clauseVerbs, leakVerbs, preventionWords, subjectWords, outsideWords, earlierNotices, noticeVerbs,
	newFindings, resultWords, prosecutionWords, cannotExclude, peopleInfoWords, cardPaymentSystems, cardLeakWords, exposedWords,
	punishments, recipientWords, sendingVerbs, mailRouting, settingErrors, addressChanges, takeoverTargets, misSendVerbs,
	teCommas, threatMarks, carriedThings, finalMarks, credentialWords, headlineEnds, policeNames, vendorRoles,
	incidentNouns, inspections, supervisoryActs, regulatorActions, hospitalStaffWords, misSentNouns)
