package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
)

// role parses a title or rank at token i with the organisation or place
// that completes it: "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Lạng Giang",
// "Tổng thống Mỹ", "Đại tá". It returns its end, or i. A title in the
// plural or with "một" and no holder after it is generic, no ROLE
// (ANNOTATION.md): "các Đại biểu [Quốc hội]", "một Đại biểu [Đảng Lao
// động]"; what nests in it stays.
func (p *parse) role(i int) int {
	mk := p.mark()
	e := p.roleAt(i)
	if e > i && (genericWords[p.key(i-1)] || genericWords[p.keyN(i-2, 2)]) && !p.holderAt(e) {
		kept := slices.DeleteFunc(p.cands[mk:], func(c cand) bool { return c.typ == ROLE && c.from == i })
		p.cands = p.cands[:mk+len(kept)]
	}
	return e
}

// genericWords before a title make it generic: plurals and "một".
var genericWords = set("các", "những", "một", "một số", "nhiều", "mấy", "vài", "mọi", "hai", "ba", "bốn", "năm")

// roleAt parses the role at i for role.
func (p *parse) roleAt(i int) int {
	k, ok := p.titleStart(i)
	if !ok {
		return i
	}
	// Of the titles that start at k, the one that leaves room for a named
	// organisation wins: "Chủ tịch [HĐND huyện Lạng Giang]" rather than the
	// listed title "Chủ tịch HĐND" and a bare place.
	titles := p.titlesAt(k)
	if len(titles) == 0 {
		return i
	}
	// "Đại sứ quán" is an organisation, not the title "Đại sứ".
	if om, _, ok := p.longest(k, gazetteer.KindOrgHead, gazetteer.KindOrgName); ok && om.To > titles[0].m.To {
		return i
	}
	if n, _ := p.orgHead(k); k+n > titles[0].m.To {
		return i
	}
	if t := titles[0]; legislators[p.keyN(k, t.m.To-k)] && partyHeads[p.key(t.m.To)] {
		// "[Nghị sĩ] [Đảng Lao động]": a legislator's party is the
		// holder's affiliation, not the body of the title.
		p.add(i, t.m.To, ROLE, "role", prioRole)
		return t.m.To
	}
	if e := p.roleWithOrg(i, k, titles); e > i {
		return e
	}
	t := titles[0]
	end := p.roleRest(t, t.m.To)
	c := p.add(i, end, ROLE, "role", prioRole)
	if c != nil && t.e.Expansion != "" && t.m.To == end {
		c.expansion = t.e.Expansion
	}
	return end
}

// titleStart returns where the title proper starts after the modifiers
// at i (Phó, Nguyên, Quyền, Ủy viên …), and whether a role may start at i
// at all: "nguyên", "cựu" (former) stay outside the role after them, and a
// lower-case title is a role only in apposition to a name.
func (p *parse) titleStart(i int) (int, bool) {
	if p.covered(i) || formerWords[p.key(i)] {
		return i, false
	}
	k := i
	for {
		mm, ee, ok := p.longest(k, gazetteer.KindTitle)
		if !ok || !roleTitle(ee) {
			return i, false
		}
		if ee.Class != gazetteer.ClassModifier {
			break
		}
		if _, _, ok := p.longest(mm.To, gazetteer.KindTitle); !ok {
			return i, false
		}
		k = mm.To
	}
	if !p.isCap(i) && p.kind(i) != normalize.Abbrev && p.text(i-1) != "," && !p.lowerRole(i, k) {
		return i, false
	}
	return k, true
}

// lowerRole reports whether the lower-case title at k (after the
// modifiers from i) is a role: after "vị" ("vị ngoại trưởng này"), or
// right before its holder's name, with the holder's country between or
// not ("tổng thống Trump", "thủ tướng Anh Theresa May"). Elsewhere a
// lower-case title is the office, not a person's role: "bầu cử tổng
// thống".
func (p *parse) lowerRole(i, k int) bool {
	titles := p.titlesAt(k)
	if len(titles) == 0 {
		return false
	}
	if p.key(i-1) == "vị" {
		return true
	}
	j := titles[0].m.To
	if p.startsCountry(j) || p.regionAbroad(j, j+1) {
		j = p.nameRun(j, 1) // "đội trưởng Scotland [Rory Hughes]"
	}
	return p.holderAt(j)
}

// holderAt reports whether a person's name starts at j: a Vietnamese name
// with its surname, a known foreign person, or a foreign name.
func (p *parse) holderAt(j int) bool {
	if !p.isCap(j) || p.startsOrgOrTitle(j) {
		return false
	}
	if _, _, ok := p.longest(j, gazetteer.KindForeignPerson, gazetteer.KindPerson); ok {
		return true
	}
	e := p.nameRun(j, 4)
	return p.personAt(j) || p.foreignSpelled(j, e) && !p.startsPlace(j) && (e-j >= 2 || p.g.Has(gazetteer.KindForeignSurname, p.text(j)) || p.g.Has(gazetteer.KindForeignGiven, p.text(j)))
}

// roleWithOrg parses a role whose title holds or is followed by an
// organisation, which nests in the role: "Trưởng [Công an xã Cam Lâm]",
// "Phó Trưởng [phòng Tham mưu Công an TP.HCM]", "Ủy viên [Bộ Chính trị]",
// "Bộ trưởng [Bộ Y tế]". It returns the role's end, or i.
func (p *parse) roleWithOrg(i, k int, titles []titleMatch) int {
	// A listed title that holds the start of an organisation.
	for k2 := k + 1; k2 < titles[0].m.To; k2++ {
		if !p.isCap(k2) && !subunits[p.key(k2)] {
			continue
		}
		n := p.mark()
		if e := p.orgIn(k2, true); e > titles[0].m.To || e == titles[0].m.To && p.headAt(k2) {
			p.add(i, e, ROLE, "role-org", prioRole)
			return e
		}
		p.reset(n)
	}
	for _, t := range titles {
		if p.surnameCompany(t, t.m.To) {
			continue // "Giáo sư [Ford]": a scholar's name, no firm
		}
		n := p.mark()
		if e := p.org(t.m.To); e > t.m.To {
			p.add(i, e, ROLE, "role-org", prioRole)
			return e
		}
		p.reset(n)
	}
	return i
}

// roleRest returns the end of a role whose title t ends at end, with what
// completes it: a ministry's field or a team ("Bộ trưởng Ngoại giao",
// "HLV trưởng đội tuyển Việt Nam"), a body with no name of its own
// ("Huyện ủy", "UBND tỉnh"), or a country or place.
func (p *parse) roleRest(t titleMatch, end int) int {
	if f := p.ministryField(end); f > end {
		end = f
	} else if f := p.titleField(end); f > end {
		end = f
	}
	if p.keyN(end, 2) == keyDoiTuyen {
		if n := end + 2; p.startsCountry(n) { // "HLV trưởng đội tuyển [Việt Nam]"
			end = p.loc(n, true)
		}
	}
	switch {
	case p.bareBody(end) > end:
		end = p.bareBody(end)
		if le := p.placeAfterHead(end, ""); le > end {
			end = le
		}
	case p.hcm(end):
	case p.nameAhead(end):
		// "Bộ trưởng Tài chính [Hồ Đức Phớc]": the holder's name, even when
		// its surname is also a place or a type word.
	case t.e.Class != gazetteer.ClassMilitaryRank && t.e.Class != gazetteer.ClassAcademicTitle && t.e.Class != gazetteer.ClassAcademicDegree:
		if _, _, ok := p.longest(end, gazetteer.KindCountry, gazetteer.KindWorldPlace, gazetteer.KindTypeWord); ok {
			if le := p.loc(end, true); le > end {
				end = le
			}
		}
	}
	// "Chủ tịch UBND tỉnh [Nguyễn Văn A]": the type word of a bare body.
	if bareBodies[p.key(end-1)] && p.shape(end) == normalize.Lower && (!p.isCap(end+1) || p.personAt(end+1)) {
		if _, _, ok := p.longest(end, gazetteer.KindTypeWord); ok {
			end++
		}
	}
	return end
}

// roleTitle reports whether a title entry may head a ROLE: honorifics,
// legal statuses and occupations are cues for a name, not roles.
func roleTitle(e *gazetteer.Entry) bool {
	switch e.Class {
	case gazetteer.ClassHonorific, gazetteer.ClassLegalStatus:
		return false
	case gazetteer.ClassOccupation:
		return roleOccupations[normalize.Key(e.Name)]
	case gazetteer.ClassLegal, gazetteer.ClassMedical, gazetteer.ClassMediaTitle:
		return !professions[normalize.Key(e.Name)]
	}
	return true
}

type titleMatch struct {
	m gazetteer.Match
	e *gazetteer.Entry
}

// titlesAt returns the role titles that start at token k, longest first.
func (p *parse) titlesAt(k int) []titleMatch {
	var out []titleMatch
	for _, m := range p.at(k) {
		var first *gazetteer.Entry
		for _, e := range m.Entries {
			if e.Kind != gazetteer.KindTitle || !roleTitle(e) || e.Class == gazetteer.ClassModifier {
				continue
			}
			if first == nil {
				first = e
			}
			// An abbreviation several titles share ("TT." is Tổng
			// thống and Thượng tọa) is the monk's before a dharma name:
			// "TT. Thích Nhật Từ".
			if e.Class == gazetteer.ClassReligious && p.dharmaNameAfter(m.To) {
				first = e
				break
			}
			if p.shape(k) != normalize.Upper {
				break // a title spelled out is one title
			}
		}
		if first != nil {
			out = append(out, titleMatch{m, first})
		}
	}
	slices.SortStableFunc(out, func(a, b titleMatch) int { return b.m.To - a.m.To })
	return out
}

// dharmaNameAfter reports whether a Buddhist dharma name ("Thích …")
// starts at j, after the dot that closes an abbreviation.
func (p *parse) dharmaNameAfter(j int) bool {
	if p.text(j) == "." {
		j++
	}
	return p.key(j) == "thích" && p.isCap(j) && p.isCap(j+1)
}

// bareBody returns the end of a body with no name of its own at j — "Huyện
// ủy", "Chính phủ", "UBND tỉnh" — or j.
func (p *parse) bareBody(j int) int {
	for n := 4; n >= 1; n-- {
		if bareBodies[p.keyN(j, n)] && (p.isCap(j) || p.key(j) == "nước") {
			e := j + n
			// "UBND tỉnh", "HĐND huyện": a type word with no name after it.
			if _, _, ok := p.longest(e, gazetteer.KindTypeWord); ok && p.shape(e) == normalize.Lower && (!p.isCap(e+1) || p.personAt(e+1)) {
				e++
			}
			return e
		}
	}
	return j
}

// titleField returns the end of a field written in capitals right after
// a title, which completes it: "Giám đốc [Thương mại]", "Bộ trưởng
// [Doanh nghiệp]", or j. The field is a dictionary word, not a name.
func (p *parse) titleField(j int) int {
	if !p.isCap(j) || p.shape(j) != normalize.Title || plurals[p.key(j)] || p.startsPlace(j) || p.personAt(j) ||
		p.g.Has(gazetteer.KindSurname, p.text(j)) || p.startsOrgOrTitle(j) {
		return j
	}
	for n := 3; n >= 2; n-- {
		if p.kind(j+n-1) == normalize.Word && p.g.IsWord(p.keyN(j, n)) {
			return j + n
		}
	}
	return j
}

// nameAfterTitle tags the name right after a title as a person: "Đại tá
// [Nguyễn Văn A]", "Thủ tướng [Phạm Minh Chính]", "Tổng thống [Putin]".
func (p *parse) nameAfterTitle(j int) int {
	if !p.isCap(j) || p.startsOrgOrTitle(j) && !p.scholarAt(j) || p.lineStart(j) || p.cueOpensAt(j) {
		return j // a title ending a headline holds no name on the next line
	}
	if _, pe, ok := p.longest(j, placeKinds...); ok && !pe.Weak && !p.isPersonLike(j, p.nameRun(j, 4)) && !p.hcm(j) {
		return j
	}
	e := p.personRun(j)
	if e == j+1 && p.wordAt(j) && p.orgHeadEndsAt(j) {
		return j // "Chủ tịch Ủy ban [Quốc gia]": the body's name, no person
	}
	j = p.foreignLead(j, e)
	if e > j {
		p.add(j, e, PER, "per-after-title", prioPerCue)
	}
	return e
}

// typeWordAlone reports whether a capitalised type word at j names
// nothing after it: "ông [Hạt] ," is a man, not a county.
func (p *parse) typeWordAlone(j int) bool {
	m, _, ok := p.longest(j, gazetteer.KindTypeWord)
	if !ok || m.To != j+1 || p.shape(j) != normalize.Title || p.isCap(j+1) || p.kind(j+1) == normalize.Number {
		return false
	}
	_, _, other := p.longest(j, gazetteer.KindOrgHead, gazetteer.KindOrgName, gazetteer.KindTitle)
	return !other
}

// orgHeadEndsAt reports whether an organisation head ends right before
// token j: "Ủy ban", "Hội đồng", "Công ty".
func (p *parse) orgHeadEndsAt(j int) bool {
	if committees[p.keyN(j-2, 2)] {
		return true
	}
	for k := max(j-3, 0); k < j; k++ {
		if n, _ := p.orgHead(k); n > 0 && k+n == j {
			return true
		}
	}
	return false
}

// startsOrgOrTitle reports whether an organisation head or title starts at i.
func (p *parse) startsOrgOrTitle(i int) bool {
	_, _, ok := p.longest(i, gazetteer.KindOrgHead, gazetteer.KindOrgName, gazetteer.KindTitle, gazetteer.KindTypeWord)
	if !ok {
		n, _ := p.orgHead(i)
		ok = n > 0
	}
	return ok
}

// personRun returns the end of a person's name starting at j: up to four
// capitalised syllables (a hyphenated foreign part counts as one).
func (p *parse) personRun(j int) int {
	max := 4
	if t := p.text(j); t == "Y" || strings.HasPrefix(t, "H'") || strings.HasPrefix(t, "H’") {
		max = 5 // Ê Đê names run longer: "Y Thanh Hà Niê Kđăm"
	}
	e := p.nameRun(j, max)
	// Lower-case particles inside foreign names: "Ursula von der Leyen".
	for e > j && e < len(p.toks) && nameParticles[p.key(e)] && isASCII(p.text(j)) {
		k := e
		for k < len(p.toks) && nameParticles[p.key(k)] {
			k++
		}
		if !p.isCap(k) {
			break
		}
		e = p.nameRun(k, 2)
	}
	e = p.initialDot(j, e)
	// A trailing known place is not part of the name: "Nguyễn Văn A Hà Nội".
	for k := j + 3; k < e; k++ {
		if p.startsPlace(k) && !p.g.Has(gazetteer.KindGivenName, p.text(k)) {
			return k
		}
	}
	return e
}

// initialDot returns the end of the name [j, e) with the dot of a final
// initial, "Lê Văn T. cho biết", or e. A dot at the end of a line or
// before a capital ends the sentence instead: "ông Nguyễn Văn A.".
func (p *parse) initialDot(j, e int) int {
	if e > j && p.text(e) == "." && p.toks[e].Start == p.toks[e-1].End && p.kind(e-1) == normalize.Word &&
		utf8.RuneCountInString(p.text(e-1)) == 1 && p.isCap(e-1) &&
		e+1 < len(p.toks) && !p.lineStart(e+1) && !p.isCap(e+1) {
		return e + 1
	}
	return e
}

// personCueAt reports whether a person cue word ends at token i.
func (p *parse) personCueAt(i int) bool {
	if i < 0 {
		return false
	}
	return personCues[p.key(i)] || i > 0 && personCues[p.key(i-1)+" "+p.key(i)]
}

// cuedPerson parses a cue word and the name after it: "ông [Cần]", "Đồng
// chí [Tạ Huy Cần]", "bị cáo [Nguyễn Văn A]". It returns the end, or i.
func (p *parse) cuedPerson(i int) int {
	n := 0
	switch {
	case !p.is(i, classPersonCue):
		return i
	case personCues[p.keyN(i, 2)]:
		n = 2
	case personCues[p.key(i)]:
		n = 1
	default:
		return i
	}
	j := i + n
	if !p.isCap(j) || p.titleCaseBefore(j) {
		return i
	}
	if m, e, ok := p.longest(i, placeKinds...); ok && m.To > j && !e.Weak && p.isCap(i) && !p.toks[i].SentenceStart {
		return i // "từ Bà Rịa", "núi Bà Đen": the form of address opens a place's name
	}
	// "Anh" before a name is the honorific; "bà Rịa" no: honorifics are
	// followed by a name that is not a known place.
	if m, e, ok := p.longest(j, placeKinds...); ok && !e.Weak && e.Kind != gazetteer.KindUnit && !p.isPersonLike(j, p.nameRun(j, 4)) && m.To >= p.nameRun(j, 4) {
		return i
	}
	// "sinh viên [TP.HCM]", "học sinh [Hà Nội]": after a cue that is no
	// form of address, a province is the place the people come from.
	if m, e, ok := p.longest(j, placeKinds...); ok && !honorifics[p.keyN(i, n)] && p.provinceName(e) && m.To >= p.nameRun(j, 4) {
		return i
	}
	if p.startsOrgOrTitle(j) && !p.personAt(j) && !(honorifics[p.keyN(i, n)] && p.typeWordAlone(j)) {
		return i
	}
	// "Bác Hồ" is a fixed name, honorific included.
	if p.key(i) == keyBac && p.key(j) == keyHo && !p.isCap(j+1) && p.isCap(i) {
		p.add(i, j+1, PER, "per-bac-ho", prioPerCue)
		return j + 1
	}
	if p.capsLine(j) && (p.capsLine(i) || !p.personAt(j)) {
		return i // a headline in capitals: "NGHI PHẠM SÁT HẠI …" names no one
	}
	e := p.personRun(j)
	if e == j+1 && p.key(j) == keyViet {
		return i // "học sinh Việt": the adjective Việt, no name (ANNOTATION.md)
	}
	p.add(j, e, PER, "per-cue", prioPerCue)
	return e
}

// person parses a name with no cue before it: a surname and given names
// ("Tạ Huy Cần"), a listed foreign person, or a foreign name whose parts are
// known foreign names. It returns the end, or i.
func (p *parse) person(i int) int {
	if !p.isCap(i) || p.titleCaseBefore(i) || p.cueOpensAt(i) || p.orgNounBefore(i) || p.orgNounBefore(i-1) && p.capBefore(i) && !p.covered(i-1) {
		return i // "[Tờ] Washington Examiner", "hãng [Jaguar Land Rover]": an organisation's
	}
	if m, _, ok := p.longest(i, gazetteer.KindForeignPerson, gazetteer.KindPerson); ok && p.capSpan(i, m.To) {
		p.add(i, m.To, PER, "per-known", prioPerSurname)
		return m.To
	}
	e := p.nameRun(i, 4)
	if p.capsLine(i) {
		return i // headlines in capitals
	}
	if p.hcm(i) {
		p.add(i, i+3, PER, "per-hcm", prioPerCue)
		return i + 3
	}
	if personCues[p.key(i)] {
		return i
	}
	// A two-syllable place ("Hà Đông", "Sơn Trà") is the place unless a cue
	// says otherwise; longer names ("Nguyễn Thị Minh Khai") are people.
	if pm, pe, ok := p.longest(i, placeKinds...); ok && !pe.Weak && pm.To >= e && e-i <= 2 {
		return i
	}
	if pe := p.placeThenName(i, e); pe > i {
		return pe
	}
	if p.g.Has(gazetteer.KindSurname, p.text(i)) && e-i >= 2 {
		if p.toks[i].SentenceStart && !p.givenNames(i+1, e) && !(e-i == 3 && p.g.Has(gazetteer.KindMiddleName, p.text(i+1))) {
			return i
		}
		if p.capBefore(i) {
			return i
		}
		e = p.initialDot(i, e)
		p.add(i, e, PER, "per-surname", prioPerSurname)
		return e
	}
	return p.nameWithoutSurname(i, e)
}

// placeThenName parses a place of two syllables or more that a full
// Vietnamese name follows in one capitalised run, "tân bí thư của [Lâm
// Đồng] [Nguyễn Văn Đẳng]", as the place and the person; it returns the
// end, or i.
func (p *parse) placeThenName(i, e int) int {
	pm, pe, ok := p.longest(i, placeKinds...)
	if !ok || pe.Weak || pm.To-i < 2 || pm.To >= e || !p.g.Has(gazetteer.KindSurname, p.text(pm.To)) || p.startsPlace(pm.To) {
		return i
	}
	ne := p.nameRun(pm.To, 4)
	if ne-pm.To < 2 {
		return i
	}
	c := p.add(i, pm.To, LOC, "loc-known", prioLocTyped)
	p.attachUnit(c, pe, "", i, pm.To)
	p.add(pm.To, ne, PER, "per-surname", prioPerSurname)
	return ne
}

// nameWithoutSurname parses the capitalised run [i, e) that has no
// surname before it as a person's name when what surrounds it says so: a
// title in apposition, an age, given names standing alone, a foreign name,
// a given name before what people do. It returns the end, or i.
func (p *parse) nameWithoutSurname(i, e int) int {
	// Apposition: a name followed by ", <title>".
	if e-i >= 2 && e-i <= 4 && p.text(e) == "," && p.givenNames(i, e) && !p.toks[i].SentenceStart {
		if _, t, ok := p.longest(e+1, gazetteer.KindTitle); ok && !minorTitle(t) {
			p.add(i, e, PER, "per-apposition", prioPerSurname)
			return e
		}
	}
	// An age or a birth year in brackets: "Lò Văn Tình (32 tuổi)".
	if e-i >= 2 && p.ageAfter(e) {
		p.add(i, e, PER, "per-age", prioPerSurname)
		return e
	}
	// Two given names standing alone mid-sentence, as news calls players
	// and artists: "Quang Hải", "Công Phượng". Anything the lists know as a
	// place or an organisation is left alone.
	if e-i == 2 && !p.toks[i].SentenceStart && p.givenNames(i, e) && !p.startsPlace(i) && !p.startsPlace(i+1) && !p.startsOrgOrTitle(i) && p.shape(i) == normalize.Title && p.shape(i+1) == normalize.Title {
		p.add(i, e, PER, "per-given", prioPerForeign)
		return e
	}
	if e-i >= 2 && p.foreignName(i, e) {
		if p.compassBefore(i) {
			p.add(i, e, LOC, "loc-compass", prioLocCue) // "cách nam [Punta Eugenia]"
			return e
		}
		if k := p.secondForeignName(i, e); k > i {
			p.add(i, k, PER, "per-foreign", prioPerForeign) // "Sebastian Vettel [Valtteri Bottas]"
			i = k
		}
		p.add(p.foreignLead(i, e), e, PER, "per-foreign", prioPerForeign)
		return e
	}
	// A given name alone opening a clause, as court and police news call
	// the accused after the first mention: "Tại cơ quan công an, [Tình]
	// khai nhận …", "[Bảo] dùng dao đâm …". Only before what people do.
	if e == i+1 && p.shape(i) == normalize.Title && p.text(i-1) == "," && (personPredicates[p.key(i+1)] || personPredicates[p.keyN(i+1, 2)] || personPredicates[p.keyN(i+1, 3)]) {
		if p.g.Has(gazetteer.KindGivenName, p.text(i)) && !p.startsPlace(i) && !p.startsOrgOrTitle(i) && !p.wordAt(i) {
			p.add(i, e, PER, "per-given-verb", prioPerForeign)
			return e
		}
	}
	return i
}

// givenNames reports whether every token of [i, j) is a known Vietnamese
// middle or given name syllable.
func (p *parse) givenNames(i, j int) bool {
	for k := i; k < j; k++ {
		t := p.text(k)
		if !p.g.Has(gazetteer.KindGivenName, t) && !p.g.Has(gazetteer.KindMiddleName, t) {
			return false
		}
	}
	return i < j
}

// foreignName reports whether [i, j) reads as a foreign person's name:
// written without Vietnamese diacritics, with a known foreign given name or
// surname among its parts, and not a known place.
func (p *parse) foreignName(i, j int) bool {
	if p.startsOrgOrTitle(i) || p.insidePlace(i) || p.foldedPlace(i, j) {
		return false
	}
	if p.toks[i].SentenceStart && p.g.IsWord(p.key(i)) {
		return false // "Theo Reuters": a Vietnamese word opening the sentence
	}
	if placePrefixes[p.key(i)] || placeSuffixes[p.key(j-1)] {
		return false // "West Virginia", "John Street", "Grayson Mews": places
	}
	// Known: a part is a foreign given name or surname, or every part of
	// two or more is in the list of people's names ("Wayde Sims"), which
	// alone is too wide: it holds "Pay" and "Games".
	known, names := false, j-i >= 2
	for k := i; k < j; k++ {
		t := p.text(k)
		if !isASCII(t) && !nonVietnamese(t) {
			return false // Vietnamese letters: not a foreign name
		}
		if !known && (p.g.Has(gazetteer.KindForeignGiven, t) || p.g.Has(gazetteer.KindForeignSurname, t)) {
			known = true
		}
	}
	for k := i; !known && names && k < j; k++ {
		names = p.g.Has(gazetteer.KindPersonName, p.text(k))
	}
	known = known || names
	// A known place inside the name makes it a place, unless the name
	// opens with a foreign given name that is no place: "Lewis Hamilton".
	givenFirst := p.g.Has(gazetteer.KindForeignGiven, p.text(i)) && !p.startsPlace(i)
	if known && j-i == 2 && p.g.Has(gazetteer.KindForeignGiven, p.text(i)) && !p.startsPlace(i+1) &&
		(p.g.Has(gazetteer.KindForeignSurname, p.text(i+1)) || sayVerbs[p.key(j)] || sayVerbs[p.keyN(j, 2)]) {
		return true // a country that is a given name too, then a surname: "Jordan Spieth nói"
	}
	for k := i; k < j; k++ {
		if _, e, ok := p.longest(k, placeKinds...); ok && !e.Weak && !(givenFirst && k > i) {
			return false
		}
	}
	return known
}

// byline tags the author of a byline: "Tin, ảnh: Quốc Phương", "Bài và
// ảnh: Minh Anh".
func (p *parse) byline() {
	for i := 0; i < len(p.toks); i++ {
		if !p.lineStart(i) {
			continue
		}
		k := i
		for k < len(p.toks) && k-i < 6 {
			switch p.key(k) {
			case "tin", "ảnh", "bài", "và", ",", "video", "clip", "nhóm", "pv", "thực hiện", "đồ họa":
				k++
				continue
			}
			break
		}
		if k == i || p.text(k) != ":" {
			continue
		}
		j := k + 1
		e := p.nameRun(j, 4)
		if e > j && (e == len(p.toks) || p.lineStart(e) || p.text(e) == "," || p.text(e) == "-" || p.text(e) == "(") {
			p.add(j, e, PER, "per-byline", prioPerCue)
		}
	}
}

// signature tags the author's name that closes an article on a line of
// its own, "Minh Anh" or "Nguyễn Hoàng (TTXVN)": two to four syllables that
// are all given names, after a surname or not, in an article of three
// lines or more.
func (p *parse) signature() {
	i := len(p.toks) - 1
	if i < 0 {
		return
	}
	if p.text(i) == ")" { // a source in brackets after the name
		for i > 0 && p.text(i) != "(" && !p.lineStart(i) {
			i--
		}
		if p.text(i) != "(" || p.lineStart(i) {
			return
		}
		i--
	}
	end := i + 1
	j := i
	for j > 0 && !p.lineStart(j) && end-j < 4 {
		j--
	}
	if !p.lineStart(j) || end-j < 2 || p.nameRun(j, 4) != end || p.covered(j) || strings.Count(strings.TrimSpace(p.s), "\n") < 2 {
		return
	}
	first := j
	if p.g.Has(gazetteer.KindSurname, p.text(j)) {
		first++
	}
	if !p.givenNames(first, end) || p.startsPlace(j) || p.startsOrgOrTitle(j) {
		return
	}
	p.add(j, end, PER, "per-byline", prioPerCue)
}

// memory tags the later mentions of names the text has already shown to be
// people: a full name repeated without its cue, and the given name alone
// ("Hùng" after "Nguyễn Văn Hùng") where it stands by itself.
func (p *parse) memory() {
	full := map[string]bool{}
	given := map[string]bool{}   // the given names of Vietnamese people
	foreign := map[string]bool{} // the first and last names of foreign people
	for _, c := range p.found() {
		if c.typ == PER && c.to-c.from >= 2 {
			full[p.s[c.start:c.end]] = true
			if last := c.to - 1; p.kind(last) == normalize.Word && p.isCap(last) && isVietnameseName(p, c.from, c.to) {
				given[p.text(last)] = true
			}
			if p.foreignSpelled(c.from, c.to) {
				foreign[p.text(c.from)], foreign[p.text(c.to-1)] = true, true
			}
		}
	}
	if len(full) == 0 {
		return
	}
	typs := p.tokenTypes()
	bare := p.bareForeignPlaces()
	for i := 0; i < len(p.toks); i++ {
		if bare[i] && (foreign[p.text(i)] || given[p.text(i)]) && !locCues[p.key(i-1)] {
			// "Lewis Hamilton … vượt Hamilton", "Nguyễn Minh Đức … Đức
			// cho biết": the person, not the city or the country; but
			// "Jordan Spieth … đến Jordan" is the country.
			p.add(i, i+1, PER, "per-memory", prioLocKnown+1)
			continue
		}
		if typs[i] != listNone || !p.isCap(i) || p.leadWordAt(i) {
			continue
		}
		e := p.nameRun(i, 4)
		switch {
		case e > i && full[p.s[p.toks[i].Start:p.toks[e-1].End]]:
			p.add(i, e, PER, "per-memory", prioPerMemory)
		case e == i+1 && given[p.text(i)] && !p.capBefore(i) && typs[max(i-1, 0)] == listNone && !p.wordAt(i):
			p.add(i, e, PER, "per-memory", prioPerMemory)
		case e == i+1 && foreign[p.text(i)] && !p.wordAt(i):
			p.add(i, e, PER, "per-memory", prioPerMemory)
		}
		if e > i {
			i = e - 1
		}
	}
}

// foreignSpelled reports whether every token of [i, j) is written without
// Vietnamese letters: "Lewis Hamilton", "Müller".
func (p *parse) foreignSpelled(i, j int) bool {
	for k := i; k < j; k++ {
		if t := p.text(k); p.kind(k) == normalize.Word && !isASCII(t) && !nonVietnamese(t) {
			return false
		}
	}
	return i < j
}

// bareForeignPlaces marks the tokens that are, alone, a foreign place
// the lists know and a rule took with no cue: the places a person's name
// may share.
func (p *parse) bareForeignPlaces() []bool {
	bare := make([]bool, len(p.toks))
	for _, c := range p.found() {
		if c.typ == LOC && c.rule == "loc-known" && c.to == c.from+1 && c.unitName == "" {
			bare[c.from] = true
		}
	}
	return bare
}

// isVietnameseName reports whether [i, j) starts with a Vietnamese surname,
// so that its last syllable is the given name people are called by.
func isVietnameseName(p *parse, i, j int) bool {
	return j-i >= 2 && p.g.Has(gazetteer.KindSurname, p.text(i)) && !isASCII(p.s[p.toks[i].Start:p.toks[j-1].End])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// hcm reports whether "Hồ Chí Minh" at token i is the person: a bare
// mention not after a word that makes it the city ("tại", "ở").
func (p *parse) hcm(i int) bool {
	if p.keyN(i, 3) != keyHoChiMinh || !p.isCap(i) {
		return false
	}
	if locCues[p.key(i-1)] {
		return false
	}
	return true
}

// ministryField returns the end of a ministry's field at j ("Ngoại giao",
// "Giao thông vận tải"), known from the names of the ministries, or j.
func (p *parse) ministryField(j int) int {
	if !p.isCap(j) {
		return j
	}
	if e, ok := p.fields[j]; ok {
		return e
	}
	e := p.lookupMinistryField(j)
	if p.fields == nil {
		p.fields = map[int]int{}
	}
	p.fields[j] = e
	return e
}

func (p *parse) lookupMinistryField(j int) int {
	if !p.g.HasPrefix("Bộ " + p.text(j)) {
		return j // the common case, settled by one look-up instead of six
	}
	for n := 6; n >= 1; n-- {
		if j+n > len(p.toks) {
			continue
		}
		name := "Bộ " + p.s[p.toks[j].Start:p.toks[j+n-1].End]
		for _, e := range p.g.Lookup(name) {
			// The ministry's own name, not an alias: "Bộ TP" is Bộ Tư
			// pháp, but "TP" is no field.
			if e.Kind == gazetteer.KindOrgName && normalize.Key(e.Name) == normalize.Key(name) {
				return j + n
			}
		}
	}
	return j
}

// ageAfter reports whether an age or birth year in brackets follows token
// e-1: "(32 tuổi)", "(sinh năm 1990)", "(SN 1985)".
func (p *parse) ageAfter(e int) bool {
	if p.text(e) != "(" {
		return false
	}
	switch {
	case p.kind(e+1) == normalize.Number && p.key(e+2) == keyTuoi:
		return true
	case p.keyN(e+1, 2) == keySinhNam, p.key(e+1) == "sn":
		return true
	}
	return false
}

// nonVietnamese reports whether s holds a Latin letter that Vietnamese
// does not use ("Müller", "Núñez", "Erdoğan"), so that it is foreign even
// though it is not ASCII.
func nonVietnamese(s string) bool {
	for _, r := range s {
		if r < 0x80 {
			continue
		}
		if !strings.ContainsRune(vietnameseLetters, unicode.ToLower(r)) {
			return true
		}
	}
	return false
}

// vietnameseLetters are the non-ASCII lower-case letters of Vietnamese.
const vietnameseLetters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

// nameAhead reports whether a Vietnamese person's name of three or more
// syllables starts at token i: a surname and capitalised words that are not
// one known place.
func (p *parse) nameAhead(i int) bool {
	if !p.isCap(i) || !p.g.Has(gazetteer.KindSurname, p.text(i)) {
		return false
	}
	if m, pe, ok := p.longest(i, placeKinds...); ok && m.To-i >= 2 && !pe.Weak {
		return false // "Hàn Quốc Choi Young-sam": a country, then a name
	}
	e := p.nameRun(i, 4)
	return e-i >= 3 && !p.startsPlaceExactly(i, e)
}

// insidePlace reports whether token i is inside a known place that starts
// before it ("Nam" of "Việt Nam").
func (p *parse) insidePlace(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if m, e, ok := p.longest(k, placeKinds...); ok && m.To > i && !e.Weak {
			return true
		}
	}
	return false
}

// headAt reports whether an organisation head starts at token i.
func (p *parse) headAt(i int) bool {
	if n, _ := p.orgHead(i); n > 0 {
		return true
	}
	// A listed body the title ends with: "Thường trực [Ban Bí thư]".
	_, e, ok := p.longest(i, gazetteer.KindOrgName)
	return ok && !e.Weak && p.isCap(i)
}

// capsLine reports whether token i stands among words in capitals, as in a
// headline: "BẮT GIỮ … Ở HÀ NAM". Such capitals say nothing about names.
func (p *parse) capsLine(i int) bool {
	upper := func(k int) bool {
		return p.shape(k) == normalize.Upper && p.kind(k) == normalize.Word && utf8.RuneCountInString(p.text(k)) > 1
	}
	single := p.kind(i) == normalize.Word && utf8.RuneCountInString(p.text(i)) == 1 && p.isCap(i) // "Ở", "A"
	return upper(i) || single && (upper(i-1) || upper(i+1))
}

// foreignLead returns where the foreign name [j, e) of three words or
// more starts once a first word that is no name is left out: "Olympic
// [Tom Daley]", "Reverend [Bernard Vann]" — a word before a known given
// name qualifies the person.
func (p *parse) foreignLead(j, e int) int {
	if m, _, ok := p.longest(j, gazetteer.KindCountry, gazetteer.KindWorldPlace); ok && m.To == j+1 && e-j >= 3 && p.foreignSpelled(j+1, e) && !p.g.Has(gazetteer.KindForeignGiven, p.text(j)) {
		return j + 1 // "Scotland [Eilidh Doyle]": a headline's last word, then the name
	}
	if e-j >= 3 && p.foreignSpelled(j, e) && !p.g.Has(gazetteer.KindForeignGiven, p.text(j)) &&
		p.g.Has(gazetteer.KindForeignGiven, p.text(j+1)) && !p.g.Has(gazetteer.KindForeignSurname, p.text(j)) &&
		(len(p.at(j)) > 0 || p.g.IsWord(p.key(j)) || nameQualifiers[p.key(j)]) {
		return j + 1
	}
	return j
}

// compassBefore reports whether a compass word in lower case, after a
// word of distance or direction, ends right before i: "cách nam", "phía
// tây bắc". No person lies to the south; but "ca sĩ nam X" is a man.
func (p *parse) compassBefore(i int) bool {
	for n := 2; n >= 1; n-- {
		k := i - n
		if k >= 1 && p.shape(k) == normalize.Lower && compassWords[p.keyN(k, n)] && compassCues[p.key(k-1)] {
			return true
		}
	}
	return false
}

// compassWords are the points of the compass; compassCues come before one
// that locates a place.
var compassWords = set("bắc", "nam", "đông", "tây", "đông bắc", "tây bắc", "đông nam", "tây nam")
var compassCues = set("cách", "phía", "hướng", "vùng", "mạn", "tại", "ở", "miền")

// surnameCompany reports whether the word at j after the title t is a
// firm that is also a foreign name, and the title one that a person bears
// rather than an office in a firm: "Giáo sư Ford", "Tiến sĩ Dell".
func (p *parse) surnameCompany(t titleMatch, j int) bool {
	switch t.e.Class {
	case gazetteer.ClassAcademicTitle, gazetteer.ClassAcademicDegree, gazetteer.ClassHonorific:
	default:
		return false
	}
	return p.isCap(j) && !p.isCap(j+1) && (p.g.Has(gazetteer.KindForeignSurname, p.text(j)) || p.g.Has(gazetteer.KindForeignGiven, p.text(j)))
}

// scholarAt reports whether the word at j is such a name after a scholar's
// title that ends right before it (see surnameCompany).
func (p *parse) scholarAt(j int) bool {
	for k := max(j-3, 0); k < j; k++ {
		if m, e, ok := p.longest(k, gazetteer.KindTitle); ok && m.To == j {
			return p.surnameCompany(titleMatch{m: m, e: e}, j)
		}
	}
	return false
}

// secondForeignName returns where a second full name starts in the
// foreign run [i, e) of four words, two names glued by a headline or a
// lost comma: given and family name twice ("Sebastian Vettel Valtteri
// Bottas"), or i. A given name after a given name is a middle name.
func (p *parse) secondForeignName(i, e int) int {
	if e-i != 4 {
		return i
	}
	given := func(k int) bool { return p.g.Has(gazetteer.KindForeignGiven, p.text(k)) }
	if given(i) && !given(i+1) && given(i+2) && !given(i+3) && !p.g.Has(gazetteer.KindForeignSurname, p.text(i+2)) {
		return i + 2
	}
	return i
}

// nameQualifiers are English words that translated news leaves before a
// name: "Reverend Bernard Vann", "The Rachel Maddow Show", "Olympic Tom
// Daley".
var nameQualifiers = set("reverend", "rev", "the", "sir", "dame", "lord", "lady", "saint", "st", "mr", "mrs", "ms", "dr",
	"olympic", "paralympic")

// titleCaseBefore reports whether the three words before i are
// capitalised words that no rule took: a headline in title case, where a
// capital says nothing ("Những Vùng Ngập Lụt Có Thể Được [Hưởng Lợi]",
// "Tấn Công Nông Dân [Trung Quốc Tử Vong]").
func (p *parse) titleCaseBefore(i int) bool {
	if i < 3 {
		return false
	}
	for k := i - 1; k >= i-3; k-- {
		if p.kind(k) != normalize.Word || p.shape(k) != normalize.Title || p.covered(k) {
			return false
		}
	}
	return true
}

// leadWordAt reports whether token i is a word that opens the sentence
// with its capital before a name: "Theo [Hùng]", "Với [Lan]".
func (p *parse) leadWordAt(i int) bool {
	return p.toks[i].SentenceStart && p.is(i, classLead) && p.isCap(i+1)
}
