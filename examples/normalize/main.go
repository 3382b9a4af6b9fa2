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
	from := flag.String("from", "auto", "input encoding: auto, utf8, tcvn3, vni, viqr, viscii or cp1258")
	tone := flag.String("tone", "keep", "tone-mark placement: keep, old (hòa, thủy) or new (hoà, thuỷ)")
	fold := flag.Bool("fold", false, "write lookup keys: lower case, without diacritics")
	verbose := flag.Bool("v", false, "report the detected encoding on standard error")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: normalize [flags] [file ...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(*from, *tone, *fold, *verbose, flag.Args(), os.Stdin, os.Stdout, os.Stderr); err != nil {
		msg := err.Error()
		if !strings.HasPrefix(msg, "normalize: ") {
			msg = "normalize: " + msg
		}
		fmt.Fprintln(os.Stderr, msg)
		os.Exit(2)
	}
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
