package dates

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// describe renders the expressions of a text, one a line.
func describe(text string, es []Expr) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%d-%d\t%q\t%s\t%s\t%s\t%s\t%s", e.Start, e.End, e.Text, e.Kind, e.StartString(), e.EndString(), e.Grain, e.Value)
		if e.Approx {
			b.WriteString("\tapprox")
		}
		fmt.Fprintf(&b, "\t%s\n", e.Rule)
	}
	return b.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := "testdata/" + name
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (go test -update rewrites it):\n--- got\n%s--- want\n%s", path, got, want)
	}
}

// TestGoldenArticle runs Find over the sample article (dated 2024-07-18).
func TestGoldenArticle(t *testing.T) {
	text, err := os.ReadFile("testdata/news-2024-07-18.txt")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "news-2024-07-18.golden", describe(string(text), Find(string(text), ref)))
}

// TestGoldenSentences runs Find over realistic sentences, one a line.
func TestGoldenSentences(t *testing.T) {
	f, err := os.Open("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fmt.Fprintf(&b, "# %s\n%s", line, describe(line, Find(line, ref)))
	}
	golden(t, "sentences.golden", b.String())
}
