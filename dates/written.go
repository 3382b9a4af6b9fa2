package dates

import "github.com/vntag/vntag/normalize"

// Written dates: ngày 18 tháng 7 năm 2024, mười lăm tháng tám, rằm tháng
// Giêng, tháng 7/2024, tháng Bảy, tháng Chạp, năm 2024.

// monthWordAt reads the month after "tháng": 1–12 in digits, words
// ("Bảy", "Mười Một") or Roman numerals, or the lunar names Giêng, Chạp.
func (p *parser) monthWordAt(i int) (m, end int, lunar, ok bool) {
	if i >= len(p.t) {
		return 0, 0, false, false
	}
	t := &p.t[i]
	switch t.w {
	case wGieng:
		return 1, i + 1, true, true
	case wChap:
		return 12, i + 1, true, true
	case wNam:
		// "tháng năm" is also "months and years": only the capitalised May
		if t.shape != normalize.Title && t.shape != normalize.Upper {
			return 0, 0, false, false
		}
	}
	if n, nd, ok := t.num(); ok {
		if nd <= 2 && n >= 1 && n <= 12 {
			return n, i + 1, false, true
		}
		return 0, 0, false, false
	}
	if t.roman > 0 && t.roman <= 12 {
		return int(t.roman), i + 1, false, true
	}
	if t.w == wNhuan {
		return 0, 0, false, false
	}
	if t.w == wTuFour {
		return 4, i + 1, false, true
	}
	if n, e, ok := p.wordsAt(i); ok && n >= 1 && n <= 12 {
		return n, e, false, true
	}
	return 0, 0, false, false
}

// bareYearAt reads a year written right after a month without "năm" or a
// separator, "9 Tháng 1 2015": four digits that no counted noun follows.
func (p *parser) bareYearAt(i int) (int, bool) {
	y, nd, ok := p.digitsAt(i)
	if !ok || nd != 4 || y < 1000 || y > 2199 || p.codeAfter(i+1) || p.isDash(i+1) {
		return 0, false
	}
	if i+1 < len(p.t) && p.t[i+1].kind == normalize.Word && (p.t[i+1].w == wNone && p.t[i+1].shape == normalize.Lower || p.countCue(i+1) || p.unitWord(i+1)) {
		return 0, false // "tháng 7 2000 người"
	}
	return y, true
}

func (p *parser) writtenDateAt(i int) (int, val, bool) {
	k := i
	v := newVal("written")
	switch w := p.word(k); {
	case w == wRam:
		v.d, v.lunar = 15, true
		k++
		if p.word(k) != wThang {
			// "rằm" alone: the 15th of the current lunar month
			return p.dateSuffix(k, &v), v, true
		}
	case isDayPrefix(w):
		if p.nameBefore(i - 1) {
			return 0, val{}, false // "đường ngày 2 tháng 9"
		}
		k++
		if w == wNgay && p.word(k) == wMung {
			k++ // "ngày mồng 3 tháng 3"
		}
		n, e, ok := p.intAt(k)
		if !ok || n < 1 || n > 31 {
			return 0, val{}, false
		}
		v.d, k = n, e
		if w == wMung && p.word(k) == wTet {
			return 0, val{}, false // holidays.go
		}
	default:
		n, nd, ok := p.digitsAt(k)
		if !ok || nd > 2 || n < 1 || n > 31 || p.nameBefore(k-1) {
			return 0, val{}, false // "đường 2 tháng 9" is a street
		}
		v.d, k = n, k+1
	}
	if p.word(k) != wThang {
		return 0, val{}, false
	}
	if off, e, ok := p.relUnitWord(k+1, wThang); ok && isDayPrefix(p.word(i)) {
		// "ngày 20 tháng trước"
		t := p.date(p.ref.Year(), int(p.ref.Month())+off, 1)
		v.y, v.m = t.Year(), int(t.Month())
		return e, v, true
	}
	m, e, lunar, ok := p.monthWordAt(k + 1)
	if !ok {
		return 0, val{}, false
	}
	v.m, v.lunar = m, v.lunar || lunar
	if p.word(e) == wNhuan {
		v.leap, v.lunar = true, true // "tháng 2 nhuận"
		e++
	}
	if v.d > 30 && v.lunar {
		return 0, val{}, false
	}
	// "18 tháng 7/2024", "18 tháng 7 - 2024", "9 Tháng 1 2015"
	if p.isPunct(e, "/") && p.adjacent(e-1) && p.adjacent(e) || p.isDash(e) {
		if y, nd, ok := p.digitsAt(e + 1); ok && nd == 4 && (y >= 1000 && y <= 2199 || p.adjacent(e)) {
			v.y = y
			e += 2
		}
	} else if y, ok := p.bareYearAt(e); ok {
		v.y = y
		e++
	}
	return p.dateSuffix(e, &v), v, true
}

// monthAt reads a month: "tháng 7", "tháng 7/2024", "tháng Bảy năm 2024",
// "tháng Chạp", a bare "7/2024".
func (p *parser) monthAt(i int) (int, val, bool) {
	v := newVal("written")
	if p.word(i) != wThang {
		// bare m/yyyy
		if i >= len(p.t) {
			return 0, val{}, false
		}
		t := &p.t[i]
		if t.kind != normalize.Number || t.np != 2 || t.sep != '/' || t.pd[0] > 2 || t.pd[1] != 4 ||
			t.p[0] < 1 || t.p[0] > 12 || t.p[1] < 1900 || t.p[1] > 2199 {
			return 0, val{}, false
		}
		if p.word(i-1) == wSo || p.codeAfter(i+1) || i > 0 && (p.t[i-1].kind == normalize.Abbrev || p.t[i-1].shape == normalize.Mixed) {
			return 0, val{}, false
		}
		v.m, v.y = int(t.p[0]), int(t.p[1])
		v.rule = "numeric"
		return p.dateSuffix(i+1, &v), v, true
	}
	if n, _, ok := p.digitsAt(i - 1); ok && ((n < 1 || n > 31) && isDayPrefix(p.word(i-2)) || p.nameBefore(i-2)) {
		return 0, val{}, false // "ngày 32 tháng 1": no such day; "đường 2 tháng 9"
	}
	if p.t[i].shape == normalize.Title && (p.nameBefore(i-1) || i >= 2 && p.t[i-1].shape == normalize.Title && p.word(i-1) >= wMot && p.nameBefore(i-2)) {
		return 0, val{}, false // "Trường Ba Tháng Hai", "đường Tháng Tám"
	}
	if p.isWord(i-1, "mạng") && p.isWord(i-2, "cách") {
		return 0, val{}, false // "Cách mạng tháng Tám": the event, not a month
	}
	k := i + 1
	if k < len(p.t) {
		t := &p.t[k]
		if t.kind == normalize.Number && t.np == 2 && (t.sep == '/' || t.sep == '.') && t.pd[0] <= 2 && t.pd[1] == 4 && t.p[0] >= 1 && t.p[0] <= 12 {
			v.m, v.y = int(t.p[0]), int(t.p[1])
			if p.codeAfter(k + 1) {
				return 0, val{}, false
			}
			return p.dateSuffix(k+1, &v), v, true
		}
	}
	m, e, lunar, ok := p.monthWordAt(k)
	if !ok {
		return 0, val{}, false
	}
	v.m, v.lunar = m, lunar
	if p.word(e) == wNhuan {
		v.leap, v.lunar = true, true
		e++
	}
	if !lunar && p.isDash(e) {
		// "tháng 7-8", "tháng 7 - 9 năm 2024"
		if m2, nd, ok := p.digitsAt(e + 1); ok && nd <= 2 && m2 > m && m2 <= 12 && !p.codeAfter(e+2) && !p.isPunct(e+2, "/") {
			end, y := p.yearSpec(e + 2)
			if y == 0 {
				y = p.ref.Year()
			}
			return end, fixedVal("written", p.monthsRes(y, m, m2)), true
		}
	}
	if p.isPunct(e, "/") && p.adjacent(e-1) && p.adjacent(e) || p.isDash(e) {
		// "tháng 7/2024", "tháng 7-2024", the tokenised "tháng 8 – 2003"
		if y, nd, ok := p.digitsAt(e + 1); ok && nd == 4 && (y >= 1000 && y <= 2199 || p.adjacent(e)) {
			v.y = y
			e += 2
		}
	} else if y, ok := p.bareYearAt(e); ok {
		v.y = y // "Tháng 1 2015"
		e++
	} else if p.word(e) == wNayThis {
		e++ // "tháng tám này": the month of this year, as a bare month is
	}
	if p.codeAfter(e) {
		return 0, val{}, false
	}
	return p.dateSuffix(e, &v), v, true
}

// yearAt reads "năm 2024", "năm Giáp Thìn", "Xuân Ất Tỵ".
func (p *parser) yearAt(i int) (int, val, bool) {
	v := newVal("written")
	if p.word(i) == wXuan {
		if y, end, ok := p.canChiAt(i + 1); ok {
			return end, fixedVal("lunar", p.lunarYearRes(y)), true
		}
		return 0, val{}, false
	}
	if p.word(i) != wNam {
		return 0, val{}, false
	}
	if y, nd, ok := p.digitsAt(i + 1); ok && nd <= 4 && y > 0 {
		if e, ok := p.bceAt(i + 2); ok {
			// "năm 500 TCN": astronomical year numbering, 1 BCE is year 0
			return e, fixedVal("written", p.yearRes(1-y, 1-y)), true
		}
	}
	if y, ok := p.yearNumAt(i + 1); ok {
		if p.codeAfter(i + 2) {
			return 0, val{}, false
		}
		v.y = y
		return i + 2, v, true
	}
	if y, end, ok := p.canChiAt(i + 1); ok {
		return end, fixedVal("lunar", p.lunarYearRes(y)), true
	}
	return 0, val{}, false
}

// bceAt reads the marker of a year before the common era: "TCN", "tr.
// CN", "trước Công nguyên".
func (p *parser) bceAt(i int) (int, bool) {
	if i >= len(p.t) {
		return 0, false
	}
	if p.isWord(i, "tcn") {
		return i + 1, true
	}
	if p.word(i) == wTruoc && p.isWord(i+1, "công") && p.isWord(i+2, "nguyên") {
		return i + 3, true
	}
	return 0, false
}
