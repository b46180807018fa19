package sqlstore_test

import (
	"fmt"
	"testing"

	"github.com/jikenbo/jikenbo/internal/store/internal/sqlstore"
)

// TestNormalizeNumber checks the padding of casebook numbers.
func TestNormalizeNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-001", "2024-001"},
		{"2024-7", "2024-007"},
		{" 2024-0042\n", "2024-042"},
		{"2024-1234", "2024-1234"},
		{"2024-0", "2024-0"},
		{"2024--1", "2024--1"},
		{"24-001", "24-001"},
		{"abcd-001", "abcd-001"},
		{"2024-x1", "2024-x1"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := sqlstore.NormalizeNumber(tt.in); got != tt.want {
			t.Errorf("NormalizeNumber(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleFormatNumber() {
	fmt.Println(sqlstore.FormatNumber(2024, 7), sqlstore.FormatNumber(2025, 1234))
	// Output: 2024-007 2025-1234
}
