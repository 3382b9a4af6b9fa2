package gazetteer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The columns of a user CSV file (and the fields of a JSON entry). Only
// kind and name are required; list columns are separated by "|".
var userColumns = []string{
	"kind", "name", "aliases", "category", "expansion", "units", "freq", "takes",
	"country", "valid_from", "valid_to", "successor", "hint", "info", "weak",
}

// ErrFrozen is returned when entries are added to the shared Default
// gazetteer; build your own with New instead.
var ErrFrozen = errors.New("gazetteer: the default gazetteer cannot be extended; use New")

// entryFromRecord builds an entry from a row of a user CSV file.
func entryFromRecord(t *table, rec []string, units func(string) *AdminUnit) (*Entry, []string, error) {
	for h := range t.cols {
		if !slices.Contains(userColumns, h) {
			return nil, nil, fmt.Errorf("unknown column %q (want %s)", h, strings.Join(userColumns, ", "))
		}
	}
	get := func(c string) string { return strings.TrimSpace(field(rec, t.col(c))) }
	ue := userEntry{
		Kind: get("kind"), Name: get("name"), Aliases: splitList(get("aliases")), Category: get("category"),
		Expansion: get("expansion"), Units: splitList(get("units")), Takes: get("takes"), Country: get("country"),
		ValidFrom: get("valid_from"), ValidTo: get("valid_to"), Successor: get("successor"), Hint: get("hint"), Info: get("info"),
	}
	if f := get("freq"); f != "" {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, nil, fmt.Errorf("bad freq %q", f)
		}
		ue.Freq = v
	}
	if w := get("weak"); w != "" {
		v, err := strconv.ParseBool(w)
		if err != nil {
			return nil, nil, fmt.Errorf("bad weak %q", w)
		}
		ue.Weak = v
	}
	return ue.entry(units)
}

// userEntry is an entry as written in a CSV or JSON file.
type userEntry struct {
	Kind      string   `json:"kind"`
	Name      string   `json:"name"`
	Aliases   []string `json:"aliases,omitempty"`
	Category  string   `json:"category,omitempty"`
	Expansion string   `json:"expansion,omitempty"`
	Units     []string `json:"units,omitempty"`
	Freq      float64  `json:"freq,omitempty"`
	Takes     string   `json:"takes,omitempty"`
	Country   string   `json:"country,omitempty"`
	ValidFrom string   `json:"valid_from,omitempty"`
	ValidTo   string   `json:"valid_to,omitempty"`
	Successor string   `json:"successor,omitempty"`
	Hint      string   `json:"hint,omitempty"`
	Info      string   `json:"info,omitempty"`
	Weak      bool     `json:"weak,omitempty"`
}

func (ue *userEntry) entry(units func(string) *AdminUnit) (*Entry, []string, error) {
	k, ok := ParseKind(ue.Kind)
	if !ok {
		return nil, nil, fmt.Errorf("unknown kind %q", ue.Kind)
	}
	takes, err := ParseTakes(ue.Takes)
	if err != nil {
		return nil, nil, err
	}
	hint, err := ParseHint(ue.Hint)
	if err != nil {
		return nil, nil, err
	}
	e := &Entry{Kind: k, Name: ue.Name, Aliases: ue.Aliases, Category: ue.Category, Expansion: ue.Expansion,
		Freq: ue.Freq, Takes: takes, Country: ue.Country, Successor: ue.Successor, Hint: hint, Info: ue.Info, Weak: ue.Weak}
	e.Class, _ = ParseClass(k, ue.Category) // a caller's category outside the closed classes is free text
	var good bool
	if e.ValidFrom, good = parseDate(ue.ValidFrom); !good {
		return nil, nil, fmt.Errorf("bad valid_from %q (want YYYY-MM-DD)", ue.ValidFrom)
	}
	if e.ValidTo, good = parseDate(ue.ValidTo); !good {
		return nil, nil, fmt.Errorf("bad valid_to %q (want YYYY-MM-DD)", ue.ValidTo)
	}
	for _, id := range ue.Units {
		u := units(id)
		if u == nil {
			return nil, nil, fmt.Errorf("unknown unit id %q", id)
		}
		e.Units = append(e.Units, u)
	}
	if err := checkEntry(e); err != nil {
		return nil, nil, err
	}
	return e, append([]string{e.Name}, e.Aliases...), nil
}

// checkEntry rejects entries that could never match.
func checkEntry(e *Entry) error {
	if e.Kind == 0 || e.Kind >= kindEnd {
		return fmt.Errorf("bad kind %d", e.Kind)
	}
	if e.Takes >= takesEnd || e.Class >= classEnd || e.Hint >= hintEnd || e.Source >= sourceEnd {
		return fmt.Errorf("entry %q: bad takes, class, hint or source", e.Name)
	}
	for _, p := range append([]string{e.Name}, e.Aliases...) {
		if len(phrasePieces(p)) == 0 {
			return fmt.Errorf("name %q has no words", p)
		}
	}
	if (e.Kind == KindUnit) && len(e.Units) == 0 {
		return fmt.Errorf("%s entry %q has no units", e.Kind, e.Name)
	}
	return nil
}

// AddEntries adds entries to g, matched by their Name and Aliases. An entry
// of kind KindUnit must list its Units. An entry whose Class is ClassNone
// gets the class its Category names, if any (ParseClass). Entries are
// copied; call AddEntries before g is used by several goroutines.
func (g *Gazetteer) AddEntries(es ...Entry) error {
	if g.frozen {
		return ErrFrozen
	}
	for i := range es {
		e := es[i]
		if err := checkEntry(&e); err != nil {
			return fmt.Errorf("gazetteer: entry %d: %w", i, err)
		}
		if e.Class == ClassNone {
			e.Class, _ = ParseClass(e.Kind, e.Category)
		}
		g.addEntry(&e, append([]string{e.Name}, e.Aliases...))
	}
	return nil
}

func (g *Gazetteer) addEntry(e *Entry, phrases []string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.over == nil {
		g.over = newIndex(64, 64)
	}
	var ps []piece
	for _, p := range phrases {
		ps = appendPhrasePieces(ps[:0], p)
		g.scratch, _ = g.over.add(e, p, ps, g.matchable(e.Kind), g.scratch)
	}
	g.over.finish()
}

// LoadCSV adds the entries of a CSV file with a header row. The columns are
// kind (unit, type_word, country, world_place, place_alias, title, org_head,
// org_name, abbrev, surname, middle_name, given_name, foreign_surname,
// foreign_given, foreign_person, person, place, city, club, person_name,
// sino_surname), name, and optionally
// aliases, category, expansion, units (unit IDs), freq, takes, country,
// valid_from, valid_to (YYYY-MM-DD), successor, hint, info and weak. Lists
// are separated by "|". Takes and hint must be values written by
// Takes.String and Hint.String; a category that names a Class (ParseClass)
// sets the entry's Class too. The entries have Source SourceUser and File
// filename. A malformed row is an error naming filename and line; no entry
// of the file is added then.
func (g *Gazetteer) LoadCSV(r io.Reader, filename string) error {
	if g.frozen {
		return ErrFrozen
	}
	var es []*Entry
	var ps [][]string
	err := readTable(r, filename, func(t *table, line int, rec []string) error {
		if t.col("kind") < 0 || t.col("name") < 0 {
			return fmt.Errorf("want columns kind and name")
		}
		e, phrases, err := entryFromRecord(t, rec, g.b.unit)
		if err != nil {
			return err
		}
		e.Source, e.File = SourceUser, filename
		es, ps = append(es, e), append(ps, phrases)
		return nil
	})
	if err != nil {
		return err
	}
	for i, e := range es {
		g.addEntry(e, ps[i])
	}
	return nil
}

// LoadJSON adds the entries of a JSON array of objects whose fields are the
// columns of LoadCSV (aliases and units as arrays of strings, freq a number,
// weak a boolean). A malformed entry is an error naming filename and line;
// no entry of the file is added then.
func (g *Gazetteer) LoadJSON(r io.Reader, filename string) error {
	if g.frozen {
		return ErrFrozen
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("%s: %w", filename, err)
	}
	lineAt := func(off int64) int {
		if off > int64(len(data)) {
			off = int64(len(data))
		}
		return 1 + bytes.Count(data[:off], []byte{'\n'})
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	tok, err := dec.Token()
	if err != nil {
		return fmt.Errorf("%s:%d: %v", filename, lineAt(dec.InputOffset()), err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return fmt.Errorf("%s:%d: want a JSON array of entries", filename, lineAt(dec.InputOffset()))
	}
	var es []*Entry
	var ps [][]string
	for dec.More() {
		off := dec.InputOffset()
		for off < int64(len(data)) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
			off++
		}
		var ue userEntry
		if err := dec.Decode(&ue); err != nil {
			return fmt.Errorf("%s:%d: %v", filename, lineAt(off), err)
		}
		e, phrases, err := ue.entry(g.b.unit)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", filename, lineAt(off), err)
		}
		e.Source, e.File = SourceUser, filename
		es, ps = append(es, e), append(ps, phrases)
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("%s:%d: %v", filename, lineAt(dec.InputOffset()), err)
	}
	for i, e := range es {
		g.addEntry(e, ps[i])
	}
	return nil
}

var _ = time.Time{}
