package gazetteer

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/vntag/vntag/normalize"
)

func TestAddEntries(t *testing.T) {
	g, err := New(Options{Entries: []Entry{
		{Kind: KindPerson, Name: "Tạ Huy Cần", Aliases: []string{"ông Cần"}},
		{Kind: KindOrgName, Name: "Công ty Cổ phần ABC", Aliases: []string{"ABC Corp"}, Category: "company"},
		{Kind: KindPlace, Name: "Vịnh Hạ Long"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !g.Has(KindPerson, "Tạ Huy Cần") || !g.Has(KindPerson, "TẠ HUY CẦN") || !g.Has(KindOrgName, "ABC Corp") {
		t.Error("user entries not found by Has")
	}
	if Default().Has(KindPerson, "Tạ Huy Cần") {
		t.Error("user entries leaked into the default gazetteer")
	}
	text := "Đồng chí Tạ Huy Cần thăm Vịnh Hạ Long."
	if !matchKind(g, text, "Tạ Huy Cần", KindPerson) || !matchKind(g, text, "Vịnh Hạ Long", KindPlace) {
		t.Errorf("user entries not matched in %q", text)
	}
	// Base and user matches of the same span are merged into one Match.
	if err := g.AddEntries(Entry{Kind: KindPlace, Name: "Lạng Giang", Category: "test"}); err != nil {
		t.Fatal(err)
	}
	text = "huyện Lạng Giang"
	n := 0
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		if text[m.Start:m.End] == "Lạng Giang" {
			n++
			if len(m.Entries) < 2 {
				t.Errorf("merged match has %d entries", len(m.Entries))
			}
		}
	}
	if n != 1 {
		t.Errorf("%d matches of Lạng Giang, want 1", n)
	}
	checkMatches(t, g, text, normalize.Tokens(text))
	if err := Default().AddEntries(Entry{Kind: KindPerson, Name: "X"}); err != ErrFrozen {
		t.Errorf("Default().AddEntries = %v, want ErrFrozen", err)
	}
	for _, bad := range []Entry{{Kind: 0, Name: "x"}, {Kind: KindPerson, Name: ""}, {Kind: KindPerson, Name: " . "}, {Kind: KindUnit, Name: "Nơi Nào"}} {
		if err := g.AddEntries(bad); err == nil {
			t.Errorf("AddEntries(%+v) = nil, want an error", bad)
		}
	}
}

func TestLoadCSV(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	good := "kind,name,aliases,category,units\n" +
		"person,Tạ Huy Cần,ông Cần,,\n" +
		"place_alias,Kinh Bắc,,,old-p-24|old-p-27\n" +
		"title,Bí thư Chi bộ,,party,\n"
	if err := g.LoadCSV(strings.NewReader(good), "people.csv"); err != nil {
		t.Fatal(err)
	}
	if !g.Has(KindPerson, "Tạ Huy Cần") || !g.Has(KindTitle, "Bí thư Chi bộ") {
		t.Error("CSV entries not found")
	}
	if us := g.UnitsNamed("Kinh Bắc"); !slices.Contains(us, g.Unit("old-p-24")) || !slices.Contains(us, g.Unit("old-p-27")) {
		t.Errorf("UnitsNamed(Kinh Bắc) = %v", us)
	}
	tests := []struct{ data, want string }{
		{"kind,name\nperson,A\nnobody,B\n", "bad.csv:3: unknown kind"},
		{"kind,name\nperson,A\nperson\n", "bad.csv:3:"},
		{"kind,name,units\nunit,A,old-x-1\n", "bad.csv:2: unknown unit id"},
		{"kind,name,valid_to\norg_name,A,2025-13-01\n", "bad.csv:2: bad valid_to"},
		{"kind,name,freq\nsurname,A,many\n", "bad.csv:2: bad freq"},
		{"kind,name,colour\nperson,A,red\n", "bad.csv:2: unknown column"},
		{"kind,name\nperson,\"A\n", "bad.csv:2:"},
		{"name\nA\n", "bad.csv:2: want columns kind and name"},
		{"", "bad.csv: empty file"},
		{"kind,name\nperson,\n", "bad.csv:2: name \"\" has no words"},
	}
	for _, tt := range tests {
		err := g.LoadCSV(strings.NewReader(tt.data), "bad.csv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadCSV(%q) = %v, want an error containing %q", tt.data, err, tt.want)
		}
	}
	if g.Has(KindPerson, "A") {
		t.Error("an entry of a malformed file was added")
	}
}

func TestLoadJSON(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	good := `[
  {"kind": "person", "name": "Tạ Huy Cần", "aliases": ["ông Cần"]},
  {"kind": "org_name", "name": "Hợp tác xã Tân Dĩnh", "category": "business", "valid_from": "2020-01-01"}
]`
	if err := g.LoadJSON(strings.NewReader(good), "people.json"); err != nil {
		t.Fatal(err)
	}
	if !g.Has(KindOrgName, "Hợp tác xã Tân Dĩnh") {
		t.Error("JSON entry not found")
	}
	tests := []struct{ data, want string }{
		{"[\n{\"kind\": \"person\", \"name\": \"A\"},\n{\"kind\": \"who\", \"name\": \"B\"}\n]", "bad.json:3: unknown kind"},
		{"[\n{\"kind\": \"person\", \"nam\": \"A\"}\n]", "bad.json:2:"},
		{"{}", "bad.json:1: want a JSON array"},
		{"[\n{\"kind\": \"person\", \"name\": \"A\"}", "bad.json:"},
	}
	for _, tt := range tests {
		err := g.LoadJSON(strings.NewReader(tt.data), "bad.json")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadJSON(%q) = %v, want an error containing %q", tt.data, err, tt.want)
		}
	}
}

func TestOptionsFiles(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "p.csv")
	js := filepath.Join(dir, "o.json")
	os.WriteFile(csv, []byte("kind,name\nperson,Tạ Huy Cần\n"), 0o644)
	os.WriteFile(js, []byte(`[{"kind":"org_name","name":"Công ty XYZ"}]`), 0o644)
	g, err := New(Options{Files: []string{csv, js}})
	if err != nil {
		t.Fatal(err)
	}
	if !g.Has(KindPerson, "Tạ Huy Cần") || !g.Has(KindOrgName, "Công ty XYZ") {
		t.Error("entries of Options.Files not found")
	}
	if _, err := New(Options{Files: []string{filepath.Join(dir, "x.txt")}}); err == nil {
		t.Error("New with a .txt file: no error")
	}
	g, err = New(Options{MatchForeignNames: true})
	if err != nil {
		t.Fatal(err)
	}
	if !matchKind(g, "ông Emmanuel Smith", "Smith", KindForeignSurname) {
		t.Error("MatchForeignNames: Smith not matched")
	}
}

func TestConcurrentUse(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Huyện ủy Lạng Giang (Bắc Giang) gặp Tạ Huy Cần tại TP.HCM"
	toks := normalize.Tokens(text)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				g.Match(text, toks)
				Default().Match(text, toks)
				g.Has(KindPerson, "Tạ Huy Cần")
				g.IsWord("phát triển")
				g.Resolve("Lạng Giang", "", day("2024-07-18"), nil)
				g.Parent(g.Unit("old-d-217"))
			}
		}()
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				if err := g.AddEntries(Entry{Kind: KindPerson, Name: fmt.Sprintf("Người %d %d", i, j)}); err != nil {
					t.Error(err)
				}
			}
		}(i)
	}
	wg.Wait()
	if !g.Has(KindPerson, "Người 3 4") {
		t.Error("entry added concurrently not found")
	}
}
