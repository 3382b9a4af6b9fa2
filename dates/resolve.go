package dates

import (
	"fmt"
	"time"
)

// pod is a part of the day.
type pod uint8

const (
	podNone         pod = iota
	podMorning          // sáng 04–12
	podDawn             // rạng sáng 00–06
	podEarly            // sáng sớm 04–08
	podNoon             // trưa 12–14
	podAfternoon        // chiều 12–19
	podDusk             // chiều tối 17–20
	podEvening          // tối 18–24
	podNight            // đêm 18–24
	podLate             // khuya 22–24
	podMorningStart     // đầu giờ sáng 06–09
	podMorningEnd       // cuối giờ sáng 10–12
	podNoonStart        // đầu giờ chiều 13–15
	podNoonEnd          // cuối giờ chiều 16–18
	podEveningStart     // đầu giờ tối 18–20
)

// podHours are the half-open hour ranges of the parts of the day (Duckling's
// conventions, ANNOTATION.md).
var podHours = [...][2]int{
	podMorning: {4, 12}, podDawn: {0, 6}, podEarly: {4, 8}, podNoon: {12, 14},
	podAfternoon: {12, 19}, podDusk: {17, 20}, podEvening: {18, 24}, podNight: {18, 24}, podLate: {22, 24},
	podMorningStart: {6, 9}, podMorningEnd: {10, 12}, podNoonStart: {13, 15}, podNoonEnd: {16, 18}, podEveningStart: {18, 20},
}

// podTimex are the TIMEX3 codes of the parts of the day.
var podTimex = [...]string{
	podMorning: "MO", podDawn: "MO", podEarly: "MO", podNoon: "MI", podAfternoon: "AF",
	podDusk: "EV", podEvening: "EV", podNight: "NI", podLate: "NI",
	podMorningStart: "MO", podMorningEnd: "MO", podNoonStart: "AF", podNoonEnd: "AF", podEveningStart: "EV",
}

// hourIn moves a clock hour into a part of the day: "3 giờ chiều" is 15:00,
// "11 giờ đêm" 23:00, "2 giờ đêm" 02:00.
func (d pod) hourIn(h int) int {
	switch d {
	case podNoon:
		if h < 4 {
			h += 12
		}
	case podAfternoon, podDusk, podEvening, podNoonStart, podNoonEnd, podEveningStart:
		if h < 12 {
			h += 12
		}
	case podNight, podLate:
		if h >= 6 && h <= 12 {
			h += 12 // "11 giờ đêm" is 23:00, "12 giờ đêm" midnight
		}
	case podMorning, podDawn, podEarly, podMorningStart, podMorningEnd:
		if h == 12 {
			h = 0
		}
	}
	return h
}

// res is a resolved value.
type res struct {
	from, to time.Time
	grain    Grain
	kind     Kind
	approx   bool
	value    string
	dur      *Period
}

// val is the partial-date accumulator that rules fill in. Calendar fields
// left unset are taken from the reference time when it is resolved; a rule
// that computes its value itself sets fixed and r.
type val struct {
	y, m, d     int // 0: unset
	lunar, leap bool
	dayOff      int // days from the reference day, when hasDayOff
	hasDayOff   bool
	anaphoric   bool // dayOff counts from the anchor, not the reference
	wd          int  // weekday 0 (Sunday) … 6, or -1
	weekOff     int  // weeks from the reference week, when hasWeek
	hasWeek     bool
	dir         int8 // +1 the next such day or month, −1 the last ("thứ Hai tới", "tháng 1 vừa qua")
	h, mi       int  // clock, or -1
	pod         pod
	approx      bool

	fixed bool
	r     res

	bare int8 // bareDay or bareYear: a lone number usable only as a range end
	rule string
}

const (
	bareDay  = 1
	bareYear = 2
)

func newVal(rule string) val { return val{wd: -1, h: -1, mi: -1, rule: rule} }

func fixedVal(rule string, r res) val {
	v := newVal(rule)
	v.fixed, v.r = true, r
	return v
}

// hasDate reports whether v names a calendar day or a relative day.
func (v *val) hasDate() bool { return v.d > 0 || v.hasDayOff || v.wd >= 0 }

// isClock reports whether v carries only time-of-day information.
func (v *val) timeOnly() bool {
	return !v.fixed && (v.h >= 0 || v.pod != podNone) && !v.hasDate() && v.m == 0 && v.y == 0 && !v.hasWeek
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (p *parser) date(y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, p.ref.Location())
}

// span builds a day-grain-or-coarser result from the first to the last day.
func (p *parser) span(from, to time.Time, g Grain, k Kind, value string) res {
	return res{from: from, to: to, grain: g, kind: k, value: value}
}

// monday returns the Monday of the week of t.
func monday(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -wd)
}

// lunarYearOf returns the lunar year the reference day falls in.
func (p *parser) lunarYearOf(t time.Time) (int, int) {
	y, m, _, _ := SolarToLunar(t)
	return y, m
}

// dayOf resolves a (possibly yearless, possibly lunar) calendar day.
func (p *parser) dayOf(y, m, d int, lunar, leap bool, dir int8) (time.Time, bool) {
	conv := func(y, m, d int) (time.Time, bool) {
		if lunar {
			t, err := LunarToSolar(y, m, d, leap)
			if err != nil {
				return time.Time{}, false
			}
			return p.date(t.Year(), int(t.Month()), t.Day()), true
		}
		if m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) || y < 1 || y > 9999 {
			return time.Time{}, false
		}
		return p.date(y, m, d), true
	}
	refY, refM := p.ref.Year(), int(p.ref.Month())
	if lunar {
		refY, refM = p.lunarYearOf(p.refD)
	}
	if m == 0 {
		m = refM
	}
	if y != 0 {
		return conv(y, m, d)
	}
	t, ok := conv(refY, m, d)
	if !ok && !lunar && m == 2 && d == 29 {
		// 29/2 without a year: the nearest leap year
		for k := 1; k < 4 && !ok; k++ {
			if t, ok = conv(refY-k, m, d); !ok {
				t, ok = conv(refY+k, m, d)
			}
		}
		return t, ok
	}
	if !ok {
		return t, false
	}
	return p.preferMode(p.modeOf(dir, lunar), t, func(dy int) (time.Time, bool) { return conv(refY+dy, m, d) }), true
}

// modeOf returns the placement for a value with a direction of its own.
func (p *parser) modeOf(dir int8, lunar bool) Prefer {
	switch {
	case dir < 0:
		return PreferPast
	case dir > 0:
		return PreferFuture
	case lunar && p.f.opts.Prefer == PreferSame:
		// a yearless lunar date is the nearest one: near Tết the lunar
		// year of the reference is about to change
		return PreferNearest
	}
	return p.f.opts.Prefer
}

func (p *parser) preferMode(mode Prefer, t time.Time, shift func(dy int) (time.Time, bool)) time.Time {
	switch mode {
	case PreferPast:
		if t.After(p.refD) {
			if u, ok := shift(-1); ok {
				return u
			}
		}
	case PreferFuture:
		if t.Before(p.refD) {
			if u, ok := shift(1); ok {
				return u
			}
		}
	case PreferNearest:
		best := t
		for _, dy := range []int{-1, 1} {
			if u, ok := shift(dy); ok && absDur(u.Sub(p.refD)) < absDur(best.Sub(p.refD)) {
				best = u
			}
		}
		return best
	}
	return t
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// weekday resolves a weekday, in a given week or by Options.Prefer: by
// default (news) and for PreferPast the latest such day on or before the
// reference day, for PreferFuture the first one after it (Duckling's
// reading: "thứ Ba" on a Tuesday is the next Tuesday), for PreferNearest
// the closest.
func (p *parser) weekday(wd int, hasWeek bool, weekOff int) time.Time {
	mon := monday(p.refD)
	off := (wd + 6) % 7
	if hasWeek {
		return mon.AddDate(0, 0, 7*weekOff+off)
	}
	t := mon.AddDate(0, 0, off)
	switch p.f.opts.Prefer {
	case PreferSame, PreferPast:
		if t.After(p.refD) {
			t = t.AddDate(0, 0, -7)
		}
	case PreferFuture:
		if !t.After(p.refD) {
			t = t.AddDate(0, 0, 7)
		}
	case PreferNearest:
		if d := t.Sub(p.refD); d > 84*time.Hour {
			t = t.AddDate(0, 0, -7)
		} else if d < -84*time.Hour {
			t = t.AddDate(0, 0, 7)
		}
	}
	return t
}

// clockDay places a clock time given without a day by Options.Prefer and
// returns the day and the hour (on the 24-hour clock). By default (news)
// it is on the reference day; PreferPast takes the latest occurrence not
// after the reference time, PreferFuture the first not before it, reading
// an hour from 1 to 11 without a part of the day on the 12-hour clock as
// Duckling does ("3 giờ" at 04:30 is 15:00), and PreferNearest the
// closest.
func (p *parser) clockDay(v *val) (time.Time, int) {
	h := v.pod.hourIn(v.h)
	mi := time.Duration(max(v.mi, 0)) * time.Minute
	at := func(day time.Time, h int) time.Time { return day.Add(time.Duration(h)*time.Hour + mi) }
	t := at(p.refD, h)
	switch p.f.opts.Prefer {
	case PreferPast:
		if t.After(p.ref) {
			t = at(p.refD.AddDate(0, 0, -1), h)
		}
	case PreferFuture:
		hs := []int{h}
		if v.pod == podNone && h >= 1 && h <= 11 {
			hs = append(hs, h+12)
		}
		var best time.Time
		for dd := -1; dd <= 1; dd++ {
			day := p.refD.AddDate(0, 0, dd)
			for _, c := range hs {
				if u := at(day, c); !u.Before(p.ref) && (best.IsZero() || u.Before(best)) {
					best = u
				}
			}
		}
		t = best
	case PreferNearest:
		for _, dd := range []int{-1, 1} {
			if u := at(p.refD.AddDate(0, 0, dd), h); absDur(u.Sub(p.ref)) < absDur(t.Sub(p.ref)) {
				t = u
			}
		}
	default:
		return p.refD, h // news: on the reference day ("12 giờ đêm" ends it)
	}
	return truncDay(t), t.Hour()
}

// resolve turns an accumulated value into a result.
func (p *parser) resolve(v *val) (res, bool) {
	if v.fixed {
		return v.r, v.r.kind != ""
	}
	var day time.Time
	hour := -1
	switch {
	case v.hasDayOff:
		base := p.refD
		if v.anaphoric && !p.anchor.IsZero() {
			base = p.anchor
		}
		day = base.AddDate(0, 0, v.dayOff)
	case v.d > 0:
		t, ok := p.dayOf(v.y, v.m, v.d, v.lunar, v.leap, v.dir)
		if !ok {
			return res{}, false
		}
		day = t
	case v.wd >= 0:
		day = p.weekday(v.wd, v.hasWeek, v.weekOff)
		if v.dir > 0 && !day.After(p.refD) {
			day = day.AddDate(0, 0, 7)
		} else if v.dir < 0 && !day.Before(p.refD) {
			day = day.AddDate(0, 0, -7)
		}
	case v.hasWeek:
		from := monday(p.refD).AddDate(0, 0, 7*v.weekOff)
		return p.weekRes(from), true
	case v.m > 0:
		return p.monthRes(v.y, v.m, v.lunar, v.leap, v.dir)
	case v.y > 0:
		return p.yearRes(v.y, v.y), true
	case v.h >= 0 || v.pod != podNone:
		// a bare clock time is on the day in context: "Ngày 15/7, … Lúc
		// 8h, …"; without one, the caller's preference places it
		day = p.refD
		if !p.anchor.IsZero() {
			day = p.anchor
		} else if v.h >= 0 {
			day, hour = p.clockDay(v)
		}
	default:
		return res{}, false
	}
	r := res{from: day, to: day, grain: Day, kind: KindDate, value: day.Format("2006-01-02"), approx: v.approx}
	switch {
	case v.h >= 0:
		h := v.pod.hourIn(v.h)
		if hour >= 0 {
			h = hour
		}
		mi := max(v.mi, 0)
		t := day.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
		r.from, r.to, r.kind = t, t, KindTime
		r.grain = Minute
		r.value = t.Format("2006-01-02T15:04")
	case v.pod != podNone:
		hs := podHours[v.pod]
		r.from = day.Add(time.Duration(hs[0]) * time.Hour)
		r.to = day.Add(time.Duration(hs[1]-1) * time.Hour)
		r.grain, r.kind, r.approx = Hour, KindTime, true
		r.value = day.Format("2006-01-02") + "T" + podTimex[v.pod]
	}
	return r, true
}

func (p *parser) weekRes(from time.Time) res {
	y, w := from.ISOWeek()
	return p.span(from, from.AddDate(0, 0, 6), Week, KindDate, fmt.Sprintf("%04d-W%02d", y, w))
}

// monthRes resolves a month, solar or lunar, its year inferred if unset.
func (p *parser) monthRes(y, m int, lunar, leap bool, dir int8) (res, bool) {
	if m < 1 || m > 12 {
		return res{}, false
	}
	if lunar {
		if y == 0 {
			y = p.ref.Year()
			if t, ok := p.dayOf(0, m, 1, true, leap, dir); ok {
				y, _ = p.lunarYearOf(t)
			}
		}
		from, err := LunarToSolar(y, m, 1, leap)
		if err != nil {
			return res{}, false
		}
		n := lunarMonthLength(y, m, leap)
		from = p.date(from.Year(), int(from.Month()), from.Day())
		to := from.AddDate(0, 0, n-1)
		return p.span(from, to, Month, KindDate, fmt.Sprintf("%s/%s", from.Format("2006-01-02"), to.Format("2006-01-02"))), true
	}
	if y == 0 {
		y = p.ref.Year()
		mode := p.modeOf(dir, false)
		last := func(dy int) (time.Time, bool) { return p.date(y+dy, m+1, 0), true }
		if mode == PreferFuture {
			// a month not yet over is still ahead
			t := p.preferMode(mode, p.date(y, m+1, 0), last)
			y = t.Year()
			if t.Month() != time.Month(m) {
				y = p.date(t.Year(), m, 1).Year()
			}
		} else {
			t := p.preferMode(mode, p.date(y, m, 1), func(dy int) (time.Time, bool) { return p.date(y+dy, m, 1), true })
			y = t.Year()
		}
	}
	return p.monthsRes(y, m, m), true
}

// monthsRes spans the months m1..m2 of year y.
func (p *parser) monthsRes(y, m1, m2 int) res {
	from := p.date(y, m1, 1)
	to := p.date(y, m2+1, 0)
	v := fmt.Sprintf("%04d-%02d", y, m1)
	if m2 != m1 {
		v += fmt.Sprintf("/%04d-%02d", y, m2)
	}
	return p.span(from, to, Month, KindDate, v)
}

// yearRes spans the calendar years y1..y2.
func (p *parser) yearRes(y1, y2 int) res {
	v := yearString(y1)
	k := KindDate
	if y2 != y1 {
		v += "/" + yearString(y2)
		k = KindInterval
	}
	return p.span(p.date(y1, 1, 1), p.date(y2, 12, 31), Year, k, v)
}

// yearString writes a year in four digits, a year before 1 CE (0 is 1 BCE)
// with a minus sign: "2024", "-0499".
func yearString(y int) string {
	if y < 0 {
		return fmt.Sprintf("-%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}

// interval joins two results into one interval from a's start to b's end.
func (p *parser) interval(a, b res) (res, bool) {
	if a.kind == KindDuration || b.kind == KindDuration || a.kind == KindSet || b.kind == KindSet {
		return res{}, false
	}
	g := a.grain
	if grainRank(b.grain) < grainRank(g) {
		g = b.grain
	}
	from, to := a.from, b.to
	if g.fine() {
		// a clock or part of the day with a day: "từ chiều tối nay đến
		// ngày mai" runs from 17:00 to the last hour of tomorrow
		if !b.grain.fine() {
			to = truncDay(to).AddDate(0, 0, 1)
			if g == Minute {
				to = to.Add(-time.Minute)
			} else {
				to = to.Add(-time.Hour)
			}
		}
	} else {
		from = truncDay(from)
		to = truncDay(to)
	}
	if to.Before(from) {
		return res{}, false
	}
	// a vague start that begins its unit ("từ đầu năm") or a vague end
	// that closes it ("đến cuối năm") is exact
	approx := a.approx && a.from.Day() != 1 || b.approx && b.to.AddDate(0, 0, 1).Day() != 1
	r := res{from: from, to: to, grain: g, kind: KindInterval, approx: approx}
	r.value = rangeValue(r)
	return r, true
}

func truncDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// rangeValue writes the TIMEX3 value of an interval at its grain:
// "2020/2025", "2024-07-01/2024-07-15", "2024-07/2024-08".
func rangeValue(r res) string {
	f := func(t time.Time) string {
		switch r.grain {
		case Second:
			return t.Format("2006-01-02T15:04:05")
		case Minute, Hour:
			return t.Format("2006-01-02T15:04")
		case Month, Quarter, Half:
			return t.Format("2006-01")
		case Year, Decade, Century:
			return t.Format("2006")
		}
		return t.Format("2006-01-02")
	}
	return f(r.from) + "/" + f(r.to)
}

func grainRank(g Grain) int {
	switch g {
	case Second:
		return -1
	case Minute:
		return 0
	case Hour:
		return 1
	case Day:
		return 2
	case Week:
		return 3
	case Month:
		return 4
	case Quarter:
		return 5
	case Half:
		return 6
	case Year:
		return 7
	case Decade:
		return 8
	case Century:
		return 9
	}
	return 2
}
