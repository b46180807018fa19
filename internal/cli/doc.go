// Package cli implements the jikenbo command line: one file per subcommand,
// all writing to the io.Writers they are given so tests can capture them.
package cli
