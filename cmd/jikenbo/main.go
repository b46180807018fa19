// Command jikenbo turns Japanese security-incident disclosures into a
// curated, searchable casebook. Run "jikenbo help" for its subcommands.
package main

import (
	"os"

	"github.com/jikenbo/jikenbo/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
