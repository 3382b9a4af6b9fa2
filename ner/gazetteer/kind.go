package gazetteer

import "fmt"

// Kind says what an entry is.
type Kind uint16

// The kinds of entries.
const (
	KindUnit           Kind = iota + 1 // an administrative unit name; Entry.Units holds every unit of that name
	KindTypeWord                       // a type word of a place: tỉnh, huyện, xã, thành phố, TP, sông, đường …
	KindCountry                        // a country or historical state: Việt Nam, Mỹ, Hoa Kỳ; Category is its ISO code
	KindWorldPlace                     // a foreign city, region, sea, river or continent; Category is its kind
	KindPlaceAlias                     // another name of a Vietnamese place: Sài Gòn, TP.HCM, Daklak; Units resolved
	KindTitle                          // a title or rank: Bí thư, Đại tá, GS.TS; Category from titles.csv
	KindOrgHead                        // an organisation head word or pattern: Sở, Huyện ủy, Công an tỉnh; Takes says what follows
	KindOrgName                        // a complete organisation name: Bộ Công an, Liên hợp quốc, TTXVN
	KindAbbrev                         // an abbreviation with its Expansion: HĐND, UBND, T.Ư, KT-XH
	KindSurname                        // a Vietnamese surname, with Freq
	KindMiddleName                     // a Vietnamese middle name: Văn, Thị
	KindGivenName                      // a Vietnamese given name or given-name syllable; Category male, female or both
	KindForeignSurname                 // a foreign surname; Category is its origin
	KindForeignGiven                   // a foreign given name; Category is its origin
	KindForeignPerson                  // a well-known foreign person in press spelling; Category is the country
	KindPerson                         // a person added by the user
	KindPlace                          // a place added by the user that is not an administrative unit

	// The kinds below are lists that no rule of package ner reads yet:
	// each widens recall only together with a cue or an earlier mention.
	// They are indexed on the first question about their kind (Has,
	// HasFolded, LookupKind), and Match never reports them.

	KindCity        // a city of 50,000 people or more, anywhere (GeoNames main name: Dubai, Zayed City); Country is its ISO code, Freq its population
	KindClub        // a football club, with its alternate names as Aliases (openfootball: Al Ahly, Al-Ahly, Al Ahly SC); Country is its ISO code (GB-ENG …), Info its city
	KindPersonName  // a given name or surname of any nationality, one word (Aaron, O'Brien, Björn): 38,900 names from cspell; LookupKind makes its entries anew on each call
	KindSinoSurname // a Chinese or Korean surname in its Sino-Vietnamese reading (Tập, Âu Dương, Bùi); Expansion is the romanised surname (Xi, Ouyang, Bae), Category its origin
	kindEnd
)

var kindNames = [...]string{
	KindUnit:           "unit",
	KindTypeWord:       "type_word",
	KindCountry:        "country",
	KindWorldPlace:     "world_place",
	KindPlaceAlias:     "place_alias",
	KindTitle:          "title",
	KindOrgHead:        "org_head",
	KindOrgName:        "org_name",
	KindAbbrev:         "abbrev",
	KindSurname:        "surname",
	KindMiddleName:     "middle_name",
	KindGivenName:      "given_name",
	KindForeignSurname: "foreign_surname",
	KindForeignGiven:   "foreign_given",
	KindForeignPerson:  "foreign_person",
	KindPerson:         "person",
	KindPlace:          "place",
	KindCity:           "city",
	KindClub:           "club",
	KindPersonName:     "person_name",
	KindSinoSurname:    "sino_surname",
}

// String returns the kind's name as used in the kind column of CSV files:
// "unit", "title", "org_name" ….
func (k Kind) String() string {
	if k > 0 && k < kindEnd {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint16(k))
}

// ParseKind returns the Kind named s, as written by Kind.String.
func ParseKind(s string) (Kind, bool) {
	for k := Kind(1); k < kindEnd; k++ {
		if kindNames[k] == s {
			return k, true
		}
	}
	return 0, false
}
