package link

import (
	"encoding/binary"
	"math"
)

// Signature parameters: SignatureSize MinHash values over ShingleSize-rune
// shingles of the folded text, banded for LSH into lshBands bands of
// lshRows rows (a pair with Jaccard 0.5 shares a band with probability 0.87,
// a pair with Jaccard 0.1 with probability 0.003).
const (
	SignatureSize = 128
	ShingleSize   = 4
	lshBands      = 32
	lshRows       = SignatureSize / lshBands
)

// mulA and addB define the MinHash family: position i hashes a mixed
// shingle hash h to the high 32 bits of h*mulA[i] + addB[i] (mulA odd).
var mulA, addB = func() (a, b [SignatureSize]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range a {
		x = splitmix(x)
		a[i] = x | 1
		x = splitmix(x)
		b[i] = x
	}
	return a, b
}()

// splitmix is the SplitMix64 finalizer, a fast 64-bit bijective mixer.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Signature returns the MinHash signature (SignatureSize values) of a text:
// the text is folded (NFKC, lower case, no white space) and cut into
// overlapping ShingleSize-rune shingles. Equal texts give equal signatures;
// the share of equal positions of two signatures estimates the Jaccard
// similarity of their shingle sets. An empty text gives all-ones.
func Signature(text string) []uint32 {
	sig, _ := signature(fold(text))
	return sig
}

// signature computes the signature of an already folded text and returns
// the number of distinct shingles with it.
func signature(folded string) ([]uint32, int) {
	sig := make([]uint32, SignatureSize)
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	runes := []rune(folded)
	if len(runes) == 0 {
		return sig, 0
	}
	n := len(runes) - ShingleSize + 1
	if n < 1 {
		n = 1
	}
	seen := make(map[uint64]struct{}, n)
	for i := 0; i < n; i++ {
		end := min(i+ShingleSize, len(runes))
		h := uint64(14695981039346656037)
		for _, r := range runes[i:end] {
			h ^= uint64(r)
			h *= 1099511628211
		}
		if _, ok := seen[h]; ok {
			continue
		}
		seen[h] = struct{}{}
		h = splitmix(h)
		for j := range sig {
			if v := uint32((h*mulA[j] + addB[j]) >> 32); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig, len(seen)
}

// jaccard estimates the Jaccard similarity of two signatures.
func jaccard(a, b []uint32) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] && a[i] != math.MaxUint32 {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}

// containment estimates the share of the smaller shingle set contained in
// the larger one from the Jaccard estimate and the two set sizes.
func containment(j float64, na, nb int) float64 {
	small := min(na, nb)
	if small == 0 {
		return 0
	}
	union := float64(na+nb) / (1 + j)
	c := j * union / float64(small)
	return math.Min(c, 1)
}

// bandKeys returns the LSH bucket keys of a signature, one per band.
func bandKeys(sig []uint32) []uint64 {
	if len(sig) != SignatureSize {
		return nil
	}
	keys := make([]uint64, lshBands)
	var buf [4]byte
	for b := range lshBands {
		h := uint64(14695981039346656037) ^ uint64(b)
		for _, v := range sig[b*lshRows : (b+1)*lshRows] {
			binary.LittleEndian.PutUint32(buf[:], v)
			for _, c := range buf {
				h ^= uint64(c)
				h *= 1099511628211
			}
		}
		keys[b] = splitmix(h)
	}
	return keys
}

// encodeSig serializes a signature as little-endian uint32s.
func encodeSig(sig []uint32) []byte {
	out := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// decodeSig parses what encodeSig wrote.
func decodeSig(b []byte) []uint32 {
	sig := make([]uint32, len(b)/4)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig
}
