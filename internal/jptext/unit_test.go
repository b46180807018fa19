package jptext_test

import (
	"testing"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

func TestUnitClass(t *testing.T) {
	tests := map[string]string{
		"人": jptext.UnitPeople, "名": jptext.UnitPeople, "世帯": jptext.UnitPeople,
		"件": jptext.UnitRecords, "アカウント": jptext.UnitRecords, "例": jptext.UnitRecords,
		"社": jptext.UnitOrgs, "団体": jptext.UnitOrgs, "店舗": jptext.UnitOrgs,
		"台": jptext.UnitItems, "通": jptext.UnitItems, "回": jptext.UnitItems,
	}
	for unit, want := range tests {
		if got := jptext.UnitClass(unit); got != want {
			t.Errorf("UnitClass(%q) = %q, want %q", unit, got, want)
		}
	}
}
