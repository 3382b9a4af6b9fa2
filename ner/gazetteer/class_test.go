package gazetteer

import (
	"strings"
	"testing"
)

func TestEnumNames(t *testing.T) {
	for v := TakesNothing; v < takesEnd; v++ {
		if got, err := ParseTakes(v.String()); err != nil || got != v {
			t.Errorf("ParseTakes(%q) = %v, %v; want %v", v.String(), got, err, v)
		}
	}
	for v := HintNone; v < hintEnd; v++ {
		if got, err := ParseHint(v.String()); err != nil || got != v {
			t.Errorf("ParseHint(%q) = %v, %v; want %v", v.String(), got, err, v)
		}
	}
	for c := ClassNone + 1; c < classEnd; c++ {
		fits := 0
		for k := Kind(1); k < kindEnd; k++ {
			if c.fits(k) {
				fits++
				if got, ok := ParseClass(k, c.String()); !ok || got != c {
					t.Errorf("ParseClass(%v, %q) = %v, %v; want %v", k, c.String(), got, ok, c)
				}
			}
		}
		if fits == 0 {
			t.Errorf("class %v fits no kind", c)
		}
	}
	seen := map[string]bool{}
	for s := SourceUser; s < sourceEnd; s++ {
		if seen[s.String()] || s.String() == "" {
			t.Errorf("source %d has a duplicate or empty name %q", s, s.String())
		}
		seen[s.String()] = true
	}
	for _, s := range []interface{ String() string }{takesEnd, classEnd, hintEnd, sourceEnd} {
		if !strings.Contains(s.String(), "(") {
			t.Errorf("out-of-range value prints as %q", s.String())
		}
	}
	if _, err := ParseTakes("provinces"); err == nil {
		t.Error("ParseTakes accepted an unknown value")
	}
	if _, err := ParseHint("not_org"); err == nil {
		t.Error("ParseHint accepted an unknown value")
	}
	// The same word may name classes of different kinds, or none.
	for _, tt := range []struct {
		k    Kind
		s    string
		want Class
		ok   bool
	}{
		{KindTitle, "media", ClassMediaTitle, true},
		{KindOrgName, "media", ClassMedia, true},
		{KindTypeWord, "region", ClassRegion, true},
		{KindPlaceAlias, "region", ClassRegion, true},
		{KindWorldPlace, "admin", ClassNone, false},
		{KindTitle, "landmark", ClassNone, false},
		{KindCountry, "VN", ClassNone, false},
		{KindOrgName, "company", ClassNone, false},
		{KindTitle, "", ClassNone, true},
	} {
		if got, ok := ParseClass(tt.k, tt.s); got != tt.want || ok != tt.ok {
			t.Errorf("ParseClass(%v, %q) = %v, %v; want %v, %v", tt.k, tt.s, got, ok, tt.want, tt.ok)
		}
	}
}

// TestEmbeddedClasses checks that the typed fields of the embedded entries
// say what their text does, and spot-checks the values rules test.
func TestEmbeddedClasses(t *testing.T) {
	b, err := getBase()
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []*index{b.idx, b.foreign()} {
		for _, e := range x.entries {
			if closedClass(e.Kind) && e.Class.String() != e.Category {
				t.Errorf("%s %q: class %v, category %q", e.Kind, e.Name, e.Class, e.Category)
			}
			if e.Source == SourceUser || e.File != "" {
				t.Errorf("%s %q: embedded entry with source %v, file %q", e.Kind, e.Name, e.Source, e.File)
			}
		}
	}
	g := Default()
	// one returns the entry of kind k named phrase from src.
	one := func(k Kind, phrase string, src Source) *Entry {
		for _, e := range g.Lookup(phrase) {
			if e.Kind == k && e.Name == phrase && e.Source == src {
				return e
			}
		}
		t.Fatalf("no %v %q from %v", k, phrase, src)
		return nil
	}
	tests := []struct {
		k      Kind
		phrase string
		src    Source
		field  func(e *Entry) any
		want   any
	}{
		{KindOrgHead, "Huyện ủy", SourceOrgPatterns, takesOf, TakesDistrict},
		{KindOrgHead, "Đảng ủy", SourceOrgPatterns, takesOf, TakesName},
		{KindOrgHead, "UBND", SourceOrgPatterns, takesOf, TakesUnit},
		{KindOrgHead, "Quân khu", SourceOrgPatterns, takesOf, TakesNumber},
		{KindTitle, "Phó", SourceTitles, classOf, ClassModifier},
		{KindTitle, "Đại tá", SourceTitles, classOf, ClassMilitaryRank},
		{KindTypeWord, "tỉnh", SourceExtra, classOf, ClassAdmin},
		{KindTypeWord, "sông", SourceExtra, classOf, ClassNature},
		{KindPlace, "Nhà Quốc hội", SourceExtra, classOf, ClassLandmark},
		{KindOrgName, "Liên hợp quốc", SourceIntlOrgs, classOf, ClassNone},
		{KindOrgName, "Thông tấn xã Việt Nam", SourceMedia, hintOf, HintNewsAgency},
		{KindOrgName, "Thông tấn xã Việt Nam", SourceMedia, classOf, ClassMedia},
		{KindOrgName, "Apple", SourceCompanies, hintOf, HintORG},
	}
	for _, tt := range tests {
		if got := tt.field(one(tt.k, tt.phrase, tt.src)); got != tt.want {
			t.Errorf("%s %q: got %v, want %v", tt.k, tt.phrase, got, tt.want)
		}
	}
}

func takesOf(e *Entry) any { return e.Takes }
func classOf(e *Entry) any { return e.Class }
func hintOf(e *Entry) any  { return e.Hint }

// TestLoadErrorOnUnknownValue feeds the loaders of the embedded lists rows
// with values outside their vocabularies.
func TestLoadErrorOnUnknownValue(t *testing.T) {
	tests := []struct{ file, data, want string }{
		{"org_patterns.csv", "head,category,takes,valid_to\nSở,government,department,\nBộ,government,ministries,\n", `org_patterns.csv:3: unknown takes "ministries"`},
		{"titles.csv", "term,category,abbreviation\nĐại tá,military_rank,\nChủ nhiệm,chief,\n", `titles.csv:3: unknown category "chief"`},
		{"world_places.csv", "name_vi,name_original,kind,country,aliases\nParis,,capital,FR,\nLyon,,town_hall,FR,\n", `world_places.csv:3: unknown category "town_hall"`},
		{"companies.csv", "name,aliases,country,entity_type,tag_hint\nApple,,US,company,ORG\nX,,US,company,MAYBE\n", `companies.csv:3: bad tag_hint "MAYBE"`},
		{"sports_teams.csv", "name,aliases,sport,country,kind\nA FC,,football,VN,club\nB,,football,VN,newspaper\n", `sports_teams.csv:3: bad kind "newspaper"`},
		{"place_aliases.csv", "alias,target_full_name,target_ids,kind\nX,,,nickname\n", `place_aliases.csv:2: unknown hint "nickname"`},
	}
	for _, tt := range tests {
		var ls []lexicon
		for _, l := range append(lexicons[:len(lexicons):len(lexicons)], foreignLexicons...) {
			if l.file == tt.file {
				ls = append(ls, l)
			}
		}
		bl := &builder{idx: newIndex(16, 16)}
		err := loadLexicons(bl, ls, dataFiles{tt.file: tt.data})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want an error containing %q", tt.file, err, tt.want)
		}
	}
}

func TestUserEntryTypedFields(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	data := "kind,name,category,takes,hint\n" +
		"title,Phó Trưởng đoàn,modifier,,\n" +
		"org_head,Đoàn kiểm tra,generic,province,\n" +
		"org_name,Công ty Tân Dĩnh,own category,,NOT_ORG\n"
	if err := g.LoadCSV(strings.NewReader(data), "mine.csv"); err != nil {
		t.Fatal(err)
	}
	want := map[string]Entry{
		"Phó Trưởng đoàn":  {Kind: KindTitle, Category: "modifier", Class: ClassModifier},
		"Đoàn kiểm tra":    {Kind: KindOrgHead, Category: "generic", Takes: TakesProvince},
		"Công ty Tân Dĩnh": {Kind: KindOrgName, Category: "own category", Hint: HintNotOrg},
	}
	for name, w := range want {
		es := g.Lookup(name)
		var e *Entry
		for _, x := range es {
			if x.Source == SourceUser {
				e = x
			}
		}
		if e == nil {
			t.Fatalf("%q: no user entry in %v", name, es)
		}
		if e.Kind != w.Kind || e.Category != w.Category || e.Class != w.Class || e.Takes != w.Takes || e.Hint != w.Hint || e.File != "mine.csv" {
			t.Errorf("%q = %+v, want %+v from mine.csv", name, *e, w)
		}
	}
	for _, bad := range []struct{ data, want string }{
		{"kind,name,takes\norg_head,Đoàn,provinces\n", `bad.csv:2: unknown takes "provinces"`},
		{"kind,name,hint\norg_name,Đoàn,not_org\n", `bad.csv:2: unknown hint "not_org"`},
	} {
		if err := g.LoadCSV(strings.NewReader(bad.data), "bad.csv"); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("LoadCSV(%q) = %v, want an error containing %q", bad.data, err, bad.want)
		}
	}
	// Go values get their class from their category.
	if err := g.AddEntries(Entry{Kind: KindTitle, Name: "Phó Trưởng ban", Category: "modifier"}); err != nil {
		t.Fatal(err)
	}
	for _, e := range g.Lookup("Phó Trưởng ban") {
		if e.Source == SourceUser && e.Class != ClassModifier {
			t.Errorf("AddEntries: class %v, want modifier", e.Class)
		}
	}
	if err := g.AddEntries(Entry{Kind: KindOrgHead, Name: "Đoàn X", Takes: takesEnd}); err == nil {
		t.Error("AddEntries accepted an out-of-range Takes")
	}
}
