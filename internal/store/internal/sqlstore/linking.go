package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
)

// bumpGeneration increments the linking generation inside tx. Every
// method that changes what a linker reads (incidents and their members,
// link keys, overrides) calls it once, as the last statement of its
// transaction: on PostgreSQL the counter row stays locked only until the
// commit, and since it is always the last row taken, writers never wait
// for it while holding it and another row in the other order.
func bumpGeneration(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `UPDATE link_state SET generation = generation + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("bump linking generation: %w", err)
	}
	return nil
}

// LinkGeneration implements store.Store: one primary-key lookup.
func (s *Store) LinkGeneration(ctx context.Context) (int64, error) {
	var g int64
	if err := s.r.QueryRowContext(ctx, `SELECT generation FROM link_state WHERE id = 1`).Scan(&g); err != nil {
		return 0, fmt.Errorf("store: read linking generation of %s: %w", s.d.Name, err)
	}
	return g, nil
}

// LockLinking implements store.Store through the dialect's LinkLock.
func (s *Store) LockLinking(ctx context.Context) (func() error, error) {
	if s.d.LinkLock == nil {
		return nil, fmt.Errorf("store: lock linking of %s: not supported", s.d.Name)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: lock linking of %s: %w", s.d.Name, err)
	}
	unlock, err := s.d.LinkLock(ctx, s.w)
	if err != nil {
		return nil, fmt.Errorf("store: lock linking of %s: %w", s.d.Name, err)
	}
	return unlock, nil
}
