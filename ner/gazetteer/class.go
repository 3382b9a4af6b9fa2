package gazetteer

import (
	"fmt"
	"strings"
)

// The closed vocabularies of the word lists — what an organisation head
// takes, the class of a title, type word or place, the hint of a source,
// and the source itself — are typed, so that the rules compare constants
// rather than strings and a misspelt value in a data file is a load error
// instead of a rule that silently never fires.

// Takes says what must follow an organisation head (KindOrgHead) for it to
// name a body: the takes column of org_patterns.csv.
type Takes uint8

// What an organisation head takes.
const (
	TakesNothing          Takes = iota // nothing: the head is a body of its own or takes a field (Ban Tuyên giáo); "" in the data
	TakesName                          // a name of its own or a parent body: Đảng ủy [Khối …], Chi bộ [X]; "X" in the data
	TakesUnit                          // an administrative unit of any level: UBND [xã Tân Dĩnh], Tòa án nhân dân [tỉnh …]
	TakesProvince                      // a province: Công an tỉnh [Lạng Sơn], Tỉnh đoàn [Bắc Giang]
	TakesCity                          // a city: Thành ủy [Hà Nội], Tòa án nhân dân cấp cao [tại Đà Nẵng]
	TakesDistrict                      // a district (abolished on 2025-07-01): Huyện ủy [Lạng Giang]
	TakesCommune                       // a commune or ward: Công an xã [Tân Dĩnh], Trạm Y tế [phường …]
	TakesMinistry                      // a ministry's field: Bộ [Y tế]
	TakesDepartment                    // a department's field: Sở [Tài chính]
	TakesNumber                        // a number: Quân khu [4], Sư đoàn [312]
	TakesNumberOrProvince              // a number or a province: Tòa án nhân dân khu vực [1 tỉnh …]; "number/province" in the data
	TakesNumberOrName                  // a number or a name: Ban Chỉ huy phòng thủ khu vực [2 …]; "number/name" in the data
	takesEnd
)

var takesNames = [...]string{
	TakesNothing:          "",
	TakesName:             "X",
	TakesUnit:             "unit",
	TakesProvince:         "province",
	TakesCity:             "city",
	TakesDistrict:         "district",
	TakesCommune:          "commune",
	TakesMinistry:         "ministry",
	TakesDepartment:       "department",
	TakesNumber:           "number",
	TakesNumberOrProvince: "number/province",
	TakesNumberOrName:     "number/name",
}

// String returns t as written in the takes column of a CSV file: "" for
// TakesNothing, "X" for TakesName, "province" ….
func (t Takes) String() string {
	if t < takesEnd {
		return takesNames[t]
	}
	return fmt.Sprintf("Takes(%d)", uint8(t))
}

// ParseTakes returns the Takes written s, as by Takes.String.
func ParseTakes(s string) (Takes, error) {
	for t := TakesNothing; t < takesEnd; t++ {
		if takesNames[t] == s {
			return t, nil
		}
	}
	return 0, fmt.Errorf("unknown takes %q (want one of %s)", s, quoteList(takesNames[1:]))
}

// A Class is the closed category of an entry that rules may test: the
// class of a title (titles.csv), of a type word (extra.csv), of a place
// (world_places.csv, extra.csv), or of a listed organisation. Entry.Category
// keeps the same value as text; Class is ClassNone where the category is
// free text (an ISO code, an origin, a caller's own category).
type Class uint8

// The classes. Titles first (the category column of titles.csv).
const (
	ClassNone             Class = iota // no closed class
	ClassParty                         // a title: a Party office, Tổng Bí thư
	ClassState                         // a title: a head of state, Chủ tịch nước
	ClassLegislature                   // a title: in the National Assembly or a council, Chủ tịch Quốc hội
	ClassGovernment                    // a title: in the government, Thủ tướng, Bộ trưởng
	ClassLocalGovernment               // a title: in a local government, Chủ tịch UBND
	ClassJudiciary                     // a title: in a court, Chánh án
	ClassProcuracy                     // a title: in a procuracy, Viện trưởng
	ClassPolicePosition                // a title: a police post, Giám đốc Công an
	ClassLegal                         // a title: in law, Luật sư
	ClassMassOrg                       // a title: in a mass organisation, Bí thư Đoàn
	ClassMilitaryRank                  // a title: a military rank, Đại tá — a rank heads no place
	ClassPoliceRank                    // a title: a police rank
	ClassMilitaryPosition              // a title: a military post, Tư lệnh
	ClassAcademicTitle                 // a title: an academic title, GS, PGS — heads no place
	ClassAcademicDegree                // a title: an academic degree, TS, ThS — heads no place
	ClassEducation                     // a title: in a school, Hiệu trưởng
	ClassHonour                        // a title: an honour, Anh hùng, NSND
	ClassMedical                       // a title: in health care, Bác sĩ
	ClassBusiness                      // a title: in a company, Giám đốc, CEO
	ClassReligious                     // a title: in a religion, Hòa thượng
	ClassDiplomatic                    // a title: in diplomacy, Đại sứ
	ClassHonorific                     // a title: a form of address, ông, bà — a cue for a name, no role
	ClassModifier                      // a title: a modifier of the title after it, Phó, Quyền, Nguyên
	ClassGeneric                       // a title: a generic office, Trưởng ban
	ClassMediaTitle                    // a title: in the press, Tổng biên tập ("media" in titles.csv)
	ClassForeignState                  // a title: of a foreign state, Tổng thống, Thủ tướng Anh
	ClassHistorical                    // a title: historical, Vua
	ClassOccupation                    // a title: an occupation, a role only for a few (roleOccupations in package ner)
	ClassLegalStatus                   // a title: a legal status, bị can, bị cáo — a cue for a name, no role

	// Type words (the category of the type_word rows of extra.csv).
	ClassAdmin      // a type word: an administrative unit, tỉnh, huyện, xã
	ClassSettlement // a type word: a settlement below the commune, thôn, ấp, bản
	ClassRegion     // a type word, place or place alias: a region, miền, Tây Nguyên
	ClassStreet     // a type word: a street, đường, phố, ngõ
	ClassRoad       // a type word: a highway, quốc lộ, cao tốc
	ClassNature     // a type word: a natural feature, sông, núi, đảo
	ClassFacility   // a type word: a built place, cảng, chùa, khu công nghiệp

	// Places (the kind column of world_places.csv and the category of the
	// place rows of extra.csv). ClassRegion above is one too.
	ClassContinent    // a place: a continent
	ClassPeninsula    // a place: a peninsula
	ClassSea          // a place: a sea
	ClassOcean        // a place: an ocean
	ClassGulf         // a place: a gulf
	ClassStrait       // a place: a strait
	ClassCanal        // a place: a canal
	ClassRiver        // a place: a river
	ClassLake         // a place: a lake
	ClassMountain     // a place: a mountain or range
	ClassDesert       // a place: a desert
	ClassAdmin1       // a place: a foreign province or state (CLDR subdivision)
	ClassCity         // a place: a foreign city
	ClassArchipelago  // a place: an archipelago
	ClassReef         // a place: a reef
	ClassIsland       // a place: an island
	ClassLandmark     // a place: a landmark, Nhà Quốc hội — may end in lower case
	ClassCapital      // a place: a capital city
	ClassBay          // a place: a bay
	ClassNationalPark // a place: a national park
	ClassTown         // a place: a town
	ClassCape         // a place: a cape
	ClassPass         // a place: a mountain pass
	ClassBridge       // a place: a bridge
	ClassAirport      // a place: an airport

	// Organisations (set by the loaders of their lists).
	ClassSportsTeam // an organisation: a sports team (sports_teams.csv)
	ClassMedia      // an organisation: a news outlet (media.csv)
	classEnd
)

var classNames = [...]string{
	ClassNone: "", ClassParty: "party", ClassState: "state", ClassLegislature: "legislature",
	ClassGovernment: "government", ClassLocalGovernment: "local_government", ClassJudiciary: "judiciary",
	ClassProcuracy: "procuracy", ClassPolicePosition: "police_position", ClassLegal: "legal",
	ClassMassOrg: "mass_org", ClassMilitaryRank: "military_rank", ClassPoliceRank: "police_rank",
	ClassMilitaryPosition: "military_position", ClassAcademicTitle: "academic_title",
	ClassAcademicDegree: "academic_degree", ClassEducation: "education", ClassHonour: "honour",
	ClassMedical: "medical", ClassBusiness: "business", ClassReligious: "religious",
	ClassDiplomatic: "diplomatic", ClassHonorific: "honorific", ClassModifier: "modifier",
	ClassGeneric: "generic", ClassMediaTitle: "media", ClassForeignState: "foreign_state",
	ClassHistorical: "historical", ClassOccupation: "occupation", ClassLegalStatus: "legal_status",

	ClassAdmin: "admin", ClassSettlement: "settlement", ClassRegion: "region", ClassStreet: "street",
	ClassRoad: "road", ClassNature: "nature", ClassFacility: "facility",

	ClassContinent: "continent", ClassPeninsula: "peninsula", ClassSea: "sea", ClassOcean: "ocean",
	ClassGulf: "gulf", ClassStrait: "strait", ClassCanal: "canal", ClassRiver: "river", ClassLake: "lake",
	ClassMountain: "mountain", ClassDesert: "desert", ClassAdmin1: "admin1", ClassCity: "city",
	ClassArchipelago: "archipelago", ClassReef: "reef", ClassIsland: "island", ClassLandmark: "landmark",
	ClassCapital: "capital", ClassBay: "bay", ClassNationalPark: "national_park", ClassTown: "town",
	ClassCape: "cape", ClassPass: "pass", ClassBridge: "bridge", ClassAirport: "airport",

	ClassSportsTeam: "sports_team", ClassMedia: "media",
}

// String returns the class as written in the category column: "modifier",
// "admin", "landmark" …; "" for ClassNone.
func (c Class) String() string {
	if c < classEnd {
		return classNames[c]
	}
	return fmt.Sprintf("Class(%d)", uint8(c))
}

// fits reports whether an entry of kind k may have class c.
func (c Class) fits(k Kind) bool {
	place := k == KindWorldPlace || k == KindPlace || k == KindPlaceAlias
	switch {
	case c >= ClassParty && c <= ClassLegalStatus:
		return k == KindTitle
	case c == ClassRegion:
		return k == KindTypeWord || place
	case c >= ClassAdmin && c <= ClassFacility:
		return k == KindTypeWord
	case c >= ClassContinent && c <= ClassAirport:
		return place
	case c == ClassSportsTeam || c == ClassMedia:
		return k == KindOrgName || k == KindOrgHead
	}
	return false
}

// ParseClass returns the class of an entry of kind k whose category is s.
// It reports false when s is not empty and names no class of k: for a
// kind with a closed vocabulary (title, type_word, world_place, place,
// place_alias) in the embedded data that is a load error, while a caller's
// own entries may carry any category and simply have ClassNone.
func ParseClass(k Kind, s string) (Class, bool) {
	if s == "" {
		return ClassNone, true
	}
	for c := ClassNone + 1; c < classEnd; c++ {
		if classNames[c] == s && c.fits(k) {
			return c, true
		}
	}
	return ClassNone, false
}

// closedClass reports whether the category of an entry of kind k must
// name a class in the embedded data.
func closedClass(k Kind) bool {
	switch k {
	case KindTitle, KindTypeWord, KindWorldPlace, KindPlace, KindPlaceAlias:
		return true
	}
	return false
}

// A Hint is an extra closed class given by a source: a company's tag
// hint, a news outlet's medium, a team's kind, a place alias's kind, a
// country's status, a foreign given name's gender, or a short form made
// by the loader.
type Hint uint8

// The hints.
const (
	HintNone Hint = iota // no hint

	HintORG     // a company that is always an organisation (companies.csv tag_hint "ORG")
	HintNotOrg  // a brand or product, never tagged as an organisation ("NOT_ORG")
	HintContext // a company name that is an organisation only in context ("CONTEXT")

	HintNewsAgency // a news agency (media.csv kind)
	HintNewspaper  // a newspaper
	HintOnline     // an online outlet
	HintMagazine   // a magazine
	HintTV         // a television channel
	HintRadio      // a radio station
	HintStreaming  // a streaming service
	HintAggregator // a news aggregator

	HintClub         // a club (sports_teams.csv kind)
	HintClubDefunct  // a club that no longer exists
	HintNationalTeam // a national team, which is its country in a text

	HintAbbreviation    // an abbreviation of the place (place_aliases.csv kind): TP.HCM
	HintEnglish         // the English name of the place
	HintInformal        // an informal name
	HintEpithet         // an epithet, Thủ đô ngàn năm văn hiến: a weak cue
	HintBare            // the name without its type word
	HintHistorical      // a historical name of a place, a historical country or person
	HintVariant         // another form of the name
	HintVariantSpelling // another spelling: Daklak
	HintToneVariant     // another tone-mark placement
	HintRegion          // a region named after the place

	HintCurrent // a current country (countries.csv status); the others are HintHistorical

	HintMale   // a man's given name (foreign_given_names.csv gender "m")
	HintFemale // a woman's given name ("f")
	HintUnisex // a given name for both ("u")

	HintShortForm // a short form of a country made by the loader: Trung, Mỹ as parts
	HintShortName // a short name of a team made by the loader: Hà Nội for Hà Nội FC
	hintEnd
)

var hintNames = [...]string{
	HintNone: "", HintORG: "ORG", HintNotOrg: "NOT_ORG", HintContext: "CONTEXT",
	HintNewsAgency: "news_agency", HintNewspaper: "newspaper", HintOnline: "online", HintMagazine: "magazine",
	HintTV: "tv", HintRadio: "radio", HintStreaming: "streaming", HintAggregator: "aggregator",
	HintClub: "club", HintClubDefunct: "club_defunct", HintNationalTeam: "national_team",
	HintAbbreviation: "abbreviation", HintEnglish: "english", HintInformal: "informal", HintEpithet: "epithet",
	HintBare: "bare", HintHistorical: "historical", HintVariant: "variant", HintVariantSpelling: "variant_spelling",
	HintToneVariant: "tone_variant", HintRegion: "region", HintCurrent: "current",
	HintMale: "m", HintFemale: "f", HintUnisex: "u", HintShortForm: "short_form", HintShortName: "short_name",
}

// String returns the hint as written in the data: "NOT_ORG", "club",
// "epithet" …; "" for HintNone.
func (h Hint) String() string {
	if h < hintEnd {
		return hintNames[h]
	}
	return fmt.Sprintf("Hint(%d)", uint8(h))
}

// ParseHint returns the hint written s, as by Hint.String.
func ParseHint(s string) (Hint, error) {
	for h := HintNone; h < hintEnd; h++ {
		if hintNames[h] == s {
			return h, nil
		}
	}
	return 0, fmt.Errorf("unknown hint %q (want one of %s)", s, quoteList(hintNames[1:]))
}

// A Source says which word list an entry came from.
type Source uint8

// The sources. The embedded files are described in data/PROVENANCE.md.
const (
	SourceUser              Source = iota // the caller: AddEntries, LoadCSV, LoadJSON; Entry.File names the file
	SourceUnits                           // units.csv and unit_names.csv: administrative units of both eras
	SourceAbbreviations                   // abbreviations.csv
	SourceCompanies                       // companies.csv
	SourceCountries                       // countries.csv
	SourceExtra                           // extra.csv: hand-made type words, places, titles …
	SourceForeignGivenNames               // foreign_given_names.csv
	SourceForeignPeople                   // foreign_people.csv
	SourceForeignSurnames                 // foreign_surnames.csv
	SourceGivenNames                      // given_male.txt, given_female.txt and their one-word lists
	SourceIntlOrgs                        // intl_orgs.csv: international organisations
	SourceMedia                           // media.csv
	SourceMiddleNames                     // middle_names.csv
	SourceMinistries                      // ministries.csv
	SourceOrgPatterns                     // org_patterns.csv: organisation heads
	SourcePlaceAliases                    // place_aliases.csv
	SourceSportsTeams                     // sports_teams.csv
	SourceSurnames                        // surnames.csv
	SourceTitles                          // titles.csv
	SourceWorldPlaces                     // world_places.csv
	SourceCities                          // cities.csv: GeoNames cities of 50,000 people or more
	SourceClubs                           // clubs.csv: openfootball clubs
	SourcePersonNames                     // person_names.txt: cspell people names
	SourceSinoSurnames                    // sino_surnames.csv: the Sino-Vietnamese forms of foreign_surnames.csv
	sourceEnd
)

var sourceNames = [...]string{
	SourceUser: "user", SourceUnits: "units.csv", SourceAbbreviations: "abbreviations.csv",
	SourceCompanies: "companies.csv", SourceCountries: "countries.csv", SourceExtra: "extra.csv",
	SourceForeignGivenNames: "foreign_given_names.csv", SourceForeignPeople: "foreign_people.csv",
	SourceForeignSurnames: "foreign_surnames.csv", SourceGivenNames: "given names",
	SourceIntlOrgs: "intl_orgs.csv", SourceMedia: "media.csv", SourceMiddleNames: "middle_names.csv",
	SourceMinistries: "ministries.csv", SourceOrgPatterns: "org_patterns.csv",
	SourcePlaceAliases: "place_aliases.csv", SourceSportsTeams: "sports_teams.csv",
	SourceSurnames: "surnames.csv", SourceTitles: "titles.csv", SourceWorldPlaces: "world_places.csv",
	SourceCities: "cities.csv", SourceClubs: "clubs.csv", SourcePersonNames: "person_names.txt",
	SourceSinoSurnames: "sino_surnames.csv",
}

// String returns the name of the source's file ("intl_orgs.csv"), "given
// names" for the given-name lists, or "user".
func (s Source) String() string {
	if s < sourceEnd {
		return sourceNames[s]
	}
	return fmt.Sprintf("Source(%d)", uint8(s))
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
