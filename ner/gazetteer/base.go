package gazetteer

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen -shared ../../../shared/data

// The embedded files, as strings: parsing slices them without copying.
var dataFiles = map[string]*string{
	"Viet74K.txt":               &data0,
	"abbreviations.csv":         &data1,
	"companies.csv":             &data2,
	"countries.csv":             &data3,
	"extra.csv":                 &data4,
	"foreign_given_names.csv":   &data5,
	"foreign_people.csv":        &data6,
	"foreign_surnames.csv":      &data7,
	"given_female.txt":          &data8,
	"given_female_one_word.txt": &data9,
	"given_male.txt":            &data10,
	"given_male_one_word.txt":   &data11,
	"intl_orgs.csv":             &data12,
	"media.csv":                 &data13,
	"middle_names.csv":          &data14,
	"ministries.csv":            &data15,
	"org_patterns.csv":          &data16,
	"place_aliases.csv":         &data17,
	"sports_teams.csv":          &data18,
	"surnames.csv":              &data19,
	"titles.csv":                &data20,
	"units.csv":                 &data21,
	"unit_names.csv":            &dataUnitNames,
	"world_places.csv":          &data22,
}

//go:embed data/Viet74K.txt
var data0 string

//go:embed data/abbreviations.csv
var data1 string

//go:embed data/companies.csv
var data2 string

//go:embed data/countries.csv
var data3 string

//go:embed data/extra.csv
var data4 string

//go:embed data/foreign_given_names.csv
var data5 string

//go:embed data/foreign_people.csv
var data6 string

//go:embed data/foreign_surnames.csv
var data7 string

//go:embed data/given_female.txt
var data8 string

//go:embed data/given_female_one_word.txt
var data9 string

//go:embed data/given_male.txt
var data10 string

//go:embed data/given_male_one_word.txt
var data11 string

//go:embed data/intl_orgs.csv
var data12 string

//go:embed data/media.csv
var data13 string

//go:embed data/middle_names.csv
var data14 string

//go:embed data/ministries.csv
var data15 string

//go:embed data/org_patterns.csv
var data16 string

//go:embed data/place_aliases.csv
var data17 string

//go:embed data/sports_teams.csv
var data18 string

//go:embed data/surnames.csv
var data19 string

//go:embed data/titles.csv
var data20 string

//go:embed data/unit_names.csv
var dataUnitNames string

//go:embed data/units.csv
var data21 string

//go:embed data/world_places.csv
var data22 string

// mustData returns an embedded file.
func mustData(name string) string {
	p := dataFiles[name]
	if p == nil {
		panic("gazetteer: embedded file missing: " + name)
	}
	return *p
}

// base is the embedded data, parsed once per process and never modified.
type base struct {
	units []AdminUnit
	ids   []string // the IDs of units, sorted

	parentOnce sync.Once
	parents    []int32 // index of the parent of each unit, or -1
	idx        *index

	wordsOnce sync.Once
	words     map[string]struct{}

	foreignOnce sync.Once
	foreignIdx  *index // foreign given names and surnames, built on first use
}

// foreign returns the index of foreign given names and surnames, building
// it on first use: 24,000 names that only Has, Lookup and, on request,
// Match need.
func (b *base) foreign() *index {
	b.foreignOnce.Do(func() {
		bl := &builder{idx: newIndex(30000, 20000), all: true}
		if err := loadLexicons(bl, foreignLexicons); err != nil {
			panic(err) // the embedded data is checked by the tests
		}
		bl.idx.freeze()
		b.foreignIdx = bl.idx
	})
	return b.foreignIdx
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
	ps      []piece
	units   func(id string) *AdminUnit // the unit of an ID; nil until the units are parsed
	slab    []Entry
	all     bool   // every entry is matchable (the foreign-name index, used by Match only on request)
	src     Source // the source of the lexicon being loaded
}

func (b *builder) add(e *Entry, phrases ...string) {
	m := b.all || matchable(e.Kind)
	for _, p := range phrases {
		b.ps = appendPhrasePieces(b.ps[:0], p)
		b.scratch, _ = b.idx.add(e, p, b.ps, m, b.scratch)
	}
}

// entry returns a new entry set to e, allocated from a slab.
func (b *builder) entry(e Entry) *Entry {
	p := b.newEntry()
	*p = e
	return p
}

// reserve makes room for n entries.
func (b *builder) reserve(n int) {
	b.slab = make([]Entry, 0, n)
}

// rows returns the number of lines of the embedded files.
func rows(files ...string) int {
	n := 0
	for _, f := range files {
		n += strings.Count(mustData(f), "\n")
	}
	return n
}

// lexiconFiles returns the files of ls.
func lexiconFiles(ls []lexicon) []string {
	fs := make([]string, len(ls))
	for i, l := range ls {
		fs[i] = l.file
	}
	return fs
}

// newEntry returns a new zero entry, allocated from a slab. Setting the
// fields of the slot costs less than copying a whole Entry into it.
func (b *builder) newEntry() *Entry {
	if len(b.slab) == cap(b.slab) {
		b.slab = make([]Entry, 0, 1024)
	}
	b.slab = b.slab[:len(b.slab)+1]
	return &b.slab[len(b.slab)-1]
}

// matchable reports whether Match reports entries of kind k. The 24,000
// foreign given names and surnames are left to Has and Lookup: as phrases
// they would flood every text with matches of "Van", "Long" or "Ha".
func matchable(k Kind) bool {
	return k != KindForeignGiven && k != KindForeignSurname
}

// buildBase parses the embedded data into the index. The work is cut in
// three parts run at once, on as many cores as there are: parsing the units,
// indexing their names with the lexicons up to the place aliases, and
// indexing the rest. The first index is then grafted under the second,
// which gives the index that adding every phrase in order would have given.
func buildBase() (*base, error) {
	b := &base{}
	// The units are parsed into an array made now, so that the entries of
	// their names can point into it before it is filled.
	units := make([]AdminUnit, rows("units.csv")+1)
	// Sizes from the data of 2026: 10k nodes and 9.4k phrases in the
	// first index, 27k nodes and 22k phrases in all.
	first := &builder{idx: newIndex(10000, 1500), scratch: make([]byte, 0, 64)}
	bl := &builder{idx: newIndex(23000, 7000), scratch: make([]byte, 0, 64)}
	// The place aliases name units by ID: they close the first part,
	// which waits for the units.
	split := 1 + slices.IndexFunc(lexicons, func(l lexicon) bool { return l.file == "place_aliases.csv" })
	if split == 0 {
		return nil, fmt.Errorf("gazetteer: place_aliases.csv missing from the lexicons")
	}
	// One slab of entries per index, sized from the rows: growing it by
	// chunks of 1024 measured 3 ms slower.
	first.reserve(rows("unit_names.csv") + rows(lexiconFiles(lexicons[:split])...)*5/4)
	bl.reserve(rows(lexiconFiles(lexicons[split:])...)*5/4 + rows("given_male.txt", "given_female.txt", "given_male_one_word.txt", "given_female_one_word.txt"))

	// The units are parsed at once with the two indexes; the place
	// aliases and extra.csv, which name units by ID, wait for them.
	var unitsErr error
	unitsDone := make(chan struct{})
	go func() {
		unitsErr = b.parseUnits(units)
		close(unitsDone)
	}()
	indexed := make(chan error, 1)
	go func() {
		high, err := indexUnitNames(first, units)
		if err == nil {
			err = loadLexicons(first, lexicons[:split-1])
		}
		<-unitsDone
		if err == nil && unitsErr == nil && high >= len(b.units) {
			err = fmt.Errorf("unit_names.csv: row %d of %d units", high, len(b.units))
		}
		if err == nil && unitsErr == nil {
			first.units = b.unit
			err = loadLexicons(first, lexicons[split-1:split])
		}
		indexed <- err
	}()
	err := loadLexicons(bl, lexicons[split:])
	if err == nil {
		err = loadNames(bl)
	}
	<-unitsDone
	if err == nil && unitsErr == nil {
		// extra.csv comes last in the data: added to the second index
		// before the graft, its entries still come after all others.
		err = readTableString(mustData("extra.csv"), "extra.csv", func(t *table, line int, rec []string) error {
			e, phrases, err := entryFromRecord(t, rec, b.unit)
			if err != nil {
				return err
			}
			if e.Category != "" && e.Class == ClassNone && closedClass(e.Kind) {
				return fmt.Errorf("unknown category %q for kind %s", e.Category, e.Kind)
			}
			e.Source = SourceExtra
			bl.add(e, phrases...)
			return nil
		})
	}
	if e := <-indexed; e != nil {
		return nil, e
	}
	if unitsErr != nil {
		return nil, unitsErr
	}
	if err != nil {
		return nil, err
	}
	// World places named like a Vietnamese unit (Hà Nam for Henan, Thái
	// Nguyên for Taiyuan) are weak cues. The unit names are in the first
	// index: the graft meets them.
	bl.idx.graftBefore(first.idx, func(ex, ey *Entry, key []byte) {
		if ex.Kind == KindWorldPlace && ey.Kind == KindUnit && !ex.Weak && bytes.Equal(key, phraseKey(ex.Name)) {
			ex.Weak = true
		}
	})
	bl.idx.freeze()
	b.idx = bl.idx
	return b, nil
}

// loadLexicons adds the entries of ls to bl.
func loadLexicons(bl *builder, ls []lexicon) error {
	for _, l := range ls {
		bl.src = sourceOf(l.file)
		if err := readTableString(mustData(l.file), l.file, func(t *table, line int, rec []string) error {
			return l.row(bl, t, rec)
		}); err != nil {
			return err
		}
	}
	return nil
}

// A stringArena hands out the "|"-separated lists of the embedded files as
// slices of one large array.
type stringArena []string

// list returns the non-empty items of the "|"-separated s.
func (a *stringArena) list(s string) []string {
	if s == "" {
		return nil
	}
	start := len(*a)
	for {
		i := strings.IndexByte(s, '|')
		if i < 0 {
			*a = append(*a, s)
			break
		}
		if i > 0 {
			*a = append(*a, s[:i])
		}
		s = s[i+1:]
	}
	return (*a)[start:len(*a):len(*a)]
}

// parseUnits fills units, in place, with the rows of units.csv, and sets
// b.units and b.ids.
func (b *base) parseUnits(units []AdminUnit) error {
	data := mustData("units.csv")
	arena := make(stringArena, 0, len(units)+strings.Count(data, "|")+len(units)/2)
	var fullBuf []byte
	var fullOff [][2]int32 // unit index, start in fullBuf
	n := 0
	err := readTableString(data, "units.csv", func(t *table, line int, rec []string) error {
		if len(rec) != 10 {
			return fmt.Errorf("want 10 fields, have %d", len(rec))
		}
		if n == len(units) {
			return fmt.Errorf("more rows than lines")
		}
		// Filled in place: an AdminUnit is large, and copying it into
		// the table cost more than parsing the row.
		u := &units[n]
		n++
		u.ID, u.Code, u.Name, u.FullName, u.Type, u.ParentID = rec[0], rec[1], rec[2], rec[3], rec[4], rec[5]
		era, rest, ok := strings.Cut(u.ID, "-")
		if !ok || len(rest) < 2 || rest[1] != '-' {
			return fmt.Errorf("bad unit id %q", u.ID)
		}
		switch era {
		case "old":
			u.Era = "old"
		case "new":
			u.Era = "new"
		default:
			return fmt.Errorf("bad unit id %q", u.ID)
		}
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
			// Built after the loop, in one string for all units.
			p := fullNamePrefix(u.Type)
			fullOff = append(fullOff, [2]int32{int32(n - 1), int32(len(fullBuf))})
			fullBuf = append(append(fullBuf, p...), u.Name...)
		}
		if u.ValidFrom, ok = parseDate(rec[6]); !ok {
			return fmt.Errorf("bad valid_from %q", rec[6])
		}
		if u.ValidTo, ok = parseDate(rec[7]); !ok {
			return fmt.Errorf("bad valid_to %q", rec[7])
		}
		u.SuccessorIDs = arena.list(rec[8])
		u.Aliases = arena.list(rec[9])
		return nil
	})
	if err != nil {
		return err
	}
	b.units = units[:n]
	full := string(fullBuf)
	for k, f := range fullOff {
		end := len(full)
		if k+1 < len(fullOff) {
			end = int(fullOff[k+1][1])
		}
		b.units[f[0]].FullName = full[f[1]:end]
	}
	b.ids = make([]string, len(b.units))
	for i := range b.units {
		b.ids[i] = b.units[i].ID
		b.units[i].idx = int32(i)
	}
	for i := 1; i < len(b.units); i++ {
		if b.units[i-1].ID >= b.units[i].ID {
			return fmt.Errorf("units.csv: unit %s is out of order; the file must be sorted by id", b.units[i].ID)
		}
	}
	return nil
}

// indexUnitNames adds the names of unit_names.csv to bl, each with the
// rows of its units in units, which need not be filled yet. It returns the
// highest row named.
func indexUnitNames(bl *builder, units []AdminUnit) (int, error) {
	data := mustData("unit_names.csv")
	arena := make(stringArena, 0, strings.Count(data, "|")/4)
	ptrs := make([]*AdminUnit, 0, len(units)+len(units)/8)
	var phrases []string
	high := -1
	err := readTableString(data, "unit_names.csv", func(t *table, line int, rec []string) error {
		if len(rec) != 3 {
			return fmt.Errorf("want 3 fields, have %d", len(rec))
		}
		e := bl.newEntry()
		e.Kind, e.Name, e.Aliases, e.Source = KindUnit, rec[0], arena.list(rec[1]), SourceUnits
		start := len(ptrs)
		for rows := rec[2]; rows != ""; {
			n := 0
			k := 0
			for k < len(rows) && rows[k] != '|' {
				if rows[k] < '0' || rows[k] > '9' {
					return fmt.Errorf("bad row list %q", rec[2])
				}
				n = n*10 + int(rows[k]-'0')
				k++
			}
			if k == 0 || n >= len(units) {
				return fmt.Errorf("bad row list %q", rec[2])
			}
			high = max(high, n)
			ptrs = append(ptrs, &units[n])
			rows = rows[min(k+1, len(rows)):]
		}
		e.Units = ptrs[start:len(ptrs):len(ptrs)]
		phrases = append(append(phrases[:0], e.Name), e.Aliases...)
		for _, p := range phrases {
			if strings.IndexByte(p, '\'') >= 0 || strings.Contains(p, "’") {
				// "Ea H'Leo" is also written "Ea H' Leo", and "Ea M' Doal" "Ea M'Doal".
				phrases = append(phrases, apostropheVariants(p)...)
			}
		}
		bl.add(e, phrases...)
		return nil
	})
	return high, err
}

// unit returns the unit with the given ID, by binary search: units.csv is
// sorted by ID.
func (b *base) unit(id string) *AdminUnit {
	i, ok := slices.BinarySearch(b.ids, id)
	if !ok {
		return nil
	}
	return &b.units[i]
}

// parent returns the parent of u, from an index built on first use.
func (b *base) parent(u *AdminUnit) *AdminUnit {
	b.parentOnce.Do(func() {
		b.parents = make([]int32, len(b.units))
		for i := range b.units {
			b.parents[i] = -1
			if p, ok := slices.BinarySearch(b.ids, b.units[i].ParentID); ok && b.units[i].ParentID != "" {
				b.parents[i] = int32(p)
			}
		}
	})
	i := u.idx
	if int(i) >= len(b.units) || &b.units[i] != u {
		return b.unit(u.ParentID) // a unit of a caller, not ours
	}
	if p := b.parents[i]; p >= 0 {
		return &b.units[p]
	}
	return nil
}

// apostropheVariants returns phrase with the spaces after its apostrophes
// removed and with a space after each apostrophe.
func apostropheVariants(phrase string) []string {
	tight := strings.NewReplacer("' ", "'", "’ ", "’").Replace(phrase)
	spaced := strings.NewReplacer("'", "' ", "’", "’ ").Replace(tight)
	return []string{tight, spaced}
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
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
		bl.add(bl.entry(Entry{Kind: KindSurname, Name: name, Freq: f, Category: field(rec, t.col("variant_group")), Source: bl.src}), name)
		return nil
	}},
	{"middle_names.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("middle_name"))
		if name != "" {
			bl.add(bl.entry(Entry{Kind: KindMiddleName, Name: name, Category: field(rec, t.col("gender_hint")), Source: bl.src}), name)
		}
		return nil
	}},
	{"titles.csv", func(bl *builder, t *table, rec []string) error {
		term, cat, abbr := field(rec, t.col("term")), field(rec, t.col("category")), field(rec, t.col("abbreviation"))
		if term == "" {
			return nil
		}
		class, err := closedClassOf(KindTitle, cat)
		if err != nil {
			return err
		}
		bl.add(bl.entry(Entry{Kind: KindTitle, Name: term, Category: cat, Class: class, Source: bl.src}), term)
		for _, a := range splitList(abbr) {
			bl.add(bl.entry(Entry{Kind: KindTitle, Name: a, Category: cat, Class: class, Expansion: term, Source: bl.src}), a)
		}
		return nil
	}},
	{"org_patterns.csv", func(bl *builder, t *table, rec []string) error {
		head := field(rec, t.col("head"))
		if head == "" {
			return nil
		}
		takes, err := ParseTakes(field(rec, t.col("takes")))
		if err != nil {
			return err
		}
		e := bl.entry(Entry{Kind: KindOrgHead, Name: head, Category: field(rec, t.col("category")), Takes: takes, Source: bl.src})
		var ok bool
		if e.ValidTo, ok = parseDate(field(rec, t.col("valid_to"))); !ok {
			return fmt.Errorf("bad valid_to %q", field(rec, t.col("valid_to")))
		}
		if e.Takes == TakesNothing && !bareBody(head) {
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
		e := bl.entry(Entry{Kind: KindOrgName, Name: name, Category: field(rec, t.col("kind")), Successor: field(rec, t.col("successor")),
			Aliases: splitList(field(rec, t.col("abbreviations"))), Country: "VN", Source: bl.src})
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
			bl.add(bl.entry(Entry{Kind: KindAbbrev, Name: a, Expansion: field(rec, t.col("expansion")), Category: field(rec, t.col("category")), Source: bl.src}), a)
		}
		return nil
	}},
	{"place_aliases.csv", func(bl *builder, t *table, rec []string) error {
		a := field(rec, t.col("alias"))
		if a == "" {
			return nil
		}
		hint, err := ParseHint(field(rec, t.col("kind")))
		if err != nil {
			return err
		}
		e := bl.entry(Entry{Kind: KindPlaceAlias, Name: a, Info: field(rec, t.col("target_full_name")), Hint: hint, Source: bl.src})
		e.Weak = e.Hint == HintEpithet
		if e.Hint == HintRegion {
			e.Category, e.Class = "region", ClassRegion
		}
		for _, id := range splitList(field(rec, t.col("target_ids"))) {
			u := bl.units(id)
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
		if name == "" || field(rec, t.col("iso2")) == "EU" {
			return nil // CLDR counts the European Union among its territories; it is an organisation (intl_orgs.csv)
		}
		// "Myanmar (Miến Điện)": the name, and an alias in brackets.
		var bracketed string
		if k := strings.Index(name, " ("); k > 0 && strings.HasSuffix(name, ")") {
			name, bracketed = name[:k], name[k+2:len(name)-1]
		}
		status, err := ParseHint(field(rec, t.col("status")))
		if err != nil || status != HintCurrent && status != HintHistorical {
			return fmt.Errorf("bad status %q (want current or historical)", field(rec, t.col("status")))
		}
		e := bl.entry(Entry{Kind: KindCountry, Name: name, Category: field(rec, t.col("iso2")), Hint: status, Source: bl.src})
		e.Country = e.Category
		if bracketed != "" {
			e.Aliases = append(e.Aliases, bracketed)
		}
		if o := field(rec, t.col("official_name_vi")); o != "" && o != name {
			e.Aliases = append(e.Aliases, o)
		}
		var weak []string
		for _, a := range splitList(field(rec, t.col("aliases_vi"))) {
			if a == name || contains(e.Aliases, a) {
				continue
			}
			if strings.IndexByte(a, ' ') < 0 && strings.Contains(name, a) {
				weak = append(weak, a) // "Việt" of Việt Nam: mostly an adjective
			} else {
				e.Aliases = append(e.Aliases, a)
			}
		}
		if en := field(rec, t.col("name_en")); en != "" && en != name {
			e.Aliases = append(e.Aliases, en)
		}
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		for _, a := range weak {
			bl.add(bl.entry(Entry{Kind: KindCountry, Name: a, Category: e.Category, Country: e.Country, Expansion: name, Hint: HintShortForm, Weak: true, Source: bl.src}), a)
		}
		for _, s := range splitList(field(rec, t.col("short_forms"))) {
			if s == name || contains(e.Aliases, s) {
				continue
			}
			w := bl.entry(Entry{Kind: KindCountry, Name: s, Category: e.Category, Country: e.Country, Expansion: name, Hint: HintShortForm, Weak: true, Source: bl.src})
			bl.add(w, s)
		}
		return nil
	}},
	{"world_places.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name_vi"))
		if name == "" {
			return nil
		}
		kind := field(rec, t.col("kind"))
		if kind == "admin1" && (badAdmin1[name] || strings.ContainsRune(name, '²')) {
			return nil // CLDR subdivisions named by a compass point or a common Vietnamese word
		}
		class, err := closedClassOf(KindWorldPlace, kind)
		if err != nil {
			return err
		}
		e := bl.entry(Entry{Kind: KindWorldPlace, Name: name, Category: kind, Class: class, Country: field(rec, t.col("country")),
			Aliases: splitList(field(rec, t.col("aliases"))), Source: bl.src})
		// A foreign province or state (CLDR subdivisions, mostly) is a weak
		// cue: "Van", "Tak", "Mie" are also other words. So is the name of
		// a Vietnamese unit: Hà Nam (Henan), Thái Nguyên (Taiyuan).
		e.Weak = class == ClassAdmin1 // made weak at the graft too if a unit bears its name
		if o := field(rec, t.col("name_original")); o != "" && o != name && startsUpper(o) && !contains(e.Aliases, o) {
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
		e := bl.entry(Entry{Kind: KindOrgName, Name: name, Category: field(rec, t.col("kind")), Source: bl.src})
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
		hint, err := ParseHint(field(rec, t.col("kind")))
		if err != nil || hint < HintNewsAgency || hint > HintAggregator {
			return fmt.Errorf("bad kind %q", field(rec, t.col("kind")))
		}
		e := bl.entry(Entry{Kind: KindOrgName, Name: name, Category: "media", Class: ClassMedia, Hint: hint, Country: field(rec, t.col("country")),
			Aliases: splitList(field(rec, t.col("aliases"))), Source: bl.src})
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
	{"sports_teams.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name"))
		if name == "" {
			return nil
		}
		hint, err := ParseHint(field(rec, t.col("kind")))
		if err != nil || hint < HintClub || hint > HintNationalTeam {
			return fmt.Errorf("bad kind %q", field(rec, t.col("kind")))
		}
		e := bl.entry(Entry{Kind: KindOrgName, Name: name, Category: "sports_team", Class: ClassSportsTeam, Hint: hint, Country: field(rec, t.col("country")),
			Aliases: splitList(field(rec, t.col("aliases"))), Source: bl.src})
		bl.add(e, name)
		var short *Entry
		for _, a := range e.Aliases {
			if !strings.Contains(name, a) {
				bl.add(e, a)
				continue
			}
			// "Hà Nội" for Hà Nội FC, "Đà Nẵng" for SHB Đà Nẵng: the
			// place name is the club only in a sports context.
			if short == nil {
				short = bl.entry(*e)
				short.Weak, short.Hint = true, HintShortName
			}
			bl.add(short, a)
		}
		return nil
	}},
	{"companies.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name"))
		if name == "" {
			return nil
		}
		hint, err := ParseHint(field(rec, t.col("tag_hint")))
		if err != nil || hint > HintContext {
			return fmt.Errorf("bad tag_hint %q", field(rec, t.col("tag_hint")))
		}
		e := bl.entry(Entry{Kind: KindOrgName, Name: name, Category: field(rec, t.col("entity_type")), Hint: hint, Country: field(rec, t.col("country")),
			Aliases: splitList(field(rec, t.col("aliases"))), Source: bl.src})
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
	{"foreign_people.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("name_vi_press"))
		if name == "" {
			return nil
		}
		e := bl.entry(Entry{Kind: KindForeignPerson, Name: name, Category: field(rec, t.col("country")), Country: field(rec, t.col("country")),
			Info: field(rec, t.col("role_vi")), Aliases: splitList(field(rec, t.col("aliases"))), Source: bl.src})
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
}

var foreignLexicons = []lexicon{
	{"foreign_surnames.csv", func(bl *builder, t *table, rec []string) error {
		name := field(rec, t.col("surname"))
		if name == "" {
			return nil
		}
		e := bl.entry(Entry{Kind: KindForeignSurname, Name: name, Category: field(rec, t.col("origin")), Source: bl.src})
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
		gender, err := ParseHint(field(rec, t.col("gender")))
		if err != nil || gender != HintNone && (gender < HintMale || gender > HintUnisex) {
			return fmt.Errorf("bad gender %q", field(rec, t.col("gender")))
		}
		e := bl.entry(Entry{Kind: KindForeignGiven, Name: name, Category: field(rec, t.col("origin")), Hint: gender, Source: bl.src})
		e.Aliases = splitList(field(rec, t.col("variants")))
		bl.add(e, name)
		bl.add(e, e.Aliases...)
		return nil
	}},
}

// closedClassOf returns the class of an entry of kind k with category
// cat, or an error if cat names none.
func closedClassOf(k Kind, cat string) (Class, error) {
	c, ok := ParseClass(k, cat)
	if !ok {
		return 0, fmt.Errorf("unknown category %q for kind %s", cat, k)
	}
	return c, nil
}

// badAdmin1 lists foreign subdivision names that are Vietnamese words.
var badAdmin1 = map[string]bool{"Đông": true, "Tây": true, "Nam": true, "Bắc": true, "Trang": true, "Chin": true, "Mon": true, "Nan": true, "Centre": true}

// bareBody reports whether head names a body that is no organisation of
// its own in the annotation guidelines (Chính phủ, Quốc hội …).
func bareBody(head string) bool {
	switch normalizeSpace(head) {
	case "Chính phủ", "Quốc hội", "Đảng", "Nhà nước", "Trung ương", "Mặt trận Tổ quốc", "Chủ tịch nước":
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
		bl.add(bl.entry(Entry{Kind: KindGivenName, Name: n, Category: cat, Source: SourceGivenNames}), n)
	}
	return nil
}
