package dates

import (
	"github.com/vntag/vntag/normalize"
)

// Clock times, parts of the day and weekdays: 8 giờ 30, 8h30, 20h, 8:30,
// 3 giờ chiều, sáng nay, tối qua, rạng sáng, thứ Hai tuần trước, chủ nhật.

// clockAt reads a clock time.
func (p *parser) clockAt(i int) (int, val, bool) {
	if i >= len(p.t) {
		return 0, val{}, false
	}
	v := newVal("time")
	t := &p.t[i]
	if (t.w == wBay || t.w == wHien) && p.word(i+1) == wGio {
		v.hasDayOff = true
		v.h, v.mi = p.ref.Hour(), p.ref.Minute()
		return i + 2, v, true
	}
	if t.w == wNuaHalf && p.word(i+1) == wDem {
		v.h, v.mi = 24, 0 // "nửa đêm": the midnight that ends the day
		return i + 2, v, true
	}
	if t.kind == normalize.Word && t.w == wNone {
		h, mi, ok := hourWord(p.s[t.start:t.end])
		if !ok {
			return 0, val{}, false
		}
		if mi < 0 && p.s[t.end-1] == 'H' && i > 0 && (p.t[i-1].kind == normalize.Word && p.t[i-1].w == wNone || p.t[i-1].kind == normalize.Abbrev) {
			return 0, val{}, false // a seat or a room: "ghế 3H", "phòng 12H"
		}
		v.h, v.mi = h, mi
		return i + 1, v, true
	}
	if t.kind == normalize.Number && t.np == 2 && t.sep == '.' && t.pd[0] <= 2 && t.pd[1] == 2 && t.p[0] <= 23 && t.p[1] <= 59 {
		// "7.55 giờ sáng", "5.30 chiều thứ bảy", as British news writes
		// 7.55am; a part of the day must follow, so that "ngày 7.12" and
		// amounts stay out
		e := i + 1
		if p.word(e) == wGio {
			e++
		}
		if w := p.word(e); w >= wSang && w <= wKhuya && (e > i+1 || t.p[0] <= 12) {
			v.h, v.mi = int(t.p[0]), int(t.p[1])
			return e, v, true
		}
	}
	h, e, ok := p.intAt(i)
	if !ok || h > 24 || t.kind == normalize.Number && t.pd[0] > 2 {
		return 0, val{}, false
	}
	if t.kind == normalize.Number && p.isPunct(e, ":") && p.adjacent(i) && p.adjacent(e) {
		if p.word(i-1) == wPhut || p.word(i-1) == wThu && p.word(i-2) == wPhut {
			return 0, val{}, false // "phút thứ 13:10": a match clock
		}
		if mi, nd, ok := p.digitsAt(e + 1); ok && nd == 2 && mi <= 59 && h <= 23 {
			v.h, v.mi = h, mi
			e += 2
			if p.word(e) == wGio && p.zoneAt(e) == e {
				if _, _, ok := p.intAt(e + 1); !ok {
					e++ // "05:00 giờ sáng": the unit repeated, as translations write it
				}
			}
			return e, v, true
		}
		return 0, val{}, false
	}
	if p.word(e) == wRuoi && h < 24 && p.word(e+1) >= wSang && p.word(e+1) <= wKhuya {
		// "3 rưỡi chiều"
		v.h, v.mi = h, 30
		return e + 1, v, true
	}
	if t.kind == normalize.Number && h <= 23 && (p.text(e) == "g" || p.text(e) == "h") {
		// tokenised "22 g 40", "8 h 30"
		if mi, nd, ok := p.digitsAt(e + 1); ok && nd == 2 && mi <= 59 {
			v.h, v.mi = h, mi
			if p.word(e+2) == wPhut {
				return e + 3, v, true
			}
			return e + 2, v, true
		}
		if w := p.word(e + 1); w >= wSang && w <= wKhuya || w == wNgay {
			v.h = h // "5 g sáng"
			return e + 1, v, true
		}
		if p.text(e) == "g" && p.bareG(i, e+1) {
			v.h = h // "từ 8 g - 10 g", "đến khoảng 10 g mới về"
			return e + 1, v, true
		}
		return 0, val{}, false
	}
	if p.word(e) != wGio || h > 24 {
		return 0, val{}, false
	}
	if p.isWord(e+1, "đồng") && p.isWord(e+2, "hồ") {
		return 0, val{}, false // "hai giờ đồng hồ": two hours
	}
	e++
	v.h = h
	switch p.word(e) {
	case wRuoi:
		v.mi = 30
		e++
	case wKem:
		if n, e2, ok := p.intAt(e + 1); ok && n > 0 && n < 60 && h > 0 {
			v.h, v.mi = h-1, 60-n
			e = e2
			if p.word(e) == wPhut {
				e++
			}
		}
	default:
		if n, e2, ok := p.intAt(e); ok && n >= 60 && p.word(e2) == wPhut {
			return 0, val{}, false // "7 giờ 61 phút": no such time
		}
		if n, e2, ok := p.intAt(e); ok && n < 60 {
			digits := p.t[e].kind == normalize.Number
			if p.word(e2) == wPhut {
				v.mi, e = n, e2+1
			} else if digits && p.t[e].pd[0] == 2 && !p.unitWord(e2) {
				v.mi, e = n, e2
			}
		}
	}
	if p.word(e) == wDung {
		e++ // "3 giờ đúng"
		if v.mi < 0 {
			v.mi = 0
		}
	}
	return e, v, true
}

// bareG reports whether "N g" at token i, ending before token e, is a
// clock time though no minutes or part of the day follow ("g" is also a
// gram): a cue of time comes before it ("lúc", "từ", "đến") and
// the phrase ends there or goes on with a range or a particle ("mới",
// "thì"); "khoảng" counts before a particle only ("khoảng 10 g mới về",
// not "khoảng 10 g muối").
func (p *parser) bareG(i, e int) bool {
	end := e >= len(p.t) || p.t[e].kind == normalize.Punct && !p.isDash(e) || p.isWord(e, "mới") || p.isWord(e, "thì")
	if p.isDash(e) {
		if _, e2, ok := p.intAt(e + 1); ok && p.text(e2) == "g" {
			end = true // "8 g - 10 g"
		}
	}
	if !end {
		return false
	}
	switch p.word(i - 1) {
	case wLuc, wTu, wDen, wToiNext:
		return true
	case wKhoang:
		return p.isWord(e, "mới") || p.isWord(e, "thì")
	}
	if i >= 3 && p.isDash(i-1) {
		return p.text(i-2) == "g" // "8 g - [10 g]"
	}
	return false
}

// unitWord reports whether token i is a noun a number could count instead
// of being minutes: "8 giờ 30 người".
func (p *parser) unitWord(i int) bool {
	switch p.word(i) {
	case wNguoi, wNgay, wThang, wNam, wTuan, wGio, wLan:
		return true
	}
	return i < len(p.t) && p.t[i].kind == normalize.Punct && (p.isPunct(i, "%") || p.isPunct(i, "/"))
}

// hourWord parses "8h", "8h30", "20H", "8g30", "8h30'", "8h30p".
func hourWord(s string) (h, mi int, ok bool) {
	i, n := 0, 0
	for i < len(s) && i < 2 && '0' <= s[i] && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i >= len(s) || n > 24 {
		return 0, 0, false
	}
	unit := s[i]
	switch unit {
	case 'h', 'H', 'g':
	default:
		return 0, 0, false // "5G" is a network
	}
	i++
	if i == len(s) {
		if unit == 'g' {
			return 0, 0, false // "5g" is grams; "7g30" is a time
		}
		return n, -1, true
	}
	m, j := 0, i
	for j < len(s) && j-i < 2 && '0' <= s[j] && s[j] <= '9' {
		m = m*10 + int(s[j]-'0')
		j++
	}
	if j-i != 2 || m > 59 || n == 24 && m > 0 {
		return 0, 0, false
	}
	if j < len(s) && s[j:] != "p" && s[j:] != "ph" && s[j:] != "'" {
		return 0, 0, false
	}
	return n, m, true
}

// podAt reads a part of the day, with "buổi" before it and nay/qua/mai
// after it: "sáng nay", "tối qua", "rạng sáng", "chiều tối", "buổi trưa".
func (p *parser) podAt(i int) (int, val, bool) {
	k := i
	if p.word(k) == wBuoi {
		k++
	}
	v := newVal("time")
	if (p.word(k) == wDau || p.word(k) == wCuoi) && p.word(k+1) == wGio {
		// "đầu giờ chiều", "cuối giờ sáng"
		start := p.word(k) == wDau
		switch p.word(k + 2) {
		case wSang:
			v.pod = podMorningEnd
			if start {
				v.pod = podMorningStart
			}
		case wChieu:
			v.pod = podNoonEnd
			if start {
				v.pod = podNoonStart
			}
		case wToi:
			if !start {
				return 0, val{}, false
			}
			v.pod = podEveningStart
		default:
			return 0, val{}, false
		}
		return p.podRel(k+3, v)
	}
	if p.word(k) == wCuoi && p.word(k+1) == wNgay && k == i && p.strongWeekdayAt(k+2) {
		// "cuối ngày Chủ nhật": the end of a named day, read as its
		// evening; "cuối ngày" alone is left to the context
		v.pod = podEvening
		return k + 2, v, true
	}
	switch p.word(k) {
	case wSom:
		// "sớm thứ Hai": early on a named day; "sớm" alone is "soon"
		if k != i || !p.strongWeekdayAt(k+1) {
			return 0, val{}, false
		}
		v.pod = podEarly
		return k + 1, v, true
	case wSang:
		v.pod = podMorning
		k++
		if p.word(k) == wSom {
			v.pod = podEarly
			k++
		}
	case wRang:
		if p.word(k+1) != wSang {
			return 0, val{}, false
		}
		v.pod = podDawn
		k += 2
	case wTrua:
		v.pod = podNoon
		k++
	case wChieu:
		v.pod = podAfternoon
		k++
		if p.word(k) == wToi {
			v.pod = podDusk
			k++
		}
	case wToi:
		v.pod = podEvening
		k++
	case wDem:
		v.pod = podNight
		k++
		if p.word(k) == wKhuya {
			v.pod = podLate // "đêm khuya": late at night
			k++
		}
	case wKhuya:
		v.pod = podLate
		k++
	default:
		return 0, val{}, false
	}
	return p.podRel(k, v)
}

// podRel reads nay/qua/mai after a part of the day.
func (p *parser) podRel(k int, v val) (int, val, bool) {
	switch p.word(k) {
	case wNay, wNayThis:
		v.hasDayOff, v.dayOff = true, 0
		k++
	case wQua:
		v.hasDayOff, v.dayOff = true, -1
		k++
	case wMai:
		v.hasDayOff, v.dayOff = true, 1
		k++
	}
	return k, v, true
}

// zoneAt returns the end of a time zone named after a clock time at token
// i: "giờ miền Đông" (US Eastern), "giờ địa phương", "giờ GMT", or i when
// there is none. The zone is kept in the span; the clock is not converted.
func (p *parser) zoneAt(i int) int {
	if p.word(i) != wGio {
		return i
	}
	switch {
	case p.isWord(i+1, "miền") && i+2 < len(p.t) && p.t[i+2].shape == normalize.Title:
		switch p.text(i + 2) {
		case "Đông", "Tây", "Trung":
			return i + 3
		}
	case p.isWord(i+1, "địa") && p.isWord(i+2, "phương"):
		return i + 3
	case i+1 < len(p.t) && p.t[i+1].shape == normalize.Upper:
		switch p.text(i + 1) {
		case "GMT", "UTC", "ET", "EST", "EDT", "PT", "PST", "PDT", "CET", "CEST", "BST":
			return i + 2
		}
	}
	return i
}

// strongWeekdayAt reports whether a weekday that cannot be an ordinal
// starts at token i: "thứ Hai", "Chủ nhật", not "thứ hai".
func (p *parser) strongWeekdayAt(i int) bool {
	_, v, ok := p.weekdayAt(i)
	return ok && !v.approx
}

// weekdayNames maps the word after "thứ" to a weekday.
func weekdayOf(w lex) int {
	switch w {
	case wHai:
		return 1
	case wBa:
		return 2
	case wTuFour:
		return 3
	case wNam:
		return 4
	case wSau6:
		return 5
	case wBay7:
		return 6
	}
	return -1
}

// weekdayAt reads a weekday with an optional week: "thứ Hai", "thứ 2",
// "chủ nhật tuần trước", "T7", "CN". A reading that may be an ordinal
// ("thứ hai", "thứ 2") is marked weak (v.approx) for compoundAt to judge.
func (p *parser) weekdayAt(i int) (int, val, bool) {
	if i >= len(p.t) {
		return 0, val{}, false
	}
	v := newVal("weekday")
	k := i
	strong := false
	if p.word(i) == wHom && (p.word(i+1) == wThu || p.word(i+1) == wChu) {
		k++ // "hôm thứ Hai"
		i++
		strong = true
	} else if p.word(i) == wNgay && (p.word(i+1) == wThu || p.word(i+1) == wChu) {
		// "ngày Thứ Năm", "ngày Chủ nhật"; "ngày thứ năm" is the fifth
		// day, so the weekday must be capitalised
		if _, w, ok := p.weekdayAt(i + 1); !ok || w.approx {
			return 0, val{}, false
		}
		k++
		i++
	}
	switch t := &p.t[i]; {
	case t.w == wThu && k+1 < len(p.t):
		n := &p.t[k+1]
		if wd := weekdayOf(n.w); wd >= 0 {
			v.wd = wd
			strong = strong || n.shape == normalize.Title || n.shape == normalize.Upper
		} else if d, nd, ok := n.num(); ok && nd == 1 && d >= 2 && d <= 7 {
			v.wd = d - 1
		} else {
			return 0, val{}, false
		}
		k += 2
	case (t.w == wChu || t.w == wChua) && p.word(i+1) == wNhat:
		v.wd, strong = 0, true
		k += 2
	case t.w == wCN && t.shape == normalize.Upper:
		v.wd = 0
		k++
	case t.kind == normalize.Word && t.end-t.start == 2 && p.s[t.start] == 'T' && p.s[t.start+1] >= '2' && p.s[t.start+1] <= '7':
		v.wd = int(p.s[t.start+1]-'0') - 1
		k++
	default:
		return 0, val{}, false
	}
	if p.word(k) == wCua && p.word(k+1) == wTuan {
		if _, _, ok := p.relUnitWord(k+2, wTuan); ok {
			k++ // "thứ 4 của tuần này"
		}
	}
	switch p.word(k) {
	case wSau, wQua:
		// "thứ hai sau", "thứ hai qua" at the end of a phrase, or before
		// a place ("Chủ nhật qua tại San Diego")
		if k+1 >= len(p.t) || p.t[k+1].kind == normalize.Punct || strong && (p.word(k+1) == wTai || p.isWord(k+1, "ở")) {
			v.dir = 1
			if p.word(k) == wQua {
				v.dir = -1
			}
			k++
			strong = true
		}
	case wTuan:
		if off, e, ok := p.relUnitWord(k+1, wTuan); ok {
			v.hasWeek, v.weekOff = true, off
			k = e
			strong = true
		}
	case wNayThis:
		v.hasWeek = true
		k++
		strong = true
	case wToiNext:
		v.dir = 1
		k++
		strong = true
	case wVua:
		if p.word(k+1) == wQua || p.word(k+1) == wRoi {
			v.dir = -1
			k += 2
			strong = true
		}
	}
	v.approx = !strong
	return k, v, true
}

// weekdayCue reports whether token i makes a following weak weekday one:
// "vào thứ hai", "sáng thứ 2".
func (p *parser) weekdayCue(i int) bool {
	switch p.word(i) {
	case wHang:
		// "hàng thứ hai" is every Monday, but "cửa hàng thứ hai" the
		// second shop
		for _, w := range [...]string{"cửa", "nhà", "ngân", "mặt", "khách", "đơn"} {
			if p.isWord(i-1, w) {
				return false
			}
		}
		return true
	case wVao, wHom, wSang, wTrua, wChieu, wToi, wTu, wDen, wToiNext, wMoi, wLuc, wCac, wNhung:
		return true // not "đêm": "đêm thứ hai" is the second night
	}
	return false
}
