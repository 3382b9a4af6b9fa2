package gazetteer

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vntag/vntag/normalize"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

var (
	oldTones = normalize.New(normalize.Options{Tone: normalize.ToneOld})
	newTones = normalize.New(normalize.Options{Tone: normalize.ToneNew})
)

// unitMatch reports whether text has an exact (not folded) match of the
// span want that holds u, and returns the matches for messages.
func unitMatch(g *Gazetteer, text, want string, u *AdminUnit) (bool, []string) {
	var seen []string
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		for _, e := range m.Entries {
			seen = append(seen, fmt.Sprintf("%q:%s:%v", text[m.Start:m.End], e.Kind, m.Folded))
			if text[m.Start:m.End] == want && !m.Folded && slices.Contains(e.Units, u) {
				return true, nil
			}
		}
	}
	return false, seen
}

func provinces(g *Gazetteer, era string) []*AdminUnit {
	var out []*AdminUnit
	for i := range g.b.units {
		u := &g.b.units[i]
		if u.Level == Province && u.Era == era && !strings.Contains(u.ID, "@") {
			out = append(out, u)
		}
	}
	return out
}

// refDay returns a day on which u was valid.
func refDay(u *AdminUnit) time.Time {
	switch {
	case !u.ValidFrom.IsZero():
		return u.ValidFrom
	case u.Era == "old":
		return day("2024-07-18")
	}
	return day("2026-11-27")
}

func TestProvincesFound(t *testing.T) {
	g := Default()
	for _, era := range []string{"old", "new"} {
		ps := provinces(g, era)
		if want := map[string]int{"old": 63, "new": 34}[era]; len(ps) != want {
			t.Fatalf("%s era: %d provinces, want %d", era, len(ps), want)
		}
		for _, u := range ps {
			forms := map[string]string{
				"old tones": oldTones.String(u.Name).Norm,
				"new tones": newTones.String(u.Name).Norm,
				"capitals":  strings.ToUpper(u.Name),
			}
			for how, name := range forms {
				text := "Tin từ " + name + " cho biết"
				if ok, seen := unitMatch(g, text, name, u); !ok {
					t.Errorf("%s %s (%s): %q not found in %q; have %v", u.ID, u.Name, how, name, text, seen)
				}
			}
			tw := u.TypeWord()
			text := "Tại " + tw + " " + u.Name + ", mưa lớn."
			if ok, seen := unitMatch(g, text, u.Name, u); !ok {
				t.Errorf("%s: %q not found in %q; have %v", u.ID, u.Name, text, seen)
			}
			if !matchKind(g, text, tw, KindTypeWord) {
				t.Errorf("%s: type word %q not matched in %q", u.ID, tw, text)
			}
			if r := g.Resolve(u.Name, tw, refDay(u), nil); r != u {
				t.Errorf("Resolve(%q, %q, %s) = %v, want %s", u.Name, tw, refDay(u).Format(time.DateOnly), idOf(r), u.ID)
			}
			if r := g.Resolve(oldTones.String(strings.ToUpper(u.Name)).Norm, "", refDay(u), nil); r != u {
				t.Errorf("Resolve(upper %q, \"\", %s) = %v, want %s", u.Name, refDay(u).Format(time.DateOnly), idOf(r), u.ID)
			}
		}
	}
}

func matchKind(g *Gazetteer, text, want string, k Kind) bool {
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		for _, e := range m.Entries {
			if e.Kind == k && text[m.Start:m.End] == want {
				return true
			}
		}
	}
	return false
}

func idOf(u *AdminUnit) string {
	if u == nil {
		return "<nil>"
	}
	return u.ID
}

func TestOldProvinceSuccessors(t *testing.T) {
	g := Default()
	for _, u := range provinces(g, "old") {
		ss := g.Successors(u)
		if len(ss) == 0 {
			t.Errorf("%s %s has no successor", u.ID, u.Name)
		}
		for _, s := range ss {
			if s.Era != "new" || s.Level != Province {
				t.Errorf("%s: successor %s is not a new province", u.ID, s.ID)
			}
		}
	}
	if ss := g.Successors(g.Unit("old-p-24")); len(ss) != 1 || ss[0].ID != "new-p-24" || ss[0].Name != "Bắc Ninh" {
		t.Errorf("successors of Bắc Giang = %v, want new-p-24 Bắc Ninh", ss)
	}
	// A district went into the communes that took over its communes
	// (succession.csv), among them the new Xã Lạng Giang of Bắc Ninh.
	var ids []string
	for _, s := range g.Successors(g.Unit("old-d-217")) {
		ids = append(ids, s.ID)
		if s.Level != Commune || idOf(g.Parent(s)) != "new-p-24" {
			t.Errorf("successor %s of huyện Lạng Giang: level %v, parent %s", s.ID, s.Level, idOf(g.Parent(s)))
		}
	}
	if !slices.Contains(ids, "new-c-07375") || len(ids) != 5 {
		t.Errorf("successors of huyện Lạng Giang = %v, want the 5 communes with new-c-07375", ids)
	}
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
		{"LẠNG GIANG", "", "2024-07-18", "old-d-217"},
		{"Lạng Giang", "", "2026-01-01", "new-c-07375"},
		{"Lạng Giang", "xã", "2026-01-01", "new-c-07375"},
		{"Bắc Giang", "", "2024-07-18", "old-p-24"},
		{"Bắc Giang", "thành phố", "2024-07-18", "old-d-213"},
		{"Bắc Giang", "TP", "2024-07-18", "old-d-213"},
		{"Bắc Giang", "tỉnh", "2024-07-18", "old-p-24"},
		{"Bắc Giang", "", "2026-01-01", "new-c-07210"},
		{"Bắc Ninh", "tỉnh", "2026-01-01", "new-p-24"},
		{"Thừa Thiên Huế", "", "2024-07-18", "old-p-46@2024-12-31"},
		{"Huế", "", "2025-03-01", "old-p-46"},
		{"Huế", "", "2026-03-01", "new-p-46"},
		{"Sài Gòn", "", "2024-07-18", "old-p-79"},
		{"huyện Lạng Giang", "", "2024-07-18", "old-d-217"},
		{"Huyện Lạng Giang", "huyện", "2024-07-18", "old-d-217"},
		{"TP Bắc Giang", "", "2024-07-18", "old-d-213"},
		{"Nowhere", "", "2024-07-18", ""},
		{"Hòa Bình", "", "2024-07-18", "old-p-17"}, // the data writes the province Hoà Bình
		{"Hoà Bình", "", "2024-07-18", "old-p-17"},
		{"HÒA BÌNH", "", "2024-07-18", "old-p-17"},
		{"Hòa Bình", "", "2026-01-01", "new-c-04795"},
		{"Lang Giang", "", "2024-07-18", "old-d-217"}, // only without diacritics
		{"Đắk Lắk", "", "2026-01-01", "new-p-66"},
		{"Daklak", "", "2026-01-01", "new-p-66"},
		{"Quận 1", "", "2024-07-18", "old-d-760"},
		{"1", "quận", "2024-07-18", "old-d-760"},
	}
	for _, tt := range tests {
		u := g.Resolve(tt.name, tt.typ, day(tt.at), nil)
		if idOf(u) != tt.want && !(u == nil && tt.want == "") {
			t.Errorf("Resolve(%q, %q, %s) = %s, want %s", tt.name, tt.typ, tt.at, idOf(u), tt.want)
		}
	}
}

func TestResolveByContext(t *testing.T) {
	g := Default()
	at := day("2024-07-18")
	named := g.UnitsNamed("Tân Thành")
	if len(named) < 40 {
		t.Fatalf("UnitsNamed(Tân Thành) = %d units, want >= 40", len(named))
	}
	tried := 0
	for _, u := range named {
		if !u.ValidAt(at) || u.Name != "Tân Thành" {
			continue
		}
		anc := g.Ancestors(u)
		prov := anc[len(anc)-1]
		// Unique in its province? Then the province alone decides.
		same := 0
		for _, v := range named {
			if v.ValidAt(at) && v.Name == "Tân Thành" && slices.Contains(g.Ancestors(v), prov) {
				same++
			}
		}
		ctx, typ := []*AdminUnit{prov}, ""
		if same > 1 {
			ctx = anc
			typ = u.TypeWord() // Cà Mau city had both a phường and a xã Tân Thành
		}
		tried++
		if r := g.Resolve("Tân Thành", typ, at, ctx); r != u {
			t.Errorf("Resolve(Tân Thành, context %s) = %s, want %s", prov.Name, idOf(r), u.ID)
		}
	}
	if tried < 20 {
		t.Errorf("only %d candidates tried", tried)
	}
	// A context of another era still decides, through successors.
	if r := g.Resolve("Tân Dĩnh", "xã", at, []*AdminUnit{g.Unit("new-p-24")}); r == nil || r.ParentID != "old-d-217" {
		t.Errorf("Resolve(Tân Dĩnh, xã, new Bắc Ninh) = %v, want the commune of Lạng Giang", r)
	}
}

func TestUnitLookups(t *testing.T) {
	g := Default()
	if u := g.UnitByCode("old", "24", Province); idOf(u) != "old-p-24" || u.Name != "Bắc Giang" {
		t.Errorf("UnitByCode(old, 24) = %v", u)
	}
	if u := g.UnitByCode("new", "24", Province); idOf(u) != "new-p-24" || u.Name != "Bắc Ninh" {
		t.Errorf("UnitByCode(new, 24) = %v", u)
	}
	if u := g.UnitByCode("old", "217", District); idOf(u) != "old-d-217" {
		t.Errorf("UnitByCode(old, 217) = %v", u)
	}
	if u := g.UnitByCode("new", "7375", Commune); idOf(u) != "new-c-07375" {
		t.Errorf("UnitByCode(new, 7375) = %v", u)
	}
	u := g.Unit("old-d-217")
	if u == nil || u.FullName != "Huyện Lạng Giang" || u.Type != "huyện" || u.Level != District || u.Era != "old" ||
		u.ValidTo.Format(time.DateOnly) != "2025-06-30" {
		t.Fatalf("Unit(old-d-217) = %+v", u)
	}
	if p := g.Parent(u); idOf(p) != "old-p-24" {
		t.Errorf("Parent = %v", p)
	}
	if g.Parent(g.Parent(u)) != nil {
		t.Errorf("a province has a parent")
	}
	// Ranking: exact spelling, then tone style and case, then no diacritics.
	us := g.UnitsNamed("Hoà Bình")
	if len(us) < 20 || us[0].Name != "Hoà Bình" {
		t.Errorf("UnitsNamed(Hoà Bình) = %d units, first %v", len(us), us[0])
	}
	if us := g.UnitsNamed("Lang Giang"); len(us) == 0 || us[0].Name != "Lạng Giang" && us[0].Name != "Làng Giàng" {
		t.Errorf("UnitsNamed(Lang Giang) = %v", us)
	}
	if us := g.UnitsNamed("Lạng Giang"); len(us) < 2 || slices.ContainsFunc(us, func(u *AdminUnit) bool {
		return u.Name != "Lạng Giang" && !strings.Contains(u.FullName, "Lạng Giang")
	}) && us[0].Name != "Lạng Giang" {
		t.Errorf("UnitsNamed(Lạng Giang) = %v", us)
	}
}

func TestHasLookupIsWord(t *testing.T) {
	g := Default()
	tests := []struct {
		k      Kind
		phrase string
		want   bool
	}{
		{KindSurname, "Tạ", true},
		{KindSurname, "TẠ", true},
		{KindSurname, "Ta", false},
		{KindSurname, "Nguyễn", true},
		{KindMiddleName, "Thị", true},
		{KindGivenName, "Cần", true},
		{KindTitle, "Bí thư", true},
		{KindTitle, "Chủ tịch", true},
		{KindTitle, "Phó Chủ tịch", true},
		{KindTitle, "Giám đốc", true},
		{KindTitle, "Đại tá", true},
		{KindTitle, "GS.TS", true},
		{KindTitle, "Thủ tướng", true},
		{KindOrgHead, "Huyện ủy", true},
		{KindOrgHead, "Huyện uỷ", true},
		{KindOrgHead, "UBND", true},
		{KindOrgHead, "Chính phủ", true},
		{KindOrgName, "Chính phủ", false},
		{KindOrgName, "Bộ Chính trị", true},
		{KindOrgName, "Bộ Công an", true},
		{KindOrgName, "Liên hợp quốc", true},
		{KindOrgName, "ASEAN", true},
		{KindAbbrev, "HĐND", true},
		{KindAbbrev, "KT-XH", true},
		{KindAbbrev, "T.Ư", true},
		{KindCountry, "Mỹ", true},
		{KindCountry, "Hoa Kỳ", true},
		{KindCountry, "Trung Quốc", true},
		{KindCountry, "Nhật Bản", true},
		{KindCountry, "Hàn Quốc", true},
		{KindCountry, "Việt Nam", true},
		{KindWorldPlace, "Bắc Kinh", true},
		{KindPlaceAlias, "Sài Gòn", true},
		{KindPlaceAlias, "TP.HCM", true},
		{KindPlaceAlias, "TP. HCM", true},
		{KindTypeWord, "thành phố", true},
		{KindTypeWord, "TP", true},
		{KindForeignPerson, "Tập Cận Bình", true},
		{KindForeignSurname, "Smith", true},
		{KindForeignGiven, "Emmanuel", true},
		{KindUnit, "Lạng Giang", true},
		{KindUnit, "Lang Giang", false},
	}
	for _, tt := range tests {
		if got := g.Has(tt.k, tt.phrase); got != tt.want {
			t.Errorf("Has(%s, %q) = %v, want %v", tt.k, tt.phrase, got, tt.want)
		}
	}
	if !g.HasFolded(KindUnit, "Lang Giang") || !g.HasFolded(KindSurname, "Nguyen") {
		t.Error("HasFolded misses names without diacritics")
	}
	es := g.Lookup("lang giang")
	if len(es) == 0 || es[0].Kind != KindUnit {
		t.Errorf("Lookup(lang giang) = %v", es)
	}
	for _, w := range []string{"phát triển", "Giang", "hoà bình", "hòa bình", "KINH TẾ"} {
		if !g.IsWord(w) {
			t.Errorf("IsWord(%q) = false", w)
		}
	}
	for _, w := range []string{"Lạng Giang xyz", "", "qwzx"} {
		if g.IsWord(w) {
			t.Errorf("IsWord(%q) = true", w)
		}
	}
}

func TestMatchForms(t *testing.T) {
	g := Default()
	tests := []struct {
		text, want string
		k          Kind
		folded     bool
	}{
		{"đến Tp . Hồ Chí Minh hôm qua", "Tp . Hồ Chí Minh", KindPlaceAlias, false},
		{"đến TP.HCM hôm qua", "TP.HCM", KindPlaceAlias, false},
		{"đến TP. HCM hôm qua", "TP. HCM", KindPlaceAlias, false},
		{"đến TPHCM hôm qua", "TPHCM", KindPlaceAlias, false},
		{"tỉnh Bà Rịa-Vũng Tàu", "Bà Rịa-Vũng Tàu", KindUnit, false},
		{"tỉnh Bà Rịa – Vũng Tàu", "Bà Rịa – Vũng Tàu", KindUnit, false},
		{"huyện Lang Giang", "Lang Giang", KindUnit, true},
		{"HUYEN LANG GIANG", "LANG GIANG", KindUnit, true},
		{"tỉnh Thanh Hoá", "Thanh Hoá", KindUnit, false},
		{"TỈNH THANH HÓA", "THANH HÓA", KindUnit, false},
		{"tỉnh Thanh Ho\u0301a", "Thanh Ho\u0301a", KindUnit, false}, // NFD
		{"huyện Ea H'Leo", "Ea H'Leo", KindUnit, false},
		{"huyện Ea H’leo", "Ea H’leo", KindUnit, false},
		{"huyện Ea H' Leo", "Ea H' Leo", KindUnit, false},
		{"xã Ea M'Doal", "Ea M'Doal", KindUnit, false},
		{"Ban Chấp hành T.Ư", "Ban Chấp hành T.Ư", KindOrgName, false},
		{"Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch", KindOrgName, false},
		{"ông Tập Cận Bình", "Tập Cận Bình", KindForeignPerson, false},
		{"tại Hoa Kỳ", "Hoa Kỳ", KindCountry, false},
	}
	for _, tt := range tests {
		found := false
		var seen []string
		for _, m := range g.Match(tt.text, normalize.Tokens(tt.text)) {
			for _, e := range m.Entries {
				seen = append(seen, fmt.Sprintf("%q:%s:%v", tt.text[m.Start:m.End], e.Kind, m.Folded))
				if e.Kind == tt.k && tt.text[m.Start:m.End] == tt.want && m.Folded == tt.folded {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s match %q (folded %v); have %v", tt.text, tt.k, tt.want, tt.folded, seen)
		}
	}
	// Not across a sentence end, not inside a token.
	for _, tt := range []struct{ text, not string }{
		{"ở Hà. Nội dung", "Hà. Nội"},
		{"TP.HCMX", "TP.HCM"},
		{"BắcGiang", "Bắc"},
		{"đội LOC Hà Nội", "LOC Hà"},
	} {
		for _, m := range g.Match(tt.text, normalize.Tokens(tt.text)) {
			if tt.text[m.Start:m.End] == tt.not {
				t.Errorf("%q: matched %q", tt.text, tt.not)
			}
		}
	}
}

func TestWeakEntries(t *testing.T) {
	g := Default()
	for _, tt := range []struct {
		k      Kind
		phrase string
		weak   bool
	}{
		{KindWorldPlace, "Hà Nam", true},
		{KindWorldPlace, "Bắc Kinh", false},
		{KindWorldPlace, "Thái Nguyên", true},
		{KindWorldPlace, "Nhà Trắng", false}, // folds like Nha Trang, spelled otherwise
		{KindCountry, "Myanmar", false},
		{KindCountry, "Việt", true},
		{KindCountry, "Việt Nam", false},
		{KindCountry, "Trung", true},
		{KindCountry, "Trung Quốc", false},
		{KindOrgName, "Hà Nội", true},
		{KindOrgName, "Hà Nội FC", false},
	} {
		found, strong := false, false
		for _, e := range g.Lookup(tt.phrase) {
			if e.Kind == tt.k {
				found = true
				strong = strong || !e.Weak
			}
		}
		if !found {
			t.Errorf("%s %q not found", tt.k, tt.phrase)
		} else if strong == tt.weak {
			t.Errorf("%s %q: only weak entries = %v, want %v", tt.k, tt.phrase, !strong, tt.weak)
		}
	}
}

func TestMatchExactHidesFolded(t *testing.T) {
	g := Default()
	text := "tỉnh Hà Nam"
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		if text[m.Start:m.End] != "Hà Nam" {
			continue
		}
		if m.Folded {
			t.Errorf("Hà Nam matched folded")
		}
		for _, e := range m.Entries {
			if e.Kind == KindUnit && e.Name != "Hà Nam" {
				t.Errorf("Hà Nam matched entry %q", e.Name)
			}
		}
	}
}

// TestMatchGolden checks the matches on the sample article against
// testdata/sample.golden; run with -update to rewrite it.
func TestMatchGolden(t *testing.T) {
	g := Default()
	data, err := os.ReadFile(sampleFile)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	var b strings.Builder
	for _, m := range g.Match(text, normalize.Tokens(text)) {
		fmt.Fprintf(&b, "%d-%d %q", m.Start, m.End, text[m.Start:m.End])
		if m.Folded {
			b.WriteString(" folded")
		}
		for _, e := range m.Entries {
			fmt.Fprintf(&b, " %s:%s", e.Kind, e.Name)
		}
		b.WriteByte('\n')
	}
	got := b.String()
	if *update {
		if err := os.WriteFile("testdata/sample.golden", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/sample.golden")
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("matches differ from testdata/sample.golden (run go test -update and review the diff)")
	}
}

func TestMatchOrderAndSpans(t *testing.T) {
	g := Default()
	data, _ := os.ReadFile(sampleFile)
	text := string(data)
	toks := normalize.Tokens(text)
	checkMatches(t, g, text, toks)
}

func checkMatches(t testing.TB, g *Gazetteer, text string, toks []normalize.Token) {
	ms := g.Match(text, toks)
	for i, m := range ms {
		if m.From < 0 || m.To > len(toks) || m.From >= m.To {
			t.Fatalf("match %d: tokens %d-%d out of range (%d tokens)", i, m.From, m.To, len(toks))
		}
		if m.Start != toks[m.From].Start || m.End != toks[m.To-1].End || m.Start < 0 || m.End > len(text) {
			t.Fatalf("match %d: span %d-%d does not fit tokens %d-%d", i, m.Start, m.End, m.From, m.To)
		}
		if len(m.Entries) == 0 {
			t.Fatalf("match %d: no entries", i)
		}
		if i > 0 {
			p := ms[i-1]
			if p.From > m.From || p.From == m.From && p.To <= m.To {
				t.Fatalf("matches %d and %d out of order: %d-%d then %d-%d", i-1, i, p.From, p.To, m.From, m.To)
			}
		}
	}
}

// TestEveryUnitNamed checks the generated name index against units.csv:
// every unit is found by its name (numbered ones by their full name).
func TestEveryUnitNamed(t *testing.T) {
	g := Default()
	for i := range g.b.units {
		u := &g.b.units[i]
		name := u.Name
		if isNumber(name) {
			name = u.FullName
		}
		if !slices.Contains(g.UnitsNamed(name), u) {
			t.Errorf("%s %q is not found by its name", u.ID, name)
		}
	}
}

func TestCalledBy(t *testing.T) {
	g := Default()
	for _, tt := range []struct {
		id, typeWord string
		want         bool
	}{
		{"old-d-217", "huyện", true}, // Lạng Giang, a district
		{"old-d-217", "Huyện", true},
		{"old-d-217", "tỉnh", false},
		{"old-p-24", "tỉnh", true}, // Bắc Giang
		{"old-p-24", "xã", false},
		{"old-p-24", "", true},
	} {
		u := g.Unit(tt.id)
		if u == nil {
			t.Fatalf("no unit %s", tt.id)
		}
		if got := u.CalledBy(tt.typeWord); got != tt.want {
			t.Errorf("%s (%s %s).CalledBy(%q) = %v, want %v", tt.id, u.Type, u.Name, tt.typeWord, got, tt.want)
		}
	}
}

func TestHasPrefix(t *testing.T) {
	g := Default()
	for _, tt := range []struct {
		phrase string
		want   bool
	}{
		{"Bộ Giao", true},                   // Bộ Giao thông vận tải
		{"Bộ Giao thông vận tải", true},     // a whole name begins itself
		{"bo giao thong", true},             // diacritics and case aside
		{"Bộ Lao động - Thương binh", true}, // a hyphen is a piece
		{"Bộ Xyzzy", false},
		{"Quzzle", false},
		{"", false},
	} {
		if got := g.HasPrefix(tt.phrase); got != tt.want {
			t.Errorf("HasPrefix(%q) = %v, want %v", tt.phrase, got, tt.want)
		}
	}
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.AddEntries(Entry{Kind: KindOrgName, Name: "Quzzle Corp"}); err != nil {
		t.Fatal(err)
	}
	if !g.HasPrefix("Quzzle") {
		t.Error("HasPrefix does not see an added entry")
	}
}

func TestAppendMatches(t *testing.T) {
	g := Default()
	text := "Bí thư Huyện ủy Lạng Giang Tạ Huy Cần làm việc tại TP.HCM."
	toks := normalize.Tokens(text)
	want := g.Match(text, toks)
	if len(want) == 0 {
		t.Fatal("no match")
	}
	prefix := []Match{{From: -1}}
	got := g.AppendMatches(prefix, text, toks)
	if got[0].From != -1 || len(got) != 1+len(want) {
		t.Fatalf("AppendMatches kept %d of the prefix and gave %d matches, want 1 and %d", len(got)-len(want), len(got)-1, len(want))
	}
	for i, m := range want {
		if g := got[1+i]; g.From != m.From || g.To != m.To || !slices.Equal(g.Entries, m.Entries) {
			t.Errorf("match %d = %+v, want %+v", i, g, m)
		}
	}
}
