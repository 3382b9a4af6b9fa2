// Command normalize reads Vietnamese text from files or standard input and
// writes it normalised: NFC, cleaned of invisible debris, decoded from a
// legacy encoding, with tone marks in one style, or folded to lookup keys.
//
// Usage:
//
//	normalize [-from auto|utf8|tcvn3|vni|viqr|viscii|cp1258] [-tone keep|old|new] [-fold] [-v] [file ...]
//
// With -from auto (the default) the encoding of each input is detected;
// -v reports the guess and its confidence on standard error.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vntag/vntag/normalize"
)

func main() {
	os.Exit(cli(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: normalize [flags] [file ...]

Writes Vietnamese text normalised: NFC, cleaned of invisible debris, decoded
from a legacy encoding, with tone marks in one style, or folded to lookup keys.
With no file, reads standard input.

Flags:
  -from ENCODING   auto, utf8, tcvn3, vni, viqr, viscii or cp1258; default auto
                   (detected for each input)
  -tone STYLE      keep, old (hòa, thủy) or new (hoà, thuỷ); default keep
  -fold            write lookup keys: lower case, without diacritics
  -v               report the detected encoding on standard error
`

// cli runs the program with its arguments and returns the exit status:
// help on standard output and 0 for -h, a one-line error and 2 for a bad
// flag, 1 when an input cannot be read.
func cli(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	from := fs.String("from", "auto", "")
	tone := fs.String("tone", "keep", "")
	fold := fs.Bool("fold", false, "")
	verbose := fs.Bool("v", false, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "normalize: %v\n", err)
		return 2
	}
	if _, err := parseTone(*tone); err != nil {
		fmt.Fprintf(stderr, "normalize: -tone: %v\n", err)
		return 2
	}
	if *from != "auto" {
		if _, err := normalize.ParseEncoding(*from); err != nil {
			fmt.Fprintf(stderr, "normalize: -from: %s (want auto, utf8, tcvn3, vni, viqr, viscii or cp1258)\n",
				strings.TrimPrefix(err.Error(), "normalize: "))
			return 2
		}
	}
	if err := run(*from, *tone, *fold, *verbose, fs.Args(), stdin, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "normalize: %s\n", strings.TrimPrefix(err.Error(), "normalize: "))
		return 1
	}
	return 0
}

func run(from, tone string, fold, verbose bool, files []string, stdin io.Reader, stdout, stderr io.Writer) error {
	style, err := parseTone(tone)
	if err != nil {
		return err
	}
	auto := from == "auto"
	var enc normalize.Encoding
	if !auto {
		if enc, err = normalize.ParseEncoding(from); err != nil {
			return err
		}
	}
	n := normalize.New(normalize.Options{Tone: style})
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	convert := func(name string, b []byte) error {
		e := enc
		if auto {
			var conf float64
			e, conf = normalize.Detect(b)
			if verbose {
				fmt.Fprintf(stderr, "%s: %v (confidence %.2f)\n", name, e, conf)
			}
		}
		t, err := n.Decode(b, e)
		if err != nil {
			return err
		}
		if fold {
			_, err = w.Write(normalize.AppendFold(nil, t.Norm))
		} else {
			_, err = w.WriteString(t.Norm)
		}
		return err
	}
	if len(files) == 0 {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		return convert("<stdin>", b)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := convert(f, b); err != nil {
			return err
		}
	}
	return nil
}

var errTone = errors.New("unknown tone style (want keep, old or new)")

func parseTone(s string) (normalize.ToneStyle, error) {
	switch s {
	case "keep":
		return normalize.ToneKeep, nil
	case "old":
		return normalize.ToneOld, nil
	case "new":
		return normalize.ToneNew, nil
	}
	return 0, fmt.Errorf("%w: %q", errTone, s)
}
