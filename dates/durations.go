package dates

import "github.com/vntag/vntag/normalize"

// Durations and recurrences: 3 năm, trong 6 tháng, hai tuần, 1 năm rưỡi,
// 2 giờ 30 phút, nửa tháng; the year-to-date "9 tháng" of reports; hằng năm,
// hàng tuần.

// durationAt reads an amount of time: "3 năm", "6 tháng", "hai tuần",
// "1 năm rưỡi", "2 giờ 30 phút", "nửa tháng".
func (p *parser) durationAt(i int) (int, val, bool) {
	var per Period
	half := false
	var (
		n, e int
		g    Grain
	)
	if p.word(i) == wVai {
		return p.fewDurationAt(i)
	}
	if p.word(i) == wNuaHalf {
		var w int
		g, w = unitOf(p.word(i+1), p.word(i+2))
		if w == 0 {
			return 0, val{}, false
		}
		half, e = true, i+1+w
	} else {
		var ok bool
		if lo, nd, isNum := p.digitsAt(i); isNum && nd <= 3 && p.isDash(i+1) {
			// "4 - 5 ngày": the longer amount, approximate
			if hi, _, isNum := p.digitsAt(i + 2); isNum && hi > lo {
				if _, g2, _, ok := p.amountAt(i + 2); ok && g2 != Second && !p.patientBefore(i-1) {
					j, v, ok := p.durationAt(i + 2)
					if ok && v.fixed && v.r.kind == KindDuration {
						v.r.approx = true
						return j, v, true
					}
				}
			}
			return 0, val{}, false
		}
		if n, g, e, ok = p.amountAt(i); !ok || g == Second {
			return 0, val{}, false // seconds are read only in windows
		}
		if n == 1 && p.t[i].kind == normalize.Word && p.indefinite(e) {
			return 0, val{}, false // "một ngày nào đó": some day, no amount
		}
		if p.t[i].kind == normalize.Number && (p.t[i].pd[0] > 5 || p.t[i].p[0] > 10000) {
			return 0, val{}, false
		}
		if p.t[i].kind == normalize.Word && p.t[i].w == wNone && !p.durationCue(i-1) && p.word(e) != wQua {
			return 0, val{}, false // "8h" alone is a clock time
		}
	}
	if g == Day && e < len(p.t) && p.word(e-1) == wNgay {
		// "hai ngày 12 và 13/10", "3 ngày 15, 16, 17/8": the count of
		// the days that follow, which are the date; "bệnh nhân 549 ngày
		// 3/8": an identifier, then the date
		if d, _, ok := p.t[e].num(); ok && d >= 1 && d <= 31 {
			return 0, val{}, false
		}
		if p.t[e].kind == normalize.Number && p.t[e].np >= 2 && p.t[i].kind == normalize.Number && (p.t[i].p[0] > 31 || p.patientBefore(i-1)) {
			return 0, val{}, false
		}
	}
	if p.t[i].shape == normalize.Title && p.t[i].kind == normalize.Word && p.nameBefore(i-1) {
		return 0, val{}, false // "Trường Ba Tháng Hai"
	}
	if g == Minute && p.word(i-1) == wGio && i >= 2 && p.t[i-2].kind == normalize.Number {
		return 0, val{}, false // the minutes of "7 giờ 61 phút"
	}
	if p.patientBefore(i - 1) {
		return 0, val{}, false // "BN 549 ngày", "bệnh nhân 17 ngày"
	}
	switch p.word(i - 1) {
	case wDip2, wLan, wThu, wKhoa, wKy:
		if g == Year || g == Month {
			return 0, val{}, false // "đợt 2 năm nay": an ordinal, then the year
		}
	}
	if half {
		n = 0
	}
	add := func(g Grain, n int) {
		switch g {
		case Minute:
			per.Minutes += n
		case Hour:
			per.Hours += n
		case Day:
			per.Days += n
		case Week:
			per.Weeks += n
		case Month:
			per.Months += n
		case Quarter:
			per.Months += 3 * n
		case Year:
			per.Years += n
		case Decade:
			per.Years += 10 * n
		case Century:
			per.Years += 100 * n
		}
	}
	add(g, n)
	if half || p.word(e) == wRuoi {
		if !half {
			e++
		}
		switch g {
		case Year:
			per.Months += 6
		case Month:
			per.Days += 15
		case Day:
			per.Hours += 12
		case Hour:
			per.Minutes += 30
		case Week:
			per.Days += 3
		default:
			return 0, val{}, false
		}
	} else if n2, k2, ok := p.intAt(e); ok && !half {
		// "1 năm 6 tháng", "2 giờ 30 phút"
		if g2, w2 := unitOf(p.word(k2), p.word(k2+1)); w2 > 0 && grainRank(g2) < grainRank(g) {
			if n2 >= unitsIn(g, g2) {
				return 0, val{}, false // "7 giờ 61 phút": no such time
			}
			add(g2, n2)
			e = k2 + w2
		}
	}
	if p.word(i) == wNam && g == Month {
		return 0, val{}, false // "những năm tháng": years and months
	}
	if p.word(e) == wTuoi {
		return 0, val{}, false // an age: "3 tháng tuổi"
	}
	if e < len(p.t) && p.t[e].kind == normalize.Number && (g == Year || g == Month) {
		return 0, val{}, false // "đợt 1 năm 2021", "1 tháng 7"
	}
	if g == Month && !half && per.Days == 0 && p.ytd(i, n, e) {
		// "9 tháng" in a report: the first nine months of the year
		return e, fixedVal("parts", p.monthsRes(p.ref.Year(), 1, n)), true
	}
	// per stays on the stack while the rule is only being tried; the
	// copy escapes only on success
	d := new(Period)
	*d = per
	r := res{kind: KindDuration, grain: g, dur: d, value: per.ISO()}
	return e, fixedVal("duration", r), true
}

// indefinite reports whether token e, after "một" and a unit, makes the
// phrase an indefinite time: "một ngày nào đó", "một ngày nọ", "một năm
// kia".
func (p *parser) indefinite(e int) bool {
	return p.isWord(e, "nào") || p.isWord(e, "nọ") || p.isWord(e, "kia")
}

// fewDurationAt reads "vài giờ", "vài ngày" as an amount of time when a
// duration cue comes before it ("mất vài giờ", "trong vài ngày"): fewCount
// units, approximate. Elsewhere ("vài ngày sau đó", "sau vài tháng") the
// phrase is not annotated.
func (p *parser) fewDurationAt(i int) (int, val, bool) {
	if !p.durationCue(i - 1) {
		return 0, val{}, false
	}
	g, w := unitOf(p.word(i+1), p.word(i+2))
	if w == 0 || g == Second {
		return 0, val{}, false
	}
	var per Period
	switch g {
	case Minute:
		per.Minutes = fewCount
	case Hour:
		per.Hours = fewCount
	case Day:
		per.Days = fewCount
	case Week:
		per.Weeks = fewCount
	case Month:
		per.Months = fewCount
	case Quarter:
		per.Months = 3 * fewCount
	case Year:
		per.Years = fewCount
	case Decade:
		per.Years = 10 * fewCount
	case Century:
		per.Years = 100 * fewCount
	}
	d := new(Period)
	*d = per
	r := res{kind: KindDuration, grain: g, dur: d, value: per.ISO(), approx: true}
	return i + 1 + w, fixedVal("duration", r), true
}

// ytd reports whether "N tháng" (tokens i..e) is the year to date, as
// reports write it: "9 tháng", "11 tháng" of the reference year, when that
// many months have passed. Quarters and halves (3, 6 tháng) and short
// spans stay durations, and so does any "N tháng" after a duration cue.
func (p *parser) ytd(i, n, e int) bool {
	if n < 7 || n > 11 || n > int(p.ref.Month()) || p.t[i].kind != normalize.Number {
		return false
	}
	if p.durationCue(i-1) && p.word(i-1) != wTrong || p.word(i-1) == wSau || p.word(i-1) == wKhoang {
		return false
	}
	switch p.word(e) {
	case wNua, wTruoc, wSau, wQua, wToiNext:
		return false
	}
	return true
}

// setAt reads a recurrence: "hằng năm", "hàng tháng", "mỗi tuần".
func (p *parser) setAt(i int) (int, val, bool) {
	if w := p.word(i); w != wHang {
		return 0, val{}, false
	}
	g, w := unitOf(p.word(i+1), p.word(i+2))
	if w == 0 || g == Decade || g == Century {
		return 0, val{}, false
	}
	var per Period
	switch g {
	case Minute:
		per.Minutes = 1
	case Hour:
		per.Hours = 1
	case Day:
		per.Days = 1
	case Week:
		per.Weeks = 1
	case Month:
		per.Months = 1
	case Quarter:
		per.Months = 3
	case Year:
		per.Years = 1
	}
	d := new(Period)
	*d = per
	return i + 1 + w, fixedVal("set", res{kind: KindSet, grain: g, dur: d, value: per.ISO()}), true
}

// unitsIn returns how many units of the finer grain g2 a unit of g holds,
// as far as a compound amount may count them ("1 năm 11 tháng", "2 giờ 59
// phút"); a large bound where the count is free.
func unitsIn(g, g2 Grain) int {
	switch {
	case g == Year && g2 == Month:
		return 12
	case g == Day && g2 == Hour:
		return 24
	case g == Hour && g2 == Minute, g == Minute && g2 == Second:
		return 60
	}
	return 1 << 30
}
