package gazetteer

import (
	"testing"
	"time"

	"github.com/vntag/vntag/normalize"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// matchesOf returns the matched surfaces of text that hold an entry of kind k.
func matchesOf(g *Gazetteer, text string, k Kind) map[string]bool {
	out := map[string]bool{}
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		for _, e := range m.Entries {
			if e.Kind == k {
				out[text[m.Start:m.End]] = true
			}
		}
	}
	return out
}

func TestResolveByDate(t *testing.T) {
	g := Default()
	tests := []struct {
		name, typ string
		at        string
		want      string
	}{
		{"Lạng Giang", "", "2024-07-18", "old-d-217"},
		{"Lạng Giang", "huyện", "2024-07-18", "old-d-217"},
		{"Lạng Giang", "", "2026-01-01", "new-c-07375"},
		{"Bắc Giang", "", "2024-07-18", "old-p-24"},
		{"Bắc Giang", "thành phố", "2024-07-18", "old-d-213"},
		{"Bắc Giang", "tỉnh", "2024-07-18", "old-p-24"},
		{"Bắc Ninh", "tỉnh", "2026-01-01", "new-p-24"},
		{"Thừa Thiên Huế", "", "2024-07-18", "old-p-46@2024-12-31"},
	}
	for _, tt := range tests {
		u := g.Resolve(tt.name, tt.typ, day(tt.at), nil)
		if u == nil || u.ID != tt.want {
			t.Errorf("Resolve(%q, %q, %s) = %v, want %s", tt.name, tt.typ, tt.at, u, tt.want)
		}
	}
}

func TestMatchSpellings(t *testing.T) {
	g := Default()
	for _, text := range []string{"Bắc Giang", "BẮC GIANG", "bắc giang", "tỉnh Bắc Giang"} {
		if !matchesOf(g, text, KindUnit)["Bắc Giang"] && !matchesOf(g, text, KindUnit)["BẮC GIANG"] && !matchesOf(g, text, KindUnit)["bắc giang"] {
			t.Errorf("%q: no unit match", text)
		}
	}
}
