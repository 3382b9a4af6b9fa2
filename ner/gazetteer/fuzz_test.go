package gazetteer

import (
	"github.com/google/go-cmp/cmp"
	"strings"
	"testing"
	"time"

	"github.com/vntag/vntag/normalize"
)

func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"BẮC GIANG – Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) tổ chức",
		"Tp . Hồ Chí Minh", "TP.HCM", "Bà Rịa-Vũng Tàu", "Ea H' Leo", "\x00\xff", "", ". . .", "T.Ư 4",
		"ho\u0300a bi\u0300nh", strings.Repeat("Hà Nội ", 50),
	} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, text string) {
		checkMatches(t, g, text, normalize.Tokens(text))
		g.Lookup(text)
		g.Has(KindUnit, text)
		g.IsWord(text)
		g.UnitsNamed(text)
		g.Resolve(text, "", time.Date(2024, 7, 18, 0, 0, 0, 0, time.UTC), nil)
	})
}

func FuzzLoadCSV(f *testing.F) {
	f.Add("kind,name,aliases\nperson,Tạ Huy Cần,ông Cần\n")
	f.Add("kind,name,units\nplace_alias,X,old-p-24\n")
	f.Add("kind,name\n\"a,b")
	f.Add("\ufeffkind,name,freq\nsurname,Tạ,0.1\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := g.LoadCSV(strings.NewReader(data), "f.csv"); err != nil && !strings.HasPrefix(err.Error(), "f.csv") {
			t.Errorf("error %q does not name the file", err)
		}
		checkMatches(t, g, data, normalize.Tokens(data))
	})
}

func FuzzLoadJSON(f *testing.F) {
	f.Add(`[{"kind":"person","name":"Tạ Huy Cần"}]`)
	f.Add(`[{"kind":"unit","name":"X","units":["old-p-24"]}]`)
	f.Add(`[`)
	f.Fuzz(func(t *testing.T, data string) {
		g, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := g.LoadJSON(strings.NewReader(data), "f.json"); err != nil && !strings.HasPrefix(err.Error(), "f.json") {
			t.Errorf("error %q does not name the file", err)
		}
	})
}

func FuzzReadTableString(f *testing.F) {
	f.Add("a,b\n1,2\n")
	f.Add("a,b\n\"1\"\"x\",2\r\n")
	f.Add("a\n\"")
	f.Add("a,b\n\n1,\"x\ny\"\n3,4")
	f.Fuzz(func(t *testing.T, data string) {
		type row struct {
			line int
			rec  string
		}
		var fast, std []row
		errFast := readTableString(data, "f.csv", func(tb *table, line int, rec []string) error {
			if len(rec) != len(tb.cols) || line < 2 {
				t.Errorf("line %d: %d fields", line, len(rec))
			}
			fast = append(fast, row{line, strings.Join(rec, "\x00")})
			return nil
		})
		// Where both readers take the file, they read the same rows: the
		// reader of the embedded files against encoding/csv. A lone CR
		// ends a line for the one, not for the other.
		errStd := readTable(strings.NewReader(data), "f.csv", func(tb *table, line int, rec []string) error {
			std = append(std, row{line, strings.Join(rec, "\x00")})
			return nil
		})
		if errFast == nil && errStd == nil && !strings.Contains(data, "\r") && !strings.HasPrefix(data, "\ufeff") {
			if diff := cmp.Diff(std, fast, cmp.AllowUnexported(row{})); diff != "" {
				t.Errorf("rows differ from encoding/csv (-csv +fast):\n%s", diff)
			}
		}
	})
}

func TestBadInput(t *testing.T) {
	g := Default()
	for _, text := range []string{
		"", "\x00", "\xff\xfe Hà\x00Nội \xc3", strings.Repeat("a", 10<<20), strings.Repeat("Hà Nội\x00", 1<<16),
		strings.Repeat(".", 1<<16), "TP." + strings.Repeat("A.", 1<<12),
	} {
		checkMatches(t, g, text, normalize.Tokens(text))
	}
	// Tokens of another text are ignored where they do not fit.
	g.Match("short", normalize.Tokens("a much longer text than the other one"))
	g.Match("x", []normalize.Token{{Start: 5, End: 2}, {Start: -1, End: 1}})
}
