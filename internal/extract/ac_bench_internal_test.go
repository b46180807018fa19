package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkCueAutomaton measures the cue automaton's pass over the fixture
// notices (MB/s), the one pass every report's view makes.
func BenchmarkCueAutomaton(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join("testdata", "notices", "*.txt"))
	var sb strings.Builder
	for _, n := range names {
		x, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(x)
	}
	s := sb.String()
	b.SetBytes(int64(len(s)))
	dst := make([]hit, 0, len(s)/24+8)
	for i := 0; i < b.N; i++ {
		dst = cues.findAll(s, dst[:0])
	}
}
