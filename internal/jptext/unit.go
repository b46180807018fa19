package jptext

// Unit classes returned by UnitClass.
const (
	UnitPeople  = "people"  // 人 名 名様 世帯 ユーザー
	UnitRecords = "records" // 件 例 アカウント ID レコード 口座
	UnitOrgs    = "orgs"    // 社 団体 法人 自治体 校 店舗 施設 …
	UnitItems   = "items"   // 台 個 枚 通 回 点 冊 部 ファイル 端末 サイト …
)

var unitClasses = map[string]string{
	"人": UnitPeople, "名": UnitPeople, "名様": UnitPeople, "世帯": UnitPeople,
	"ユーザー": UnitPeople, "ユーザ": UnitPeople,
	"件": UnitRecords, "例": UnitRecords, "アカウント": UnitRecords, "ID": UnitRecords,
	"IDs": UnitRecords, "レコード": UnitRecords, "口座": UnitRecords, "筆": UnitRecords,
	"社": UnitOrgs, "団体": UnitOrgs, "法人": UnitOrgs, "事業者": UnitOrgs, "事業所": UnitOrgs,
	"自治体": UnitOrgs, "市町村": UnitOrgs, "機関": UnitOrgs, "医療機関": UnitOrgs,
	"戸": UnitPeople, "園": UnitOrgs, "病院": UnitOrgs,
	"施設": UnitOrgs, "学校": UnitOrgs, "校": UnitOrgs, "店舗": UnitOrgs, "店": UnitOrgs,
}

// UnitClass tells what a Count's unit counts: UnitPeople, UnitRecords,
// UnitOrgs or UnitItems (every other unit FindCounts knows). The extractor uses it
// to prefer people and records over mails sent or machines infected.
func UnitClass(unit string) string {
	if c, ok := unitClasses[unit]; ok {
		return c
	}
	return UnitItems
}
