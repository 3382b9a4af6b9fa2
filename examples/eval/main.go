// Command eval scores the tagger, or a file of its predictions, against
// gold annotations and prints per-type precision, recall and F1 on exact
// spans, F1 on overlapping spans, and the accuracy of DATE values.
//
// Usage:
//
//	eval [-gold FILE|DIR]... [-pred FILE] [-types PER,LOC,...] [-errors] [file|dir ...]
//
// Gold files are the markup of testdata/dev/README.md (any extension but
// .jsonl) or the JSONL of examples/INTERFACE.md with "text" and "entities" (.jsonl);
// a directory stands for the .txt and .jsonl files in it. With no gold
// given, eval reads testdata/dev and testdata/sample/gold.txt under the
// current directory. Without -pred the tagger tags every gold text at the
// document's reference date; with -pred FILE the predictions are read from
// that JSONL (the output of `tag -in jsonl -out jsonl`), matched to the gold
// documents by id when every gold id is found there, by position otherwise.
//
// The exit status is 1 when a file cannot be read or the predictions do
// not fit the gold, 2 for a bad flag.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
	"github.com/vntag/vntag/ner/score"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// defaultGold is read when no gold is given.
var defaultGold = []string{"testdata/dev", "testdata/sample/gold.txt"}

// listFlag collects the values of a repeated flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

const usage = `usage: eval [-gold FILE|DIR]... [-pred FILE] [-types LIST] [-ref DATE] [-errors] [FILE|DIR ...]

Scores the tagger (or the predictions in -pred) against gold annotations.

  -gold FILE|DIR   gold markup (.txt) or JSONL (.jsonl); repeatable; default testdata/dev
  -pred FILE       predictions as JSONL (tag -in jsonl -out jsonl); default: run the tagger
  -types LIST      score only these types, e.g. PER,LOC,ORG
  -ref DATE        reference date for gold documents without one: YYYY-MM-DD or
                   YYYY-MM-DDTHH:MM (UTC+7) or RFC 3339; default now
  -errors          list the missed and spurious entities of each document
`

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var gold listFlag
	fs.Var(&gold, "gold", "")
	pred := fs.String("pred", "", "")
	types := fs.String("types", "", "")
	refFlag := fs.String("ref", "", "")
	showErrors := fs.Bool("errors", false, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "eval: %s\n", render.ErrorText(err))
		return 2
	}
	gold = append(gold, fs.Args()...)
	keep, err := ner.ParseTypes(*types)
	if err != nil {
		fmt.Fprintf(stderr, "eval: -types: %s\n", render.ErrorText(err))
		return 2
	}
	ref := time.Now()
	if *refFlag != "" {
		if ref, err = render.ParseRef(*refFlag); err != nil {
			fmt.Fprintf(stderr, "eval: -ref: %v\n", err)
			return 2
		}
	}
	if len(gold) == 0 {
		for _, g := range defaultGold {
			if _, err := os.Stat(g); err == nil {
				gold = append(gold, g)
			}
		}
		if len(gold) == 0 {
			fmt.Fprintf(stderr, "eval: no gold given and no %s here\n", defaultGold[0])
			return 2
		}
	}

	files, err := expand(gold)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %s\n", render.ErrorText(err))
		return 1
	}
	golds, err := readGold(files)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %s\n", render.ErrorText(err))
		return 1
	}
	var preds []score.Doc
	source := "tagger"
	if *pred != "" {
		source = *pred
		if preds, err = readPred(*pred, golds); err != nil {
			fmt.Fprintf(stderr, "eval: %s\n", render.ErrorText(err))
			return 1
		}
	} else if preds, err = tagAll(golds, ref); err != nil {
		fmt.Fprintf(stderr, "eval: %s\n", render.ErrorText(err))
		return 1
	}
	if keep != nil {
		filterTypes(golds, keep)
		filterTypes(preds, keep)
	}
	rep, err := score.Score(golds, preds)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %s\n", render.ErrorText(err))
		return 1
	}
	fmt.Fprintf(stdout, "gold: %d documents in %d files; predictions: %s\n\n", len(golds), len(files), source)
	io.WriteString(stdout, rep.Table())
	if len(rep.ByDomain) > 1 {
		fmt.Fprintln(stdout)
		io.WriteString(stdout, domainTable(rep))
	}
	if *showErrors {
		fmt.Fprintln(stdout)
		io.WriteString(stdout, mistakes(golds, preds))
	}
	return 0
}

// expand replaces directories by the .txt and .jsonl files in them, in
// name order.
func expand(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		n := len(files)
		for _, e := range entries {
			if ext := filepath.Ext(e.Name()); !e.IsDir() && (ext == ".txt" || ext == ".jsonl") {
				files = append(files, filepath.Join(p, e.Name()))
			}
		}
		if len(files) == n {
			return nil, fmt.Errorf("%s: no .txt or .jsonl files", p)
		}
	}
	return files, nil
}

// readGold reads gold files: JSONL by the .jsonl extension, markup otherwise.
func readGold(files []string) ([]score.Doc, error) {
	var docs []score.Doc
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		var ds []score.Doc
		if filepath.Ext(name) == ".jsonl" {
			ds, err = score.ReadJSONL(f)
			if err != nil {
				err = fmt.Errorf("%s: %w", name, err)
			}
		} else {
			ds, err = score.ReadMarkup(f, name)
		}
		f.Close()
		if err != nil {
			return nil, err
		}
		docs = append(docs, ds...)
	}
	if len(docs) == 0 {
		return nil, errors.New("the gold files hold no documents")
	}
	return docs, nil
}

// readPred reads predictions and puts them in the order of golds: by id
// when every gold id is among them, by position otherwise (Score then
// checks the counts and ids).
func readPred(name string, golds []score.Doc) ([]score.Doc, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	preds, err := score.ReadJSONL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	byID := make(map[string]int, len(preds))
	for i, p := range preds {
		if p.ID != "" {
			byID[p.ID] = i
		}
	}
	ordered := make([]score.Doc, 0, len(golds))
	for _, g := range golds {
		i, ok := byID[g.ID]
		if !ok || g.ID == "" {
			return preds, nil
		}
		ordered = append(ordered, preds[i])
	}
	return ordered, nil
}

// tagAll runs the tagger over the gold texts, each at its reference date
// (ref when it has none).
func tagAll(golds []score.Doc, ref time.Time) ([]score.Doc, error) {
	t, err := ner.New(ner.Options{})
	if err != nil {
		return nil, err
	}
	preds := make([]score.Doc, len(golds))
	for i, g := range golds {
		r := ref
		if g.Ref != "" {
			if r, err = ner.ParseRef(g.Ref); err != nil {
				return nil, fmt.Errorf("%s: %v", g.ID, err)
			}
		}
		doc := t.Tag(g.Text, r)
		preds[i] = score.Doc{ID: g.ID, Ref: g.Ref, Domain: g.Domain, Text: g.Text, Entities: doc.Entities}
	}
	return preds, nil
}

func filterTypes(docs []score.Doc, keep []ner.Type) {
	for i := range docs {
		docs[i].Entities = slices.DeleteFunc(slices.Clone(docs[i].Entities), func(e ner.Entity) bool {
			return !slices.Contains(keep, e.Type)
		})
	}
}

// domainTable formats the per-domain totals of rep.
func domainTable(rep *score.Report) string {
	names := make([]string, 0, len(rep.ByDomain))
	for d := range rep.ByDomain {
		names = append(names, d)
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "%-12s %6s %6s %6s %6s %6s %6s\n", "domain", "gold", "pred", "P", "R", "F1", "pF1")
	for _, d := range names {
		c := rep.ByDomain[d]
		if d == "" {
			d = "(none)"
		}
		fmt.Fprintf(&b, "%-12s %6d %6d %6.1f %6.1f %6.1f %6.1f\n", d, c.Gold, c.Pred,
			100*c.Precision(), 100*c.Recall(), 100*c.F1(), 100*c.PartialF1())
	}
	return b.String()
}

// mistakes lists, per document, the gold entities with no prediction of the
// same type and span (missed) and the predictions with no such gold entity
// (spurious), for the types the gold uses.
func mistakes(golds, preds []score.Doc) string {
	used := map[ner.Type]bool{}
	for _, g := range golds {
		for _, e := range g.Entities {
			used[e.Type] = true
		}
	}
	type key struct {
		t          ner.Type
		start, end int
	}
	var b strings.Builder
	for i := range golds {
		g, p := &golds[i], &preds[i]
		gs, ps := map[key]bool{}, map[key]bool{}
		for _, e := range g.Entities {
			gs[key{e.Type, e.Start, e.End}] = true
		}
		for _, e := range p.Entities {
			ps[key{e.Type, e.Start, e.End}] = true
		}
		var lines []string
		for _, e := range g.Entities {
			if !ps[key{e.Type, e.Start, e.End}] {
				lines = append(lines, fmt.Sprintf("  missed   %-8s %q [%d:%d]", e.Type, e.Text, e.Start, e.End))
			}
		}
		for _, e := range p.Entities {
			if used[e.Type] && !gs[key{e.Type, e.Start, e.End}] {
				lines = append(lines, fmt.Sprintf("  spurious %-8s %q [%d:%d]", e.Type, e.Text, e.Start, e.End))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(&b, "%s\n%s\n", g.ID, strings.Join(lines, "\n"))
		}
	}
	if b.Len() == 0 {
		return "no mistakes\n"
	}
	return b.String()
}
