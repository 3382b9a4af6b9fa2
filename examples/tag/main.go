// Command tag finds entities in Vietnamese text and prints them as the
// project's INTERFACE.md describes.
//
// Usage:
//
//	tag [-in text|jsonl] [-out pretty|json|jsonl|conll|html] [-ref DATE] [-types PER,LOC,...] [file ...]
//
// With no file arguments it reads standard input; with none and a terminal
// or the null device on standard input (or with -sample) it tags the
// embedded sample article, dated 2024-07-18. JSONL input is processed in parallel, in bounded memory,
// and answered in input order; on a terminal, progress goes to standard
// error. A malformed JSONL line gets an error answer and makes the exit
// status 1; a bad flag value is a one-line error and exit status 2.
package main

import (
	"bufio"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
)

// sample is the article tagged when no input is given.
//
//go:embed sample.txt
var sample string

// sampleRef is the date of the sample article.
const sampleRef = "2024-07-18"

// env is what the program sees of its process, so that tests can run it
// in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stdinTerminal  bool // nothing is piped in
	stdoutTerminal bool // colours are welcome
	stderrTerminal bool // progress is welcome
	now            func() time.Time
}

func main() {
	os.Exit(run(os.Args[1:], env{
		stdin:          os.Stdin,
		stdout:         os.Stdout,
		stderr:         os.Stderr,
		stdinTerminal:  nothingPiped(os.Stdin),
		stdoutTerminal: isTerminal(os.Stdout) && os.Getenv("NO_COLOR") == "",
		stderrTerminal: isTerminal(os.Stderr),
		now:            time.Now,
	}))
}

// isTerminal reports whether f is a character device other than the null
// device: a terminal, as far as the standard library can tell.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(fi, null) {
		return false
	}
	return true
}

// nothingPiped reports whether standard input is a terminal or the null
// device: no input was given, so `go run ./examples/tag` shows the sample
// article whether it is started from a shell or from a script.
func nothingPiped(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

const usage = `usage: tag [flags] [file ...]

Tags people, roles, organisations, places, dates and more in Vietnamese text.
With no file, reads standard input; with nothing piped in, tags a sample article.

Flags:
  -in text|jsonl       input: the whole input is one document (text), or one JSON
                       object a line {"id", "text", "ref"} (jsonl); default text
  -out FORMAT          pretty, json, jsonl, conll or html; default pretty
  -ref DATE            reference date YYYY-MM-DD (UTC+7) or RFC 3339 time; default now
  -types LIST          comma-separated types to keep, e.g. PER,LOC,DATE; default all
  -sample              tag the embedded sample article (dated 2024-07-18)
`

// config is the parsed command line.
type config struct {
	jsonl   bool
	format  render.Format
	ref     time.Time
	refSet  bool
	types   []ner.Type
	sample  bool
	files   []string
	workers int
}

// parseArgs parses the command line, or returns an error message for
// standard error and whether it asked for help.
func parseArgs(args []string, e env) (*config, error) {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	in := fs.String("in", "text", "")
	out := fs.String("out", "pretty", "")
	ref := fs.String("ref", "", "")
	types := fs.String("types", "", "")
	smp := fs.Bool("sample", false, "")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	c := &config{sample: *smp, files: fs.Args(), workers: runtime.GOMAXPROCS(0)}
	switch *in {
	case "text":
	case "jsonl":
		c.jsonl = true
	default:
		return nil, fmt.Errorf("-in: unknown input format %q (want text or jsonl)", *in)
	}
	f, err := render.ParseFormat(*out)
	if err != nil {
		return nil, fmt.Errorf("-out: %v", err)
	}
	c.format = f
	if *ref != "" {
		t, err := ner.ParseRef(*ref)
		if err != nil {
			return nil, fmt.Errorf("-ref: %v", err)
		}
		c.ref, c.refSet = t, true
	} else {
		c.ref = e.now().In(dates.UTC7())
	}
	if c.types, err = ner.ParseTypes(*types); err != nil {
		return nil, fmt.Errorf("-types: %v", err)
	}
	if c.sample && len(c.files) > 0 {
		return nil, errors.New("-sample takes no file arguments")
	}
	return c, nil
}

func run(args []string, e env) int {
	c, err := parseArgs(args, e)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(e.stdout, usage)
		return 0
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "tag: %s\n", oneLine(err.Error()))
		return 2
	}
	tagger, err := ner.New(ner.Options{Types: c.types})
	if err != nil {
		fmt.Fprintf(e.stderr, "tag: %v\n", err)
		return 1
	}
	title := "vntag"
	var srcs []source
	switch {
	case len(c.files) > 0:
		for _, name := range c.files {
			srcs = append(srcs, source{name: name, jsonl: c.jsonl})
		}
		title += ": " + strings.Join(c.files, ", ")
	case c.sample || e.stdinTerminal:
		srcs = []source{{text: &sample}}
		if !c.refSet {
			c.ref, _ = ner.ParseRef(sampleRef)
		}
		title += ": sample article"
	default:
		srcs = []source{{r: e.stdin, jsonl: c.jsonl}}
	}

	w := bufio.NewWriterSize(e.stdout, 64<<10)
	enc, err := render.NewEncoder(w, c.format, render.Options{
		Color: e.stdoutTerminal && c.format == render.Pretty,
		Title: title,
		Types: c.types,
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "tag: %v\n", err)
		return 2
	}
	p := &pipeline{
		tagger:  tagger,
		ref:     c.ref,
		enc:     enc,
		stderr:  e.stderr,
		inBand:  c.format == render.JSON || c.format == render.JSONL,
		workers: c.workers,
	}
	if e.stderrTerminal {
		now := time.Now()
		p.progress = &progress{w: e.stderr, start: now, last: now}
	}
	status := p.run(srcs)
	if p.writeErr != nil {
		return 1 // already reported
	}
	err = enc.Close()
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "tag: writing output: %v\n", err)
		return 1
	}
	return status
}

// oneLine keeps the first line of s.
func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
