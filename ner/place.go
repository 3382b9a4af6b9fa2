package ner

import (
	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
)

// numberedTypes are the type words that take a number for a name:
// "phường 3", "quận 5".
var numberedTypes = set("phường", "quận", "P", "Q", "khu phố", "tổ", "ấp", "đội", "tổ dân phố", "cụm", "khu", "số", "quốc lộ", "tỉnh lộ", "đường", "QL", "cảng", "nhà", "ngõ", "hẻm", "kiệt", "xóm", "thôn", "bản", "khu vực")

// placeKinds are the gazetteer kinds that name a place by themselves.
var placeKinds = []gazetteer.Kind{gazetteer.KindUnit, gazetteer.KindPlaceAlias, gazetteer.KindCountry, gazetteer.KindWorldPlace, gazetteer.KindPlace}

// loc parses a place at token i: a type word and a name ("huyện Lạng
// Giang", "phường 3", "sông Hồng"), or a known place name by itself ("Bắc
// Giang", "Việt Nam"). Inside an organisation (inOrg) a bare name needs no
// further evidence. It returns the end of the place, or i.
func (p *parse) loc(i int, inOrg bool) int {
	if e := p.address(i); e > i {
		return e
	}
	if m, tw, ok := p.longest(i, gazetteer.KindTypeWord); ok && (inOrg || !p.wordBefore(i) || motionWords[p.key(i-1)] && p.isCap(m.To)) && !p.hcm(i) && !p.surnameNotType(i, m.To) {
		return p.typedPlace(i, m, tw)
	}
	return p.knownPlace(i, inOrg)
}

// typedPlace parses a place at i that starts with the type word tw,
// matched by m: "huyện Lạng Giang", "phường 3", "sông Hồng", "đường Vành
// đai 3". It returns the end of the place, or i.
func (p *parse) typedPlace(i int, m gazetteer.Match, tw *gazetteer.Entry) int {
	if hn, _ := p.orgHead(i); hn > m.To-i {
		return i // "hạt Kiểm lâm": the type word opens an organisation's head
	}
	j := m.To
	if p.text(j) == "." && p.abbreviated(j-1) && !p.lineStart(j+1) {
		j++ // "TP. Hà Nội", "Tp . Hồ Chí Minh"
	}
	tf := p.keyN(i, m.To-i)
	if (p.kind(j) == normalize.Number || hasDigit(p.text(j)) && p.kind(j) != normalize.Punct) && numberedTypes[tf] {
		p.add(i, j+1, LOC, "loc-numbered", prioLocTyped)
		return j + 1
	}
	// "các tỉnh Thái Bình, Nam Định": the type of a list stays outside.
	from := i
	if plurals[p.key(i-1)] || plurals[p.keyN(i-2, 2)] {
		from = j
	}
	street := streetTypes[tf]
	// "người miền Trung": where people are from, as "người Mỹ", no place.
	if tw.Class == gazetteer.ClassRegion && p.key(i-1) == "người" {
		return i
	}
	// "miền Nam [Dải Gaza]": a part of a named place is that place.
	if tw.Class == gazetteer.ClassRegion && directions[p.key(j)] && !p.startsPlace(j) && p.startsPlace(j+1) && p.isCap(j+1) {
		return i
	}
	if pm, pe, ok := p.longest(j, placeKinds...); ok && p.capSpan(j, pm.To) && !pe.Weak && !(pm.To == j+1 && p.isCap(pm.To) && !p.startsPlace(pm.To)) && p.typeFits(tw, pe) {
		if e := p.linkedName(pm.To, tf); e > pm.To {
			p.add(from, e, LOC, "loc-typed", prioLocTyped) // "cảng Cái Mép - Thị Vải": no one unit
			return e
		}
		c := p.add(from, pm.To, LOC, "loc-typed", prioLocTyped)
		p.attachUnit(c, pe, tw.Name, j, pm.To)
		p.placeList(pm.To, street)
		return pm.To
	}
	// "núi [Bà Đen]", "đền [Bà Chúa Kho]": after a natural feature or a
	// shrine a capitalised form of address is part of the name.
	cueOK := !p.personCueAt(j) || (tw.Class == gazetteer.ClassNature || tw.Class == gazetteer.ClassFacility) && p.shape(j) == normalize.Title && p.isCap(j+1)
	if p.isCap(j) && cueOK && (street || !p.personAt(j)) {
		e := p.nameRun(j, 6)
		if e > j {
			e = p.placeNameRest(e, street)
		}
		if le := p.linkedName(e, tf); e > j && le > e {
			p.add(from, le, LOC, "loc-typed", prioLocTyped)
			return le
		}
		if e > j {
			c := p.add(from, e, LOC, "loc-typed", prioLocTyped)
			if units := p.g.UnitsNamed(p.s[p.toks[j].Start:p.toks[e-1].End]); len(units) > 0 {
				c.unitName, c.typeWord = p.s[p.toks[j].Start:p.toks[e-1].End], tw.Name
			}
			p.placeList(e, street)
			return e
		}
	}
	return i
}

// knownPlace parses a known place name by itself at i: "Bắc Giang", "Việt
// Nam". Inside an organisation (inOrg) it needs no further evidence.
func (p *parse) knownPlace(i int, inOrg bool) int {
	pm, pe, ok := p.longest(i, placeKinds...)
	if ok && communeOnly(pe) {
		// "vào Sài Gòn": a ward since 2025, but foremost another name of
		// the city.
		if am, ae, ok := p.longest(i, gazetteer.KindPlaceAlias); ok && am.To == pm.To && !ae.Weak {
			pe = ae
		}
	}
	// A listed landmark may end in lower case: "Nhà Quốc hội".
	if !ok || !p.capSpan(i, pm.To) && !(pe.Class == gazetteer.ClassLandmark && p.isCap(i)) || pm.To-i < 3 && p.nameAhead(i) {
		return i // "Hồ Đức Phớc" is a person before "Hồ" is a place
	}
	if !inOrg && !p.barePlaceOK(i, pm, pe) {
		return i
	}
	c := p.add(i, pm.To, LOC, "loc-known", prioLocKnown)
	if inOrg {
		c.prio = prioLocTyped
	}
	p.attachUnit(c, pe, "", i, pm.To)
	return pm.To
}

// placeNameRest returns the end of a typed place's name that nameRun
// stopped at e: a capitalised type word closing the name ("Cảng Lạch
// [Huyện]"), and for streets a word begun by the last capital and a
// number ("đường Vành [đai 3]").
func (p *parse) placeNameRest(e int, street bool) int {
	if _, _, ok := p.longest(e, gazetteer.KindTypeWord); ok && p.shape(e) == normalize.Title && !p.isCap(e+1) && !p.lineStart(e) {
		return e + 1
	}
	if street {
		if w := p.wordRest(e); w > e {
			if p.kind(w) == normalize.Number && p.toks[w].Start > p.toks[w-1].End {
				w++
			}
			return w
		}
	}
	return e
}

// typeFits reports whether the administrative type word tw may name one of
// the units of the known place e: "tỉnh Lê Hồng" cannot be the commune Lê
// Hồng, so in "UBND tỉnh Lê Hồng Vinh" the name is a person's.
func (p *parse) typeFits(tw, e *gazetteer.Entry) bool {
	if tw.Class != gazetteer.ClassAdmin || e.Kind != gazetteer.KindUnit {
		return true
	}
	for _, u := range e.Units {
		if u.CalledBy(tw.Name) {
			return true
		}
	}
	return false
}

// provinceName reports whether a place entry names a province or a
// country.
func (p *parse) provinceName(e *gazetteer.Entry) bool {
	if e.Kind == gazetteer.KindCountry {
		return !e.Weak
	}
	for _, u := range e.Units {
		if u.Level == gazetteer.Province {
			return true
		}
	}
	return false
}

// startsPlace reports whether a known place starts at token i.
func (p *parse) startsPlace(i int) bool {
	_, _, ok := p.longest(i, placeKinds...)
	return ok
}

// barePlaceOK decides whether a known place name standing without a type
// word is a place here.
func (p *parse) barePlaceOK(i int, m gazetteer.Match, e *gazetteer.Entry) bool {
	// Part of a longer capitalised name: "Nguyễn Thái Bình", "Bắc Giang Tạ".
	// In a line in capitals every word is capitalised: the neighbours say
	// nothing there ("… Ở HÀ NAM").
	caps := p.capsLine(i)
	if p.capBefore(i) && !p.startsPlace(i-1) && !(caps && p.capsLine(i-1)) && !indicators[p.key(i-1)] &&
		!(directions[p.key(i-1)] && directions[p.key(i-2)]) {
		return false
	}
	if p.isCap(m.To) && !p.clauseOpensAt(m.To) && !p.startsPlace(m.To) && p.text(m.To+1) != "," && !(e.Kind == gazetteer.KindCountry && m.To-i >= 2) && !(caps && p.capsLine(m.To)) {
		return false // but "Việt Nam Ito Naoki": a country, then a name
	}
	// "người Mỹ", "tiếng Anh": a nationality or a language, no place.
	switch p.key(i - 1) {
	case "người", "tiếng", "chữ", "kiểu", "giới", "gốc":
		if p.key(i-2) != "người" {
			return false
		}
	}
	if p.personCueAt(i-1) && (honorifics[p.key(i-1)] || honorifics[p.keyN(i-2, 2)] || !p.provinceName(e)) {
		return false // "anh Hải Dương" is a man; "sinh viên [Hà Nội]" students of the city
	}
	if e.Weak || directions[p.keyN(i, m.To-i)] || p.key(i) == keyViet && m.To == i+1 {
		return false
	}
	// "Ý kiến", "Anh em", "Pháp luật": the start of a common word.
	if m.To == i+1 && p.wordAt(i) {
		return false
	}
	switch e.Kind {
	case gazetteer.KindUnit:
		level := gazetteer.Commune
		for _, u := range e.Units {
			if u.Level < level {
				level = u.Level
			}
		}
		if level == gazetteer.Commune {
			// Thousands of commune names are common words or people's
			// names; alone they are too weak a signal.
			return p.key(i-1) == "(" || locCues[p.key(i-1)] && m.To-i >= 2
		}
		if m.To-i >= 3 && p.isPersonLike(i, m.To) && !locCues[p.key(i-1)] && p.key(i-1) != "(" {
			return false // "Trần Hưng Đạo", "Hồ Chí Minh": people first
		}
	case gazetteer.KindCountry, gazetteer.KindWorldPlace:
		if m.To-i == 1 && p.isCap(m.To) {
			return false // "Anh Tuấn", "Đức Anh": a name, not England or Germany
		}
	}
	return true
}

// isPersonLike reports whether tokens [i, j) read as a Vietnamese person's
// name: a surname first and two or more syllables.
func (p *parse) isPersonLike(i, j int) bool {
	return j-i >= 2 && p.g.Has(gazetteer.KindSurname, p.text(i))
}

// attachUnit records the administrative unit a place candidate names, to be
// resolved against the reference date once the whole text is read.
func (p *parse) attachUnit(c *cand, e *gazetteer.Entry, typeWord string, from, to int) {
	if c == nil || e == nil {
		return
	}
	if e.Kind == gazetteer.KindUnit || e.Kind == gazetteer.KindPlaceAlias {
		c.unitName = p.s[p.toks[from].Start:p.toks[to-1].End]
		if e.Kind == gazetteer.KindPlaceAlias && len(e.Units) > 0 {
			c.unitName = e.Units[0].Name
		}
		c.typeWord = typeWord
	}
}

// dateline tags a capitalised place at the start of a line followed by a
// dash: "BẮC GIANG –", "HÀ NỘI -".
func (p *parse) dateline() {
	for i := 0; i < len(p.toks); i++ {
		if !p.lineStart(i) || p.shape(i) != normalize.Upper || p.kind(i) != normalize.Word {
			continue
		}
		j := i
		for j < len(p.toks) && p.shape(j) == normalize.Upper && p.kind(j) == normalize.Word && j-i < 5 {
			j++
		}
		switch p.text(j) {
		case "–", "-", "—", "(":
		default:
			continue
		}
		c := p.add(i, j, LOC, "loc-dateline", prioLocTyped)
		if m, e, ok := p.longest(i, placeKinds...); ok && m.To == j {
			p.attachUnit(c, e, "", i, j)
		}
	}
}

// linkTypes name works that link two ends, named after both: "cao tốc
// Bắc - Nam", "cảng Cái Mép - Thị Vải".
var linkTypes = set("cao tốc", "đường cao tốc", "cảng", "cầu", "tuyến", "hầm", "đường dây")

// linkedName returns the end of the second part of a link's name, after a
// spaced dash at e — "cao tốc Bắc - [Nam]" — or e. Where the second part is
// a place of its own the dash separates two places ("cao tốc Hà Nội -
// Hải Phòng" names two cities).
func (p *parse) linkedName(e int, typeKey string) int {
	if !linkTypes[typeKey] || p.text(e) != "-" && p.text(e) != "–" || !p.isCap(e+1) {
		return e
	}
	if _, pe, ok := p.longest(e+1, placeKinds...); ok && !pe.Weak {
		return e
	}
	return p.nameRun(e+1, 4)
}

// streetTypes name streets; a list after them may hold people's names:
// "các phố Hàng Mã, Lương Văn Can".
var streetTypes = set("đường", "phố", "ngõ", "hẻm", "ngách", "kiệt", "đại lộ", "quốc lộ", "tuyến phố")

// placeList tags the places listed after a place: ", Nam Định", "và Đa
// Kao". Only known places follow an administrative type; after a street
// type any capitalised name does. It returns the end of the list.
func (p *parse) placeList(e int, street bool) int {
	for (p.text(e) == "," || p.key(e) == keyVa) && p.isCap(e+1) {
		j := e + 1
		if pm, pe, ok := p.longest(j, placeKinds...); ok && !pe.Weak && p.capSpan(j, pm.To) && (pm.To >= p.nameRun(j, 4) || !street) {
			c := p.add(j, pm.To, LOC, "loc-list", prioLocKnown)
			p.attachUnit(c, pe, "", j, pm.To)
			e = pm.To
			continue
		}
		if !street || p.startsOrgOrTitle(j) {
			break
		}
		k := p.nameRun(j, 5)
		p.add(j, k, LOC, "loc-list", prioLocKnown)
		e = k
	}
	return e
}

// address tags a house number with its street: "số 12 Lê Lợi", "số 8 phố
// Phan Đình Phùng". It returns the end, or i.
func (p *parse) address(i int) int {
	if p.key(i) != keySo || p.kind(i+1) != normalize.Number {
		return i
	}
	j := i + 2
	if m, _, ok := p.longest(j, gazetteer.KindTypeWord); ok && streetTypes[p.keyN(j, m.To-j)] {
		j = m.To
	}
	if !p.isCap(j) || p.startsOrgOrTitle(j) {
		return i
	}
	e := p.nameRun(j, 5)
	p.add(i, e, LOC, "loc-address", prioLocTyped)
	return e
}

// surnameNotType reports whether a capitalised type word at i is a surname
// here: "Hồ Đức Phớc" is a person, "Hồ Gươm" a lake. The type word ends at
// j; two or more capitalised words after it that are no known place make
// it a name.
func (p *parse) surnameNotType(i, j int) bool {
	if !p.isCap(i) || j != i+1 || !p.g.Has(gazetteer.KindSurname, p.text(i)) {
		return false
	}
	e := p.nameRun(j, 3)
	return e-j >= 2 && !p.startsPlaceExactly(j, e)
}

// cuedPlace tags an unknown capitalised name after a word of place ("tại",
// "ở", "đến"): "tại Ohio", "ở Kherson". Known names were tagged already;
// names that read as a person's or an organisation's are left alone.
func (p *parse) cuedPlace(i int) int {
	if !placeCues[p.key(i-1)] || !p.isCap(i) || p.toks[i].SentenceStart || p.shape(i) == normalize.Upper {
		return i
	}
	e := p.nameRun(i, 3)
	if e == i || p.personAt(i) || p.startsOrgOrTitle(i) || p.isCap(e) || p.text(e) == "-" || possessive(p.text(e-1)) {
		return i // a brand, "tại Sainsbury’s", is left to the name stage
	}
	for k := i; k < e; k++ {
		if p.wordAt(k) || p.kind(k) != normalize.Word || k > i && p.startsPlace(k) {
			return i // a common word, or a known place inside a longer name ("Olympic Paris")
		}
	}
	p.add(i, e, LOC, "loc-cue", prioLocCue)
	return e
}

// abbreviated reports whether token k is a short capitalised abbreviation
// that a dot may follow inside a name: "TP", "Tp", "Q", "TX".
func (p *parse) abbreviated(k int) bool {
	t := p.text(k)
	return p.isCap(k) && len(t) <= 3 && isASCII(t)
}

// communeOnly reports whether e is a unit name that names only communes.
func communeOnly(e *gazetteer.Entry) bool {
	if e.Kind != gazetteer.KindUnit {
		return false
	}
	for _, u := range e.Units {
		if u.Level != gazetteer.Commune {
			return false
		}
	}
	return true
}
