package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"golang.org/x/term"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// Env is what a subcommand runs with: its streams and the process context.
type Env struct {
	Ctx    context.Context
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// isTerminal reports whether a stream (an *os.File) is a terminal, for
// progress bars and interactive defaults.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(env *Env, args []string) error
}

var commands []command

func register(c command) { commands = append(commands, c) }

// usageError marks a misuse of the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// Main runs jikenbo with args (without the program name) and returns the
// exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{Ctx: ctx, Stdin: stdin, Stdout: stdout, Stderr: stderr}
	return run(env, args)
}

func run(env *Env, args []string) int {
	if len(args) == 0 {
		printUsage(env.Stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			return run(env, []string{args[1], "--help"})
		}
		printUsage(env.Stdout)
		return exitOK
	case "version", "--version":
		fmt.Fprintln(env.Stdout, "jikenbo", Version)
		return exitOK
	}
	for _, c := range commands {
		if c.name == name {
			err := c.run(env, args[1:])
			return report(env, c.name, err)
		}
	}
	fmt.Fprintf(env.Stderr, "jikenbo: unknown command %q\n\n", name)
	printUsage(env.Stderr)
	return exitUsage
}

// report prints err, if any, and maps it to an exit status.
func report(env *Env, name string, err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(env.Stderr, "jikenbo %s: %v\nRun 'jikenbo %s --help' for usage.\n", name, err, name)
		return exitUsage
	}
	fmt.Fprintf(env.Stderr, "jikenbo %s: %v\n", name, err)
	return exitFailure
}

// Version is the jikenbo version, set at build time with -ldflags.
var Version = "0.1.0-dev"

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "jikenbo: a casebook of Japanese security-incident disclosures")
	fmt.Fprintln(w, "\nUsage: jikenbo <command> [flags] [arguments]\n\nCommands:")
	cs := append([]command(nil), commands...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nEvery command that reads or writes a casebook takes --db (a SQLite path,")
	fmt.Fprintln(w, "default ./jikenbo.db, or a postgres:// URL). Run 'jikenbo <command> --help' for details.")
}

// newFlagSet makes a flag set for a subcommand whose usage line is usage
// and whose description is desc.
func newFlagSet(env *Env, name, usage, desc string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "Usage: jikenbo %s %s\n\n%s\n", name, usage, strings.TrimSpace(desc))
		var has bool
		fs.VisitAll(func(*flag.Flag) { has = true })
		if has {
			fmt.Fprintln(out, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parse parses flags that may appear before, between or after positional
// arguments ("jikenbo ingest dir --db x.db") and returns the positionals.
// "--help" prints the usage to standard output and returns flag.ErrHelp.
func parse(env *Env, fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		for _, a := range args {
			if a == "-h" || a == "-help" || a == "--help" {
				fs.SetOutput(env.Stdout)
				fs.Usage()
				return nil, flag.ErrHelp
			}
			if a == "--" {
				break
			}
		}
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseNone parses the flags of a command that takes no arguments.
func parseNone(env *Env, fs *flag.FlagSet, args []string) error {
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	return nil
}

// dbFlag adds the --db flag every casebook command takes.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("JIKENBO_DB")
	if def == "" {
		def = "jikenbo.db"
	}
	return fs.String("db", def, "casebook: SQLite file path or postgres:// URL (env JIKENBO_DB)")
}
