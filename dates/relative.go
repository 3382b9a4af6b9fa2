package dates

import (
	"time"

	"github.com/vntag/vntag/normalize"
)

// Relative expressions: hôm nay, hôm qua, hôm kia, ngày mai, ngày kia;
// tuần này/trước/sau/tới, tháng trước, năm ngoái, năm nay, quý tới;
// 3 ngày trước, 2 tuần tới, 5 năm qua.

// relDayAt reads a day named relative to the reference day, or to the
// day of the previous dated expression: "cùng ngày", "hôm sau", "ngày hôm
// trước", "hôm đó".
func (p *parser) relDayAt(i int) (int, val, bool) {
	if e, v, ok := p.anaphorAt(i); ok {
		return e, v, ok
	}
	k := i
	if p.word(k) == wNgay && p.word(k+1) == wHom {
		k++
	}
	v := newVal("relative")
	v.hasDayOff = true
	switch p.word(k) {
	case wBua:
		switch p.word(k + 1) {
		case wNay:
			v.dayOff = 0
		case wQua:
			v.dayOff = -1 // "bữa qua"
		default:
			return 0, val{}, false
		}
	case wHom:
		switch p.word(k + 1) {
		case wNay:
			v.dayOff = 0
		case wQua:
			v.dayOff = -1
		case wKia:
			v.dayOff = -2
		default:
			return 0, val{}, false
		}
	case wNgay:
		switch p.word(k + 1) {
		case wMai:
			v.dayOff = 1
		case wKia:
			v.dayOff = 2
		default:
			return 0, val{}, false
		}
	default:
		return 0, val{}, false
	}
	return k + 2, v, true
}

// relUnitWord reads the word after tuần/tháng/năm/quý that places it:
// này/nay 0; trước, qua, vừa qua, ngoái (năm), rồi −1; sau, tới, kế tiếp +1;
// "trước nữa" −2, "sau nữa" +2.
func (p *parser) relUnitWord(i int, unit lex) (off, end int, ok bool) {
	switch p.word(i) {
	case wNayThis:
		return 0, i + 1, true
	case wNay:
		if unit == wNam || unit == wTuan || unit == wQuy {
			return 0, i + 1, true
		}
	case wNgoai:
		if unit == wNam {
			return -1, i + 1, true
		}
	case wTruoc, wQua, wRoi:
		if p.word(i) == wTruoc && p.word(i+1) == wNua {
			return -2, i + 2, true
		}
		return -1, i + 1, true
	case wVua:
		// "tháng vừa qua", "năm vừa rồi": the unit before the current one
		if p.word(i+1) == wQua || p.word(i+1) == wRoi {
			return -1, i + 2, true
		}
	case wSau, wToiNext:
		if p.word(i+1) == wNua {
			return 2, i + 2, true
		}
		return 1, i + 1, true
	case wKe:
		if p.word(i+1) == wTiep {
			return 1, i + 2, true
		}
	case wTiep:
		// "năm tiếp theo", "quý tiếp"
		if p.isWord(i+1, "theo") {
			return 1, i + 2, true
		}
		return 1, i + 1, true
	case wHien:
		// "quý hiện tại", "tháng hiện tại"
		if p.word(i+1) == wTai {
			return 0, i + 2, true
		}
	}
	return 0, 0, false
}

// relativeAt reads "tuần trước", "tháng này", "năm ngoái", "quý tới" and
// "3 ngày trước", "2 tuần tới", "5 năm qua".
func (p *parser) relativeAt(i int) (int, val, bool) {
	switch u := p.word(i); u {
	case wTuan, wThang, wNam, wQuy:
		if u == wThang && p.word(i-1) == wNam && p.plural(i-2) {
			return 0, val{}, false // "những năm tháng qua": the years gone by
		}
		if p.plural(i - 1) {
			break // "những tháng tới": a window of a few months
		}
		if p.countBefore(i - 1) {
			// "vài tuần sau vụ tấn công", "nhiều tháng qua": the unit is
			// counted, not the week or month next to the reference
			return 0, val{}, false
		}
		if u == wNam && p.isWord(i-1, "lâu") {
			return 0, val{}, false // "chương trình lâu năm này": long-standing
		}
		if off, e, ok := p.relUnitWord(i+1, u); ok {
			if off == 0 && p.word(e) == wQua && p.word(e+1) == u && p.isWord(e+2, "khác") {
				return 0, val{}, false // "năm này qua năm khác": year after year
			}
			if off != 0 && p.isWord(e, "đó") {
				// "năm sau đó", "tháng trước đó": counted from the date in
				// context, when there is one
				if !p.context.IsZero() {
					return e + 1, fixedVal("relative", p.unitResFrom(p.context, u, off)), true
				}
				return e + 1, fixedVal("relative", p.unitRes(u, off)), true
			}
			return e, fixedVal("relative", p.unitRes(u, off)), true
		}
		if u != wNam {
			return 0, val{}, false
		}
		// "năm tháng vừa qua": five months. Only windows: "còn năm tuần
		// nữa" counts what is left and stays a duration, as the gold has it
		e, v, ok := p.relNAt(i)
		if !ok || v.r.kind != KindInterval {
			return 0, val{}, false
		}
		return e, v, true
	}
	return p.relNAt(i)
}

// countBefore reports whether token i counts the unit after it with a
// vague count: vài, mấy, nhiều. (A number before it is read from the
// number on, or is some ordinal's: "đợt 2 năm nay".)
func (p *parser) countBefore(i int) bool {
	if i < 0 || i >= len(p.t) {
		return false
	}
	if w := p.t[i].w; w == wVai || w == wMayFew {
		return true
	}
	return p.isWord(i, "nhiều")
}

// plural reports whether token i is "những" or "các", which make the unit
// after them plural: "những ngày tới", "các tuần qua". The span leaves them
// out, as the real-news gold does ("những [tháng gần đây]").
func (p *parser) plural(i int) bool {
	w := p.word(i)
	return w == wNhung || w == wCac
}

// unitRes resolves the calendar unit (week, month, year, quarter) off units
// from the reference one.
func (p *parser) unitRes(u lex, off int) res { return p.unitResFrom(p.refD, u, off) }

// unitResFrom resolves the calendar unit off units from the one holding t.
func (p *parser) unitResFrom(t time.Time, u lex, off int) res {
	switch u {
	case wTuan:
		return p.weekRes(monday(t).AddDate(0, 0, 7*off))
	case wThang:
		m := p.date(t.Year(), int(t.Month())+off, 1)
		return p.monthsRes(m.Year(), int(m.Month()), int(m.Month()))
	case wQuy:
		q := (int(t.Month())-1)/3 + off
		y := t.Year() + floorDiv(q, 4)
		return p.quarterRes(y, q-4*floorDiv(q, 4)+1)
	}
	y := t.Year() + off
	return p.yearRes(y, y)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// quarterRes spans quarter q (1–4) of year y.
func (p *parser) quarterRes(y, q int) res {
	r := p.monthsRes(y, 3*q-2, 3*q)
	r.grain = Quarter
	r.value = itoa4(y) + "-Q" + string(rune('0'+q))
	return r
}

func itoa4(y int) string {
	b := appendInt(nil, y)
	for len(b) < 4 {
		b = append([]byte{'0'}, b...)
	}
	return string(b)
}

// unitOf maps a unit word to its grain.
func unitOf(w lex, next lex) (Grain, int) {
	switch w {
	case wNgay:
		return Day, 1
	case wTuan:
		return Week, 1
	case wThang:
		return Month, 1
	case wQuy:
		return Quarter, 1
	case wNam:
		return Year, 1
	case wGio, wTieng:
		return Hour, 1
	case wPhut:
		return Minute, 1
	case wGiay:
		return Second, 1
	case wThap:
		if next == wKyCent || next == wNien {
			return Decade, 2
		}
	case wThe:
		if next == wKyCent {
			return Century, 2
		}
	}
	return "", 0
}

// shift moves t by n units of grain g.
func shift(t time.Time, g Grain, n int) time.Time {
	switch g {
	case Second:
		return t.Add(time.Duration(n) * time.Second)
	case Minute:
		return t.Add(time.Duration(n) * time.Minute)
	case Hour:
		return t.Add(time.Duration(n) * time.Hour)
	case Day:
		return t.AddDate(0, 0, n)
	case Week:
		return t.AddDate(0, 0, 7*n)
	case Month:
		return t.AddDate(0, n, 0)
	case Quarter:
		return t.AddDate(0, 3*n, 0)
	case Year:
		return t.AddDate(n, 0, 0)
	case Decade:
		return t.AddDate(10*n, 0, 0)
	case Century:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// amountAt reads a number and a unit of time: "3 ngày", "hai tuần", "2
// thập kỷ", and hours written "24h", "48h".
func (p *parser) amountAt(i int) (n int, g Grain, end int, ok bool) {
	if n, e, ok := p.intAt(i); ok {
		g, w := unitOf(p.word(e), p.word(e+1))
		if w == 0 && p.word(e) == wHom {
			// "hai hôm sau", "ba hôm trước", "mấy hôm nay": "hôm"
			// counts days before a word that places them
			switch p.word(e + 1) {
			case wSau, wTruoc, wNua, wNay:
				g, w = Day, 1
			}
		}
		if w == 0 {
			return 0, "", 0, false
		}
		return n, g, e + w, true
	}
	if i < len(p.t) && p.t[i].kind == normalize.Word && p.t[i].w == wNone {
		if h, ok := hoursWord(p.text(i)); ok {
			return h, Hour, i + 1, true
		}
	}
	return 0, "", 0, false
}

// relNAt reads "N unit trước/nữa/sau" (a point) and "N unit qua/tới/gần
// đây" (an interval up to or from the reference).
func (p *parser) relNAt(i int) (int, val, bool) {
	n, g, e, ok := p.amountAt(i)
	if ok && p.word(i) == wNam && p.plural(i-1) {
		ok = false // "những năm tháng qua": the years gone by, not five months
	}
	few, windowOnly := false, false
	if !ok {
		if g, e, windowOnly, ok = p.fewAt(i); !ok {
			return 0, val{}, false
		}
		n, few = fewCount, true
	}
	if n <= 0 || n > 1000 {
		return 0, val{}, false
	}
	switch p.word(i - 1) {
	case wDip2, wLan, wThu, wSo, wKhoa, wKy:
		return 0, val{}, false // "đợt 2 năm nay": an ordinal, then the year
	}
	dir, point, upToNow, later, that := 0, false, false, false, false
	switch p.word(e) {
	case wTruoc:
		// "3 ngày trước" (ago) ends a phrase; "3 ngày trước lễ nhậm chức"
		// is a duration before something
		switch {
		case p.word(e+1) == wDay:
			e++
		case p.isWord(e+1, "đó") && !few:
			e++
			that = true // "hai ngày trước đó": before the date in context
		case e+1 < len(p.t) && p.t[e+1].kind != normalize.Punct && !p.agoNext(e+1):
			return 0, val{}, false
		}
		dir, point = -1, true
		e++
	case wNua:
		dir, point = 1, true
		e++
	case wSau:
		// "hai ngày sau," (later, after the day in context); "3 ngày sau
		// khi" is a duration after something
		if p.isWord(e+1, "đó") && !g.fine() && !few {
			e, that = e+1, true // "ba năm sau đó"; "vài ngày sau đó" is not annotated
		} else if e+1 < len(p.t) && p.t[e+1].kind != normalize.Punct || g.fine() {
			return 0, val{}, false
		}
		dir, point, later = 1, true, true
		e++
	case wQua:
		dir = -1
		e++
	case wNay:
		// "3 năm nay": these three years, up to and with the current one
		dir, upToNow = -1, true
		e++
	case wVua:
		if p.word(e+1) != wQua && p.word(e+1) != wRoi {
			return 0, val{}, false
		}
		dir = -1
		e += 2
	case wGan:
		if p.word(e+1) != wDay && p.word(e+1) != wNhatMost {
			return 0, val{}, false
		}
		dir = -1
		e += 2
	case wToiNext:
		dir = 1
		e++
	case wKe:
		if p.word(e+1) != wTiep {
			return 0, val{}, false
		}
		dir = 1
		e += 2
	case wTiep:
		// "3 ngày tiếp theo"
		if !p.isWord(e+1, "theo") {
			return 0, val{}, false
		}
		dir = 1
		e += 2
	case wSap:
		if p.word(e+1) != wToiNext {
			return 0, val{}, false
		}
		dir = 1
		e += 2
	default:
		return 0, val{}, false
	}
	if g == Second && point || windowOnly && (point || upToNow) {
		return 0, val{}, false
	}
	if windowOnly && p.word(i) == wNgay && p.word(i+1) != wSap {
		return 0, val{}, false // "ngày tới" alone is not a window of days
	}
	now := p.ref
	if !g.fine() {
		now = p.refD
	}
	if point {
		if later && !p.anchor.IsZero() {
			now = p.anchor
		}
		if that && !p.context.IsZero() {
			now = p.context
		}
		if g.fine() {
			// "2 giờ nữa", "15 phút trước": the exact time, at minute
			// grain (the reference's seconds dropped)
			t := shift(p.ref, g, dir*n)
			r := p.pointRes(t, Minute)
			if g == Second {
				r = p.pointRes(t, Second)
			}
			return e, fixedVal("relative", r), true
		}
		r := p.pointRes(shift(now, g, dir*n), g)
		r.approx = r.approx || few
		return e, fixedVal("relative", r), true
	}
	// the n whole units before or after the current one, as Duckling
	// reads them (ANNOTATION.md): "3 ngày qua" on 18/7 is 15–17/7, "3
	// giờ tới" at 04:30 is 05:00–07:00 at hour grain
	cur := p.pointRes(now, g)
	var a, b res
	if upToNow {
		a, b = p.pointRes(shift(cur.from, g, 1-n), g), cur
	} else if dir < 0 {
		a, b = p.pointRes(shift(cur.from, g, -n), g), p.pointRes(shift(cur.from, g, -1), g)
	} else {
		a, b = p.pointRes(shift(cur.from, g, 1), g), p.pointRes(shift(cur.from, g, n), g)
	}
	r := res{from: a.from, to: b.to, grain: g, kind: KindInterval, approx: true}
	r.value = rangeValue(r)
	return e, fixedVal("relative", r), true
}

// agoNext reports whether token i, after "N unit trước", is a word that
// cannot be what "trước" (before) governs, so that "trước" is "ago": a
// particle or a conjunction ("mười ngày trước rồi", "35 năm trước như",
// "hai năm trước thì"), not a noun ("3 ngày trước lễ nhậm chức") nor
// "khi" ("trước khi": before something).
func (p *parser) agoNext(i int) bool {
	if i >= len(p.t) || p.t[i].kind != normalize.Word {
		return false
	}
	switch p.text(i) {
	case "rồi", "thì", "mà", "như", "và", "nhưng", "đã", "cũng", "vẫn", "lại", "mới", "từng":
		return true
	}
	return false
}

// fewCount is the number of units "vài", "mấy" and "những" count in a
// window or a shift ("vài ngày tới", "vài tuần trước"), as Duckling reads
// "a few"; such readings are approximate.
const fewCount = 3

// fewAt reads a vague count and a unit of time: "vài ngày", "mấy tuần",
// "vài thập niên", and a unit made plural by "những" or "các" before it
// ("những ngày", "các tháng") or bare "ngày" (as in "ngày sắp tới"), which
// only open a window (windowOnly).
func (p *parser) fewAt(i int) (g Grain, end int, windowOnly bool, ok bool) {
	k := i
	switch p.word(i) {
	case wVai, wMayFew:
		k++
	default:
		windowOnly = true
		if !p.plural(i-1) && p.word(i) != wNgay {
			return "", 0, false, false
		}
	}
	g, w := unitOf(p.word(k), p.word(k+1))
	if w == 0 || g == Second || g == Minute {
		return "", 0, false, false
	}
	return g, k + w, windowOnly, true
}

// pointRes resolves the calendar unit of grain g that holds t.
func (p *parser) pointRes(t time.Time, g Grain) res {
	switch g {
	case Second:
		t = t.Truncate(time.Second)
		return res{from: t, to: t, grain: Second, kind: KindTime, value: t.Format("2006-01-02T15:04:05")}
	case Minute:
		t = t.Truncate(time.Minute)
		return res{from: t, to: t, grain: Minute, kind: KindTime, value: t.Format("2006-01-02T15:04")}
	case Hour:
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), 0, 0, 0, t.Location())
		return res{from: t, to: t, grain: Hour, kind: KindTime, value: t.Format("2006-01-02T15:04")}
	case Day:
		return res{from: t, to: t, grain: Day, kind: KindDate, value: t.Format("2006-01-02")}
	case Week:
		return p.weekRes(monday(t))
	case Month:
		return p.monthsRes(t.Year(), int(t.Month()), int(t.Month()))
	case Quarter:
		return p.quarterRes(t.Year(), (int(t.Month())-1)/3+1)
	case Year:
		return p.yearRes(t.Year(), t.Year())
	case Decade:
		return p.decadeRes(t.Year() / 10 * 10)
	case Century:
		return p.centuryRes((t.Year()-1)/100 + 1)
	}
	return res{}
}

func (p *parser) anaphorAt(i int) (int, val, bool) {
	v := newVal("anaphora")
	v.hasDayOff, v.anaphoric = true, true
	if p.word(i) == wCung && p.word(i+1) == wNgay {
		return i + 2, v, true
	}
	k := i
	if p.word(k) == wNgay && p.word(k+1) == wHom {
		k++
	}
	if p.word(k) != wHom {
		return 0, val{}, false
	}
	switch p.word(k + 1) {
	case wSau:
		v.dayOff = 1
	case wTruoc:
		v.dayOff = -1
	case wDo:
		v.dayOff = 0
	default:
		return 0, val{}, false
	}
	return k + 2, v, true
}

// hoursWord parses a number of hours written "24h", "48h", "72H".
func hoursWord(s string) (int, bool) {
	n, i := 0, 0
	for i < len(s) && i < 3 && '0' <= s[i] && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i+1 != len(s) || s[i] != 'h' && s[i] != 'H' || n == 0 {
		return 0, false
	}
	return n, true
}
