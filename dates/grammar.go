package dates

import (
	"sort"
	"time"

	"github.com/vntag/vntag/normalize"
)

// The grammar works on tokens. At each token that can start an expression
// (a number or a known temporal word) every rule family is tried and the
// longest reading wins; the scan then continues after it.

// trigger reports whether token i may start an expression.
func (p *parser) trigger(i int) bool {
	t := &p.t[i]
	switch t.kind {
	case normalize.Number:
		return true
	case normalize.Word, normalize.Abbrev:
		if t.w != wNone {
			return isStart(t.w) && p.startsHere(i)
		}
		c := p.s[t.start]
		return '0' <= c && c <= '9' || c == 'T' && t.end-t.start == 2 && '2' <= p.s[t.start+1] && p.s[t.start+1] <= '7'
	}
	return false
}

// startWords are the words an expression may start with.
var startWords = []lex{
	wNgay, wThang, wNam, wQuy, wTuan, wHom, wSang, wTrua, wChieu, wToi, wDem, wKhuya, wRang,
	wBuoi, wBay, wHien, wTu, wDau, wGiua, wCuoi, wNuaHalf, wNhung, wThuong, wTrung, wHa, wThu,
	wChu, wChua, wCN, wNhiem, wGiai, wNien, wMua, wThoi, wKhoa, wThap, wThe, wMung, wRam, wTet, wHang,
	wBua, wCung, wXuan, wVai, wMayFew, wSom, wMot, wHai, wBa, wBon, wSau6, wBay7, wTam, wChin, wMuoi10,
}

// startSet[w] says whether word w may start an expression.
var startSet = func() []bool {
	m := make([]bool, int(wLast)+len(vocab)+1)
	for _, w := range startWords {
		m[w] = true
	}
	for w, hs := range holidayIndex {
		if len(hs) > 0 && w < len(m) {
			m[w] = true
		}
	}
	return m
}()

func isStart(w lex) bool { return int(w) < len(startSet) && startSet[w] }

// startsHere checks the word after a common start word that begins an
// expression only with a particular next word ("thực hiện", "trung tâm",
// "hàng hóa" are frequent in news).
func (p *parser) startsHere(i int) bool {
	n := p.word(i + 1)
	if n == wNone && (i+1 >= len(p.t) || p.t[i+1].kind == normalize.Word && p.t[i+1].roman == 0 && !isDigit(p.s[p.t[i+1].start])) {
		// only a one-word holiday ("Tết", "Noel") ends where it starts
		for _, h := range holidaysAt(p.t[i].w) {
			if len(h.words) == 1 {
				return true
			}
		}
		return false
	}
	switch p.t[i].w {
	case wDau:
		return n != wTuFour // "đầu tư" is investment
	case wBua:
		return n == wNay || n == wQua
	case wXuan:
		for _, h := range holidaysAt(wXuan) {
			if len(h.words) > 1 && h.words[1] == n {
				return true // "Xuân phân"
			}
		}
		return p.t[i].shape != normalize.Lower && i+1 < len(p.t) && p.t[i+1].shape != normalize.Lower
	case wCung:
		return n == wNgay
	case wSau:
		if _, _, ok := p.intAt(i + 1); !ok {
			return false
		}
		return true
	case wHien, wBay:
		return n == wGio || n == wNay || n == wTai
	case wTrung, wThuong, wHa:
		return n == wTuan || len(holidaysAt(p.t[i].w)) > 0
	case wThe:
		return n == wKyCent
	case wThap:
		return n == wKyCent || n == wNien
	case wGiai:
		return n == wDoan
	case wNhiem:
		return n == wKy
	case wChu, wChua:
		return n == wNhat
	case wRang:
		return n == wSang
	case wNhung:
		return n == wNam || n == wThang
	case wVai, wMayFew:
		g, _ := unitOf(n, p.word(i+2))
		return g != ""
	case wSom:
		return n == wThu || n == wChu || n == wChua || n == wCN
	case wHang, wMoi:
		g, _ := unitOf(n, p.word(i+2))
		return g != ""
	case wMot, wHai, wBa, wBon, wSau6, wBay7, wTam, wChin, wMuoi10:
		return n != wNone
	}
	if w := p.t[i].w; int(w) >= len(grammarStart) || !grammarStart[w] {
		// a word that only starts holiday names ("ông Táo", "Quốc khánh"):
		// check the next word
		for _, h := range holidaysAt(p.t[i].w) {
			if len(h.words) == 1 || h.words[1] == n || p.isDash(i+1) {
				return true
			}
		}
		return false
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// grammarStart marks the start words of the grammar proper (not holiday
// names).
var grammarStart = func() []bool {
	m := make([]bool, wLast)
	for _, w := range startWords {
		m[w] = true
	}
	return m
}()

func (p *parser) findAll(out []Expr) []Expr {
	for i := 0; i < len(p.t); {
		if !p.trigger(i) {
			i++
			continue
		}
		j, v, ok := p.top(i)
		if !ok || p.nowAlone(i, j) {
			i++
			continue
		}
		r, ok := p.resolve(&v)
		if !ok {
			i++
			continue
		}
		out = append(out, p.expr(i, j, &v, r))
		if r.kind == KindDate || r.kind == KindInterval {
			p.context = truncDay(r.from)
			if r.kind == KindInterval {
				p.context = truncDay(r.to)
			}
		}
		if (r.grain == Day || r.grain.fine()) && r.kind != KindDuration && r.kind != KindSet {
			p.anchor = truncDay(r.from)
			if r.kind == KindInterval {
				p.anchor = truncDay(r.to)
			}
		}
		p.memoOK = false
		i = j
		chain := len(out) - 1
		for {
			// "năm 2023 và 2024", "tháng 6 và 7", "quý I, II và III"
			e, v2, r2, ok := p.continuation(i, r)
			if !ok {
				break
			}
			out = append(out, p.expr(i+1, e, &v2, r2))
			i, r = e, r2
		}
		if last := out[len(out)-1]; len(out)-1 > chain && hasYear(last.Text) {
			// "tháng 6, 7 và 8 năm 2023": the year is the last item's
			for k := chain; k < len(out)-1; k++ {
				if !hasYear(out[k].Text) {
					out[k] = p.withYear(out[k], last.From.Year())
				}
			}
			out = p.shareYear(out, chain)
		}
	}
	return out
}

// nowAlone reports whether tokens [i, j) are "bây giờ" or "hiện giờ"
// alone. In running text they are the deictic "now" of an adverb, no
// more a date than "hiện nay" or "ngày nay" (ANNOTATION.md), so Find leaves
// them out; Parse, asked for one expression, still reads them as the
// reference time, as Duckling does, and they anchor a range ("từ năm
// 2020 đến bây giờ").
func (p *parser) nowAlone(i, j int) bool {
	return j == i+2 && (p.t[i].w == wBay || p.t[i].w == wHien) && p.t[i+1].w == wGio
}

// shareYear joins the months or quarters out[chain:] into one expression
// when only the last writes the year they share ("tháng 10 , 11 - 2000",
// "quý I và II/2024"), as days sharing a month are one ("ngày 27 và
// 28/6"): the interval from the first to the last, approximate when they
// do not follow each other. Items that rise not, or carry a year each,
// stay apart.
func (p *parser) shareYear(out []Expr, chain int) []Expr {
	items := out[chain:]
	g := items[0].Grain
	if g != Month && g != Quarter {
		return out
	}
	consecutive := true
	for k, e := range items {
		if e.Grain != g || e.Kind != KindDate || k < len(items)-1 && hasYear(e.Text) {
			return out
		}
		if k > 0 {
			prev := items[k-1]
			if !e.From.After(prev.From) {
				return out
			}
			consecutive = consecutive && e.From.Equal(prev.To.AddDate(0, 0, 1))
		}
	}
	first, last := items[0], items[len(items)-1]
	r := res{from: first.From, to: last.To, grain: g, kind: KindInterval, approx: !consecutive}
	r.value = rangeValue(r)
	v := newVal("list")
	i, j := p.tokenAt(first.Start), p.tokenAt(last.End-1)+1
	return append(out[:chain], p.expr(i, j, &v, r))
}

// tokenAt returns the index of the token holding byte offset off.
func (p *parser) tokenAt(off int) int {
	return sort.Search(len(p.t), func(k int) bool { return int(p.t[k].end) > off })
}

// hasYear reports whether s holds a run of four digits.
func hasYear(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// withYear moves a month or quarter expression to year y.
func (p *parser) withYear(e Expr, y int) Expr {
	var r res
	switch e.Grain {
	case Month:
		r = p.monthsRes(y, int(e.From.Month()), int(e.To.Month()))
	case Quarter:
		r = p.quarterRes(y, (int(e.From.Month())-1)/3+1)
	default:
		return e
	}
	e.From, e.To, e.Value = r.from, r.to, r.value
	return e
}

// continuation reads a bare item that continues an enumeration after the
// expression ending at token i, resolved as r: a year after a year, a month
// after a month, a quarter after a quarter.
func (p *parser) continuation(i int, r res) (int, val, res, bool) {
	if !(p.isPunct(i, ",") || p.word(i) == wVa || p.isWord(i, "hoặc")) || i+1 >= len(p.t) || r.kind != KindDate {
		return 0, val{}, res{}, false
	}
	k := i + 1
	t := &p.t[k]
	n, nd, isNum := t.num()
	end := k + 1
	switch {
	case r.grain == Year && r.from.Year() == r.to.Year() && r.from.Month() == 1:
		if !isNum || nd != 4 || n < 1000 || n > 2199 || p.codeAfter(end) || p.isDash(end) {
			return 0, val{}, res{}, false
		}
		v := newVal("written")
		return end, v, p.yearRes(n, n), true
	case r.grain == Month && r.from.Month() == r.to.Month() && r.from.Day() == 1:
		if !isNum || nd > 2 || n < 1 || n > 12 || !p.enumEnd(end) {
			return 0, val{}, res{}, false
		}
		y := r.from.Year()
		e, yy := p.yearSpec(end)
		if yy != 0 {
			y = yy
		}
		return e, newVal("written"), p.monthsRes(y, n, n), true
	case r.grain == Quarter:
		q := int(t.roman)
		if isNum && nd == 1 {
			q = n
		}
		if q < 1 || q > 4 {
			return 0, val{}, res{}, false
		}
		y := r.from.Year()
		e, yy := p.yearSpec(end)
		if yy != 0 {
			y = yy
		} else if !p.enumEnd(end) {
			return 0, val{}, res{}, false
		}
		return e, newVal("parts"), p.quarterRes(y, q), true
	}
	return 0, val{}, res{}, false
}

// enumEnd reports whether token i may follow the last item of an
// enumeration: punctuation, the end, another separator or a year.
func (p *parser) enumEnd(i int) bool {
	if i >= len(p.t) || p.t[i].kind == normalize.Punct && !p.isPunct(i, "/") && !p.isPunct(i, "%") {
		return true
	}
	switch p.word(i) {
	case wVa, wNam:
		return true
	}
	return p.isWord(i, "hoặc")
}

func (p *parser) expr(i, j int, v *val, r res) Expr {
	s, e := int(p.t[i].start), int(p.t[j-1].end)
	return Expr{
		Start: s, End: e, Text: p.s[s:e],
		Kind: r.kind, From: r.from, To: r.to, Grain: r.grain, Duration: r.dur,
		Value: r.value, Approx: r.approx || v.approx, Rule: v.rule,
	}
}

// leading words left out of a span when parsing a whole expression.
func isLeadingFiller(w lex) bool {
	switch w {
	case wVao, wTrong, wNhung, wCac, wLuc, wKhoang, wSuot, wTamAbout:
		return true
	}
	return false
}

func (p *parser) parseWhole() (Expr, error) {
	i, n := 0, len(p.t)
	for i < n && (p.t[i].kind == normalize.Punct || isLeadingFiller(p.t[i].w)) {
		// "những năm 1980" keeps its "những"
		if p.t[i].w == wNhung {
			if j, _, ok := p.top(i); ok && j > i {
				break
			}
		}
		i++
	}
	for n > i && p.t[n-1].kind == normalize.Punct && !p.isPunct(n-1, ")") {
		n--
	}
	if i >= n {
		return Expr{}, ErrNoDate
	}
	j, v, ok := p.top(i)
	if !ok {
		return Expr{}, ErrNoDate
	}
	r, ok := p.resolve(&v)
	if !ok {
		return Expr{}, ErrNoDate
	}
	if j < n {
		return Expr{}, ErrPartial
	}
	return p.expr(i, j, &v, r), nil
}

// top returns the longest expression starting at token i.
func (p *parser) top(i int) (int, val, bool) {
	best := -1
	var bv val
	try := func(j int, v val, ok bool) {
		if ok && j > best {
			if _, good := p.resolve(&v); good || v.bare != 0 {
				best, bv = j, v
			}
		}
	}
	try(p.rangeAt(i))
	try(p.listAt(i))
	try(p.pointAt(i, false))
	try(p.durationAt(i))
	try(p.setAt(i))
	if best <= i || bv.bare != 0 {
		return 0, val{}, false
	}
	return best, bv, true
}

// pointAt returns the longest single (non-range) expression at token i. With
// bare, a lone day or year number counts too (a range end).
func (p *parser) pointAt(i int, bare bool) (int, val, bool) {
	if p.memoOK && p.memoI == i {
		if p.memoEnd > i || !bare {
			return p.memoEnd, p.memoV, p.memoEnd > i
		}
		return p.bareAt(i)
	}
	j, v, ok := p.pointAtNoMemo(i)
	p.memoOK, p.memoI, p.memoEnd, p.memoV = true, i, j, v
	if !ok {
		p.memoEnd = -1
		if bare {
			return p.bareAt(i)
		}
	}
	return j, v, ok
}

func (p *parser) pointAtNoMemo(i int) (int, val, bool) {
	best := -1
	var bv val
	try := func(j int, v val, ok bool) {
		if ok && j > best {
			best, bv = j, v
		}
	}
	try(p.compoundAt(i))
	try(p.coarseAt(i))
	return best, bv, best > i
}

// bareAt reads a lone number as a day (1–31) or a year (1000–2199).
func (p *parser) bareAt(i int) (int, val, bool) {
	if i >= len(p.t) {
		return 0, val{}, false
	}
	n, nd, ok := p.t[i].num()
	if !ok {
		return 0, val{}, false
	}
	v := newVal("range")
	switch {
	case nd <= 2 && n >= 1 && n <= 31:
		v.bare, v.d = bareDay, n
	case nd == 4 && n >= 1000 && n <= 2199:
		v.bare, v.y = bareYear, n
	default:
		return 0, val{}, false
	}
	return i + 1, v, true
}

// coarseAt tries the rule families above the day: months, years, quarters,
// parts of periods, relative periods, decades, centuries, terms, holidays.
func (p *parser) coarseAt(i int) (int, val, bool) {
	best := -1
	var bv val
	try := func(j int, v val, ok bool) {
		if ok && j > best {
			best, bv = j, v
		}
	}
	try(p.monthAt(i))
	try(p.yearAt(i))
	try(p.quarterAt(i))
	try(p.partsAt(i))
	try(p.relativeAt(i))
	try(p.decadeAt(i))
	try(p.termAt(i))
	try(p.khoaAt(i))
	try(p.seasonAt(i))
	return best, bv, best > i
}

// slots of a compound expression
const (
	slotClock = 1 << iota
	slotPod
	slotWeekday
	slotDay
)

// compoundAt chains a clock time, a part of the day, a weekday and a day,
// in any order, joined by nothing, a comma, "lúc", "vào" or brackets:
// "8 giờ 30 sáng nay", "chiều 18/7", "thứ 2 (18/7)", "20h ngày 18/7".
func (p *parser) compoundAt(i int) (int, val, bool) {
	acc := newVal("")
	var have uint8
	j, n := i, 0
	weakWeekday, durCue := false, false
	for {
		k := j
		paren := false
		if n > 0 {
			if p.isPunct(k, ",") || p.isPunct(k, "|") || p.isDash(k) && (have&slotClock != 0) != (have&slotDay != 0) {
				// "ngày 18/7, lúc 8 giờ", "20h | 18/7", "8 giờ - ngày 18/7"
				k++
			}
			if have&slotClock != 0 {
				k = p.zoneAt(k) // "5 giờ sáng giờ miền Đông Chủ nhật"
			}
			if w := p.word(k); w == wLuc || w == wVao {
				k++
			}
			if p.isPunct(k, "(") {
				paren = true
				k++
			}
		}
		if have&slotDay != 0 && acc.hasDayOff {
			// "hôm qua (17/7)", "hôm nay 18 - 7": a date that repeats the day
			if e, a, ok := p.dayAt(k); ok && (!paren || p.isPunct(e, ")")) && a.d > 0 && p.sameDay(&acc, &a) {
				if paren {
					e++
				}
				j = e
				n++
				continue
			}
		}
		e, a, slot, ok := p.atomAt(k, have)
		if !ok {
			break
		}
		if paren {
			if !p.isPunct(e, ")") {
				break
			}
			e++
		}
		next := acc
		if slot == slotDay && acc.hasDayOff && (a.d > 0 || a.hasDayOff) && !p.sameDay(&acc, &a) {
			break
		}
		if slot == slotDay && acc.hasDayOff {
			next.hasDayOff = false // "sáng nay (18/7)": the date says the same
		}
		if !mergeSlot(&next, &a, slot) || !p.consistent(&next) {
			break
		}
		if slot == slotClock && n == 0 && p.durationCue(i-1) {
			// "gần 2 giờ" is a duration, "gần 2 giờ sáng 9 - 8" a time
			durCue = true
		}
		if slot == slotWeekday && a.approx { // a weak weekday reading ("thứ hai")
			weakWeekday = true
		}
		acc, have, j = next, have|slot, e
		if acc.rule == "" {
			acc.rule = a.rule
		}
		n++
	}
	if n == 0 || durCue && have == slotClock {
		return 0, acc, false
	}
	if have&slotClock != 0 {
		j = p.zoneAt(j) // "lúc 8 giờ sáng giờ địa phương"
	}
	if acc.h == 24 && have&slotDay == 0 && !acc.hasDayOff {
		if p.word(i) != wNuaHalf {
			return 0, acc, false // "24h", "24 giờ" alone: a duration
		}
		acc.hasDayOff, acc.anaphoric = true, true
	}
	if acc.h >= 0 && acc.pod != podNone && acc.pod.hourIn(acc.h) > 24 {
		return 0, acc, false
	}
	switch {
	case have == slotPod && !acc.hasDayOff && acc.pod == podDawn:
		// "rạng sáng" alone: the dawn of the day in context
		acc.hasDayOff, acc.anaphoric = true, true
	case have == slotPod && !acc.hasDayOff:
		return 0, acc, false // a bare "sáng", "chiều"
	case have == slotWeekday && weakWeekday && !acc.hasWeek && !p.weekdayCue(i-1) && !p.alone(i, j):
		return 0, acc, false // "lần thứ hai"
	case have == slotPod|slotWeekday && weakWeekday && !acc.hasWeek && p.word(i) == wDem:
		// "Khi đêm thứ hai buông xuống": the second night, as "ngày thứ
		// năm" is the fifth day; Monday night is "đêm thứ Hai", "tối thứ
		// hai", "đêm thứ hai tuần trước"
		return 0, acc, false
	}
	acc.approx = acc.approx && have&slotPod != 0 && acc.h < 0
	return j, acc, true
}

// alone reports whether tokens i..j are the whole text but for
// punctuation other than a comma: a weekday said alone ("thứ hai", "Thứ
// 2?") is one, whereas "Thứ hai, cần chú ý" counts.
func (p *parser) alone(i, j int) bool {
	for k := 0; k < i; k++ {
		if p.t[k].kind != normalize.Punct {
			return false
		}
	}
	for k := j; k < len(p.t); k++ {
		if p.t[k].kind != normalize.Punct || p.isPunct(k, ",") || p.isPunct(k, ":") {
			return false
		}
	}
	return true
}

// atomAt tries the compound atoms not yet filled at token k and returns the
// longest.
func (p *parser) atomAt(k int, have uint8) (int, val, uint8, bool) {
	best, slot := -1, uint8(0)
	var bv val
	try := func(s uint8, f func(int) (int, val, bool)) {
		if have&s != 0 {
			return
		}
		if j, v, ok := f(k); ok && j > best {
			best, bv, slot = j, v, s
		}
	}
	try(slotClock, p.clockAt)
	try(slotPod, p.podAt)
	try(slotWeekday, p.weekdayAt)
	try(slotDay, p.dayAt)
	return best, bv, slot, best > k
}

// mergeSlot copies the fields of atom a into acc.
func mergeSlot(acc, a *val, slot uint8) bool {
	switch slot {
	case slotClock:
		if a.hasDayOff && acc.hasDate() { // "bây giờ" carries its day
			return false
		}
		acc.h, acc.mi = a.h, a.mi
		if a.hasDayOff {
			acc.hasDayOff, acc.dayOff = true, a.dayOff
		}
		if a.pod != podNone {
			if acc.pod != podNone {
				return false
			}
			acc.pod = a.pod
		}
	case slotPod:
		acc.pod = a.pod
		if a.hasDayOff {
			if acc.hasDate() {
				return false
			}
			acc.hasDayOff, acc.dayOff = true, a.dayOff
		}
	case slotWeekday:
		if acc.hasDayOff {
			return false
		}
		acc.wd, acc.hasWeek, acc.weekOff, acc.dir = a.wd, a.hasWeek, a.weekOff, a.dir
	case slotDay:
		if acc.hasDayOff || (acc.hasWeek && !a.hasDate()) {
			return false
		}
		acc.y, acc.m, acc.d, acc.lunar, acc.leap = a.y, a.m, a.d, a.lunar, a.leap
		if a.dir != 0 {
			acc.dir = a.dir
		}
		if a.hasDayOff {
			acc.hasDayOff, acc.dayOff, acc.anaphoric = true, a.dayOff, a.anaphoric
		}
		if a.h >= 0 {
			if acc.h >= 0 {
				return false
			}
			acc.h, acc.mi = a.h, a.mi
		}
		acc.rule = a.rule
	}
	return true
}

// sameDay reports whether a relative day and a date name the same day.
func (p *parser) sameDay(rel, a *val) bool {
	w := *a
	w.h, w.mi, w.pod, w.wd, w.hasWeek = -1, -1, podNone, -1, false
	r, ok := p.resolve(&w)
	return ok && r.from.Equal(p.refD.AddDate(0, 0, rel.dayOff))
}

// consistent checks that a weekday agrees with the day it is given with.
func (p *parser) consistent(v *val) bool {
	if v.wd < 0 || (v.d == 0 && !v.hasDayOff) {
		return true
	}
	w := *v
	w.wd, w.hasWeek = -1, false
	w.h, w.mi, w.pod = -1, -1, podNone
	r, ok := p.resolve(&w)
	if !ok {
		return false
	}
	if int(r.from.Weekday()) != v.wd {
		// a yearless date whose weekday is not the reference year's:
		// "thứ 2 (18/7)" written in 2022 is the nearest year that agrees
		if v.y != 0 || v.hasDayOff || v.lunar || v.hasWeek {
			return false
		}
		y := 0
		for dy := 1; dy <= 6 && y == 0; dy++ {
			for _, c := range []int{r.from.Year() - dy, r.from.Year() + dy} {
				t, ok := p.dayOf(c, v.m, v.d, false, false, 0)
				if ok && int(t.Weekday()) == v.wd {
					y = c
					break
				}
			}
		}
		if y == 0 {
			return false
		}
		v.y = y
	}
	v.wd, v.hasWeek = -1, false
	return true
}

// durationCue reports whether token i makes a following "N giờ" a duration:
// "trong 24 giờ", "mất 2 giờ".
func (p *parser) durationCue(i int) bool {
	switch p.word(i) {
	case wTrong, wMat, wSuot, wHon, wGan, wDai, wVong, wDuoc:
		return true
	}
	return false
}

// rangeAt reads "từ A đến B", "A - B" and "A đến B", the first end taking
// what it lacks from the second: "18-20/7", "từ ngày 1 đến 15/7",
// "2020- 2025", "từ đầu năm đến nay".
func (p *parser) rangeAt(i int) (int, val, bool) {
	k := i
	from := p.word(i) == wTu
	if from {
		k++
	}
	var a val
	ka, ok := 0, false
	if from && p.word(k) == wNay {
		ka, a, ok = k+1, p.nowVal(), true
	} else {
		ka, a, ok = p.pointAt(k, true)
	}
	if !ok {
		return 0, val{}, false
	}
	// the separator
	s := ka
	dash := false
	switch {
	case p.isDash(s):
		dash = true
		s++
	case p.word(s) == wDen || p.word(s) == wToiNext:
		s++
	case p.word(s) == wCho && (p.word(s+1) == wDen || p.word(s+1) == wToiNext):
		s += 2
	default:
		return 0, val{}, false
	}
	if !dash && p.word(s) == wHet {
		s++
	}
	var b val
	kb := 0
	if w := p.word(s); w == wNay || (w == wHien && p.word(s+1) == wNay) || (w == wBay && p.word(s+1) == wGio) || (w == wHien && p.word(s+1) == wTai) {
		if a.bare != 0 {
			return 0, val{}, false
		}
		kb, b = s+1, p.nowVal()
		if w != wNay {
			kb++
		}
	} else if y2, nd, isNum := p.digitsAt(s); dash && isNum && nd == 2 && a.bare == 0 && !a.fixed && a.y >= 1000 && a.m == 0 && a.d == 0 && a.h < 0 && y2 > a.y%100 && p.yearEnd(s+1) {
		// "năm 1950-53": the end year written with its last two digits
		kb, b = s+1, newVal("range")
		b.y = a.y/100*100 + y2
	} else {
		kb, b, ok = p.pointAt(s, true)
		if !ok {
			return 0, val{}, false
		}
	}
	if !from && !dash {
		// "A đến B" without "từ": "đến" is often a verb ("lùi đến ngày
		// 15/7"), so both ends must be dates of the same kind
		if a.bare != 0 || b.bare != 0 || a.fixed && a.r.kind == KindInterval {
			return 0, val{}, false
		}
		if !b.hasDayOff && (b.fixed || a.fixed || (a.d > 0) != (b.d > 0) || (a.m > 0) != (b.m > 0)) {
			return 0, val{}, false
		}
	}
	if dash && a.timeOnly() && b.hasDate() && b.h < 0 && b.pod == podNone {
		return 0, val{}, false // "8 giờ - ngày 18/7" is one time
	}
	if a.bare == bareYear && (p.patientBefore(i-1) || p.countCue(kb) || p.measureWord(kb)) {
		return 0, val{}, false // "BN 1050 - 1051", "2000 - 3000 người"
	}
	if !p.inherit(&a, &b) {
		return 0, val{}, false
	}
	r, ok := p.join(&a, &b)
	if !ok {
		return 0, val{}, false
	}
	return kb, fixedVal("range", r), true
}

// yearEnd reports whether token i may follow a two-digit end year: the end
// of the text, punctuation other than a separator of numbers, or a word
// that does not count ("năm 1950-53 người" is not a range of years).
func (p *parser) yearEnd(i int) bool {
	if i >= len(p.t) {
		return true
	}
	if p.t[i].kind == normalize.Punct {
		if p.isPunct(i, ".") && i+1 < len(p.t) && p.t[i+1].kind == normalize.Number && p.adjacent(i) {
			return false // "1950-53.5"
		}
		return !p.isPunct(i, "/") && !p.isPunct(i, "%") && !p.isDash(i)
	}
	return p.t[i].kind == normalize.Word && !p.countCue(i) && !p.measureWord(i) && !p.unitWord(i)
}

// patientBefore reports whether token i numbers what follows it: an
// abbreviation ("BN 1050 - 1051", "F0"), "số", "ca", "bệnh nhân".
func (p *parser) patientBefore(i int) bool {
	if i < 0 || i >= len(p.t) || p.t[i].w != wNone && p.t[i].w != wSo && p.t[i].w != wNhan {
		return false
	}
	if p.t[i].kind == normalize.Abbrev || p.t[i].shape == normalize.Upper && p.t[i].end-p.t[i].start <= 3 || p.t[i].shape == normalize.Mixed || p.word(i) == wSo {
		return true
	}
	switch p.text(i) {
	case "nhân", "ca", "mã", "phòng", "xe":
		return true
	}
	return false
}

// join resolves the ends of a range and returns the interval they span.
func (p *parser) join(a, b *val) (res, bool) {
	ra, ok1 := p.resolve(a)
	rb, ok2 := p.resolve(b)
	if !ok1 || !ok2 {
		return res{}, false
	}
	return p.interval(ra, rb)
}

// nowVal is the reference day ("nay", "hiện nay").
func (p *parser) nowVal() val {
	v := newVal("range")
	v.hasDayOff = true
	return v
}

// inherit completes the ends of a range from each other.
func (p *parser) inherit(a, b *val) bool {
	if a.fixed || b.fixed {
		return a.bare == 0 && b.bare == 0
	}
	switch {
	case a.bare == bareYear:
		if b.bare == bareYear || (b.y > 0 && b.m == 0 && b.d == 0 && !b.hasWeek) {
			if b.y <= a.y || b.y-a.y > 100 {
				return false
			}
			a.bare, b.bare = 0, 0
			return true
		}
		return false
	case b.bare == bareYear:
		if a.y > 0 && a.m == 0 && a.d == 0 && !a.hasWeek && !a.hasDayOff && b.y > a.y && b.y-a.y <= 100 {
			b.bare = 0
			return true
		}
		return false
	case a.bare == bareDay && b.h >= 0 && b.d == 0 && !b.hasDayOff && a.d < 24:
		a.bare = 0
		a.h, a.d, a.pod = a.d, 0, b.pod
		if a.pod != podNone && a.pod.hourIn(a.h) > a.pod.hourIn(b.h) {
			return false
		}
	case a.bare == bareDay:
		if b.d == 0 || b.hasDayOff || b.m == 0 || b.bare != 0 {
			return false
		}
		a.bare = 0
		a.m, a.y, a.lunar, a.leap = b.m, b.y, b.lunar, b.leap
		if a.d >= b.d && a.m > 0 { // "28-3/8": the month before
			a.m--
			if a.m == 0 {
				a.m = 12
				if a.y > 0 {
					a.y--
				}
			}
		}
	case b.bare == bareDay:
		if a.d == 0 || a.hasDayOff || a.m == 0 || b.d <= a.d {
			return false
		}
		b.bare = 0
		b.m, b.y, b.lunar, b.leap = a.m, a.y, a.lunar, a.leap
	}
	// a lacking its month or year takes b's; b lacking a year takes a's
	if a.d > 0 && a.m == 0 && b.m > 0 && !a.hasDayOff {
		a.m, a.lunar, a.leap = b.m, b.lunar, b.leap
		if a.y == 0 {
			a.y = b.y
		}
	}
	if a.y == 0 && b.y > 0 && (a.m > 0 || a.d > 0) && !a.hasDayOff && !a.hasWeek {
		a.y = b.y
		if b.m > 0 && a.m > b.m {
			a.y--
		}
	}
	if b.y == 0 && a.y > 0 && (b.m > 0 || b.d > 0) && !b.hasDayOff && !b.hasWeek {
		b.y = a.y
		if a.m > 0 && b.m > 0 && b.m < a.m {
			b.y++
		}
	}
	if a.h >= 0 && a.pod == podNone && b.h >= 0 && b.pod != podNone && b.pod.hourIn(a.h) <= b.pod.hourIn(b.h) {
		a.pod = b.pod // "từ 3 giờ đến 5 giờ chiều"
	}
	if a.wd >= 0 && b.wd >= 0 && !b.hasWeek && a.d == 0 && b.d == 0 && !a.hasDayOff && !b.hasDayOff && b.h < 0 && b.pod == podNone {
		// "từ thứ Hai đến thứ Sáu": the second weekday follows the first
		if ra, ok := p.resolve(a); ok {
			da := truncDay(ra.from)
			off := (b.wd - int(da.Weekday()) + 7) % 7
			b.wd, b.hasDayOff = -1, true
			b.dayOff = int(da.Sub(p.refD).Round(24*time.Hour)/(24*time.Hour)) + off
		}
	}
	if a.timeOnly() && b.hasDate() && !b.hasWeek {
		a.y, a.m, a.d, a.lunar, a.leap = b.y, b.m, b.d, b.lunar, b.leap
		a.hasDayOff, a.dayOff, a.wd = b.hasDayOff, b.dayOff, b.wd
	}
	if b.timeOnly() && a.hasDate() {
		b.y, b.m, b.d, b.lunar, b.leap = a.y, a.m, a.d, a.lunar, a.leap
		b.hasDayOff, b.dayOff, b.wd, b.hasWeek, b.weekOff = a.hasDayOff, a.dayOff, a.wd, a.hasWeek, a.weekOff
	}
	return true
}

// listAt reads days joined by "và" or commas before the month they share,
// "ngày 27 và 28/6", "ngày 3, 4, 5/7", as the interval from the first day
// to the last, approximate when the days are not consecutive. The days
// must rise: "ngày 30 và 1/5" is left to be read as two dates.
func (p *parser) listAt(i int) (int, val, bool) {
	if p.word(i) != wNgay {
		return 0, val{}, false
	}
	first, _, ok := p.t[min(i+1, len(p.t)-1)].num()
	if !ok || i+1 >= len(p.t) || first < 1 || first > 31 {
		return 0, val{}, false
	}
	prev, consecutive := first, true
	for k := i + 2; k+1 < len(p.t); {
		if !p.isPunct(k, ",") && p.word(k) != wVa {
			return 0, val{}, false
		}
		k++
		if j, b, ok := p.pointAt(k, false); ok && b.d > 0 && b.m > 0 && !b.fixed && !b.hasDayOff && b.h < 0 {
			if b.d <= prev {
				return 0, val{}, false
			}
			consecutive = consecutive && b.d == prev+1
			a := b
			a.d = first
			r, ok := p.join(&a, &b)
			if !ok {
				return 0, val{}, false
			}
			r.approx = r.approx || !consecutive
			return j, fixedVal("list", r), true
		}
		d, _, ok := p.t[k].num()
		if !ok || d <= prev || d > 31 {
			return 0, val{}, false
		}
		consecutive = consecutive && d == prev+1
		prev = d
		k++
	}
	return 0, val{}, false
}
