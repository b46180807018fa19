package extract

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

// TestFoldOffsetsMatchesFold checks foldOffsets against jptext.Fold on
// notice-like and random text, including half-width kana with sound marks.
func TestFoldOffsetsMatchesFold(t *testing.T) {
	texts := []string{"", "令 和 ５ 年 ５ 月 １ ６ 日", "ｶﾞｲﾄﾞ ﾊﾟｽﾜｰﾄﾞ ｱﾞ ﾞ", "０１２０ー９５ー０１７８", "ＢＣＣ　で送信〜", "abc\\xffｶﾞ", "ﾊﾟ゜ﾞ゛"}
	alphabet := []rune("ｶｷﾊﾋﾌｱﾞﾟ゛゜アあ漢０９09ー－〜　 \\n。、")
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		b := make([]rune, r.Intn(12))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		wf, woffs := jptext.Fold(s)
		gf, goffs := foldOffsets(s)
		g := make([]int, len(goffs))
		for i, o := range goffs {
			g[i] = int(o)
		}
		if wf != gf || !slices.Equal(woffs, g) {
			t.Fatalf("%q: got %q %v, want %q %v", s, gf, goffs, wf, woffs)
		}
	}
}
