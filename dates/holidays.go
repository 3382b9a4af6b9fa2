package dates

import (
	_ "embed"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/vntag/vntag/normalize"
)

// Holidays, solar and lunar (data/holidays.csv), Tết days ("mùng 1 Tết",
// "30 Tết") and lunar year names (Can Chi: "Giáp Thìn").

//go:embed data/holidays.csv
var holidaysCSV string

type holiday struct {
	id         string
	lunar      bool
	month, day int // day 0: the last day of the month
	words      []lex
}

// holidays are the holiday names and aliases, longest first.
var holidays = func() []holiday {
	rows, err := csv.NewReader(strings.NewReader(holidaysCSV)).ReadAll()
	if err != nil {
		panic("dates: bad data/holidays.csv: " + err.Error())
	}
	var hs []holiday
	for _, r := range rows[1:] {
		cal := r[2]
		if cal != "solar" && cal != "lunar" {
			continue
		}
		m, _ := strconv.Atoi(r[3])
		d, _ := strconv.Atoi(r[4]) // "last" → 0
		names := append([]string{r[1]}, strings.Split(r[6], "|")...)
		names = append(names, extraAliases[r[0]]...)
		for _, n := range names {
			n = strings.TrimSpace(n)
			if n == "" || strings.ContainsAny(n, "0123456789") || skipAlias[strings.ToLower(n)] {
				continue
			}
			hs = append(hs, holiday{id: r[0], lunar: cal == "lunar", month: m, day: d, words: phraseIDs(n)})
		}
	}
	for _, x := range extraHolidays {
		for _, n := range x.names {
			hs = append(hs, holiday{id: x.id, month: x.month, day: x.day, words: phraseIDs(n)})
		}
	}
	// longest first
	for i := 1; i < len(hs); i++ {
		for j := i; j > 0 && len(hs[j].words) > len(hs[j-1].words); j-- {
			hs[j], hs[j-1] = hs[j-1], hs[j]
		}
	}
	return hs
}()

// extraHolidays are observances that holidays.csv does not list.
var extraHolidays = []struct {
	id         string
	month, day int
	names      []string
}{
	{"valentine", 2, 14, []string{"Lễ tình nhân", "ngày Valentine", "Valentine", "ngày lễ tình nhân"}},
	{"april_fools", 4, 1, []string{"Cá tháng Tư", "ngày Cá tháng Tư"}},
	{"halloween", 10, 31, []string{"Halloween"}},
}

// holidayIndex lists the holidays by their first syllable.
var holidayIndex = func() [][]holiday {
	n := 0
	for _, h := range holidays {
		if len(h.words) > 0 && int(h.words[0]) >= n {
			n = int(h.words[0]) + 1
		}
	}
	m := make([][]holiday, n)
	for _, h := range holidays {
		if len(h.words) > 0 {
			m[h.words[0]] = append(m[h.words[0]], h)
		}
	}
	return m
}()

// holidaysAt returns the holidays whose name starts with word w.
func holidaysAt(w lex) []holiday {
	if int(w) < len(holidayIndex) {
		return holidayIndex[w]
	}
	return nil
}

// extraAliases are short forms news uses beside those of holidays.csv.
var extraAliases = map[string][]string{
	"christmas":             {"Giáng sinh", "Lễ Giáng sinh"},
	"mid_autumn":            {"Trung thu"},
	"vesak":                 {"Phật đản"},
	"vu_lan":                {"Vu lan"},
	"doan_ngo":              {"Đoan ngọ"},
	"hung_kings":            {"Giỗ Tổ", "Giỗ tổ Hùng Vương"},
	"lantern_festival":      {"Nguyên tiêu"},
	"labour_day":            {"Quốc tế Lao động"},
	"womens_day_intl":       {"Quốc tế Phụ nữ"},
	"children_day":          {"Quốc tế Thiếu nhi"},
	"reunification_day":     {"Ngày Giải phóng miền Nam", "Ngày thống nhất đất nước"},
	"tet":                   {"Tết Nguyên Đán", "Tết Ta"},
	"kitchen_gods":          {"ông Táo"},
	"new_year":              {"Tết Tây"},
	"national_day":          {"Lễ Quốc khánh"},
	"war_invalids_day":      {"Ngày Thương binh Liệt sĩ"},
	"teachers_day":          {"Ngày Nhà giáo"},
	"vietnamese_womens_day": {"Ngày Phụ nữ Việt Nam"},
}

// skipAlias are aliases too common as plain words to be dates by
// themselves.
var skipAlias = map[string]bool{"năm mới": true, "ngày chiến thắng": true, "cách mạng tháng tám": true}

// holidayDayAt reads a holiday or a Tết day, with an optional year after
// it: "Tết Nguyên đán Giáp Thìn", "Quốc khánh 2/9", "mùng 2 Tết", "Giỗ Tổ
// Hùng Vương năm 2024".
func (p *parser) holidayDayAt(i int) (int, val, bool) {
	if e, v, ok := p.tetDayAt(i); ok {
		return e, v, ok
	}
	if i >= len(p.t) || p.t[i].w == wNone {
		return 0, val{}, false
	}
	for _, h := range holidaysAt(p.t[i].w) {
		e := i
		ok := true
		for _, w := range h.words {
			for p.isDash(e) {
				e++ // "Thương binh - Liệt sĩ"
			}
			if p.word(e) != w {
				ok = false
				break
			}
			e++
		}
		if !ok {
			continue
		}
		if h.words[0] == wLe && p.isWord(i-1, "đại") || p.word(i-1) == wLe && p.isWord(i-2, "đại") {
			continue // "đại lễ Phật đản": the celebration, not the day
		}
		if h.id == "tet" && len(h.words) == 1 && (p.notTet(i-1) || p.word(e) == wTrong2) {
			continue // "chúc Tết", "Tết trồng cây"
		}
		if h.id == "tet" && p.t[i].shape == normalize.Lower && len(h.words) == 1 {
			// a lower-case "tết" is still Tết, but not "tết tóc" (braiding)
			if k := p.t[min(e, len(p.t)-1)]; e < len(p.t) && k.kind == normalize.Word && k.w == wNone && k.shape == normalize.Lower {
				continue
			}
		}
		v := newVal("holiday")
		v.m, v.d, v.lunar = h.month, h.day, h.lunar
		// a solar holiday may repeat its date: "Quốc khánh 2/9"
		if !h.lunar && e < len(p.t) {
			if t := &p.t[e]; t.kind == normalize.Number && t.np >= 2 && t.sep == '/' && int(t.p[0]) == h.day && int(t.p[1]) == h.month {
				if t.np == 3 {
					v.y = int(t.p[2])
				}
				e++
			}
		}
		if v.y == 0 {
			e = p.holidayYear(e, &v, h.id == "tet_eve")
		}
		if h.day == 0 { // the last day of the lunar year: resolve now
			y := v.y
			if y == 0 {
				y, _ = p.lunarYearOf(p.refD)
			}
			v.d = lunarMonthLength(y, h.month, false)
			if v.d == 0 {
				return 0, val{}, false
			}
			t, err := LunarToSolar(y, h.month, v.d, false)
			if err != nil {
				return 0, val{}, false
			}
			v.y, v.m, v.d, v.lunar = t.Year(), int(t.Month()), t.Day(), false
		}
		return e, v, true
	}
	return 0, val{}, false
}

// isWord reports whether token i is the word w, in any case.
func (p *parser) isWord(i int, w string) bool {
	if i < 0 || i >= len(p.t) {
		return false
	}
	p.kb = wordKey(p.kb[:0], p.text(i))
	return string(p.kb) == w
}

// notTet reports whether token i makes a following "Tết" a thing, not a
// day: "chúc Tết", "quà Tết", "thưởng Tết".
func (p *parser) notTet(i int) bool {
	switch p.word(i) {
	case wChuc, wQuaGift, wThuong2:
		return true
	}
	return false
}

// holidayYear reads the year after a holiday: a Can Chi name, "năm 2024",
// "2024", "năm nay". For the eve of Tết a Can Chi name is the year it
// opens.
func (p *parser) holidayYear(e int, v *val, eve bool) int {
	if p.word(e) == wNam || p.word(e) == wXuan {
		if y, end, ok := p.canChiAt(e + 1); ok {
			if eve {
				y--
			}
			v.y = y
			return end
		}
	}
	if y, end, ok := p.canChiAt(e); ok {
		if y2, nd, ok := p.digitsAt(end); ok && nd == 4 && (y2 == y || eve && y2 == y-1) {
			end++ // "Tết Nguyên đán Bính Ngọ 2026"
		}
		if eve {
			y--
		}
		v.y = y
		return end
	}
	if y, nd, ok := p.digitsAt(e); ok && nd == 4 && y >= 1900 && y <= 2199 && !p.codeAfter(e+1) && !p.isDash(e+1) {
		v.y = y
		return e + 1
	}
	if p.word(e) == wNam {
		if y, ok := p.yearNumAt(e + 1); ok {
			v.y = y
			return e + 2
		}
		if dy, end, ok := p.relYearAt(e + 1); ok {
			if v.lunar {
				ly, _ := p.lunarYearOf(p.refD)
				v.y = ly + dy
			} else {
				v.y = p.ref.Year() + dy
			}
			return end
		}
	}
	return e
}

// tetDayAt reads "mùng 1 Tết", "mồng 3 Tết", "29 Tết", "30 Tết".
func (p *parser) tetDayAt(i int) (int, val, bool) {
	k := i
	mung := p.word(k) == wMung
	if mung {
		k++
	}
	n, e, ok := p.intAt(k)
	if !ok || p.word(e) != wTet {
		return 0, val{}, false
	}
	v := newVal("holiday")
	v.lunar = true
	switch {
	case n >= 1 && n <= 10:
		v.m, v.d = 1, n
		e = p.holidayYear(e+1, &v, false)
	case !mung && (n == 29 || n == 30) || n == 23:
		v.m, v.d = 12, n
		e = p.holidayYear(e+1, &v, true)
		y := v.y
		if y == 0 {
			y, _ = p.lunarYearOf(p.refD)
			// the Tết ahead of the reference: its eve is in the lunar year
			// now running
		}
		if n == 30 && lunarMonthLength(y, 12, false) == 29 {
			v.d = 29 // "30 Tết" is the eve, whatever its number
		}
		v.y = y
	default:
		return 0, val{}, false
	}
	return e, v, true
}

var (
	stems    = syllables("giáp ất bính đinh mậu kỷ canh tân nhâm quý")
	branches = syllables("tý sửu dần mão thìn tỵ ngọ mùi thân dậu tuất hợi")
	branch2  = syllables("tí x x mẹo x tị x x x x x x")
)

func syllables(s string) []lex {
	var ids []lex
	for _, w := range strings.Fields(s) {
		ids = append(ids, syllableID(w))
	}
	return ids
}

func indexLex(ls []lex, w lex) int {
	for i, l := range ls {
		if l == w && w != wNone {
			return i
		}
	}
	return -1
}

// canChiAt reads a capitalised lunar year name, "Giáp Thìn", and returns
// the year of that name nearest the reference year.
func (p *parser) canChiAt(i int) (int, int, bool) {
	if i+1 >= len(p.t) || p.t[i].shape == normalize.Lower {
		return 0, 0, false
	}
	s := indexLex(stems, p.t[i].w)
	b := indexLex(branches, p.t[i+1].w)
	if b < 0 {
		b = indexLex(branch2, p.t[i+1].w)
	}
	if s < 0 || b < 0 || s%2 != b%2 {
		return 0, 0, false
	}
	ry := p.ref.Year()
	for y := ry - 30; y < ry+30; y++ {
		if (y+6)%10 == s && (y+8)%12 == b {
			return y, i + 2, true
		}
	}
	return 0, 0, false
}

// lunarYearRes spans a lunar year, from its Tết to the eve of the next.
func (p *parser) lunarYearRes(y int) res {
	from, err1 := LunarToSolar(y, 1, 1, false)
	next, err2 := LunarToSolar(y+1, 1, 1, false)
	if err1 != nil || err2 != nil {
		return res{}
	}
	from = p.date(from.Year(), int(from.Month()), from.Day())
	to := p.date(next.Year(), int(next.Month()), next.Day()-1)
	return p.span(from, to, Year, KindDate, from.Format("2006-01-02")+"/"+to.Format("2006-01-02"))
}

// holidayAt is the coarse holiday rule; all holidays are days, read by
// holidayDayAt through dayAt.
func (p *parser) holidayAt(i int) (int, val, bool) { return 0, val{}, false }

// durationAt reads an amount of time: "3 năm", "6 tháng", "hai tuần",
// "1 năm rưỡi", "2 giờ 30 phút", "nửa tháng".
func (p *parser) durationAt(i int) (int, val, bool) {
	var per Period
	e := i
	half := false
	n, k, ok := p.intAt(i)
	if !ok {
		if p.word(i) != wNuaHalf {
			return 0, val{}, false
		}
		half, k = true, i+1
	} else if p.t[i].kind == normalize.Number && (p.t[i].pd[0] > 5 || p.t[i].p[0] > 10000) {
		return 0, val{}, false
	}
	g, w := unitOf(p.word(k), p.word(k+1))
	if w == 0 {
		return 0, val{}, false
	}
	e = k + w
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
			add(g2, n2)
			e = k2 + w2
		}
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
	r := res{kind: KindDuration, grain: g, dur: &per, value: per.ISO()}
	return e, fixedVal("duration", r), true
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
	return i + 1 + w, fixedVal("set", res{kind: KindSet, grain: g, dur: &per, value: per.ISO()}), true
}

// body is a compiled Body: its names as lists of syllable keys.
type body struct {
	names  [][]string
	starts []int
	length int
}

func compileBodies(bs []Body) []body {
	var out []body
	for _, b := range bs {
		cb := body{starts: b.Starts, length: b.Length}
		for _, n := range b.Names {
			var keys []string
			for _, t := range normalize.Tokens(n) {
				if t.Kind != normalize.Punct {
					keys = append(keys, string(wordKey(nil, n[t.Start:t.End])))
				}
			}
			if len(keys) > 0 {
				cb.names = append(cb.names, keys)
			}
		}
		out = append(out, cb)
	}
	return out
}

// khoaAt reads a numbered term of a known body: "(Quốc hội) khóa XV".
func (p *parser) khoaAt(i int) (int, val, bool) {
	if p.word(i) != wKhoa || len(p.f.bodies) == 0 {
		return 0, val{}, false
	}
	n, e, ok := p.ordinalAt(i + 1)
	if !ok || n < 1 {
		return 0, val{}, false
	}
	for _, b := range p.f.bodies {
		if n > len(b.starts) || !p.bodyBefore(i, b) {
			continue
		}
		y1 := b.starts[n-1]
		y2 := y1 + b.length
		if n < len(b.starts) {
			y2 = b.starts[n]
		}
		r := p.yearRes(y1, y2)
		return e, fixedVal("khoa", r), true
	}
	return 0, val{}, false
}

// bodyBefore reports whether a name of b ends right before token i.
func (p *parser) bodyBefore(i int, b body) bool {
	for _, n := range b.names {
		if i-len(n) < 0 {
			continue
		}
		ok := true
		for j, w := range n {
			p.kb = wordKey(p.kb[:0], p.text(i-len(n)+j))
			if string(p.kb) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
