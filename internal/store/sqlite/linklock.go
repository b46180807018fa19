package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"time"
)

// LockSuffix is appended to the database file's path to name the linking
// lock file beside it ("casebook.db-linklock"). The file is created on the
// first LockLinking and never removed; it holds no data. Do not delete it
// while jikenbo processes use the casebook: a process that opened the old
// file would not exclude one that opens a new one.
const LockSuffix = "-linklock"

// lockPoll bounds the wait between two attempts to take a busy lock.
const lockPoll = 20 * time.Millisecond

// fileLock returns the dialect's LinkLock for the database file at path:
// an exclusive advisory lock on the lock file beside it (flock on Unix;
// see lockFile), which the operating system releases when the holder's
// file is closed or its process ends, so a crashed holder never blocks
// the others. Waiting polls, with a growing pause up to lockPoll, until
// the lock is free or ctx is done.
func fileLock(path string) func(ctx context.Context, _ *sql.DB) (func() error, error) {
	name := path + LockSuffix
	return func(ctx context.Context, _ *sql.DB) (func() error, error) {
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, err
		}
		pause := time.Millisecond
		for {
			ok, err := tryLock(f)
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("lock %s: %w", name, err)
			}
			if ok {
				break
			}
			t := time.NewTimer(pause)
			select {
			case <-ctx.Done():
				t.Stop()
				f.Close()
				return nil, ctx.Err()
			case <-t.C:
			}
			pause = min(2*pause, lockPoll)
		}
		return func() error {
			err := errors.Join(unlock(f), f.Close())
			if err != nil {
				return fmt.Errorf("store: unlock %s: %w", name, err)
			}
			return nil
		}, nil
	}
}
