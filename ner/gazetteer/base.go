package gazetteer

import (
	"bytes"
	"embed"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

//go:generate go run ./internal/gen

// dataFS holds the word lists and units, described in data/PROVENANCE.md.
//
//go:embed data
var dataFS embed.FS

// dataFiles holds embedded files by name, read for one build. The entries
// keep substrings of them.
type dataFiles map[string]string

// readData reads the named files of dataFS's data directory.
func readData(names ...string) (dataFiles, error) {
	d := make(dataFiles, len(names))
	for _, n := range names {
		b, err := dataFS.ReadFile(path.Join("data", n))
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		// ReadFile returns a copy no one else holds, never written
		// again: the string shares it rather than copying it twice.
		d[n] = unsafe.String(unsafe.SliceData(b), len(b))
	}
	return d, nil
}

// rows returns the number of lines of the named files.
func (d dataFiles) rows(names ...string) int {
	n := 0
	for _, f := range names {
		n += strings.Count(d[f], "\n")
	}
	return n
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

	lists [len(lazyLists)]struct {
		once  sync.Once
		idx   *index
		words *wordList
	} // lazyLists, each loaded on first use
}

// list returns the index or the wordList of the lazily loaded list of
// kind k, loading it on first use, or nils if k has no such list.
func (b *base) list(k Kind) (*index, *wordList) {
	for i := range lazyLists {
		if lazyLists[i].kind != k {
			continue
		}
		l := &b.lists[i]
		l.once.Do(func() {
			var err error
			if l.idx, l.words, err = lazyLists[i].build(); err != nil {
				panic(err) // the embedded data is checked by the tests
			}
		})
		return l.idx, l.words
	}
	return nil, nil
}

// foreign returns the index of foreign given names and surnames, building
// it on first use: 24,000 names that only Has, Lookup and, on request,
// Match need.
func (b *base) foreign() *index {
	b.foreignOnce.Do(func() {
		bl := &builder{idx: newIndex(30000, 20000), all: true}
		files, err := readData(lexiconFiles(foreignLexicons)...)
		if err == nil {
			err = loadLexicons(bl, foreignLexicons, files)
		}
		if err != nil {
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
// they would flood every text with matches of "Van", "Long" or "Ha". So
// are the kinds of the lists loaded on first use (KindCity …), even when
// a caller adds entries of them.
func matchable(k Kind) bool {
	return !foreignKind(k) && !lazyKind(k)
}

// buildBase parses the embedded data into the index. The work is cut in
// three parts run at once, on as many cores as there are: parsing the units,
// indexing their names with the lexicons up to the place aliases, and
// indexing the rest. The first index is then grafted under the second,
// which gives the index that adding every phrase in order would have given.
func buildBase() (*base, error) {
	b := &base{}
	files, err := readData(append(lexiconFiles(lexicons), append(givenNameFiles[:], "units.csv", "unit_names.csv", "extra.csv")...)...)
	if err != nil {
		return nil, err
	}
	// The units are parsed into an array made now, so that the entries of
	// their names can point into it before it is filled.
	units := make([]AdminUnit, files.rows("units.csv")+1)
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
	first.reserve(files.rows("unit_names.csv") + files.rows(lexiconFiles(lexicons[:split])...)*5/4)
	bl.reserve(files.rows(lexiconFiles(lexicons[split:])...)*5/4 + files.rows(givenNameFiles[:]...))

	// The units are parsed at once with the two indexes; the place
	// aliases and extra.csv, which name units by ID, wait for them.
	var unitsErr error
	unitsDone := make(chan struct{})
	go func() {
		unitsErr = b.parseUnits(units, files["units.csv"])
		close(unitsDone)
	}()
	indexed := make(chan error, 1)
	go func() {
		high, err := indexUnitNames(first, units, files["unit_names.csv"])
		if err == nil {
			err = loadLexicons(first, lexicons[:split-1], files)
		}
		<-unitsDone
		if err == nil && unitsErr == nil && high >= len(b.units) {
			err = fmt.Errorf("unit_names.csv: row %d of %d units", high, len(b.units))
		}
		if err == nil && unitsErr == nil {
			first.units = b.unit
			err = loadLexicons(first, lexicons[split-1:split], files)
		}
		indexed <- err
	}()
	err = loadLexicons(bl, lexicons[split:], files)
	if err == nil {
		err = loadNames(bl, files)
	}
	<-unitsDone
	if err == nil && unitsErr == nil {
		// extra.csv comes last in the data: added to the second index
		// before the graft, its entries still come after all others.
		err = readTableString(files["extra.csv"], "extra.csv", func(t *table, line int, rec []string) error {
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

// parseUnits fills units, in place, with the rows of units.csv, data, and sets
// b.units and b.ids.
func (b *base) parseUnits(units []AdminUnit, data string) error {
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

// indexUnitNames adds the names of unit_names.csv, data, to bl, each with the
// rows of its units in units, which need not be filled yet. It returns the
// highest row named.
func indexUnitNames(bl *builder, units []AdminUnit, data string) (int, error) {
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
