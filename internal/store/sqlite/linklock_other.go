//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd)

package sqlite

import (
	"os"
	"sync"
)

// held names the lock files held in this process. Without flock, the
// linking lock only excludes Store instances of one process: on these
// systems run one jikenbo process per SQLite casebook, or use PostgreSQL.
var held sync.Map

func tryLock(f *os.File) (bool, error) {
	_, busy := held.LoadOrStore(f.Name(), true)
	return !busy, nil
}

func unlock(f *os.File) error {
	held.Delete(f.Name())
	return nil
}
