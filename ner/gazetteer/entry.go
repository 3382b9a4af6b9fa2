package gazetteer

import "time"

// An Entry is one item of a word list: a unit name, a title, a country ….
// The same Entry may be reachable from several phrases (its Name and its
// Aliases). Entries returned by a Gazetteer are shared: do not modify them.
type Entry struct {
	Kind      Kind
	Name      string       // canonical written form
	Aliases   []string     // other written forms, matched like Name
	Category  string       // title or organisation category, country ISO code, world-place kind, name origin …
	Expansion string       // what an abbreviation stands for; the full title for a title's abbreviation
	Units     []*AdminUnit // the units of a KindUnit or KindPlaceAlias entry
	Freq      float64      // the share of the population in percent, for surnames, where known
	Takes     string       // for KindOrgHead: what must follow (province, district, commune, unit, X = a name, number …); empty when nothing must
	Country   string       // ISO 3166 alpha-2 code of a world place, organisation, team or person, where known
	ValidFrom time.Time    // first day the entry applied; zero when unknown or always
	ValidTo   time.Time    // last day the entry applied; zero when still valid. A year alone is read as its last day.
	Successor string       // the name that replaced an abolished organisation
	Hint      string       // extra class from the source: company tag_hint (ORG, NOT_ORG, CONTEXT), media kind, alias kind (epithet …)
	Info      string       // free text: a foreign person's role, the target of a place alias
	Weak      bool         // the phrase is more often something else (short country forms "Trung", epithets): accept it only with a cue
	Source    string       // the file the entry came from
}

// ValidAt reports whether the entry applied on day t. Zero bounds are open.
func (e *Entry) ValidAt(t time.Time) bool {
	if !e.ValidFrom.IsZero() && t.Before(e.ValidFrom) {
		return false
	}
	if !e.ValidTo.IsZero() && t.After(endOfDay(e.ValidTo)) {
		return false
	}
	return true
}

func endOfDay(t time.Time) time.Time { return t.Add(24*time.Hour - time.Nanosecond) }
