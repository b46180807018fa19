package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// createOutput opens the -o file (or standard output) through a buffer;
// closeOut flushes and closes it, keeping the first error.
func createOutput(env *Env, path string) (w io.Writer, closeOut func(error) error, err error) {
	var f *os.File
	var dst io.Writer = env.Stdout
	if path != "" && path != "-" {
		f, err = os.Create(path)
		if err != nil {
			return nil, nil, fmt.Errorf("create output: %w", err)
		}
		dst = f
	}
	bw := bufio.NewWriterSize(dst, 64<<10)
	return bw, func(err error) error {
		if ferr := bw.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("write output: %w", ferr)
		}
		if f != nil {
			if cerr := f.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("write output: %w", cerr)
			}
		}
		return err
	}, nil
}
