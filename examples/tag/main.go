// Command tag finds entities in Vietnamese text and prints them as the
// project's examples/INTERFACE.md describes.
//
// Usage:
//
//	tag [-in text|jsonl] [-out pretty|json|jsonl|conll|html] [-ref DATE] [-types PER,LOC,...]
//	    [-from auto|utf8|tcvn3|vni|viqr|viscii|cp1258] [-prefer past|future] [file ...]
//
// With no file arguments it reads standard input; with none and a terminal
// or the null device on standard input (or with -sample) it tags the
// embedded sample article, dated 2024-07-18. Any other input, a character
// device too, is read as text.
//
// The reference date defaults to now in Vietnam (UTC+7); since it decides
// what a place resolves to (before or after the 2025 reform), the date used
// is said on standard error for text input, is in every JSON answer as
// "ref", and is shown on the html page. Input that is not valid UTF-8 is
// read in the legacy encoding it is detected to be in (-from auto), with
// offsets into the bytes as given.
//
// JSONL input is processed in parallel, in bounded memory, and answered in
// input order, one answer per input line, each carrying "line". On a
// terminal, progress goes to standard error. A malformed JSONL line gets
// an error answer and makes the exit status 1; a bad flag value is a
// one-line error and exit status 2; SIGINT or SIGTERM finishes the answer
// being written, flushes the output and exits with status 130.
package main

import (
	"bufio"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
	"github.com/vntag/vntag/normalize"
)

// sample is the article tagged when no input is given.
//
//go:embed sample.txt
var sample string

// sampleRef is the date of the sample article.
const sampleRef = "2024-07-18"

// maxDoc is the largest document read: a text input or a JSONL line. The
// tagger tags a long text in segments, but its answer and the text are
// held whole (about 15 times the text's size at the peak), so a larger
// one is refused rather than tried (and `tag < /dev/zero` ends).
const maxDoc = 32 << 20

// env is what the program sees of its process, so that tests can run it
// in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stdinTerminal  bool // nothing is piped in
	stdoutTerminal bool // colours are welcome
	stderrTerminal bool // progress is welcome
	now            func() time.Time
	// signals delivers SIGINT and SIGTERM; nil means none come.
	signals <-chan os.Signal
	// progressEvery is how often progress is shown; zero means 250 ms.
	progressEvery time.Duration
}

// gcPercent is the garbage collector's target (GOGC) unless the
// environment sets one. The program's live memory is the gazetteers, the
// documents in flight and their answers; with the default of 100 the heap
// grows to twice that before a collection, so that a long document's
// answer costs twice its size. At 50 a run takes a quarter less memory
// (a 13 MB text: 186 MB rather than 224 MB) for a few percent of CPU.
const gcPercent = 50

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	os.Exit(run(os.Args[1:], env{
		stdin:          os.Stdin,
		stdout:         os.Stdout,
		stderr:         os.Stderr,
		stdinTerminal:  nothingPiped(os.Stdin),
		stdoutTerminal: isTerminal(os.Stdout) && os.Getenv("NO_COLOR") == "",
		stderrTerminal: isTerminal(os.Stderr),
		now:            time.Now,
		signals:        sig,
	}))
}

// nothingPiped reports whether standard input is a terminal or the null
// device: no input was given, so `go run ./examples/tag` shows the sample
// article whether it is started from a shell or from a script. Any other
// character device (/dev/zero, a serial line) is input like a pipe.
func nothingPiped(f *os.File) bool {
	if isTerminal(f) {
		return true
	}
	fi, err := f.Stat()
	if err != nil {
		return true // closed: nothing can be read from it
	}
	if fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err == nil && os.SameFile(fi, null)
}

const usage = `usage: tag [flags] [file ...]

Tags people, roles, organisations, places, dates and more in Vietnamese text.
With no file, reads standard input; with nothing piped in (a terminal or
/dev/null), tags a sample article dated 2024-07-18.

Flags:
  -in text|jsonl       input: the whole input is one document (text), or one JSON
                       object a line {"id", "text", "ref"} (jsonl); default text
  -out FORMAT          pretty, json, jsonl, conll or html; default pretty
  -ref DATE            reference date: YYYY-MM-DD or YYYY-MM-DDTHH:MM (Vietnam
                       time, UTC+7) or an RFC 3339 time; default today (now)
                       in Vietnam.
                       It resolves "Ngày 18/7" and picks the era of a place
                       (before or after the 2025 reform): the date used is said
                       on standard error for text input and is in every JSON answer
  -types LIST          comma-separated types to keep, e.g. PER,LOC,DATE; default all
  -from ENCODING       auto, utf8, tcvn3, vni, viqr, viscii or cp1258; default auto:
                       input that is not valid UTF-8 is read in the legacy encoding
                       it is detected to be in; offsets point into the bytes as given
  -prefer past|future  where a date without a year or a weekday without a week
                       falls: before or after the reference date; default the
                       reference year and week, as news reads
  -sample              tag the embedded sample article (dated 2024-07-18)

A document (a text input or a JSONL line) may be up to 32 MiB; one over
256 KiB is tagged in segments cut at sentence ends. JSONL is
answered in input order, one answer per line (a blank line too), each with
its "line". On a terminal, progress (documents, megabytes, and the total and
time left when the input size is known) goes to standard error. SIGINT or
SIGTERM finishes the answer being written and exits with status 130.
Exit status: 0, 1 if an input or a record failed, 2 for a bad flag.
`

// config is the parsed command line.
type config struct {
	jsonl   bool
	format  render.Format
	ref     time.Time
	refSet  bool
	types   []ner.Type
	auto    bool               // detect the encoding of input that is not UTF-8
	enc     normalize.Encoding // the input's encoding when not auto
	prefer  dates.Prefer
	sample  bool
	files   []string
	workers int
}

// parseArgs parses the command line, or returns an error message for
// standard error (flag.ErrHelp when help was asked for).
func parseArgs(args []string, e env) (*config, error) {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	in := fs.String("in", "text", "")
	out := fs.String("out", "pretty", "")
	ref := fs.String("ref", "", "")
	types := fs.String("types", "", "")
	from := fs.String("from", "auto", "")
	prefer := fs.String("prefer", "", "")
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
		return nil, fmt.Errorf("-out: %s", render.ErrorText(err))
	}
	c.format = f
	if *ref != "" {
		t, err := render.ParseRef(*ref)
		if err != nil {
			return nil, fmt.Errorf("-ref: %s", render.ErrorText(err))
		}
		c.ref, c.refSet = t, true
	} else {
		c.ref = e.now().In(dates.UTC7())
	}
	if c.types, err = ner.ParseTypes(*types); err != nil {
		return nil, fmt.Errorf("-types: %s", render.ErrorText(err))
	}
	if *from == "auto" {
		c.auto = true
	} else if c.enc, err = normalize.ParseEncoding(*from); err != nil {
		return nil, fmt.Errorf("-from: %s (want auto, utf8, tcvn3, vni, viqr, viscii or cp1258)", render.ErrorText(err))
	}
	switch *prefer {
	case "":
	case "past":
		c.prefer = dates.PreferPast
	case "future":
		c.prefer = dates.PreferFuture
	default:
		return nil, fmt.Errorf("-prefer: unknown preference %q (want past or future)", *prefer)
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
	tagger, err := ner.New(ner.Options{Types: c.types, Dates: dates.Options{Prefer: c.prefer}})
	if err != nil {
		fmt.Fprintf(e.stderr, "tag: %s\n", render.ErrorText(err))
		return 1
	}
	title := "vntag"
	var srcs []source
	var total int64 = 0 // input bytes, or -1 when unknown
	switch {
	case len(c.files) > 0:
		for _, name := range c.files {
			srcs = append(srcs, source{name: name, jsonl: c.jsonl})
			if fi, err := os.Stat(name); err == nil && fi.Mode().IsRegular() && total >= 0 {
				total += fi.Size()
			} else {
				total = -1
			}
		}
		title += ": " + strings.Join(c.files, ", ")
	case c.sample || e.stdinTerminal:
		srcs = []source{{text: &sample}}
		total = int64(len(sample))
		if !c.refSet {
			c.ref, _ = render.ParseRef(sampleRef)
			c.refSet = true
		}
		title += ": sample article"
	default:
		srcs = []source{{r: e.stdin, jsonl: c.jsonl}}
		total = -1
		if f, ok := e.stdin.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
				total = fi.Size()
			}
		}
	}

	w := bufio.NewWriterSize(e.stdout, 64<<10)
	enc, err := render.NewEncoder(w, c.format, render.Options{
		Color: e.stdoutTerminal && c.format == render.Pretty,
		Title: title,
		Types: c.types,
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "tag: %s\n", render.ErrorText(err))
		return 2
	}
	p := &pipeline{
		tagger:  tagger,
		ref:     c.ref,
		auto:    c.auto,
		enc:     c.enc,
		raw:     c.format == render.JSON || c.format == render.JSONL,
		out:     enc,
		stderr:  e.stderr,
		inBand:  c.format == render.JSON || c.format == render.JSONL,
		workers: c.workers,
		window:  defaultWindow,
		signals: e.signals,
	}
	if c.format == render.JSON || c.format == render.JSONL {
		p.json = newJSONWriter(w, c.format)
	}
	if !c.refSet && !c.jsonl {
		// The date changes what a place resolves to: say which was taken.
		p.refNote = fmt.Sprintf("reference date %s (today in Vietnam); set -ref to date the text", render.FormatRef(c.ref))
	}
	if e.stderrTerminal {
		now := time.Now()
		every := e.progressEvery
		if every <= 0 {
			every = 250 * time.Millisecond
		}
		p.progress = &progress{w: e.stderr, start: now, total: total, every: every}
	}
	status := p.run(srcs)
	if p.writeErr != nil {
		return 1 // already reported
	}
	if status != interrupted && p.written > 0 || status == 0 {
		// A run that wrote nothing because its inputs failed writes no
		// empty legend or page either.
		err = enc.Close()
	}
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
