package gazetteer_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
)

func ExampleGazetteer_Match() {
	g := gazetteer.Default()
	text := "Huyện ủy Lạng Giang (BẮC GIANG)"
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		for _, e := range m.Entries {
			if e.Kind == gazetteer.KindUnit || e.Kind == gazetteer.KindOrgHead {
				fmt.Println(text[m.Start:m.End], e.Kind)
			}
		}
	}
	// Output:
	// Huyện ủy org_head
	// Lạng Giang unit
	// BẮC GIANG unit
}

func ExampleGazetteer_Resolve() {
	g := gazetteer.Default()
	for _, day := range []string{"2024-07-18", "2026-01-01"} {
		at, _ := time.Parse(time.DateOnly, day)
		u := g.Resolve("Lạng Giang", "", at, nil)
		fmt.Println(day, u.ID, u.FullName, "in", g.Parent(u).FullName)
	}
	// Output:
	// 2024-07-18 old-d-217 Huyện Lạng Giang in Tỉnh Bắc Giang
	// 2026-01-01 new-c-07375 Xã Lạng Giang in Tỉnh Bắc Ninh
}

func ExampleGazetteer_Successors() {
	g := gazetteer.Default()
	for _, s := range g.Successors(g.Unit("old-p-24")) {
		fmt.Println(s.FullName)
	}
	// Output: Tỉnh Bắc Ninh
}

func ExampleNew() {
	g, err := gazetteer.New(gazetteer.Options{Entries: []gazetteer.Entry{
		{Kind: gazetteer.KindPerson, Name: "Tạ Huy Cần"},
	}})
	if err != nil {
		panic(err)
	}
	fmt.Println(g.Has(gazetteer.KindPerson, "TẠ HUY CẦN"))
	// Output: true
}

func ExampleGazetteer_LookupKind() {
	g := gazetteer.Default()
	for _, e := range g.LookupKind(gazetteer.KindClub, "Al-Ahly") {
		fmt.Println(e.Name, e.Country, e.Info)
	}
	for _, e := range g.LookupKind(gazetteer.KindSinoSurname, "Tập") {
		fmt.Println(e.Name, "=", e.Expansion)
	}
	fmt.Println(g.Has(gazetteer.KindCity, "Dubai"), g.Has(gazetteer.KindPersonName, "O'Brien"))
	// Output:
	// Al Ahly EG Cairo › Cairo
	// Tập = Xi
	// true true
}

// A caller tagging many texts reuses its slices: the tokens and the
// matches of each text are appended to those of the last one, cut to
// length zero.
func ExampleGazetteer_AppendMatches() {
	g := gazetteer.Default()
	var toks []normalize.Token
	var ms []gazetteer.Match
	for _, text := range []string{"tỉnh Bắc Giang", "TP.HCM và Hà Nội"} {
		toks = normalize.AppendTokens(toks[:0], text)
		ms = g.AppendMatches(ms[:0], text, toks)
		var found []string
		for _, m := range ms {
			found = append(found, text[m.Start:m.End])
		}
		fmt.Println(strings.Join(found, "; "))
	}
	// Output:
	// tỉnh; Bắc Giang; Bắc; Giang
	// TP.HCM; Hà Nội; Hà
}

func ExampleGazetteer_HasPrefix() {
	g := gazetteer.Default()
	fmt.Println(g.HasPrefix("Bộ Giao thông"), g.HasPrefix("Bộ Giao thông vận tải"), g.HasPrefix("Bộ Xyzzy"))
	// Output: true true false
}
