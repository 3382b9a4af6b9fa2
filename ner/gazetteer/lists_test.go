package gazetteer

import (
	"slices"
	"strings"
	"testing"

	"github.com/vntag/vntag/normalize"
)

// TestLazyLists checks what each list loaded on first use holds, and
// that it is reached by Has, HasFolded and LookupKind only.
func TestLazyLists(t *testing.T) {
	g := Default()
	has := []struct {
		k      Kind
		phrase string
		want   bool
		folded bool // HasFolded instead of Has
	}{
		{KindCity, "Dubai", true, false},
		{KindCity, "São Paulo", true, false},
		{KindCity, "Sao Paulo", false, false},
		{KindCity, "Sao Paulo", true, true},
		{KindCity, "Nowhereville", false, false},
		{KindClub, "Al-Ahly", true, false},
		{KindClub, "São Paulo FC", true, false},
		{KindPersonName, "O'Brien", true, false},
		{KindPersonName, "Björn", true, false},
		{KindPersonName, "Aaron", true, false},
		{KindPersonName, "Nguyễn", false, false},
		{KindSinoSurname, "Tập", true, false},
		{KindSinoSurname, "Âu Dương", true, false},
		{KindSinoSurname, "Tap", false, false},
		{KindPersonName, "Dubai", false, false}, // each kind has its own list
	}
	for _, tt := range has {
		got := g.Has(tt.k, tt.phrase)
		if tt.folded {
			got = g.HasFolded(tt.k, tt.phrase)
		}
		if got != tt.want {
			t.Errorf("Has(%v, %q) (folded %v) = %v, want %v", tt.k, tt.phrase, tt.folded, got, tt.want)
		}
	}

	club := g.LookupKind(KindClub, "Al Ahly SC")
	if len(club) != 1 || club[0].Name != "Al Ahly" || club[0].Country != "EG" || club[0].Info != "Cairo › Cairo" || club[0].Source != SourceClubs {
		t.Errorf("LookupKind(club, Al Ahly SC) = %+v", club)
	}
	if es := g.LookupKind(KindClub, "Arsenal"); len(es) == 0 || es[0].Country != "GB-ENG" {
		t.Errorf("LookupKind(club, Arsenal) = %+v, want an English club", es)
	}
	city := g.LookupKind(KindCity, "Dubai")
	if len(city) != 1 || city[0].Country != "AE" || city[0].Freq < 1e6 {
		t.Errorf("LookupKind(city, Dubai) = %+v", city)
	}
	var romanised []string
	for _, e := range g.LookupKind(KindSinoSurname, "Bùi") {
		romanised = append(romanised, e.Expansion+"/"+e.Category)
	}
	if len(romanised) < 3 || romanised[0] != "Bai/chinese|korean" {
		t.Errorf("LookupKind(sino_surname, Bùi) expands to %v", romanised)
	}
	if es := g.LookupKind(KindSinoSurname, "Tập"); len(es) != 1 || es[0].Expansion != "Xi" {
		t.Errorf("LookupKind(sino_surname, Tập) = %+v", es)
	}
	// The other kinds answer LookupKind from the usual indexes.
	if es := g.LookupKind(KindUnit, "Lạng Giang"); len(es) == 0 || es[0].Kind != KindUnit {
		t.Errorf("LookupKind(unit, Lạng Giang) = %+v", es)
	}
	if es := g.LookupKind(KindForeignSurname, "Abbas"); len(es) == 0 {
		t.Error("LookupKind(foreign_surname, Abbas) found nothing")
	}

	// Neither Lookup nor Match reports them, even once loaded.
	for _, phrase := range []string{"Dubai", "Al Ahly", "Aaron", "Tập"} {
		for _, e := range g.Lookup(phrase) {
			if lazyKind(e.Kind) {
				t.Errorf("Lookup(%q) reports %v %q", phrase, e.Kind, e.Name)
			}
		}
	}
	text := "Aaron O'Brien đến Dubai xem Al Ahly, ông Tập Cận Bình"
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		for _, e := range m.Entries {
			if lazyKind(e.Kind) {
				t.Errorf("Match reports %v %q", e.Kind, e.Name)
			}
		}
	}
}

// TestLazyListsLoadOnDemand checks that building the gazetteer, Lookup,
// Match and Has of other kinds load none of the lists, and that a
// question about one kind loads its list only.
func TestLazyListsLoadOnDemand(t *testing.T) {
	b, err := buildBase()
	if err != nil {
		t.Fatal(err)
	}
	g := &Gazetteer{b: b, frozen: true}
	text := "Aaron đến Dubai"
	g.Match(text, normalize.Tokens(text))
	g.Lookup("Dubai")
	g.Has(KindSurname, "Nguyễn")
	g.Has(KindForeignGiven, "Aaron")
	for i := range b.lists {
		if b.lists[i].idx != nil || b.lists[i].words != nil {
			t.Errorf("the list of %v was loaded", lazyLists[i].kind)
		}
	}
	g.Has(KindClub, "Al Ahly")
	for i := range b.lists {
		if loaded := b.lists[i].idx != nil || b.lists[i].words != nil; loaded != (lazyLists[i].kind == KindClub) {
			t.Errorf("after Has(club): list of %v loaded = %v", lazyLists[i].kind, loaded)
		}
	}
}

// TestLazyListsData loads every list and checks its entries.
func TestLazyListsData(t *testing.T) {
	for _, l := range lazyLists {
		x, w, err := l.build()
		if err != nil {
			t.Fatalf("%s: %v", l.file, err)
		}
		var entries []*Entry
		if x != nil {
			entries = x.entries
		} else {
			for i := range w.name {
				es, _ := w.lookup(w.data[w.name[i][0]:w.name[i][1]])
				entries = append(entries, es...)
			}
		}
		if len(entries) < 500 {
			t.Errorf("%s: %d entries", l.file, len(entries))
		}
		for _, e := range entries {
			if e.Kind != l.kind || e.Source != l.src || e.Name == "" {
				t.Fatalf("%s: entry %+v", l.file, *e)
			}
			if e.Kind == KindPersonName && strings.ContainsAny(e.Name, ". ") {
				t.Errorf("%s: %q is no name", l.file, e.Name)
			}
		}
	}
}

// BenchmarkBuildLists measures loading each list of lazyLists, done on
// the first question about its kind, and reports the heap it keeps.
func BenchmarkBuildLists(b *testing.B) {
	for _, l := range lazyLists {
		b.Run(l.kind.String(), func(b *testing.B) {
			b.ReportAllocs()
			var kept uint64
			for i := 0; i < b.N; i++ {
				kept = keptHeap(b, func() any {
					x, w, err := l.build()
					if err != nil {
						b.Fatal(err)
					}
					return [2]any{x, w}
				})
			}
			b.ReportMetric(float64(kept)/(1<<20), "MB-heap")
		})
	}
}

// wordListAndIndex returns a wordList and a trie index of the same names.
func wordListAndIndex(names string) (*wordList, *Gazetteer, *Gazetteer) {
	w := newWordList(KindPersonName, SourcePersonNames, names)
	bl := &builder{idx: newIndex(64, 64)}
	eachLine(names, func(s string) {
		bl.add(bl.entry(Entry{Kind: KindPersonName, Name: s, Source: SourcePersonNames}), s)
	})
	bl.idx.freeze()
	gw := &Gazetteer{b: &base{idx: newIndex(1, 1)}}
	gw.b.idx.freeze()
	gw.b.lists[2].once.Do(func() { gw.b.lists[2].words = w })
	gx := &Gazetteer{b: &base{idx: bl.idx}}
	gx.b.lists[2].once.Do(func() {}) // no embedded list behind the index
	return w, gw, gx
}

const sampleNames = "# Code generated by test; DO NOT EDIT.\nAaron\nAndré\nAndre\nBjörn\nO'Brien\n D'Angelo \nDeLuca\nÉmile\nNguyễn\nHoà\nMary Ann\n\n"

// TestWordListAsIndex checks that a wordList answers Has, HasFolded and
// LookupKind as a trie index of the same names does.
func TestWordListAsIndex(t *testing.T) {
	if lazyLists[2].kind != KindPersonName {
		t.Fatal("lazyLists[2] is no longer the person names")
	}
	_, gw, gx := wordListAndIndex(sampleNames)
	for _, p := range []string{
		"Aaron", "AARON", "aaron", "Andre", "André", "ANDRÉ", "Andrè", "Bjorn", "Björn", "O'Brien", "O’Brien", "OBrien",
		"O' Brien", "D'Angelo", "Deluca", "DeLuca", "Emile", "Émile", "Nguyen", "Nguyễn", "NGUYỄN", "Hòa", "Hoà", "Hoa",
		"Mary Ann", "Mary  Ann", "Mary", "Ann", "", " ", "Aaron Andre", "#", "# Code generated by test; DO NOT EDIT.",
	} {
		for _, folded := range []bool{false, true} {
			hw, hx := gw.Has(KindPersonName, p), gx.Has(KindPersonName, p)
			if folded {
				hw, hx = gw.HasFolded(KindPersonName, p), gx.HasFolded(KindPersonName, p)
			}
			if hw != hx {
				t.Errorf("Has(%q) (folded %v): wordList %v, index %v", p, folded, hw, hx)
			}
		}
		names := func(es []*Entry) (out []string) {
			for _, e := range es {
				out = append(out, e.Name)
			}
			return out
		}
		lw, lx := names(gw.LookupKind(KindPersonName, p)), names(gx.LookupKind(KindPersonName, p))
		if !slices.Equal(lw, lx) {
			t.Errorf("LookupKind(%q): wordList %q, index %q", p, lw, lx)
		}
	}
}

// FuzzWordList checks on any phrase that a wordList answers as a trie
// index of the same names does, and does not panic.
func FuzzWordList(f *testing.F) {
	for _, s := range []string{"Aaron", "Andre", "O'Brien", "Mary Ann", "\xff", "Nguyen", "", "a\u0301"} {
		f.Add(s)
	}
	_, gw, gx := wordListAndIndex(sampleNames)
	f.Fuzz(func(t *testing.T, p string) {
		if gw.Has(KindPersonName, p) != gx.Has(KindPersonName, p) || gw.HasFolded(KindPersonName, p) != gx.HasFolded(KindPersonName, p) {
			t.Errorf("Has(%q) differs between wordList and index", p)
		}
		if len(gw.LookupKind(KindPersonName, p)) != len(gx.LookupKind(KindPersonName, p)) {
			t.Errorf("LookupKind(%q) differs between wordList and index", p)
		}
	})
}
