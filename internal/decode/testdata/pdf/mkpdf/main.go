// Command mkpdf writes notice.pdf, a minimal PDF with ASCII and Japanese
// text for the pdftotext round-trip test. The text uses a Type0 font with
// Identity-H encoding and a ToUnicode CMap (each distinct character gets its
// own CID), so text extraction needs no embedded font or CMap files.
//
// Run from internal/decode: go run ./testdata/pdf/mkpdf > testdata/pdf/notice.pdf
package main

import (
	"bytes"
	"fmt"
	"os"
)

var lines = []string{
	"2025年7月1日",
	"株式会社ハルカゼ電機",
	"",
	"Notice of unauthorized access",
	"当社のウェブサーバーが外部からの不正アクセスを受け、お客様の氏名及びメール",
	"アドレスが閲覧された可能性があることが判明しました。",
	"",
	"1 対象件数",
	"約2,500件",
}

func main() {
	cids := map[rune]int{}
	var order []rune
	for _, l := range lines {
		for _, r := range l {
			if _, ok := cids[r]; !ok {
				order = append(order, r)
				cids[r] = len(order) // CID 0 is .notdef
			}
		}
	}

	var content bytes.Buffer
	content.WriteString("BT\n/F1 10 Tf\n")
	y := 800
	for _, l := range lines {
		if l != "" {
			fmt.Fprintf(&content, "1 0 0 1 60 %d Tm <", y)
			for _, r := range l {
				fmt.Fprintf(&content, "%04X", cids[r])
			}
			content.WriteString("> Tj\n")
		}
		y -= 16
	}
	content.WriteString("ET\n")

	var cmap bytes.Buffer
	cmap.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for i := 0; i < len(order); i += 100 {
		chunk := order[i:min(i+100, len(order))]
		fmt.Fprintf(&cmap, "%d beginbfchar\n", len(chunk))
		for j, r := range chunk {
			fmt.Fprintf(&cmap, "<%04X> <%04X>\n", i+j+1, r)
		}
		cmap.WriteString("endbfchar\n")
	}
	cmap.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")

	// Half-width glyphs for ASCII so that spaces read as word spaces.
	var w bytes.Buffer
	for i, r := range order {
		switch {
		case r == ' ':
			fmt.Fprintf(&w, "%d [250] ", i+1)
		case r < 0x80:
			fmt.Fprintf(&w, "%d [500] ", i+1)
		}
	}

	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		stream(content.Bytes()),
		"<< /Type /Font /Subtype /Type0 /BaseFont /JikenboTest /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /JikenboTest /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 /W [" + w.String() + "] /CIDToGIDMap /Identity >>",
		stream(cmap.Bytes()),
		"<< /Type /FontDescriptor /FontName /JikenboTest /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
	}
	var out bytes.Buffer
	out.WriteString("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	os.Stdout.Write(out.Bytes())
}

func stream(b []byte) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(b), b)
}
