package gazetteer

import "time"

// An Entry is one item of a word list: a unit name, a title, a country ….
// The same Entry may be reachable from several phrases (its Name and its
// Aliases). Entries returned by a Gazetteer are shared: do not modify them.
type Entry struct {
	Kind      Kind
	Name      string       // canonical written form
	Aliases   []string     // other written forms, matched like Name
	Category  string       // title or organisation category, country ISO code, world-place kind, name origin … as text
	Class     Class        // the category as a closed class the rules test (title, type word, place, team, outlet); ClassNone for free text
	Expansion string       // what an abbreviation stands for; the full title for a title's abbreviation
	Units     []*AdminUnit // the units of a KindUnit or KindPlaceAlias entry
	Freq      float64      // the share of the population in percent, for surnames, where known; the population of a KindCity
	Takes     Takes        // for KindOrgHead: what must follow (a province, a unit, a name, a number …); TakesNothing when nothing must
	Country   string       // ISO 3166 alpha-2 code of a world place, organisation, team or person, where known
	ValidFrom time.Time    // first day the entry applied; zero when unknown or always
	ValidTo   time.Time    // last day the entry applied; zero when still valid. A year alone is read as its last day.
	Successor string       // the name that replaced an abolished organisation
	Hint      Hint         // extra class from the source: company tag_hint (HintNotOrg …), media kind, team kind, alias kind (HintEpithet …)
	Info      string       // free text: a foreign person's role, the target of a place alias, a club's city
	Weak      bool         // the phrase is more often something else (short country forms "Trung", epithets): accept it only with a cue
	Source    Source       // the word list the entry came from; SourceUser for the caller's entries
	File      string       // for SourceUser: the file name given to LoadCSV or LoadJSON; empty otherwise
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
