package gazetteer

import (
	"bytes"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen -shared ../../../shared/data

//go:embed data/*.csv data/given_*.txt data/Viet74K.txt
var dataFS embed.FS

func mustData(name string) []byte {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("gazetteer: embedded file missing: " + name)
	}
	return b
}

// base is the embedded data, parsed once per process and never modified.
type base struct {
	units  []AdminUnit
	byID   map[string]*AdminUnit
	byCode map[codeKey]*AdminUnit
	idx    *index

	wordsOnce sync.Once
	words     map[string]struct{}
}

type codeKey struct {
	era   string
	code  string
	level Level
}

var (
	baseOnce sync.Once
	baseData *base
	baseErr  error
)

func getBase() (*base, error) {
	baseOnce.Do(func() { baseData, baseErr = buildBase() })
	return baseData, baseErr
}

// builder adds entries to an index.
type builder struct {
	idx     *index
	scratch []byte
	units   map[string]*AdminUnit
}

func (b *builder) add(e *Entry, phrases ...string) {
	m := matchable(e.Kind)
	for _, p := range phrases {
		b.scratch, _ = b.idx.add(e, p, m, b.scratch)
	}
}

// matchable reports whether Match reports entries of kind k. The 24,000
// foreign given names and surnames are left to Has and Lookup: as phrases
// they would flood every text with matches of "Van", "Long" or "Ha".
func matchable(k Kind) bool {
	return k != KindForeignGiven && k != KindForeignSurname
}

func buildBase() (*base, error) {
	b := &base{}
	bl := &builder{idx: newIndex(60000), scratch: make([]byte, 0, 64)}
	if err := b.loadUnits(bl); err != nil {
		return nil, err
	}
	bl.units = b.byID
	for _, l := range lexicons {
		if err := readTable(bytes.NewReader(mustData(l.file)), l.file, func(t *table, line int, rec []string) error {
			return l.row(bl, t, rec)
		}); err != nil {
			return nil, err
		}
	}
	if err := loadNames(bl); err != nil {
		return nil, err
	}
	if err := readTable(bytes.NewReader(mustData("extra.csv")), "extra.csv", func(t *table, line int, rec []string) error {
		e, phrases, err := entryFromRecord(t, rec, b.byID)
		if err != nil {
			return err
		}
		e.Source = "extra.csv"
		bl.add(e, phrases...)
		return nil
	}); err != nil {
		return nil, err
	}
	b.idx = bl.idx
	return b, nil
}

func (b *base) loadUnits(bl *builder) error {
	data := mustData("units.csv")
	b.units = make([]AdminUnit, 0, bytes.Count(data, []byte{'\n'}))
	err := readTable(bytes.NewReader(data), "units.csv", func(t *table, line int, rec []string) error {
		if len(rec) != 10 {
			return fmt.Errorf("want 10 fields, have %d", len(rec))
		}
		u := AdminUnit{
			ID: rec[0], Code: rec[1], Name: rec[2], FullName: rec[3], Type: rec[4], ParentID: rec[5],
		}
		era, rest, ok := strings.Cut(u.ID, "-")
		if !ok || len(rest) < 2 || rest[1] != '-' {
			return fmt.Errorf("bad unit id %q", u.ID)
		}
		u.Era = era
		switch rest[0] {
		case 'p':
			u.Level = Province
		case 'd':
			u.Level = District
		case 'c':
			u.Level = Commune
		default:
			return fmt.Errorf("bad unit id %q", u.ID)
		}
		if u.FullName == "" {
			u.FullName = defaultFullName(u.Type, u.Name)
		}
		if u.ValidFrom, ok = parseDate(rec[6]); !ok {
			return fmt.Errorf("bad valid_from %q", rec[6])
		}
		if u.ValidTo, ok = parseDate(rec[7]); !ok {
			return fmt.Errorf("bad valid_to %q", rec[7])
		}
		u.SuccessorIDs = splitList(rec[8])
		u.Aliases = splitList(rec[9])
		b.units = append(b.units, u)
		return nil
	})
	if err != nil {
		return err
	}
	b.byID = make(map[string]*AdminUnit, len(b.units))
	b.byCode = make(map[codeKey]*AdminUnit, len(b.units))
	byName := make(map[string]*Entry, len(b.units))
	var key []byte
	addName := func(u *AdminUnit, name string) {
		if isNumber(name) { // "1" of Phường 1: only the full name is a phrase
			name = u.FullName
		}
		key = key[:0]
		for i, p := range phrasePieces(name) {
			if i > 0 {
				key = append(key, ' ')
			}
			key = appendToneKey(key, name[p.start:p.end])
		}
		e := byName[string(key)]
		if e == nil {
			e = &Entry{Kind: KindUnit, Name: name, Source: "units.csv"}
			byName[string(key)] = e
			bl.add(e, name)
		} else if e.Name != name {
			seen := false
			for _, a := range e.Aliases {
				seen = seen || a == name
			}
			if !seen {
				e.Aliases = append(e.Aliases, name)
				bl.add(e, name)
			}
		}
		for _, o := range e.Units {
			if o == u {
				return
			}
		}
		e.Units = append(e.Units, u)
	}
	for i := range b.units {
		u := &b.units[i]
		b.byID[u.ID] = u
		if !strings.Contains(u.ID, "@") {
			b.byCode[codeKey{u.Era, u.Code, u.Level}] = u
		}
		addName(u, u.Name)
		for _, a := range u.Aliases {
			addName(u, stripTypePrefix(u, a))
		}
	}
	return nil
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

var typePrefixes = []string{"Thành phố ", "Thị trấn ", "Thị xã ", "Đặc khu ", "Phường ", "Huyện ", "Quận ", "Tỉnh ", "Xã "}

// stripTypePrefix turns an alias full name into a bare name.
func stripTypePrefix(u *AdminUnit, alias string) string {
	if strings.HasSuffix(u.FullName, u.Name) {
		if p := u.FullName[:len(u.FullName)-len(u.Name)]; p != "" && strings.HasPrefix(alias, p) {
			return alias[len(p):]
		}
	}
	for _, p := range typePrefixes {
		if strings.HasPrefix(alias, p) {
			return alias[len(p):]
		}
	}
	return alias
}

// A lexicon is one embedded CSV word list and how its rows become entries.
type lexicon struct {
	file string
	row  func(bl *builder, t *table, rec []string) error
}

func parseFloat(s string) float64 {
	if s == "" {
		return 0
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0
	}
	return f
}

var lexicons = []lexicon{
	{"surnames.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("surname"))
		note := field(rec, t.col("note"))
		if name == "" || strings.Contains(note, "NOT a surname") {
			return nil
		}
		f := parseFloat(field(rec, t.col("wikipedia_pct")))
		if f == 0 {
			f = parseFloat(field(rec, t.col("uit_pct")))
		}
		bl.add(&Entry{Kind: KindSurname, Name: name, Freq: f, Category: field(rec, t.col("variant_group")), Source: t.file}, name)
		return nil
	}},
	{"middle_names.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("middle_name"))
		if name != "" {
			bl.add(&Entry{Kind: KindMiddleName, Name: name, Category: field(rec, t.col("gender_hint")), Source: t.file}, name)
		}
		return nil
	}},
	{"titles.csv", func(bl *builder, t *table, rec []string) error {
		term, cat, abbr := field(rec, t.col("term")), field(rec, t.col("category")), field(rec, t.col("abbreviation"))
		if term == "" {
			return nil
		}
		bl.add(&Entry{Kind: KindTitle, Name: term, Category: cat, Source: t.file}, term)
		for _, a := range splitList(abbr) {
			bl.add(&Entry{Kind: KindTitle, Name: a, Category: cat, Expansion: term, Source: t.file}, a)
		}
		return nil
	}},
	{"org_patterns.csv", func(bl *builder, t *table, rec []string) error {
		head := field(rec, t.col("head"))
		if head == "" {
			return nil
		}
		e := &Entry{Kind: KindOrgHead, Name: head, Category: field(rec, t.col("category")), Takes: field(rec, t.col("takes")), Source: t.file}
		var ok bool
		if e.ValidTo, ok = parseDate(field(rec, t.col("valid_to"))); !ok {
			return fmt.Errorf("bad valid_to %q", field(rec, t.col("valid_to")))
		}
		if e.Takes == "" && !bareBody(head) {
			// A body with a name of its own: Bộ Chính trị, Ban Bí thư.
			e.Kind = KindOrgName
		}
		bl.add(e, head)
		return nil
	}},
	{"ministries.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name"))
		if name == "" {
			return nil
		}
		e := &Entry{Kind: KindOrgName, Name: name, Category: field(rec, t.col("kind")), Successor: field(rec, t.col("successor")),
			Aliases: splitList(field(rec, t.col("abbreviations"))), Country: "VN", Source: t.file}
		var ok bool
		if e.ValidFrom, ok = parseDate(field(rec, t.col("valid_from"))); !ok {
			return fmt.Errorf("bad valid_from")
		}
		if e.ValidTo, ok = parseDate(field(rec, t.col("valid_to"))); !ok {
			return fmt.Errorf("bad valid_to")
		}
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
	{"abbreviations.csv", func(bl *builder, t *table, rec []string) error {
		a := field(rec, t.col("abbr"))
		if a != "" {
			bl.add(&Entry{Kind: KindAbbrev, Name: a, Expansion: field(rec, t.col("expansion")), Category: field(rec, t.col("category")), Source: t.file}, a)
		}
		return nil
	}},
	{"place_aliases.csv", func(bl *builder, t *table, rec []string) error {
		a := field(rec, t.col("alias"))
		if a == "" {
			return nil
		}
		e := &Entry{Kind: KindPlaceAlias, Name: a, Info: field(rec, t.col("target_full_name")), Hint: field(rec, t.col("kind")), Source: t.file}
		e.Weak = e.Hint == "epithet"
		if e.Hint == "region" {
			e.Category = "region"
		}
		for _, id := range splitList(field(rec, t.col("target_ids"))) {
			u := bl.units[id]
			if u == nil {
				return fmt.Errorf("unknown unit id %q", id)
			}
			e.Units = append(e.Units, u)
		}
		bl.add(e, a)
		return nil
	}},
	{"countries.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name_vi"))
		if name == "" {
			return nil
		}
		e := &Entry{Kind: KindCountry, Name: name, Category: field(rec, t.col("iso2")), Hint: field(rec, t.col("status")), Source: t.file}
		e.Country = e.Category
		if o := field(rec, t.col("official_name_vi")); o != "" && o != name {
			e.Aliases = append(e.Aliases, o)
		}
		e.Aliases = append(e.Aliases, splitList(field(rec, t.col("aliases_vi")))...)
		if en := field(rec, t.col("name_en")); en != "" && en != name {
			e.Aliases = append(e.Aliases, en)
		}
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		for _, s := range splitList(field(rec, t.col("short_forms"))) {
			if s == name || contains(e.Aliases, s) {
				continue
			}
			w := &Entry{Kind: KindCountry, Name: s, Category: e.Category, Country: e.Country, Expansion: name, Hint: "short_form", Weak: true, Source: t.file}
			bl.add(w, s)
		}
		return nil
	}},
	{"world_places.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name_vi"))
		if name == "" {
			return nil
		}
		e := &Entry{Kind: KindWorldPlace, Name: name, Category: field(rec, t.col("kind")), Country: field(rec, t.col("country")),
			Aliases: splitList(field(rec, t.col("aliases"))), Source: t.file}
		if o := field(rec, t.col("name_original")); o != "" && o != name && !contains(e.Aliases, o) {
			e.Aliases = append(e.Aliases, o)
		}
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
	{"intl_orgs.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name_vi"))
		if name == "" {
			return nil
		}
		e := &Entry{Kind: KindOrgName, Name: name, Category: field(rec, t.col("kind")), Source: t.file}
		e.Aliases = append(splitList(field(rec, t.col("acronyms"))), splitList(field(rec, t.col("aliases")))...)
		if en := field(rec, t.col("name_en")); en != "" && en != name {
			e.Aliases = append(e.Aliases, en)
		}
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
	{"media.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name"))
		if name == "" {
			return nil
		}
		e := &Entry{Kind: KindOrgName, Name: name, Category: "media", Hint: field(rec, t.col("kind")), Country: field(rec, t.col("country")),
			Aliases: splitList(field(rec, t.col("aliases"))), Source: t.file}
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
	{"sports_teams.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name"))
		if name == "" {
			return nil
		}
		e := &Entry{Kind: KindOrgName, Name: name, Category: "sports_team", Hint: field(rec, t.col("kind")), Country: field(rec, t.col("country")),
			Aliases: splitList(field(rec, t.col("aliases"))), Source: t.file}
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
	{"companies.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name"))
		if name == "" {
			return nil
		}
		e := &Entry{Kind: KindOrgName, Name: name, Category: field(rec, t.col("entity_type")), Hint: field(rec, t.col("tag_hint")), Country: field(rec, t.col("country")),
			Aliases: splitList(field(rec, t.col("aliases"))), Source: t.file}
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
	{"foreign_people.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name_vi_press"))
		if name == "" {
			return nil
		}
		e := &Entry{Kind: KindForeignPerson, Name: name, Category: field(rec, t.col("country")), Country: field(rec, t.col("country")),
			Info: field(rec, t.col("role_vi")), Aliases: splitList(field(rec, t.col("aliases"))), Source: t.file}
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
	{"foreign_surnames.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("surname"))
		if name == "" {
			return nil
		}
		e := &Entry{Kind: KindForeignSurname, Name: name, Category: field(rec, t.col("origin")), Source: t.file}
		if sv := field(rec, t.col("sino_vietnamese")); sv != "" {
			e.Expansion = sv
		}
		e.Aliases = splitList(field(rec, t.col("variants")))
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
	{"foreign_given_names.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name"))
		if name == "" {
			return nil
		}
		e := &Entry{Kind: KindForeignGiven, Name: name, Category: field(rec, t.col("origin")), Hint: field(rec, t.col("gender")), Source: t.file}
		e.Aliases = splitList(field(rec, t.col("variants")))
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
}

// bareBody reports whether head names a body that is no organisation of
// its own in the annotation guidelines (Chính phủ, Quốc hội …).
func bareBody(head string) bool {
	switch normalizeSpace(head) {
	case "Chính phủ", "Quốc hội", "Đảng", "Nhà nước", "Trung ương", "Mặt trận Tổ quốc":
		return true
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// loadNames adds the given names: every listed name and every syllable of
// them, with the gender of the lists it came from.
func loadNames(bl *builder) error {
	gender := make(map[string]uint8, 4000) // 1 male, 2 female
	var order []string
	for _, f := range []struct {
		file string
		g    uint8
	}{{"given_male_one_word.txt", 1}, {"given_female_one_word.txt", 2}, {"given_male.txt", 1}, {"given_female.txt", 2}} {
		eachLine(mustData(f.file), func(name string) {
			add := func(n string) {
				if _, ok := gender[n]; !ok {
					order = append(order, n)
				}
				gender[n] |= f.g
			}
			add(name)
			if strings.IndexByte(name, ' ') >= 0 {
				for _, s := range strings.Fields(name) {
					add(s)
				}
			}
		})
	}
	for _, n := range order {
		cat := [...]string{"", "male", "female", "both"}[gender[n]]
		bl.add(&Entry{Kind: KindGivenName, Name: n, Category: cat, Source: "given names"}, n)
	}
	return nil
}
