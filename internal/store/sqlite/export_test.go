package sqlite

import (
	"context"

	"github.com/jikenbo/jikenbo/internal/store"
)

// OpenVersion opens dsn migrated only up to version v, as an older
// jikenbo would have left it.
func OpenVersion(ctx context.Context, dsn string, v int) (store.Store, error) {
	return open(ctx, dsn, migrations[:v])
}

// Migrations is the number of schema steps of this binary.
var Migrations = len(migrations)
