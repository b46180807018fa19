package storetest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/store"
)

// LockHolderEnv names the environment variable that turns a test binary
// into a linking-lock holder (see LockHolderMain); it holds the casebook's
// dsn.
const LockHolderEnv = "JIKENBO_STORE_LOCK_HOLDER"

// LockHolderMain, called first by a package's TestMain, makes the binary a
// lock holder when LockHolderEnv is set: it opens the casebook, takes the
// linking lock, prints "locked" and waits to be killed. It returns at once
// when the variable is unset.
func LockHolderMain(open func(ctx context.Context, dsn string) (store.Store, error)) {
	dsn := os.Getenv(LockHolderEnv)
	if dsn == "" {
		return
	}
	ctx := context.Background()
	s, err := open(ctx, dsn)
	if err == nil {
		_, err = s.LockLinking(ctx)
	}
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	fmt.Println("locked")
	select {}
}

// CheckCrashedHolder starts the test binary as a lock holder on dsn (its
// TestMain must call LockHolderMain), waits until it holds the linking
// lock, checks that s cannot take it, kills the holder with SIGKILL and
// checks that s takes the lock soon after: a crashed holder never blocks
// the others.
func CheckCrashedHolder(t *testing.T, s store.Store, dsn string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), LockHolderEnv+"="+dsn)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()         //nolint:errcheck // killed on purpose
	defer cmd.Process.Kill() //nolint:errcheck // already dead normally
	line, err := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "locked" {
		t.Fatalf("lock holder: %q, %v", line, err)
	}
	short, cancel := context.WithTimeout(ctx(t), lockWait)
	unlock, err := s.LockLinking(short)
	cancel()
	if err == nil {
		unlock()
		t.Fatal("LockLinking succeeded while another process held the lock")
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	c, cancel := context.WithTimeout(ctx(t), 10*time.Second)
	defer cancel()
	unlock, err = s.LockLinking(c)
	if err != nil {
		t.Fatalf("LockLinking after the holder was killed: %v", err)
	}
	t.Logf("lock taken %v after the holder was killed", time.Since(start).Round(time.Millisecond))
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
}

// RunTogether starts every command before waiting for any, so that the
// processes work on one casebook at once, and returns each one's exit
// error (nil when it succeeded). A command that cannot start fails t.
func RunTogether(t *testing.T, cmds []*exec.Cmd) []error {
	t.Helper()
	for _, cmd := range cmds {
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
	}
	errs := make([]error, len(cmds))
	for i, cmd := range cmds {
		errs[i] = cmd.Wait()
	}
	return errs
}
