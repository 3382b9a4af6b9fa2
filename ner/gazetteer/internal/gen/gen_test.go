package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// dataDir is the directory of the embedded tables, from this package.
const dataDir = "../../data"

// TestUpToDate regenerates the tables from ./source into a temporary
// directory and checks that the committed ones are the same bytes: the
// embedded data is what the generator makes of the committed sources.
func TestUpToDate(t *testing.T) {
	dir := t.TempDir()
	if err := generate("source", dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range generated() {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(dataDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not what the generator makes of ./source; run go generate in ner/gazetteer", name)
		}
		if !bytes.HasPrefix(got, []byte(header)) {
			t.Errorf("%s does not start with %q", name, header)
		}
	}
	// A file that says it was generated and that the generator no longer
	// writes is stale.
	files, err := os.ReadDir(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.IsDir() || slices.Contains(generated(), f.Name()) {
			continue
		}
		if firstLine(t, filepath.Join(dataDir, f.Name())) == strings.TrimSuffix(header, "\n") {
			t.Errorf("%s says it is generated, but the generator does not write it", f.Name())
		}
	}
}

func firstLine(t *testing.T, file string) string {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	sc.Scan()
	return sc.Text()
}

// TestPersonNames checks which entries of the cspell list are kept.
func TestPersonNames(t *testing.T) {
	src := filepath.Join(t.TempDir(), "names.txt")
	in := "Aaron\nO'Brien\nD'Angelo\nI'm\nWe'll\nMore'n\nCorp.\nPatricia 1.\nBjörn\n\nO'\nDeLuca\n"
	if err := os.WriteFile(src, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out.txt")
	if err := personNames(src, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want := header + "Aaron\nO'Brien\nD'Angelo\nBjörn\nDeLuca\n"
	if string(got) != want {
		t.Errorf("personNames kept\n%s\nwant\n%s", got, want)
	}
}

func TestClubCountry(t *testing.T) {
	for in, want := range map[string]string{"de": "DE", "eng": "GB-ENG", "sco": "GB-SCT", "wal": "GB-WLS", "nir": "GB-NIR", "kos": "XK"} {
		if got := clubCountry(in); got != want {
			t.Errorf("clubCountry(%q) = %q, want %q", in, got, want)
		}
	}
}
