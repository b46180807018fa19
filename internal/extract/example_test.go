package extract_test

import (
	"fmt"

	"github.com/jikenbo/jikenbo/internal/extract"
	"github.com/jikenbo/jikenbo/internal/model"
)

func ExampleExtract() {
	text := `メール誤送信についてのお詫び

2024年6月3日
株式会社みさき旅行

当社において、ツアー参加者42名へ案内メールを送信する際、宛先をBCCとすべきところ誤ってTOで送信したため、参加者のメールアドレスが他の参加者に表示されたことが判明いたしました。`
	f := extract.Extract(text, []model.Segment{{Span: model.Span{Start: 0, End: len(text)}}})[0]
	fmt.Println(f.Organization, f.Sector, f.Published, f.Types, *f.Affected, f.DataTypes, f.Leak)
	// Output: 株式会社みさき旅行 other 2024-06-03 [misdelivery] 42 [email] confirmed
}
