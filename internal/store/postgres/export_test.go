package postgres

import (
	"context"

	"github.com/jikenbo/jikenbo/internal/store"
)

// OpenVersion opens url migrated only up to version v, as an older
// jikenbo would have left it.
func OpenVersion(ctx context.Context, url string, v int) (store.Store, error) {
	return open(ctx, url, migrations[:v])
}

// Migrations is the number of schema steps of this binary.
var Migrations = len(migrations)
