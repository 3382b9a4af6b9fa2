package ner

import (
	"github.com/vntag/vntag/dates"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
)

// bareBodies are the keys of the bodies with no name of their own
// (gazetteer.BareBodies): never an ORG alone, but they complete a title.
var bareBodies = set(gazetteer.BareBodies...)

// placeOfHead is the type word a head implies for the bare place after it:
// "Huyện ủy Lạng Giang" names the district Lạng Giang.
var placeOfHead = keyed(map[string]string{
	"tỉnh ủy": "tỉnh", "huyện ủy": "huyện", "quận ủy": "quận", "thị ủy": "thị xã", "thành ủy": "thành phố",
	"tỉnh đoàn": "tỉnh", "huyện đoàn": "huyện", "thành đoàn": "thành phố",
})

// nameHeads take a name of their own after them (companies, schools,
// hospitals, newspapers), as opposed to heads that take a place.
var nameHeads = set(
	"công ty", "tập đoàn", "tổng công ty", "ngân hàng", "trường", "bệnh viện", "viện", "học viện", "đại học",
	"báo", "đài", "hội", "hiệp hội", "liên đoàn", "câu lạc bộ", "CLB", "nhà máy", "quỹ", "trung tâm",
	"công ty cổ phần", "công ty TNHH", "công ty TNHH một thành viên", "công ty TNHH MTV", "hợp tác xã", "HTX", "đảng", "tổ chức", "trường đại học",
	"nhà xuất bản", "NXB", "đài truyền hình", "đài phát thanh", "thông tấn xã", "công đoàn",
	"lữ đoàn", "sư đoàn", "trung đoàn", "quân khu", "bộ tư lệnh", "hải đoàn", "tiểu đoàn", "quân đoàn",
	"nhà hát", "thư viện", "bảo tàng", "khoa", "tòa soạn", "ban quản lý", "giáo hội",
	"trường THPT", "trường THCS", "trường tiểu học", "trường mầm non", "trường cao đẳng", "viện nghiên cứu",
	"trường THPT chuyên", "trường THCS chuyên", "trường chuyên",
)

// outsideHeads stay outside the organisation they introduce
// (ANNOTATION.md), even where a list spells them with it ("hãng Boeing",
// "tờ New York Times").
var outsideHeads = set("hãng", "tờ", "tạp chí", "lực lượng", "phiến quân")

// lowerHeads may start an organisation in lower case: "công ty X",
// "trường THPT Y". Other heads in lower case are common words ("hội" is a
// festival, "báo" a verb).
var lowerHeads = set("công ty", "tập đoàn", "tổng công ty", "ngân hàng", "trường", "bệnh viện", "học viện",
	"trường đại học", "đại học", "nhà máy", "báo", "công ty cổ phần", "công ty TNHH", "công ty TNHH một thành viên",
	"công ty TNHH MTV", "đảng", "hạt kiểm lâm",
	// a council or committee before its place, in text written in lower case: "ubnd tỉnh Phú Yên"
	"ubnd", "hđnd", "ủy ban nhân dân", "hội đồng nhân dân", "đại học quốc gia", "công an", "công an tỉnh", "công an huyện", "công an xã", "cảnh sát", "cơ quan cảnh sát điều tra")

// chambers are the houses of a parliament whose committees take their
// name after them: Ủy ban Tư pháp Thượng viện.
var chambers, committees = set("thượng viện", "hạ viện"), set("ủy ban", "tiểu ban")

// policeWords head a police body in lower case only before the place it
// serves: "cảnh sát bang Louisiana", "công an huyện Đức Linh".
var policeWords = set("cảnh sát", "công an")

// org parses an organisation at token i and returns its end, or i.
func (p *parse) org(i int) int {
	e := p.orgIn(i, false)
	if e > i {
		p.bracketAbbrev(e)
	}
	return e
}

// bracketAbbrev tags the abbreviation in brackets right after an
// organisation as an organisation of its own (ANNOTATION.md): "Liên đoàn
// Bóng đá Việt Nam ([VFF])".
func (p *parse) bracketAbbrev(e int) {
	if p.text(e) == "(" && p.text(e+2) == ")" && p.shape(e+1) == normalize.Upper && p.kind(e+1) != normalize.Number && !p.startsPlace(e+1) {
		p.add(e+1, e+2, ORG, "org-abbrev", prioOrg)
	}
}

// orgIn is org; inTitle allows a lower-case head, as an organisation may
// start inside a title: Trưởng [phòng GD&ĐT [quận 9]].
func (p *parse) orgIn(i int, inTitle bool) int {
	if p.covered(i) || p.placeBeforeOrg(i) {
		return i
	}
	if e := p.listedOrg(i); e > i {
		return e
	}
	return p.headedOrg(i, inTitle)
}

// placeBeforeOrg reports whether a known place starting at i wins over any
// organisation there. "Hội An" is a town, not an association named An: a
// place that starts here and is at least as long as any organisation wins.
// But a listed organisation beats a mere commune: "Hòa Phát" is the
// steelmaker before it is one of the communes so named.
func (p *parse) placeBeforeOrg(i int) bool {
	pm, pe, ok := p.longest(i, placeKinds...)
	if !ok || !p.capSpan(i, pm.To) || !p.isCap(i) {
		return false
	}
	om, oe, ok := p.longest(i, gazetteer.KindOrgName, gazetteer.KindOrgHead)
	listed := ok && om.To == pm.To && oe.Kind == gazetteer.KindOrgName && !oe.Weak && oe.Hint != gazetteer.HintNotOrg &&
		pe.Kind == gazetteer.KindUnit && !p.aboveCommune(pe)
	// In a text about sport a club named like its city is the club.
	listed = listed || ok && om.To >= pm.To && oe.Class == gazetteer.ClassSportsTeam && p.teamOK(i, om, oe)
	if !listed && (!ok || om.To <= pm.To) {
		if h, _, ok := p.longest(i, gazetteer.KindOrgHead); !ok || !p.headWithPlace(i, h, pm.To) {
			return true
		}
	}
	return false
}

// listedOrg parses a complete name from the lists: Bộ Công an, Liên hợp
// quốc, TTXVN, with the country or place that completes it.
func (p *parse) listedOrg(i int) int {
	m, e, ok := p.longest(i, gazetteer.KindOrgName)
	if !ok || !p.orgNameOK(i, m, e) {
		return i
	}
	end := m.To
	switch {
	case chambers[p.keyN(end, 2)] && p.isCap(end) && committees[p.keyN(i, 2)]:
		end += 2 // [Ủy ban Tư pháp Thượng viện]: a committee of the chamber
	case countryBodies[p.keyN(i, m.To-i)] && p.startsCountry(end):
		end = p.loc(end, true) // [Bộ Ngoại giao [Nga]]
	case !p.personAt(end):
		if pe := p.placeAfterHead(end, ""); pe > end {
			end = pe // [Sở Công Thương [thành phố Cần Thơ]]
		}
	}
	p.add(i, end, ORG, "org-known", prioOrg)
	if end == m.To && !p.nestOrg(i, end, e) {
		p.nestPlace(i, end)
	}
	return end
}

// orgHeadInfo is what the completions of a head know of it.
type orgHeadInfo struct {
	i, n  int              // the head is tokens [i, i+n)
	j     int              // where what completes it starts
	key   string           // the head's key
	head  *gazetteer.Entry // the head's entry
	named bool             // the head takes a name of its own
	lower bool             // the head is written in lower case
}

// headedOrg parses an organisation that starts with a head word (Sở, UBND,
// Công ty, Trường THPT …) and the field, place, parent or name that
// completes it.
func (p *parse) headedOrg(i int, inTitle bool) int {
	hn, head := p.orgHead(i)
	if hn == 0 && inTitle && subunits[p.key(i)] {
		// A lower-case unit word the title ends in heads the
		// organisation: Trưởng [phòng GD&ĐT [quận 9]].
		hn, head = 1, placeHead
	}
	if hn == 0 {
		return i
	}
	h := &orgHeadInfo{i: i, n: hn, j: i + hn, key: p.keyN(i, hn), head: head, named: p.nameHeadAt(i, hn), lower: p.shape(i) == normalize.Lower}
	if p.headAlone(h, inTitle) {
		return i
	}
	if countryBodies[h.key] {
		if p.startsCountry(h.j) {
			e := p.loc(h.j, true)
			p.add(i, e, ORG, "org-country", prioOrg)
			return e
		}
		if bareBodies[h.key] {
			return i
		}
	}
	if h.key == keyVanPhong {
		return i // a generic unit word stays outside: Văn phòng [Bộ Tài chính]
	}
	h.j = p.headFieldEnd(h)
	// The ways a head is completed, tried in order; each returns the
	// organisation's end, or the head's start when it does not fit.
	// (Called one by one rather than from a table of functions, so that
	// h stays on the stack.)
	e := p.orgWithPlace(h)
	if e == i {
		e = p.orgWithTail(h)
	}
	if e == i {
		e = p.projectBoard(h)
	}
	if e == i {
		e = p.orgWithParent(h)
	}
	if e == i {
		e = p.orgNumbered(h)
	}
	if e == i {
		e = p.orgNamed(h)
	}
	if e == i {
		e = p.orgNational(h)
	}
	return e
}

// headAlone reports whether the head h heads no organisation here: a
// lower-case word that only looks like a head, a country's police at
// large, or a body that has no name of its own.
func (p *parse) headAlone(h *orgHeadInfo, inTitle bool) bool {
	if h.lower && !inTitle && (!lowerHeads[h.key] || h.n == 1 && p.wordBefore(h.i)) {
		// "thông báo", "cảnh báo": the end of a word, no newspaper; a
		// head of two syllables is a word itself ("của [công ty]", though
		// "của công" is one too).
		return true
	}
	if h.lower && policeWords[h.key] && (p.startsCountry(h.j) || !p.isCap(h.j) && ranks[p.keyN(h.j, 2)]) {
		return true // "cảnh sát Pháp", "cảnh sát quốc gia": a country's police at large, no body
	}
	// "Chính phủ", "Quốc hội" alone are no organisations.
	return bareBodies[h.key] && !countryBodies[h.key] && !h.named && h.head.Takes == gazetteer.TakesNothing
}

// headFieldEnd returns where what completes the head h starts. "Công an
// tỉnh": the type word at the head's end belongs to the place. Department
// and board heads take a field: Sở [Y tế], Ban [Tuyên giáo].
func (p *parse) headFieldEnd(h *orgHeadInfo) int {
	j := h.j
	if h.n >= 2 {
		for k := h.i + 1; k < j; k++ {
			if tm, tw, ok := p.longest(k, gazetteer.KindTypeWord); ok && tm.To == j && tw.Class == gazetteer.ClassAdmin {
				j = k
				break
			}
		}
	}
	if h.head.Takes != gazetteer.TakesNothing && !h.named && placeOfHead[h.key] == "" && j == h.i+h.n {
		j = p.field(j, h.key)
	}
	return j
}

// orgWithPlace: a place completes a local body: UBND [xã Tân Dĩnh], Huyện
// ủy [Lạng Giang]. A school or a hospital named after a person is named
// after the person, even where a ward bears the name too: Trường THPT [Lê
// Quý Đôn].
func (p *parse) orgWithPlace(h *orgHeadInfo) int {
	i, j := h.i, h.j
	if p.namedAfterPerson(h.key, j, h.named) {
		return i
	}
	e := p.placeAfterHead(j, placeOfHead[h.key])
	if h.named && e > j && p.isCap(e) && p.nameRun(j, 6) > e {
		return i // "báo Pháp Luật": a place opens the name of its own
	}
	if e <= j && !h.named && p.isCap(j) {
		// A city abroad that the lists of cities know serves a body
		// that is not named: Sở Cảnh sát [Baton Rouge].
		if ce := p.nameRun(j, 4); ce > j && p.foreignCity(j, ce) {
			p.add(j, ce, LOC, "loc-in-org", prioLocTyped)
			e = ce
		}
	}
	if e <= j {
		return i
	}
	p.add(i, e, ORG, "org-place", prioOrg)
	// "Ban Chấp hành [Đảng bộ tỉnh Hà Nam]": a body that serves the place
	// ends the head, and is the parent.
	for k := i + 1; k < j; k++ {
		if placeHeads[p.keyN(k, j-k)] && p.isCap(k) {
			p.add(k, e, ORG, "org-parent", prioOrg)
			break
		}
	}
	return e
}

// orgWithTail: a lower-case rest of the field, anchored by the place it
// serves: Cục Quản lý [thị trường tỉnh Lạng Sơn].
func (p *parse) orgWithTail(h *orgHeadInfo) int {
	if h.j > h.i+1 && !h.named {
		if e := p.orgTail(h.j); e > h.j {
			p.add(h.i, e, ORG, "org-place", prioOrg)
			return e
		}
	}
	return h.i
}

// projectBoard: project boards describe their projects at length before
// the place they serve: Ban Quản lý dự án [đầu tư xây dựng các công trình
// giao thông tỉnh Quảng Ninh].
func (p *parse) projectBoard(h *orgHeadInfo) int {
	if strings.HasPrefix(h.key, keyBanQuanLy) {
		if e := p.projectBoardTail(h.i + h.n); e > h.i+h.n {
			p.add(h.i, e, ORG, "org-place", prioOrg)
			return e
		}
	}
	return h.i
}

// orgWithParent: a parent organisation completes a sub-unit: Ban Tuyên
// giáo [Tỉnh ủy Nam Định].
func (p *parse) orgWithParent(h *orgHeadInfo) int {
	if (h.j > h.i+h.n || h.head.Takes == gazetteer.TakesName) && !h.named {
		if e := p.org(h.j); e > h.j {
			p.add(h.i, e, ORG, "org-parent", prioOrg)
			return e
		}
	}
	return h.i
}

// orgNumbered: military units are named by a number: Quân khu 4, Sư đoàn
// 312.
func (p *parse) orgNumbered(h *orgHeadInfo) int {
	j := h.j
	if numberedUnits[h.key] && !h.lower && (p.kind(j) == normalize.Number && allDigits(p.text(j)) || dates.Roman(p.text(j)) > 0) {
		p.add(h.i, j+1, ORG, "org-numbered", prioOrg)
		return j + 1
	}
	return h.i
}

// orgNamed: a name of its own: Công ty [TNHH Hoàng Long], Trường THPT [Lê
// Quý Đôn].
func (p *parse) orgNamed(h *orgHeadInfo) int {
	i, j, takes := h.i, h.j, h.head.Takes
	if h.named || takes == gazetteer.TakesName || takes == gazetteer.TakesNothing || takes == gazetteer.TakesUnit {
		if e := p.orgName(j, h.key); e > j && !bareBodies[p.keyN(j, e-j)] && !bareBodies[p.keyN(i, e-i)] {
			p.add(i, e, ORG, "org-name", prioOrg)
			p.nestPlace(j, e)
			return e
		}
	}
	return i
}

// orgNational: a national body with its field and no place (Bộ Y tế, Cục
// Thuế), a head that holds its field (Cục Cảnh sát [giao thông]), or one
// named by its rank rather than its place ("TAND Tối cao"). "Cục Thuế" and
// "Cục Hải quan" also head local bodies ("Cục Thuế tỉnh Nghệ An"); with no
// place after them they are the national ones.
func (p *parse) orgNational(h *orgHeadInfo) int {
	i, j, hn := h.i, h.j, h.n
	if h.lower {
		return i
	}
	if j == i+hn && nationalLocalHeads[h.key] && p.isCap(i+1) {
		p.add(i, j, ORG, "org-national", prioOrg)
		return j
	}
	if j == i+hn && hn >= 2 && nationalHeads[p.key(i)] {
		if e := p.fieldTail(j); e > j {
			p.add(i, e, ORG, "org-national", prioOrg)
			return e
		}
	}
	if j > i+hn && (nationalHeads[h.key] || hn >= 2 && nationalHeads[p.key(i)] || placeHeads[h.key] && ranks[p.keyN(i+hn, j-i-hn)]) {
		p.add(i, j, ORG, "org-national", prioOrg)
		return j
	}
	return i
}

// namedAfterPerson reports whether the name at j of the body with head key
// head is a person's even though a place bears it too: schools are
// named after people (Trường THCS [Nguyễn Du]), hospitals after their ward
// (Bệnh viện [Bạch Mai]), so two syllables make a person only after
// "Trường", and three or more after any head that takes a name.
func (p *parse) namedAfterPerson(head string, j int, named bool) bool {
	if !named || !p.personAt(j) {
		return false
	}
	return strings.HasPrefix(head, keyTruong) || p.nameRun(j, 4)-j >= 3
}

// nameHeadAt reports whether the head of n tokens at i names a body that
// takes a name of its own (a company, a school …), judged by the head or
// its start: "Công ty TNHH MTV" is a company head as "Công ty" is.
func (p *parse) nameHeadAt(i, n int) bool {
	for ; n >= 1; n-- {
		if nameHeads[p.keyN(i, n)] {
			return true
		}
	}
	return false
}

// placeHead and nameHead stand for the heads the grammar knows beyond the
// lists; they are shared and never modified.
var (
	placeHead = &gazetteer.Entry{Kind: gazetteer.KindOrgHead, Takes: gazetteer.TakesUnit}
	nameHead  = &gazetteer.Entry{Kind: gazetteer.KindOrgHead, Takes: gazetteer.TakesName}
)

// headLen is, for each first word of a head of placeHeads or nameHeads,
// the most words such a head has: 7 for "ban" (ban quản lý các khu công
// nghiệp), 2 for "công" (công an). orgHead tries no longer heads.
var headLen = func() map[string]int {
	m := map[string]int{}
	for _, s := range []map[string]bool{placeHeads, nameHeads} {
		for k := range s {
			first, _, _ := strings.Cut(k, " ")
			m[first] = max(m[first], strings.Count(k, " ")+1)
		}
	}
	return m
}()

// orgHead returns the length of the organisation head at i and its entry,
// or 0. Abbreviations of heads count ("TAND" for "Tòa án nhân dân"), and so
// do the heads the grammar knows beyond the lists.
func (p *parse) orgHead(i int) (int, *gazetteer.Entry) {
	if m, e, ok := p.longest(i, gazetteer.KindOrgHead); ok {
		n := m.To - i
		for k := headLen[p.key(i)]; k > n; k-- {
			if placeHeads[p.keyN(i, k)] {
				return k, placeHead
			}
			if nameHeads[p.keyN(i, k)] && e.Takes == gazetteer.TakesName {
				return k, e // "Công ty TNHH Một thành viên" over "Công ty TNHH"
			}
		}
		return n, e
	}
	if !p.is(i, classStarter) {
		return 0, nil
	}
	for n := headLen[p.key(i)]; n >= 1; n-- {
		k := p.keyN(i, n)
		if placeHeads[k] {
			return n, placeHead
		}
		if nameHeads[k] {
			return n, nameHead
		}
	}
	return 0, nil
}

// nestOrg tags the international organisation that ends a listed one,
// outer, as its parent: [Đại hội đồng [Liên hợp quốc]], [Hội đồng Bảo an
// [Liên hợp quốc]]. It reports whether it found one.
func (p *parse) nestOrg(from, to int, outer *gazetteer.Entry) bool {
	for k := from + 1; k < to; k++ {
		if m, e, ok := p.longest(k, gazetteer.KindOrgName); ok && m.To == to && e != outer && e.Source == gazetteer.SourceIntlOrgs && !e.Weak && p.isCap(k) {
			p.add(k, to, ORG, "org-in-org", prioOrg)
			p.nestPlace(k, to)
			return true
		}
	}
	return false
}

// nestPlace tags the first known place inside an organisation's name:
// [Real [Madrid]], [Liên đoàn Bóng đá [Việt Nam]].
func (p *parse) nestPlace(from, to int) {
	// The rule's own candidates, looking back: those that end before the
	// name end the search.
	for i := len(p.cands) - 1; i >= p.start && p.cands[i].to > from; i-- {
		c := &p.cands[i]
		if c.typ == LOC && c.from >= from && c.to <= to {
			return // the name holds a place already: [Bệnh viện Đa khoa [tỉnh Thanh Hóa]]
		}
		if c.typ == PER && c.rule == "per-in-org" && c.to == to {
			return // the name is a person's: [Trường THPT [Lê Quý Đôn]]
		}
	}
	type place struct {
		from, to int
		e        *gazetteer.Entry
	}
	var first, unit *place
	for k := from; k < to; k++ {
		if (!p.isCap(k) || p.wordAt(k)) && !p.lowerPlaceAt(k) {
			continue
		}
		m, e, ok := p.longest(k, placeKinds...)
		if !ok || m.To > to || e.Weak || directions[p.keyN(k, m.To-k)] || !p.capSpan(k, m.To) && !p.lowerPlaceAt(k) || k == from && (m.To == to || e.Kind == gazetteer.KindCountry) {
			continue // the whole name, or a brand opening with a country ("Vietnam Airlines")
		}
		if e.Kind == gazetteer.KindUnit && !p.aboveCommune(e) {
			continue
		}
		pl := &place{k, m.To, e}
		if first == nil {
			first = pl
		}
		if e.Kind == gazetteer.KindUnit {
			unit = pl
			break
		}
		k = m.To - 1
	}
	// The province or district the body is named by, rather than a
	// river or a landmark before it: [Sông Lam [Nghệ An]].
	if unit != nil {
		first = unit
	}
	if first != nil {
		c := p.add(first.from, first.to, LOC, "loc-in-org", prioLocTyped)
		p.attachUnit(c, first.e, "", first.from, first.to)
	}
}

// lowerPlaceAt reports whether a place the lists write in lower case
// starts at k: "[Nghị viện [châu Âu]]".
func (p *parse) lowerPlaceAt(k int) bool {
	m, e, ok := p.longest(k, placeKinds...)
	if !ok || p.shape(k) != normalize.Lower || !p.isCap(m.To-1) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(e.Name)
	return unicode.IsLower(r)
}

// aboveCommune reports whether a unit name names a province or a district.
func (p *parse) aboveCommune(e *gazetteer.Entry) bool {
	for _, u := range e.Units {
		if u.Level != gazetteer.Commune {
			return true
		}
	}
	return false
}

// headWithPlace reports whether the organisation head h at i is followed by
// a place, so that "Huyện ủy Lạng Giang" is parsed as an organisation even
// though "Huyện" could start a place.
func (p *parse) headWithPlace(i int, h gazetteer.Match, placeEnd int) bool {
	return h.To > i+1 || placeEnd <= h.To
}

// startsCountry reports whether a country starts at token i.
func (p *parse) startsCountry(i int) bool {
	_, e, ok := p.longest(i, gazetteer.KindCountry)
	return ok && !e.Weak && p.isCap(i)
}

// personAt reports whether a Vietnamese person's name starts at token i: a
// surname and one to three given names.
func (p *parse) personAt(i int) bool {
	if !p.isCap(i) || !p.g.Has(gazetteer.KindSurname, p.text(i)) {
		return false
	}
	e := p.nameRun(i, 4)
	return e-i >= 2 && p.givenNames(i+1, e)
}

// orgNameOK decides whether a listed organisation name is one here.
func (p *parse) orgNameOK(i int, m gazetteer.Match, e *gazetteer.Entry) bool {
	if e.Class == gazetteer.ClassSportsTeam {
		return p.teamOK(i, m, e)
	}
	if e.Weak || e.Hint == gazetteer.HintNotOrg || m.To == i+1 && p.surnameSeen(i) {
		return false
	}
	return p.listedNameOK(i, m)
}

// surnameSeen reports whether the word at i ended the name of a person
// found before it in the document: after "Christine Blasey Ford", "Ford"
// is she, not the carmaker. Only the last candidates are read, so that
// the test stays cheap.
func (p *parse) surnameSeen(i int) bool {
	found := p.found()
	for k := len(found) - 1; k >= 0 && k >= len(found)-256; k-- {
		if c := &found[k]; c.typ == PER && c.to-c.from >= 2 && c.to <= i && p.key(c.to-1) == p.key(i) {
			return true
		}
	}
	return false
}

// teamOK decides whether a listed sports team is one here. A national
// team is its country (đội tuyển [Anh]), but an age-group team is a team:
// [U23 [Việt Nam]]. A club named like its city, or called by a short name
// ("Betis"), needs a cue ([CLB [Hà Nội]]) or a text about sport where no
// word of place comes before it: "Barcelona thắng 2-1".
func (p *parse) teamOK(i int, m gazetteer.Match, e *gazetteer.Entry) bool {
	switch e.Hint {
	case gazetteer.HintClub, gazetteer.HintShortName:
	case gazetteer.HintNationalTeam:
		if !ageGroup(p.text(i)) {
			return false
		}
		return p.listedNameOK(i, m)
	default:
		return false
	}
	cue := teamCues[p.key(i-1)] || teamCues[p.keyN(i-2, 2)]
	sport := p.aboutSport() && !locCues[p.key(i-1)] && !p.typeWordBefore(i)
	if e.Weak && !cue && !sport {
		return false
	}
	if n, _ := p.orgHead(i); n > 0 && !cue {
		return false // "Công an TP.HCM" is the police before it is the club
	}
	if pm, _, ok := p.longest(i, placeKinds...); ok && pm.To >= m.To && !cue && !sport {
		return false
	}
	return p.listedNameOK(i, m)
}

// ageGroup reports whether s names an age group: U23, U19.
func ageGroup(s string) bool {
	return len(s) == 3 && (s[0] == 'U' || s[0] == 'u') && allDigits(s[1:])
}

// typeWordBefore reports whether a place's type word ends right before i.
func (p *parse) typeWordBefore(i int) bool {
	for n := 1; n <= 2 && i-n >= 0; n++ {
		if m, _, ok := p.longest(i-n, gazetteer.KindTypeWord); ok && m.To == i {
			return true
		}
	}
	return false
}

// listedNameOK holds the checks every listed organisation name passes: no
// head that stays outside before it, no headline in capitals, no body
// without a name, no capitalised word that continues it.
func (p *parse) listedNameOK(i int, m gazetteer.Match) bool {
	if outsideHeads[p.key(i)] || outsideHeads[p.keyN(i, 2)] {
		return false // "Hãng [Boeing]", also at the start of a sentence
	}
	if m.To-i == 1 && p.capsLine(i) && (p.capsLine(i-1) || p.capsLine(i+1)) {
		return false // in a headline in capitals every word looks like an acronym ("NAM")
	}
	if bareBodies[p.keyN(i, m.To-i)] {
		return false
	}
	if !p.isCap(i) && !ageGroup(p.text(i)) {
		// Lower-case heads of listed names ("báo Nhân Dân") still count
		// when the rest is capitalised.
		if m.To-i < 2 || !p.isCap(m.To-1) || !lowerHeads[p.key(i)] {
			return false
		}
	}
	// A capitalised word right after belongs to another name.
	if p.isCap(m.To) && !p.startsPlace(m.To) && m.To-i == 1 && !p.personAt(m.To) && !p.foreignName(m.To, p.nameRun(m.To, 4)) {
		return false
	}
	return true
}

// placeAfterHead parses the place that completes a local body, with its type
// word ("UBND tỉnh Bắc Giang") or without ("Huyện ủy Lạng Giang", "Sở Y tế
// Hà Nam"). implied is the type word the head implies, if any.
func (p *parse) placeAfterHead(j int, implied string) int {
	if j >= len(p.toks) {
		return j
	}
	if _, _, ok := p.longest(j, gazetteer.KindTypeWord); ok {
		return p.loc(j, true)
	}
	if !p.isCap(j) {
		return j
	}
	if p.personAt(j) && !p.startsPlaceExactly(j, p.nameRun(j, 4)) {
		// "Thành ủy Từ Sơn Nguyễn Đức Chính": a place, then the holder.
		pm, pe, ok := p.longest(j, placeKinds...)
		if !ok || pe.Weak || !p.personAt(pm.To) {
			return j
		}
	}
	// A one-syllable place that a lower-case syllable completes into a
	// word is the word, the field of the body: Trung tâm [Tư vấn] pháp
	// luật, not Trung tâm [Tư].
	if pm, pe, ok := p.longest(j, placeKinds...); ok && p.capSpan(j, pm.To) && !pe.Weak && !(pm.To == j+1 && p.wordAt(j)) {
		c := p.add(j, pm.To, LOC, "loc-in-org", prioLocTyped)
		p.attachUnit(c, pe, implied, j, pm.To)
		return pm.To
	}
	if implied != "" {
		e := p.nameRun(j, 4)
		if e > j {
			c := p.add(j, e, LOC, "loc-in-org", prioLocTyped)
			c.unitName, c.typeWord = p.s[p.toks[j].Start:p.toks[e-1].End], implied
			return e
		}
	}
	return j
}

// foreignCity reports whether the foreign-spelled run [j, e) is a city of
// the lists that is no person's name, standing whole.
func (p *parse) foreignCity(j, e int) bool {
	return !p.isCap(e) && p.foreignSpelled(j, e) && p.g.Has(gazetteer.KindCity, p.s[p.toks[j].Start:p.toks[e-1].End]) &&
		!p.g.Has(gazetteer.KindForeignSurname, p.text(e-1)) && !p.g.Has(gazetteer.KindForeignGiven, p.text(j))
}

// field returns the end of the field words after a department or board
// head: "Y tế", "Giáo dục và Đào tạo", "Tuyên giáo", "GD&ĐT". The fields of
// the ministries are known ("Sở Giao thông vận tải" like "Bộ Giao thông vận
// tải"); otherwise a field word is capitalised, and a lower-case syllable
// joins it when the two make a word.
func (p *parse) field(j int, head string) int {
	if f := p.ministryField(j); f > j {
		return p.fieldTail(f) // Cục Y tế [dự phòng]
	}
	k := j
	for k < len(p.toks) && p.isCap(k) {
		if p.startsPlace(k) && !p.wordAt(k) || p.personAt(k) {
			break // but "Vụ Pháp chế" is no place
		}
		if _, _, ok := p.longest(k, gazetteer.KindTypeWord); ok {
			break
		}
		if _, _, ok := p.longest(k, gazetteer.KindOrgHead); ok && k > j {
			break
		}
		if k > j && p.foreignCity(k, p.nameRun(k, 4)) {
			break // the city the body serves: Sở Cảnh sát [Baton Rouge]
		}
		k++
		k = p.wordRest(k)
		if (orgConnectors[p.key(k)] || p.text(k) == ",") && p.isCap(k+1) && !p.startsPlace(k+1) {
			k++
		}
	}
	// The field goes on in lower case, or starts so after a head that
	// ends in its own field: Đội Cảnh sát [điều tra tội phạm về ma túy].
	return p.fieldTail(k)
}

// fieldTail returns the end of the lower-case field words at k that
// complete a body's field — Cục Cảnh sát [giao thông], Cục Phòng cháy[,
// chữa cháy và cứu nạn, cứu hộ] — or k. A comma, "và" or "về" joins two
// of them: "tội phạm về ma túy".
func (p *parse) fieldTail(k int) int {
	end := k
	for m := k; m < len(p.toks) && m-k < 12; {
		if m > k && m == end && (p.text(m) == "," || p.key(m) == keyVa || p.key(m) == keyVe) {
			m++ // a joint, kept only if a field word follows
			continue
		}
		n := 0
		for w := 4; w >= 1; w-- {
			if p.shape(m) != normalize.Lower || p.shape(m+w-1) != normalize.Lower {
				continue
			}
			// A field word begun by the capital before: "Phòng [cháy]".
			if fieldWords[p.keyN(m, w)] || m == k && p.isCap(k-1) && fieldWords[p.keyN(k-1, w+1)] {
				n = w
				break
			}
		}
		if n == 0 {
			break
		}
		m += n
		end = m
	}
	return end
}

// orgName returns the end of the name of an organisation after its head:
// capitalised words, lower-case syllables completing a word, connectors
// between capitalised parts, and at most one place at its end.
func (p *parse) orgName(j int, head string) int {
	start := j
	if p.personAt(j) && !nameHeads[head] {
		return j
	}
	if m, e, ok := p.longest(j, gazetteer.KindTitle); ok && m.To-j > 1 && roleTitle(e) {
		return j // a title follows the head: no name of its own
	}
	k := j
	for k < len(p.toks) && k-start < 12 {
		if k == start && p.personAt(k) && (!p.startsPlace(k) || p.namedAfterPerson(head, k, true)) {
			// Trường THPT [Lê Hồng Phong]: the person's name whole,
			// though "Hồng Phong" is also a commune.
			k = p.nameRun(k, 4)
			continue
		}
		if p.isCap(k) {
			if k > start && (p.personAt(k) && !p.startsPlaceExactly(k, p.nameRun(k, 4)) || p.foreignHolderAt(k)) {
				break // "Ngân hàng Nhà nước [Nguyễn Thị Hồng]", "Đảng Lao động [Jeremy Corbyn]": the holder, not the name
			}
			if k > start && p.startsPlace(k) && !p.wordAt(k) {
				// A place ends the name, unless the name goes on after it
				// ("Phúc Lộc Land"): then it is part of a name, not a place.
				n := p.mark()
				if e := p.loc(k, true); e > k && !p.isCap(e) {
					return e
				}
				p.reset(n)
			}
			k++
			k = p.wordRest(k)
			continue
		}
		if k > start && (orgConnectors[p.key(k)] || p.text(k) == "&") && p.isCap(k+1) && !p.secondOrgAt(k+1) {
			k++
			continue
		}
		if k > start {
			e, last := p.orgNameTail(k)
			if last {
				return e
			}
			if e > k {
				k = e
				continue
			}
		}
		break
	}
	if k == start {
		return j
	}
	p.personNamesOrg(start, k, head)
	return k
}

// orgNameTail reads what completes an organisation's name at its
// lower-case word k: a place with its type word, or a tail, which end the
// name (last), or field words, after which it may go on. It returns k when
// nothing fits.
func (p *parse) orgNameTail(k int) (e int, last bool) {
	if _, _, ok := p.longest(k, gazetteer.KindTypeWord); ok {
		if e := p.loc(k, true); e > k {
			return e, true
		}
	}
	if e := p.orgTail(k); e > k {
		return e, true
	}
	if e := p.fieldTail(k); e > k {
		return e, false // Viện Vệ sinh [dịch tễ] Trung ương
	}
	return p.parallelTail(k), false // Trung tâm Hỗ trợ [phụ nữ và] Chăm sóc sức khỏe sinh sản
}

// secondOrgAt reports whether an organisation's head starts at k after a
// connector: "Đại học Michigan và [Đại học Harvard]" are two.
func (p *parse) secondOrgAt(k int) bool {
	n, _ := p.orgHead(k)
	return n > 0 && p.isCap(k)
}

// parallelTail returns the end of lower-case words of a name's field that
// a "và" joins to a second capitalised field, as names of centres and
// institutes coordinate their fields ("Hỗ trợ phụ nữ và Chăm sóc …"), or
// k: at most five lower-case words, then "và" and a capital.
func (p *parse) parallelTail(k int) int {
	for m := k; m < k+6 && m < len(p.toks); m++ {
		switch {
		case p.key(m) == keyVa && m > k && p.isCap(m+1) && !p.startsPlace(m+1) && !p.personAt(m+1):
			return m + 1
		case p.kind(m) != normalize.Word || p.shape(m) != normalize.Lower || tailStops[p.key(m)]:
			return k
		}
	}
	return k
}

// foreignHolderAt reports whether a foreign person's name starts at k:
// listed, or foreign-spelled with a known foreign given name first.
func (p *parse) foreignHolderAt(k int) bool {
	if _, _, ok := p.longest(k, gazetteer.KindForeignPerson); ok {
		return true
	}
	e := p.nameRun(k, 4)
	return e-k >= 2 && p.foreignSpelled(k, e) && p.g.Has(gazetteer.KindForeignGiven, p.text(k)) && !p.startsPlace(k)
}

// personNamesOrg tags a person's name that is the whole name [start, k)
// of an organisation with the head key head, after any abbreviation:
// [Trường THPT [Lê Quý Đôn]].
func (p *parse) personNamesOrg(start, k int, head string) {
	ns := start
	for ns < k && p.shape(ns) == normalize.Upper && p.kind(ns) != normalize.Word {
		ns++
	}
	if ns < k && k-ns >= 2 && k-ns <= 4 && p.g.Has(gazetteer.KindSurname, p.text(ns)) && (!p.startsPlace(ns) || p.namedAfterPerson(head, ns, nameHeads[head] || strings.HasPrefix(head, keyTruong))) {
		p.add(ns, k, PER, "per-in-org", prioPerCue)
	}
}

// projectBoardTail returns the end of a project board's description and
// the place after it, or k: up to fourteen lower-case words, commas and
// "và", then an administrative type word and its place.
func (p *parse) projectBoardTail(k int) int {
	for m := k; m < k+14 && m < len(p.toks); m++ {
		if _, tw, ok := p.longest(m, gazetteer.KindTypeWord); ok && tw.Class == gazetteer.ClassAdmin && m > k {
			if e := p.loc(m, true); e > m {
				return e
			}
			return k
		}
		if p.kind(m) != normalize.Word && p.text(m) != "," || p.shape(m) != normalize.Lower && p.text(m) != "," {
			return k
		}
	}
	return k
}

// orgTail returns the end of a lower-case description that completes an
// organisation's name at k, or k. Without a lexicon of such descriptions
// only one that ends in a rank or a place is taken: "Trung tâm Dự báo [khí
// tượng thủy văn quốc gia]", "Trung tâm Phục vụ [hành chính công phường
// Kinh Bắc]" — a lower-case word after a name is otherwise a verb as often
// as not ("Sở Y tế tổ chức …").
func (p *parse) orgTail(k int) int {
	m := k
	for ; m < k+6 && p.kind(m) == normalize.Word && p.shape(m) == normalize.Lower; m++ {
		if tailStops[p.key(m)] || tailStops[p.keyN(m, 2)] {
			return k // a preposition, an auxiliary or a verb: the name has ended
		}
		if ranks[p.keyN(m, 2)] {
			return m + 2
		}
		if m > k {
			if _, _, ok := p.longest(m, gazetteer.KindTypeWord); ok {
				if e := p.loc(m, true); e > m {
					return e
				}
			}
		}
	}
	// "Xổ số [kiến thiết] Vĩnh Long": a known province or district right
	// after the description anchors it too.
	if m > k && p.isCap(m) {
		if pm, pe, ok := p.longest(m, gazetteer.KindUnit); ok && !pe.Weak && p.aboveCommune(pe) && p.capSpan(m, pm.To) && !p.isCap(pm.To) {
			c := p.add(m, pm.To, LOC, "loc-in-org", prioLocTyped)
			p.attachUnit(c, pe, "", m, pm.To)
			return pm.To
		}
	}
	return k
}

// wordRest returns the end of the word that the capitalised token k-1
// starts: the lower-case syllables at k that complete it in the dictionary
// ("Y [tế]", "Quốc [dân]", "Cảnh [sát]"). Only syllables that make one word
// with the capital count, so that "Quốc dân tuyển sinh" stops after "dân".
func (p *parse) wordRest(k int) int {
	first := p.text(k - 1)
	w := first
	end := k
	for n := k; n < k+2 && p.shape(n) == normalize.Lower && p.kind(n) == normalize.Word; n++ {
		w += " " + p.text(n)
		if !p.g.IsWord(w) {
			break
		}
		end = n + 1
	}
	return end
}
