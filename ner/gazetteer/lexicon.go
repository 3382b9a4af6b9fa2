package gazetteer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A lexicon is one embedded CSV word list, its source, and how its rows
// become entries.
type lexicon struct {
	file string
	src  Source
	row  func(bl *builder, t *table, rec []string) error
}

// parseFloat returns the number s, or 0 if s is none.
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

// lexicons is the table of loaders of the CSV word lists indexed when the
// gazetteer is built: file name, source and row loader, in the order their
// entries are added (which orders the entries of a phrase).
var lexicons = []lexicon{
	{"surnames.csv", SourceSurnames, loadSurname},
	{"middle_names.csv", SourceMiddleNames, loadMiddleName},
	{"titles.csv", SourceTitles, loadTitle},
	{"org_patterns.csv", SourceOrgPatterns, loadOrgPattern},
	{"ministries.csv", SourceMinistries, loadMinistry},
	{"abbreviations.csv", SourceAbbreviations, loadAbbreviation},
	{"place_aliases.csv", SourcePlaceAliases, loadPlaceAlias},
	{"countries.csv", SourceCountries, loadCountry},
	{"world_places.csv", SourceWorldPlaces, loadWorldPlace},
	{"intl_orgs.csv", SourceIntlOrgs, loadIntlOrg},
	{"media.csv", SourceMedia, loadMedia},
	{"sports_teams.csv", SourceSportsTeams, loadSportsTeam},
	{"companies.csv", SourceCompanies, loadCompany},
	{"foreign_people.csv", SourceForeignPeople, loadForeignPerson},
}

// foreignLexicons are the foreign given names and surnames, indexed on
// first use.
var foreignLexicons = []lexicon{
	{"foreign_surnames.csv", SourceForeignSurnames, loadForeignSurname},
	{"foreign_given_names.csv", SourceForeignGivenNames, loadForeignGiven},
}

// A lazyList is a word list of one kind that no rule reads by default,
// loaded on the first question about its kind: loading the 50,000 names
// of these lists in every process would double the time and heap of the
// gazetteer's build.
type lazyList struct {
	kind Kind
	file string
	src  Source
	// row loads a row of a CSV file into a trie index; a nil row makes a
	// wordList of a list of one name a line.
	row       func(bl *builder, t *table, rec []string) error
	phrases   int // index size hints
	syllables int
}

// lazyLists are the lists loaded on first use of their kind.
var lazyLists = [...]lazyList{
	{kind: KindCity, file: "cities.csv", src: SourceCities, row: loadCity, phrases: 9500, syllables: 9000},
	{kind: KindClub, file: "clubs.csv", src: SourceClubs, row: loadClub, phrases: 11500, syllables: 6000},
	{kind: KindPersonName, file: "person_names.txt", src: SourcePersonNames},
	{kind: KindSinoSurname, file: "sino_surnames.csv", src: SourceSinoSurnames, row: loadSinoSurname, phrases: 600, syllables: 400},
}

// build reads the list and returns its index, or its wordList.
func (l *lazyList) build() (*index, *wordList, error) {
	files, err := readData(l.file)
	if err != nil {
		return nil, nil, err
	}
	if l.row == nil {
		return nil, newWordList(l.kind, l.src, files[l.file]), nil
	}
	bl := &builder{idx: newIndex(l.phrases, l.syllables)}
	if err := loadLexicons(bl, []lexicon{{l.file, l.src, l.row}}, files); err != nil {
		return nil, nil, err
	}
	bl.idx.freeze()
	return bl.idx, nil, nil
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

// BareBodies are the bodies that have no name of their own in the
// annotation guidelines (ner/ANNOTATION.md): never an organisation alone,
// but they complete a title ("Bí thư Huyện ủy", "Thủ tướng Chính phủ",
// "Chủ tịch UBND tỉnh"), and a list head among them that takes nothing is
// no organisation name. Do not modify it.
var BareBodies = []string{
	"Chính phủ", "Quốc hội", "Trung ương", "T.Ư", "TW", "Đảng", "Nhà nước", "Tỉnh ủy", "Huyện ủy", "Thành ủy",
	"Quận ủy", "Thị ủy", "Đảng ủy", "UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân", "MTTQ",
	"Ban Thường vụ", "Ban Chấp hành", "nước", "Đảng bộ", "Chi bộ", "Ban cán sự đảng", "Đảng đoàn", "cấp ủy",
	"UBMTTQ", "Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc", "Sở", "Phòng", "Công an", "TAND", "VKSND", "Bộ",
	"Ban", "Cục", "Vụ", "Ủy ban", "UBKT", "Ủy ban Kiểm tra", "Đoàn", "Hội", "Mặt trận", "Thường trực",
	"Thành đoàn", "Tỉnh đoàn", "Huyện đoàn", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Huyện ủy", "Thường trực Tỉnh ủy",
	"Thường trực HĐND", "Thường trực Huyện ủy", "Văn phòng", "Thượng viện", "Hạ viện", "Nghị viện", "Quân đội",
	"Mặt trận Tổ quốc", "Chủ tịch nước",
}

// bareBody reports whether head is one of BareBodies.
func bareBody(head string) bool {
	return slices.Contains(BareBodies, normalizeSpace(head))
}

// givenNameFiles are the lists of given names, men's and women's in turn.
var givenNameFiles = [...]string{"given_male_one_word.txt", "given_female_one_word.txt", "given_male.txt", "given_female.txt"}

// loadNames adds the given names: every listed name and every syllable of
// them, with the gender of the lists it came from.
func loadNames(bl *builder, files dataFiles) error {
	gender := make(map[string]uint8, 4000) // 1 male, 2 female
	var order []string
	for i, file := range givenNameFiles {
		g := uint8(1 + i%2)
		eachLine(files[file], func(name string) {
			add := func(n string) {
				if _, ok := gender[n]; !ok {
					order = append(order, n)
				}
				gender[n] |= g
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

// loadLexicons adds the entries of ls to bl.
func loadLexicons(bl *builder, ls []lexicon, files dataFiles) error {
	for _, l := range ls {
		bl.src = l.src
		if err := readTableString(files[l.file], l.file, func(t *table, line int, rec []string) error {
			return l.row(bl, t, rec)
		}); err != nil {
			return err
		}
	}
	return nil
}

// loadSurname adds a Vietnamese surname with its share of the population,
// skipping the rows noted "NOT a surname".
func loadSurname(bl *builder, t *table, rec []string) error {
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
}

// loadMiddleName adds a Vietnamese middle name with its gender hint.
func loadMiddleName(bl *builder, t *table, rec []string) error {
	name := field(rec, t.col("middle_name"))
	if name != "" {
		bl.add(bl.entry(Entry{Kind: KindMiddleName, Name: name, Category: field(rec, t.col("gender_hint")), Source: bl.src}), name)
	}
	return nil
}

// loadTitle adds a title and its abbreviations, which expand to it.
func loadTitle(bl *builder, t *table, rec []string) error {
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
}

// loadOrgPattern adds an organisation head with what it takes; a head that takes nothing
// and is a body of its own is a complete name.
func loadOrgPattern(bl *builder, t *table, rec []string) error {
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
}

// loadMinistry adds a ministry or agency with its abbreviations and validity.
func loadMinistry(bl *builder, t *table, rec []string) error {
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
}

// loadAbbreviation adds an abbreviation with its expansion.
func loadAbbreviation(bl *builder, t *table, rec []string) error {
	a := field(rec, t.col("abbr"))
	if a != "" {
		bl.add(bl.entry(Entry{Kind: KindAbbrev, Name: a, Expansion: field(rec, t.col("expansion")), Category: field(rec, t.col("category")), Source: bl.src}), a)
	}
	return nil
}

// loadPlaceAlias adds another name of Vietnamese units, resolved to the units by ID;
// epithets are weak.
func loadPlaceAlias(bl *builder, t *table, rec []string) error {
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
}

// loadCountry adds a country with its official, bracketed, English and other
// names, and its short forms as weak entries.
func loadCountry(bl *builder, t *table, rec []string) error {
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
		if a == name || slices.Contains(e.Aliases, a) {
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
		if s == name || slices.Contains(e.Aliases, s) {
			continue
		}
		w := bl.entry(Entry{Kind: KindCountry, Name: s, Category: e.Category, Country: e.Country, Expansion: name, Hint: HintShortForm, Weak: true, Source: bl.src})
		bl.add(w, s)
	}
	return nil
}

// loadWorldPlace adds a foreign place; a foreign province or state is weak.
func loadWorldPlace(bl *builder, t *table, rec []string) error {
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
	if o := field(rec, t.col("name_original")); o != "" && o != name && startsUpper(o) && !slices.Contains(e.Aliases, o) {
		e.Aliases = append(e.Aliases, o)
	}
	bl.add(e, name)
	bl.add(e, e.Aliases...)
	return nil
}

// loadIntlOrg adds an international organisation with its acronyms, aliases and
// English name.
func loadIntlOrg(bl *builder, t *table, rec []string) error {
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
}

// loadMedia adds a news outlet.
func loadMedia(bl *builder, t *table, rec []string) error {
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
}

// loadSportsTeam adds a sports team; an alias contained in its name (a place) is
// a weak short name.
func loadSportsTeam(bl *builder, t *table, rec []string) error {
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
}

// loadCompany adds a company, brand or product with its tag hint.
func loadCompany(bl *builder, t *table, rec []string) error {
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
}

// loadForeignPerson adds a well-known foreign person in press spelling.
func loadForeignPerson(bl *builder, t *table, rec []string) error {
	name := field(rec, t.col("name_vi_press"))
	if name == "" {
		return nil
	}
	e := bl.entry(Entry{Kind: KindForeignPerson, Name: name, Category: field(rec, t.col("country")), Country: field(rec, t.col("country")),
		Info: field(rec, t.col("role_vi")), Aliases: splitList(field(rec, t.col("aliases"))), Source: bl.src})
	bl.add(e, name)
	bl.add(e, e.Aliases...)
	return nil
}

// loadForeignSurname adds a foreign surname with its origin and, for Chinese
// names, its Sino-Vietnamese form as Expansion.
func loadForeignSurname(bl *builder, t *table, rec []string) error {
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
}

// loadForeignGiven adds a foreign given name with its origin and gender.
func loadForeignGiven(bl *builder, t *table, rec []string) error {
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
}

// loadCity adds a city of 50,000 people or more, with its population as
// Freq.
func loadCity(bl *builder, t *table, rec []string) error {
	name := field(rec, t.col("name"))
	if name == "" {
		return nil
	}
	pop, err := strconv.ParseFloat(field(rec, t.col("population")), 64)
	if err != nil {
		return fmt.Errorf("bad population %q", field(rec, t.col("population")))
	}
	bl.add(bl.entry(Entry{Kind: KindCity, Name: name, Country: field(rec, t.col("country")), Freq: pop, Source: bl.src}), name)
	return nil
}

// loadClub adds a football club with its alternate names and city.
func loadClub(bl *builder, t *table, rec []string) error {
	name := field(rec, t.col("name"))
	if name == "" {
		return nil
	}
	e := bl.entry(Entry{Kind: KindClub, Name: name, Aliases: splitList(field(rec, t.col("aliases"))),
		Country: field(rec, t.col("country")), Info: field(rec, t.col("city")), Source: bl.src})
	bl.add(e, name)
	bl.add(e, e.Aliases...)
	return nil
}

// loadSinoSurname adds the Sino-Vietnamese reading of a foreign surname,
// which it expands to.
func loadSinoSurname(bl *builder, t *table, rec []string) error {
	name := field(rec, t.col("name"))
	if name == "" {
		return nil
	}
	bl.add(bl.entry(Entry{Kind: KindSinoSurname, Name: name, Expansion: field(rec, t.col("surname")),
		Category: field(rec, t.col("origin")), Source: bl.src}), name)
	return nil
}
