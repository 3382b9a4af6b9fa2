package dates

import (
	"fmt"
	"strings"
	"time"

	"github.com/vntag/vntag/normalize"
)

// Parts of years, months and other periods: quý II/2024, 6 tháng đầu năm,
// những tháng cuối năm, nửa đầu năm, đầu/giữa/cuối tháng 8, cuối năm 2023,
// thượng/trung/hạ tuần tháng 7, cuối tuần; decades and centuries.

// quarterAt reads "quý II/2024", "quý 3", "quý III năm 2024", "quý này".
func (p *parser) quarterAt(i int) (int, val, bool) {
	if p.word(i) != wQuy || i+1 >= len(p.t) {
		return 0, val{}, false
	}
	k := i + 1
	y := 0
	var q int
	q2 := 0
	if t := &p.t[k]; t.kind == normalize.Number && t.np == 2 && t.sep == '/' && t.pd[1] == 4 {
		q, y = int(t.p[0]), int(t.p[1])
		k++
	} else if t.kind == normalize.Abbrev {
		// "II-III" is one token
		a, b, ok := strings.Cut(p.text(k), "-")
		q, q2 = Roman(a), Roman(b)
		if !ok || q == 0 || q2 == 0 {
			return 0, val{}, false
		}
		k++
	} else {
		n, e, ok := p.ordinalAt(k)
		if !ok {
			return 0, val{}, false
		}
		if p.t[k].kind == normalize.Number && p.t[k].pd[0] > 1 {
			return 0, val{}, false
		}
		q, k = n, e
	}
	if q < 1 || q > 4 || q2 != 0 && (q2 <= q || q2 > 4) {
		return 0, val{}, false
	}
	if y == 0 && q2 == 0 && p.isDash(k) {
		// "quý II-III/2024", "quý 1 - 2"
		if n, e, ok := p.ordinalAt(k + 1); ok && n > q && n <= 4 && (p.t[k+1].kind != normalize.Number || p.t[k+1].np == 1) {
			q2, k = n, e
		} else if t := p.t[min(k+1, len(p.t)-1)]; k+1 < len(p.t) && t.kind == normalize.Number && t.np == 2 && t.sep == '/' && t.pd[0] == 1 && t.pd[1] == 4 && int(t.p[0]) > q && t.p[0] <= 4 {
			q2, y, k = int(t.p[0]), int(t.p[1]), k+2
		}
	}
	if y == 0 {
		k, y = p.yearSpec(k)
	}
	if q2 > 0 {
		if y == 0 {
			y = p.ref.Year()
		}
		r, ok := p.interval(p.quarterRes(y, q), p.quarterRes(y, q2))
		if !ok {
			return 0, val{}, false
		}
		return k, fixedVal("parts", r), true
	}
	if p.codeAfter(k) {
		return 0, val{}, false
	}
	if y == 0 {
		y = p.ref.Year()
	}
	return k, fixedVal("parts", p.quarterRes(y, q)), true
}

// yearSpec reads a year given after a period: "/2024" (touching), "năm
// 2024", "năm nay", "năm ngoái". It returns the index after it and the
// year, or (i, 0).
func (p *parser) yearSpec(i int) (int, int) {
	if p.isPunct(i, "/") && p.adjacent(i-1) && p.adjacent(i) || p.isDash(i) {
		// "/2024", "-2024" and the tokenised "quí 1 - 2004"
		if y, nd, ok := p.digitsAt(i + 1); ok && nd == 4 && y >= 1000 && y <= 2199 && !p.codeAfter(i+2) {
			return i + 2, y
		}
	}
	if p.word(i) == wCua && p.word(i+1) == wNam {
		// "quý 4 của năm 2018"
		if e, y := p.yearSpec(i + 1); y != 0 {
			return e, y
		}
	}
	if p.word(i) == wNam {
		if y, ok := p.yearNumAt(i + 1); ok {
			return i + 2, y
		}
		if dy, e, ok := p.relYearAt(i + 1); ok {
			return e, p.ref.Year() + dy
		}
	}
	return i, 0
}

// yearPeriodAt reads the year of "đầu năm", "cuối năm 2023", "cuối năm
// nay", "cuối 2023": it returns the index after it and the year.
func (p *parser) yearPeriodAt(i int) (int, int, bool) {
	if p.word(i) == wNam {
		if p.word(i+1) == wHoc {
			return 0, 0, false
		}
		if e, y := p.yearSpec(i); y != 0 {
			return e, y, true
		}
		return i + 1, p.ref.Year(), true
	}
	if y, nd, ok := p.digitsAt(i); ok && nd == 4 && y >= 1000 && y <= 2199 && !p.codeAfter(i+1) && !p.isDash(i+1) {
		return i + 1, y, true
	}
	return 0, 0, false
}

// monthPeriodAt reads the month of "cuối tháng 8", "đầu tháng", "giữa
// tháng này", "hạ tuần tháng 7/2024".
func (p *parser) monthPeriodAt(i int) (int, res, bool) {
	if p.word(i) != wThang {
		return 0, res{}, false
	}
	if e, v, ok := p.monthAt(i); ok {
		if r, ok := p.resolve(&v); ok {
			return e, r, true
		}
	}
	if off, e, ok := p.relUnitWord(i+1, wThang); ok {
		return e, p.unitRes(wThang, off), true
	}
	if _, _, ok := p.intAt(i + 1); ok {
		return 0, res{}, false
	}
	return i + 1, p.unitRes(wThang, 0), true
}

// third returns 0, 1, 2 for đầu/thượng, giữa/trung, cuối/hạ, or -1.
func third(w lex) int {
	switch w {
	case wDau, wThuong:
		return 0
	case wGiua, wTrung:
		return 1
	case wCuoi, wHa:
		return 2
	}
	return -1
}

// daysOfThird spans days 1–10, 11–20 or 21–end of a month.
func (p *parser) daysOfThird(month time.Time, t int) res {
	from := month.AddDate(0, 0, 10*t)
	to := from.AddDate(0, 0, 9)
	if t == 2 {
		to = month.AddDate(0, 1, -1)
	}
	r := p.span(from, to, Day, KindDate, from.Format("2006-01-02")+"/"+to.Format("2006-01-02"))
	r.approx = true
	return r
}

func (p *parser) partsAt(i int) (int, val, bool) {
	w := p.word(i)
	if w == wNgay || w == wTuan {
		return p.firstLastAt(i)
	}
	// N tháng đầu/cuối năm, những tháng cuối năm, 9 tháng năm 2024
	n, k, hasN := p.intAt(i)
	if hasN {
		if n < 1 || n > 12 || p.word(k) != wThang {
			return 0, val{}, false
		}
		k++
	} else if w == wThang {
		k = i + 1
	} else {
		k = -1
	}
	if k >= 0 {
		t := third(p.word(k))
		if t == 0 || t == 2 {
			if p.word(k+1) != wNam {
				return 0, val{}, false
			}
			e, y, ok := p.yearPeriodAt(k + 1)
			if !ok {
				return 0, val{}, false
			}
			if !hasN {
				n = 6
			}
			m1, m2 := 1, n
			if t == 2 {
				m1, m2 = 13-n, 12
			}
			r := p.monthsRes(y, m1, m2)
			if n == 6 {
				r.value = fmt.Sprintf("%04d-H%d", y, 1+t/2)
			}
			r.approx = !hasN
			return e, fixedVal("parts", r), true
		}
		if hasN && t < 0 && p.word(k) == wNam {
			// "9 tháng năm 2024": the first nine months
			if e, y := p.yearSpec(k); y != 0 {
				return e, fixedVal("parts", p.monthsRes(y, 1, n)), true
			}
		}
		return 0, val{}, false
	}
	switch {
	case w == wNuaHalf:
		t := third(p.word(i + 1))
		if t == 1 || t < 0 && p.word(i+1) != wSau {
			return 0, val{}, false
		}
		second := t == 2 || p.word(i+1) == wSau
		k := i + 2
		if e, y, ok := p.yearPeriodAt(k); ok && p.word(k) == wNam {
			r := p.monthsRes(y, 1, 6)
			if second {
				r = p.monthsRes(y, 7, 12)
			}
			r.grain = Half
			half := 1
			if second {
				half = 2
			}
			r.value = fmt.Sprintf("%04d-H%d", y, half)
			return e, fixedVal("parts", r), true
		}
		if e, m, ok := p.monthPeriodAt(k); ok {
			from, to := m.from, m.from.AddDate(0, 0, 14)
			if second {
				from, to = to.AddDate(0, 0, 1), m.to
			}
			r := p.span(from, to, Day, KindDate, from.Format("2006-01-02")+"/"+to.Format("2006-01-02"))
			r.approx = true
			return e, fixedVal("parts", r), true
		}
		return 0, val{}, false
	case w == wThuong || w == wTrung || w == wHa:
		if p.word(i+1) != wTuan {
			return 0, val{}, false
		}
		e, m, ok := p.monthPeriodAt(i + 2)
		if !ok {
			return 0, val{}, false
		}
		return e, fixedVal("parts", p.daysOfThird(m.from, third(w))), true
	case w == wDau || w == wGiua || w == wCuoi:
		return p.edgeAt(i, third(w))
	}
	return 0, val{}, false
}

// edgeAt reads đầu/giữa/cuối + tháng, năm, tuần, quý, thập niên, thế kỷ.
func (p *parser) edgeAt(i, t int) (int, val, bool) {
	k := i + 1
	if e, m, ok := p.monthPeriodAt(k); ok {
		return e, fixedVal("parts", p.daysOfThird(m.from, t)), true
	}
	if e, y, ok := p.yearPeriodAt(k); ok {
		m1, m2 := [3]int{1, 4, 10}[t], [3]int{3, 9, 12}[t]
		r := p.monthsRes(y, m1, m2)
		r.approx = true
		return e, fixedVal("parts", r), true
	}
	switch p.word(k) {
	case wTuan:
		off, e, ok := p.relUnitWord(k+1, wTuan)
		if !ok {
			off, e = 0, k+1
		}
		mon := monday(p.refD).AddDate(0, 0, 7*off)
		d1, d2 := [3]int{0, 2, 5}[t], [3]int{1, 3, 6}[t]
		from, to := mon.AddDate(0, 0, d1), mon.AddDate(0, 0, d2)
		r := p.span(from, to, Day, KindDate, from.Format("2006-01-02")+"/"+to.Format("2006-01-02"))
		r.approx = true
		return e, fixedVal("parts", r), true
	case wQuy:
		e, v, ok := p.quarterAt(k)
		if !ok {
			if off, e2, ok2 := p.relUnitWord(k+1, wQuy); ok2 {
				e, v, ok = e2, fixedVal("parts", p.unitRes(wQuy, off)), true
			} else {
				e, v, ok = k+1, fixedVal("parts", p.unitRes(wQuy, 0)), true
			}
		}
		q := v.r
		m := int(q.from.Month()) + t
		r := p.monthsRes(q.from.Year(), m, m)
		r.approx = true
		return e, fixedVal("parts", r), true
	case wThap, wThe, wNhung:
		e, v, ok := p.decadeAt(k)
		if !ok {
			return 0, val{}, false
		}
		from, to := v.r.from.Year(), v.r.to.Year()
		span := to - from + 1
		var a, b int
		if span == 10 {
			a, b = [3]int{0, 4, 7}[t], [3]int{3, 6, 9}[t]
		} else {
			a, b = [3]int{0, 30, 70}[t], [3]int{29, 69, 99}[t]
		}
		r := p.yearRes(from+a, from+b)
		r.kind, r.approx = KindDate, true
		return e, fixedVal("parts", r), true
	}
	return 0, val{}, false
}

// decadeAt reads "thập niên 90", "thập kỷ 1980", "những năm 1980", "những
// năm 90 của thế kỷ XX", and centuries "thế kỷ XX", "thế kỷ 21", "thế kỷ
// trước".
func (p *parser) decadeAt(i int) (int, val, bool) {
	k := -1
	switch {
	case p.word(i) == wThap && (p.word(i+1) == wNien || p.word(i+1) == wKyCent):
		k = i + 2
	case p.word(i) == wNhung && p.word(i+1) == wNam:
		k = i + 2
	case p.word(i) == wThe && p.word(i+1) == wKyCent:
		return p.centuryAt(i + 2)
	default:
		return 0, val{}, false
	}
	n, nd, ok := p.digitsAt(k)
	if !ok || n%10 != 0 || !(nd == 2 || nd == 4 && n >= 1000 && n <= 2190) || p.isDash(k+1) || p.codeAfter(k+1) {
		return 0, val{}, false
	}
	e := k + 1
	y := n
	if nd == 2 {
		c := p.ref.Year() / 100
		if p.word(e) == wCua && p.word(e+1) == wThe && p.word(e+2) == wKyCent {
			if ce, cv, ok := p.centuryAt(e + 3); ok {
				c = cv.r.from.Year() / 100
				e = ce
			}
		}
		y = c*100 + n
		if nd == 2 && y > p.ref.Year() {
			y -= 100
		}
	}
	return e, fixedVal("parts", p.decadeRes(y)), true
}

// centuryAt reads the number of a century after "thế kỷ".
func (p *parser) centuryAt(k int) (int, val, bool) {
	if p.word(k) == wThu {
		k++
	}
	if off, e, ok := p.relUnitWord(k, wNam); ok && off != 0 || p.word(k) == wNayThis {
		if p.word(k) == wNayThis {
			off, e = 0, k+1
		}
		c := (p.ref.Year()-1)/100 + 1 + off
		return e, fixedVal("parts", p.centuryRes(c)), true
	}
	c, e, ok := p.ordinalAt(k)
	if !ok || c < 1 || c > 22 || p.t[k].kind == normalize.Number && p.t[k].pd[0] > 2 {
		return 0, val{}, false
	}
	return e, fixedVal("parts", p.centuryRes(c)), true
}

func (p *parser) decadeRes(y int) res {
	return p.span(p.date(y, 1, 1), p.date(y+9, 12, 31), Decade, KindDate, fmt.Sprintf("%03d", y/10))
}

// centuryRes spans century c: the 20th is 1901–2000.
func (p *parser) centuryRes(c int) res {
	return p.span(p.date((c-1)*100+1, 1, 1), p.date(c*100, 12, 31), Century, KindDate, fmt.Sprintf("%02d", c-1))
}

// firstLastAt reads "ngày đầu tiên của tháng 3", "ngày cuối cùng của năm",
// "tuần đầu tiên của tháng 8", "tuần cuối cùng của năm".
func (p *parser) firstLastAt(i int) (int, val, bool) {
	k := i + 1
	last := false
	switch {
	case p.word(k) == wDau && p.word(k+1) == wTien:
	case p.word(k) == wCuoi && p.word(k+1) == wCung:
		last = true
	default:
		return 0, val{}, false
	}
	k += 2
	if p.word(k) == wCua {
		k++
	}
	var period res
	e, m, ok := p.monthPeriodAt(k)
	if ok {
		period = m
	} else if e2, y, ok2 := p.yearPeriodAt(k); ok2 && p.word(k) == wNam {
		e, period = e2, p.yearRes(y, y)
	} else {
		return 0, val{}, false
	}
	if p.word(i) == wNgay {
		d := period.from
		if last {
			d = period.to
		}
		return e, fixedVal("parts", p.pointRes(d, Day)), true
	}
	// weeks: the first full week that starts in the period, the last that
	// ends in it
	mon := monday(period.from)
	if mon.Before(period.from) {
		mon = mon.AddDate(0, 0, 7)
	}
	if last {
		mon = monday(period.to)
		if mon.AddDate(0, 0, 6).After(period.to) {
			mon = mon.AddDate(0, 0, -7)
		}
	}
	return e, fixedVal("parts", p.weekRes(mon)), true
}

// seasonAt reads a season, "mùa hè", "mùa đông năm 2024", "mùa xuân
// này", "mùa thu tới", as the meteorological season of the northern
// hemisphere — spring March–May, summer June–August, autumn
// September–November, winter December to February — always approximate:
// the Vietnamese seasons have no fixed bounds. "này" is the season of the
// reference year, for winter the one that holds January and February of
// it. A season with no year or relative word ("vào mùa đông, trời lạnh")
// is any such season, no date; so are the crop seasons ("mùa đông xuân",
// "mùa hè thu") and the harvest ("mùa thu hoạch").
func (p *parser) seasonAt(i int) (int, val, bool) {
	if p.word(i) != wMua {
		return 0, val{}, false
	}
	var first int // the season's first month
	switch p.word(i + 1) {
	case wXuan:
		first = 3
	case wHe, wHa:
		first = 6
	case wThuFall:
		first = 9
	case wDong:
		first = 12
	default:
		return 0, val{}, false
	}
	k := i + 2
	switch p.word(k) {
	case wXuan, wHe, wThuFall, wDong, wHoach:
		return 0, val{}, false
	}
	y := 0
	if e, yy := p.yearSpec(k); yy != 0 {
		k, y = e, yy
	} else if n, nd, ok := p.digitsAt(k); ok && nd == 4 && n >= 1000 && n <= 2199 && !p.codeAfter(k+1) {
		k, y = k+1, n
	} else if p.word(k) == wNam && (p.isWord(k+1, "ấy") || p.isWord(k+1, "đó")) {
		// "mùa hè năm ấy": the season of the year in context (of the
		// reference when the text has none)
		y = p.ref.Year()
		if !p.context.IsZero() {
			y = p.context.Year()
		}
		k += 2
	} else {
		off := 0
		if p.word(k) == wVua && p.word(k+1) == wQua {
			off, k = -1, k+2
		} else if o, e, ok := p.relUnitWord(k, wMua); ok {
			off, k = o, e
		} else {
			return 0, val{}, false // "vào mùa đông, trời lạnh": any winter
		}
		y = p.ref.Year()
		if first == 12 && p.ref.Month() <= 2 {
			y-- // this winter began last December
		}
		// "tới" is the next season to begin, "qua" the last to end.
		switch {
		case off > 0:
			if !p.date(y, first, 1).After(p.refD) {
				y++
			}
			y += off - 1
		case off < 0:
			if !p.date(y, first+3, 0).Before(p.refD) {
				y--
			}
			y += off + 1
		}
	}
	from := p.date(y, first, 1)
	to := p.date(y, first+3, 0)
	code := map[int]string{3: "SP", 6: "SU", 9: "FA", 12: "WI"}[first]
	r := p.span(from, to, Month, KindDate, itoa4(y)+"-"+code)
	r.approx = true
	return k, fixedVal("season", r), true
}
