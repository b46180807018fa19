package link

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Loads returns how many times l read the whole index from its store.
func Loads(l *Linker) int { return l.loads }

// LinkerState renders what l holds: the reports of each incident as its
// index groups them, then the pins and keep-outs, so that a Linker kept up
// to date change by change can be compared with one freshly loaded.
func LinkerState(l *Linker) string {
	var b strings.Builder
	byInc := map[int64][]int64{}
	for pos, r := range l.reportAt {
		inc := l.incOf[l.idx.entries[pos].cluster]
		byInc[inc] = append(byInc[inc], r)
	}
	for _, inc := range slices.Sorted(maps.Keys(byInc)) {
		slices.Sort(byInc[inc])
		fmt.Fprintf(&b, "incident %d: %v\n", inc, byInc[inc])
	}
	for _, r := range slices.Sorted(maps.Keys(l.pins)) {
		fmt.Fprintf(&b, "pin %d → %d\n", r, l.pins[r])
	}
	for _, r := range slices.Sorted(maps.Keys(l.keepOut)) {
		fmt.Fprintf(&b, "keep %d out of %v\n", r, slices.Sorted(maps.Keys(l.keepOut[r])))
	}
	return b.String()
}
