package extract_test

import (
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Cases from the second half of session 3's blind set (dev3), written again
// with fictional organizations.

func TestRound8DataLists(t *testing.T) {
	data := func(f model.Facts) string { return strings.Join(f.DataTypes, ",") }
	runField(t, "data_types", data, []fieldCase{
		{"items announced as 下記の通り", `医療法人さくら会 ひばりクリニックは2月18日、同院への不正アクセスによる情報漏えいの可能性について発表した。
当該サーバに記録されていたのは、最大約3万名の患者の個人情報で項目は下記の通り。
・患者に関する個人情報
氏名、生年月日、性別、住所、電話番号、メールアドレス、診療に関する情報等
`, "name,birthdate,gender,address,phone,email,medical"},
		{"a long heading closing on the personal data", `この度、企画課において実施しているモニターツアーの応募者の個人情報が含まれる保存先のURLの誤送信が判明しました。
1 事案の概要
(1)誤送信した個人情報が含まれる保存先のURLに含まれていた個人情報等
・応募者代表4名 メールアドレス、氏名、性別、年齢、住所、電話番号
`, "email,name,gender,age,address,phone"},
	})
}
