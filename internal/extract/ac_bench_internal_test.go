package extract

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// BenchmarkCueAutomaton measures the cue automaton's pass over the fixture
// notices (MB/s), the one pass every report's view makes.
func BenchmarkCueAutomaton(b *testing.B) {
	prepareMatchers()
	notices := fixtureNotices(b)
	names := slices.Sorted(maps.Keys(notices))
	var sb strings.Builder
	for _, n := range names {
		sb.WriteString(notices[n])
	}
	s := sb.String()
	b.SetBytes(int64(len(s)))
	dst := make([]hit, 0, len(s)/24+8)
	for i := 0; i < b.N; i++ {
		dst = cues.findAll(s, dst[:0])
	}
}
