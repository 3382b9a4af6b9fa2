// Command gen copies the shared source data into ../../data, trimming the
// columns the gazetteer does not use so that the embedded tables stay small.
//
// Usage, from ner/gazetteer:
//
//	go run ./internal/gen -shared /work/shared/data
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/vntag/vntag/normalize"
)

func main() {
	shared := flag.String("shared", "../../../shared/data", "the shared data directory")
	out := flag.String("out", "data", "output directory")
	flag.Parse()
	log.SetFlags(0)
	succ, err := districtSuccessors(filepath.Join(*shared, "admin/succession.csv"))
	if err != nil {
		log.Fatal(err)
	}
	districtSucc = succ
	for _, t := range tables {
		if err := trim(filepath.Join(*shared, t.src), filepath.Join(*out, t.dst), t.cols, t.fix, t.sorted); err != nil {
			log.Fatal(err)
		}
	}
	if err := unitNames(filepath.Join(*out, "units.csv"), filepath.Join(*out, "unit_names.csv")); err != nil {
		log.Fatal(err)
	}
	for _, c := range copies {
		b, err := os.ReadFile(filepath.Join(*shared, c[0]))
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*out, c[1]), b, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// districtSucc maps an old district's id to the new communes that took over
// its communes, from succession.csv.
var districtSucc map[string][]string

// districtSuccessors reads the district rows of succession.csv.
func districtSuccessors(file string) (map[string][]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	m := map[string][]string{}
	for _, r := range rows[1:] {
		if r[col["level"]] != "district" {
			continue
		}
		old, nu := r[col["old_id"]], r[col["new_id"]]
		if !slices.Contains(m[old], nu) {
			m[old] = append(m[old], nu)
		}
	}
	return m, nil
}

type table struct {
	src, dst string
	cols     []string
	fix      func(row map[string]string)
	sorted   bool // sort the rows by their first column (byte order)
}

var copies = [][2]string{
	{"lexicon/surnames.csv", "surnames.csv"},
	{"lexicon/names/middle_names.csv", "middle_names.csv"},
	{"lexicon/names/given_male.txt", "given_male.txt"},
	{"lexicon/names/given_female.txt", "given_female.txt"},
	{"lexicon/names/given_male_one_word.txt", "given_male_one_word.txt"},
	{"lexicon/names/given_female_one_word.txt", "given_female_one_word.txt"},
	{"lexicon/words/Viet74K.txt", "Viet74K.txt"},
	{"lexicon/words/LICENSE.vntk-dictionary", "LICENSE.vntk-dictionary"},
	{"world/sources/LICENSES.txt", "LICENSES.world.txt"},
}

var tables = []table{
	{"admin/units.csv", "units.csv",
		[]string{"id", "code", "name", "full_name", "type", "parent_id", "valid_from", "valid_to", "successor_ids", "aliases"},
		func(r map[string]string) {
			// The full name is left empty when it is the type word plus the name.
			if r["full_name"] == defaultFullName(r["type"], r["name"]) {
				r["full_name"] = ""
			}
			// A district, abolished on 2025-07-01, went into the communes
			// that took over its communes, not into its province.
			if s := districtSucc[r["id"]]; len(s) > 0 {
				r["successor_ids"] = strings.Join(s, "|")
			}
		}, true},
	{"lexicon/titles.csv", "titles.csv", []string{"term", "category", "abbreviation"}, nil, false},
	{"lexicon/org_patterns.csv", "org_patterns.csv", []string{"head", "category", "takes", "valid_to"}, nil, false},
	{"lexicon/ministries.csv", "ministries.csv", []string{"name", "abbreviations", "kind", "valid_from", "valid_to", "successor"}, nil, false},
	{"lexicon/abbreviations.csv", "abbreviations.csv", []string{"abbr", "expansion", "category"}, nil, false},
	{"lexicon/place_aliases.csv", "place_aliases.csv", []string{"alias", "target_full_name", "target_ids", "kind"}, nil, false},
	{"world/countries.csv", "countries.csv", []string{"iso2", "name_vi", "official_name_vi", "aliases_vi", "short_forms", "name_en", "status"}, nil, false},
	{"world/world_places.csv", "world_places.csv", []string{"name_vi", "name_original", "kind", "country", "aliases"}, nil, false},
	{"world/intl_orgs.csv", "intl_orgs.csv", []string{"name_vi", "acronyms", "name_en", "aliases", "kind"}, nil, false},
	{"world/media.csv", "media.csv", []string{"name", "aliases", "country", "kind"}, nil, false},
	{"world/sports_teams.csv", "sports_teams.csv", []string{"name", "aliases", "sport", "country", "kind"}, nil, false},
	{"world/companies.csv", "companies.csv", []string{"name", "aliases", "country", "entity_type", "tag_hint"}, nil, false},
	{"world/foreign_people.csv", "foreign_people.csv", []string{"name_vi_press", "aliases", "country", "role_vi"}, nil, false},
	{"world/foreign_surnames.csv", "foreign_surnames.csv", []string{"surname", "origin", "sino_vietnamese", "variants"}, nil, false},
	{"world/foreign_given_names.csv", "foreign_given_names.csv", []string{"name", "origin", "gender", "variants"}, nil, false},
}

// defaultFullName mirrors the loader: the type word, capitalised, before the
// name. The two long province and city types are written "Tỉnh" and "Thành phố".
func defaultFullName(typ, name string) string {
	w := typ
	switch typ {
	case "thành phố trực thuộc trung ương", "thành phố thuộc tỉnh", "thành phố thuộc thành phố trực thuộc trung ương":
		w = "thành phố"
	}
	r := []rune(w)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r) + " " + name
}

func trim(src, dst string, cols []string, fix func(map[string]string), sorted bool) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true // the notes of some shared files hold bare quotes
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %v", src, err)
	}
	idx := map[string]int{}
	for i, h := range head {
		idx[h] = i
	}
	for _, c := range cols {
		if _, ok := idx[c]; !ok {
			return fmt.Errorf("%s: no column %q", src, c)
		}
	}
	o, err := os.Create(dst)
	if err != nil {
		return err
	}
	w := csv.NewWriter(o)
	w.Write(cols)
	var rows [][]string
	row := map[string]string{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %v", src, err)
		}
		for h, i := range idx {
			row[h] = rec[i]
		}
		if fix != nil {
			fix(row)
		}
		out := make([]string, len(cols))
		for i, c := range cols {
			out[i] = row[c]
		}
		rows = append(rows, out)
	}
	if sorted {
		// The loader finds units by binary search on the ID.
		sort.SliceStable(rows, func(i, j int) bool { return rows[i][0] < rows[j][0] })
	}
	for _, r := range rows {
		w.Write(r)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return o.Close()
}

var typePrefixes = []string{"Thành phố ", "Thị trấn ", "Thị xã ", "Đặc khu ", "Phường ", "Huyện ", "Quận ", "Tỉnh ", "Xã "}

// unitNames writes the name index of the units: one row per name, with
// its other spellings (tone style, aliases) and the rows of units.csv (from
// 0, header excluded) of every unit so called. Numbered units ("Phường 1")
// are listed under their full name.
func unitNames(unitsFile, out string) error {
	f, err := os.Open(unitsFile)
	if err != nil {
		return err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return err
	}
	type group struct {
		name    string
		aliases []string
		rows    []int
	}
	var groups []*group
	byKey := map[string]*group{}
	add := func(row int, name string) {
		g := byKey[normalize.Key(name)]
		if g == nil {
			g = &group{name: name}
			byKey[normalize.Key(name)] = g
			groups = append(groups, g)
		}
		if name != g.name && !slices.Contains(g.aliases, name) {
			g.aliases = append(g.aliases, name)
		}
		if k := len(g.rows); k == 0 || g.rows[k-1] != row {
			g.rows = append(g.rows, row)
		}
	}
	for i, r := range recs[1:] {
		name, full, typ := r[2], r[3], r[4]
		if full == "" {
			full = defaultFullName(typ, name)
		}
		if isNumber(name) {
			add(i, full)
		} else {
			add(i, name)
		}
		for _, a := range strings.Split(r[9], "|") {
			if a == "" {
				continue
			}
			bare := a
			if p := strings.TrimSuffix(full, name); p != full && strings.HasPrefix(a, p) {
				bare = a[len(p):]
			} else {
				for _, p := range typePrefixes {
					if strings.HasPrefix(a, p) {
						bare = a[len(p):]
						break
					}
				}
			}
			if isNumber(bare) {
				bare = a
			}
			add(i, bare)
		}
	}
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	w := csv.NewWriter(o)
	w.Write([]string{"name", "aliases", "rows"})
	for _, g := range groups {
		rows := make([]string, len(g.rows))
		for i, r := range g.rows {
			rows[i] = strconv.Itoa(r)
		}
		w.Write([]string{g.name, strings.Join(g.aliases, "|"), strings.Join(rows, "|")})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return o.Close()
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
