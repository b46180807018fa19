package extract

import "sort"

// automaton is an Aho–Corasick matcher over bytes: one pass over a text finds
// every occurrence of every pattern. It is built once (see prepareMatchers)
// and only read afterwards, so it is safe for concurrent use.
type automaton struct {
	root   [256]int32 // goto function of the root, fully expanded (while building)
	edges  [][]edge   // goto function of the other nodes, sorted by byte (while building)
	fail   []int32    // failure links (while building)
	out    [][]int32  // pattern ids ending at each node (including via fail links)
	d32    []uint32   // transitions by state and byte class, targets premultiplied (state×nclass), outBit32 set on states that report patterns
	class  [256]byte  // byte → class
	nclass int        // number of byte classes
	plen   []int      // byte length of each pattern
	maxLen int        // the longest pattern's length
	tags   []cueKind  // a tag of each pattern copied into its hits (none: zero)
}

type edge struct {
	b    byte
	next int32
}

func (a *automaton) child(n int32, b byte) int32 {
	if n == 0 {
		return a.root[b]
	}
	es := a.edges[n]
	i := sort.Search(len(es), func(i int) bool { return es[i].b >= b })
	if i < len(es) && es[i].b == b {
		return es[i].next
	}
	return -1
}

// newAutomaton builds the matcher; pattern i is reported with id i.
func newAutomaton(patterns []string) *automaton {
	a := &automaton{edges: [][]edge{nil}, fail: []int32{0}, out: [][]int32{nil}}
	for i := range a.root {
		a.root[i] = -1
	}
	for id, p := range patterns {
		a.plen = append(a.plen, len(p))
		a.maxLen = max(a.maxLen, len(p))
		if p == "" {
			continue
		}
		n := int32(0)
		for i := 0; i < len(p); i++ {
			c := a.child(n, p[i])
			if c < 0 {
				c = int32(len(a.edges))
				a.edges = append(a.edges, nil)
				a.fail = append(a.fail, 0)
				a.out = append(a.out, nil)
				if n == 0 {
					a.root[p[i]] = c
				} else {
					es := append(a.edges[n], edge{p[i], c})
					sort.Slice(es, func(x, y int) bool { return es[x].b < es[y].b })
					a.edges[n] = es
				}
			}
			n = c
		}
		a.out[n] = append(a.out[n], int32(id))
	}
	// Breadth-first failure links.
	var queue []int32
	for b := 0; b < 256; b++ {
		if c := a.root[b]; c > 0 {
			a.fail[c] = 0
			queue = append(queue, c)
		} else {
			a.root[b] = 0
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, e := range a.edges[n] {
			f := a.fail[n]
			for {
				if c := a.child(f, e.b); c >= 0 && !(f == 0 && c == 0) {
					a.fail[e.next] = c
					break
				}
				if f == 0 {
					a.fail[e.next] = 0
					break
				}
				f = a.fail[f]
			}
			a.out[e.next] = append(a.out[e.next], a.out[a.fail[e.next]]...)
			queue = append(queue, e.next)
		}
	}
	a.compile()
	return a
}

// compile resolves the failure links into a dense transition table, so
// that matching is one table lookup per byte.
func (a *automaton) compile() {
	// Bytes that occur in no pattern all behave alike: one class.
	used := [256]bool{}
	for _, es := range a.edges {
		for _, e := range es {
			used[e.b] = true
		}
	}
	for b := 0; b < 256; b++ {
		if a.root[b] > 0 {
			used[b] = true
		}
	}
	a.nclass = 1
	for b := 0; b < 256; b++ {
		if used[b] {
			a.class[b] = byte(a.nclass)
			a.nclass++
		}
	}
	full := make([][256]int32, len(a.edges))
	full[0] = a.root
	// Breadth-first order guarantees fail[x] is done before x.
	queue := []int32{0}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		if x != 0 {
			full[x] = full[a.fail[x]]
		}
		for _, e := range a.edges[x] {
			full[x][e.b] = e.next
			queue = append(queue, e.next)
		}
		if x == 0 {
			for b := 0; b < 256; b++ {
				if c := a.root[b]; c > 0 {
					queue = append(queue, c)
				}
			}
		}
	}
	if len(full)*a.nclass >= outBit32 {
		panic("extract: an automaton too large for its 32-bit transitions")
	}
	hasOut := make([]bool, len(a.out))
	for x, o := range a.out {
		hasOut[x] = len(o) > 0
	}
	a.d32 = make([]uint32, len(full)*a.nclass)
	for x := range full {
		for b := 0; b < 256; b++ {
			t := full[x][b]
			d := uint32(t) * uint32(a.nclass)
			if hasOut[t] {
				d |= outBit32
			}
			a.d32[x*a.nclass+int(a.class[b])] = d
		}
	}
	a.edges, a.fail = nil, nil // the table holds all a pass needs
}

// hit is one pattern occurrence: pattern id and byte range in the text.
type hit struct {
	id         int32
	kind       cueKind // the pattern's tag (automaton.tags), for the cue automaton the cue's kind
	start, end int
}

// findAll returns every occurrence of every pattern in s, ordered by end
// position.
func (a *automaton) findAll(s string, dst []hit) []hit {
	if len(s) >= 2*a.maxLen+twoStreamMin {
		return a.findAll2(s, dst)
	}
	return a.findAll32(s, dst)
}

// outBit32 marks a premultiplied transition to a state that reports
// patterns.
const outBit32 = 1 << 31

// findAll32 is findAll over the premultiplied transition table: the next
// row is one load and one add away, with no multiplication on the path
// from one byte to the next.
func (a *automaton) findAll32(s string, dst []hit) []hit {
	n := uint32(0)
	delta, class, k := a.d32, &a.class, uint32(a.nclass)
	for i := 0; i < len(s); i++ {
		d := delta[n+uint32(class[s[i]])]
		n = d &^ outBit32
		if d&outBit32 == 0 {
			continue
		}
		for _, id := range a.out[n/k] {
			dst = append(dst, hit{id, a.tag(id), i + 1 - a.plen[id], i + 1})
		}
	}
	return dst
}

// findAll2 is findAll32 reading s as two interleaved streams, as
// matchesAny2 does: the first half (and a pattern's length less one
// beyond) reports the occurrences that start in it, the second half all of
// its own. The table is large and its rows are often not in the cache;
// two chains of loads overlap their waits. The hits are merged back into
// the order of one pass: by end, and at one end longest first, which puts
// the first stream's hits (starting before the cut) before the second's.
func (a *automaton) findAll2(s string, dst []hit) []hit {
	mid := len(s) / 2
	x, y := s[:mid+a.maxLen-1], s[mid:]
	delta, class, k := a.d32, &a.class, uint32(a.nclass)
	second := getHits(len(y)/24 + 8)
	n, m := uint32(0), uint32(0)
	step := func(i int, d uint32) {
		for _, id := range a.out[(d&^outBit32)/k] {
			if st := i + 1 - a.plen[id]; st < mid {
				dst = append(dst, hit{id, a.tag(id), st, i + 1})
			}
		}
	}
	stepY := func(i int, e uint32) {
		for _, id := range a.out[(e&^outBit32)/k] {
			second = append(second, hit{id, a.tag(id), mid + i + 1 - a.plen[id], mid + i + 1})
		}
	}
	c := min(len(x), len(y))
	for i := 0; i < c; i++ {
		d := delta[n+uint32(class[x[i]])]
		e := delta[m+uint32(class[y[i]])]
		n, m = d&^outBit32, e&^outBit32
		if (d|e)&outBit32 == 0 {
			continue
		}
		if d&outBit32 != 0 {
			step(i, d)
		}
		if e&outBit32 != 0 {
			stepY(i, e)
		}
	}
	for i := c; i < len(x); i++ {
		d := delta[n+uint32(class[x[i]])]
		n = d &^ outBit32
		if d&outBit32 != 0 {
			step(i, d)
		}
	}
	for i := c; i < len(y); i++ {
		e := delta[m+uint32(class[y[i]])]
		m = e &^ outBit32
		if e&outBit32 != 0 {
			stepY(i, e)
		}
	}
	// The first stream's hits end before mid+maxLen; the second's after
	// mid. Merge the few that interleave.
	j := len(dst)
	for j > 0 && len(second) > 0 && dst[j-1].end > second[0].end {
		j--
	}
	tail := append(getHits(len(dst)-j), dst[j:]...)
	dst = dst[:j]
	p, q := 0, 0
	for p < len(tail) && q < len(second) {
		if tail[p].end <= second[q].end {
			dst = append(dst, tail[p])
			p++
		} else {
			dst = append(dst, second[q])
			q++
		}
	}
	dst = append(dst, tail[p:]...)
	dst = append(dst, second[q:]...)
	putHits(second)
	putHits(tail)
	return dst
}

// tag returns pattern id's tag (zero when the automaton has none).
func (a *automaton) tag(id int32) cueKind {
	if a.tags == nil {
		return 0
	}
	return a.tags[id]
}
