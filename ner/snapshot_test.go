package ner_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vntag/vntag/ner"
)

var update = flag.Bool("update", false, "rewrite the golden snapshot in testdata/golden")

// snapshotSets are the gold sets whose tagging is kept in the snapshot.
var snapshotSets = []string{
	"../testdata/dev/*.txt",
	"../testdata/holdout/*.txt",
	"../testdata/sample/gold.txt",
	"../testdata/realnews/*/*.txt",
}

// TestSnapshot tags every gold document and compares what comes out,
// entity for entity (type, span, rule, value, unit, roles), with the
// reviewed snapshot in testdata/golden/gold-sets.txt. A refactoring must
// leave it unchanged; a change of behaviour shows up as a diff to review
// and commit with -update.
func TestSnapshot(t *testing.T) {
	tg, err := ner.New(ner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, pat := range snapshotSets {
		for _, g := range readGoldFiles(t, pat) {
			ref, err := ner.ParseRef(g.Ref)
			if err != nil {
				t.Fatalf("%s: %v", g.ID, err)
			}
			writeSnapshot(&b, g.ID, tg.Tag(g.Text, ref))
		}
	}
	path := filepath.Join("testdata", "golden", "gold-sets.txt")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if d := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(b.String(), "\n")); d != "" {
		t.Errorf("tagging changed (-snapshot +now); review and rerun with -update:\n%s", d)
	}
}

func writeSnapshot(b *bytes.Buffer, id string, d *ner.Document) {
	fmt.Fprintf(b, "# %s\n", id)
	for _, e := range d.Entities {
		fmt.Fprintf(b, "%s %d %d %q %s", e.Type, e.Start, e.End, e.Text, e.Rule)
		if v := e.Value; v != nil {
			fmt.Fprintf(b, " value=%s:%s..%s:%s:%s:%t", v.Kind, v.Start, v.End, v.Grain, v.Timex, v.Approx)
		}
		if u := e.Unit; u != nil {
			fmt.Fprintf(b, " unit=%s", u.ID)
		}
		for _, r := range e.Roles {
			fmt.Fprintf(b, " role=%d-%d", r.Start, r.End)
		}
		if e.Expansion != "" {
			fmt.Fprintf(b, " exp=%q", e.Expansion)
		}
		b.WriteByte('\n')
	}
}
