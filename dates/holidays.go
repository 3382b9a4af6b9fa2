package dates

import (
	_ "embed"
	"encoding/csv"
	"math"
	"strconv"
	"strings"
	"time"

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
	term       int  // a solar term: the sun's longitude in degrees, plus 1
	title      bool // the first word must be capitalised ("Lập thu", not "lập")
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
	for _, x := range solarTerms {
		for _, n := range x.names {
			hs = append(hs, holiday{id: "solar_term", term: x.deg + 1, words: phraseIDs(n), title: !strings.HasPrefix(n, "Tết") && !strings.HasPrefix(n, "tiết")})
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

// solarTerms are the solar terms (tiết khí) news dates things by, with the
// sun's apparent longitude that starts each.
var solarTerms = []struct {
	deg   int
	names []string
}{
	{15, []string{"Tết Thanh minh", "tiết Thanh minh", "Thanh minh"}},
	{0, []string{"Xuân phân", "tiết Xuân phân"}},
	{90, []string{"Hạ chí", "tiết Hạ chí"}},
	{180, []string{"Thu phân", "tiết Thu phân"}},
	{270, []string{"Đông chí", "tiết Đông chí"}},
	{315, []string{"Lập xuân", "tiết Lập xuân"}},
	{45, []string{"Lập hạ", "tiết Lập hạ"}},
	{135, []string{"Lập thu", "tiết Lập thu"}},
	{225, []string{"Lập đông", "tiết Lập đông"}},
}

// solarTermDay returns the day (UTC+7) of year y in which the sun's
// apparent longitude reaches deg degrees.
func solarTermDay(y, deg int) (time.Time, bool) {
	// about 20 March plus the fraction of the year, within the year
	days := float64((deg+360-0)%360) * 365.2422 / 360
	approx := time.Date(y, 3, 20, 0, 0, 0, 0, ict).AddDate(0, 0, int(days))
	if approx.Year() > y {
		approx = approx.AddDate(-1, 0, 0)
	}
	target := float64(deg) * math.Pi / 180
	at := func(jd int) float64 { return sunLongitude(float64(jd) - 0.5 - tzVN/24) }
	start := jdFromDate(approx.Day(), int(approx.Month()), approx.Year()) - 6
	for jd := start; jd < start+13; jd++ {
		a, b := at(jd), at(jd+1)
		// the crossing of target between the two midnights, across 0 too
		da := math.Mod(target-a+4*math.Pi, 2*math.Pi)
		db := math.Mod(b-a+4*math.Pi, 2*math.Pi)
		if da < db || da == 0 {
			d, m, yy := jdToDate(jd)
			return time.Date(yy, time.Month(m), d, 0, 0, 0, 0, ict), true
		}
	}
	return time.Time{}, false
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
	if p.t[i].w == wNgay && p.word(i+1) != wNgay {
		// "ngày Giáng sinh", "Ngày lễ Tình nhân": the span starts at
		// "ngày", the first temporal word (ANNOTATION.md), as it does in
		// the names that hold it ("ngày Quốc khánh")
		if e, v, ok := p.holidayDayAt(i + 1); ok {
			return e, v, true
		}
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
		if h.title && p.t[i].shape == normalize.Lower {
			continue
		}
		if !p.holidayAsTime(i, e, &h) {
			continue
		}
		v := newVal("holiday")
		v.m, v.d, v.lunar = h.month, h.day, h.lunar
		if h.term > 0 {
			e = p.holidayYear(e, &v, false)
			y := v.y
			if y == 0 {
				y = p.ref.Year()
			}
			t, ok := solarTermDay(y, h.term-1)
			if !ok {
				return 0, val{}, false
			}
			v.y, v.m, v.d = t.Year(), int(t.Month()), t.Day()
			return e, v, true
		}
		// a solar holiday may repeat its date: "Quốc khánh 2/9"
		if !h.lunar && e < len(p.t) {
			if t := &p.t[e]; t.kind == normalize.Number && t.np >= 2 && t.sep == '/' && int(t.p[0]) == h.day && int(t.p[1]) == h.month {
				if t.np == 3 {
					v.y = int(t.p[2])
				}
				e++
			} else if d, _, ok := p.digitsAt(e); ok && d == h.day {
				// "Quốc khánh 2-9", the tokenised "quốc khánh 2 - 9 - 2020"
				if m, y, end, ok := p.dashMonthAt(e + 1); ok && m == h.month {
					v.y, e = y, end
				}
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

// holidayAsTime reports whether the holiday name h at tokens i..e stands
// for its time, as ANNOTATION.md asks: not a product ("bánh Trung thu",
// "mâm cỗ Trung thu"), not the figures "ông Công, ông Táo" without a cue
// of time ("ngày ông Táo về trời" is one), not a rite or festival named as
// the event ("Lễ Vu Lan được tổ chức") unless a cue of time or a year
// places it ("dịp Lễ Vu Lan", "Lễ Vu Lan năm nay").
func (p *parser) holidayAsTime(i, e int, h *holiday) bool {
	if i > 0 && p.t[i-1].kind == normalize.Word {
		switch p.text(i - 1) {
		case "bánh", "cỗ", "đèn", "lồng", "hộp", "mứt", "giỏ", "hàng", "chợ", "phố", "đường", "trường":
			return false
		}
	}
	cue := p.timeCue(i - 1)
	if h.id == "kitchen_gods" && p.word(i) != wTet {
		return cue || p.isWord(e, "về") && p.isWord(e+1, "trời")
	}
	rite := p.word(i) == wLe
	if !rite && p.word(i-1) == wLe {
		rite, cue = true, p.timeCue(i-2) // "Lễ" left out of the name: "Lễ Vu Lan"
	}
	if rite && !cue {
		// "Lễ Vu Lan được tổ chức", "Lễ Giáng sinh diễn ra": the event
		if e < len(p.t) && p.t[e].kind == normalize.Word && p.t[e].shape == normalize.Lower && (p.t[e].w == wNone || p.t[e].w == wDuoc) {
			return false
		}
	}
	return true
}

// timeCue reports whether token i places what follows in time: "dịp",
// "ngày", "vào", "trước", "sau", "đến", "mùa", "đêm" …
func (p *parser) timeCue(i int) bool {
	switch p.word(i) {
	case wNgay, wHom, wVao, wTruoc, wSau, wDen, wTu, wToiNext, wTrong, wSang, wChieu, wToi, wDem, wTrua,
		wMua, wCuoi, wDau, wGiua, wDip, wNhan, wDip2, wSuot, wGan, wLuc:
		return true
	}
	return false
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
		if y2, nd, ok := p.digitsAt(end); ok && nd == 4 && eve && (y2+1-y)%60 == 0 {
			y, end = y2+1, end+1 // "Giao thừa Bính Ngọ 2025": the eve's own year
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
	if y, end, ok := p.namYearAt(e, v.lunar); ok {
		v.y = y
		return end
	}
	if p.word(e) == wNayThis {
		return e + 1 // "tết này": the one a bare "Tết" names, this year's
	}
	return e
}

// namYearAt reads "năm 2024" or "năm nay", "năm ngoái" at token e, the
// relative year counted in the lunar calendar when lunar is set, and
// returns the year and the index after it.
func (p *parser) namYearAt(e int, lunar bool) (int, int, bool) {
	if p.word(e) != wNam {
		return 0, 0, false
	}
	if y, ok := p.yearNumAt(e + 1); ok {
		return y, e + 2, true
	}
	if dy, end, ok := p.relYearAt(e + 1); ok {
		y := p.ref.Year()
		if lunar {
			y, _ = p.lunarYearOf(p.refD)
		}
		return y + dy, end, true
	}
	return 0, 0, false
}

// tetDayAt reads "mùng 1 Tết", "mồng 3 Tết", "29 Tết", "30 Tết": days 1
// to 10 are of the first lunar month, days 11 to 30 ("27 tết", "23 Tết")
// of the last month of the year before, the days before Tết.
func (p *parser) tetDayAt(i int) (int, val, bool) {
	k := i
	if p.word(k) == wNgay {
		k++ // "ngày 30 Tết"
	}
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
	case n >= 11 && n <= 30 && (!mung || n == 23):
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
	// news names coming years only a little ahead ("Tết Bính Ngọ" in
	// 2024) and past ones far back ("Tết Mậu Thân" in 2005 or 2024 is
	// 1968, not 2028): the cycle looked in runs from 56 years before the
	// reference to 3 after it
	ry := p.ref.Year()
	for y := ry - 56; y <= ry+3; y++ {
		if (y+6)%10 == s && (y+8)%12 == b {
			y, end := p.canChiYear(y, i+2)
			return y, end, true
		}
	}
	return 0, 0, false
}

// canChiYear reads the calendar year that may follow a Can Chi name at
// token e ("Tết Mậu Thân 1968", "năm Ất Dậu 1945"): a year of the same
// name replaces y, the one nearest the reference.
func (p *parser) canChiYear(y, e int) (int, int) {
	if y2, nd, ok := p.digitsAt(e); ok && nd == 4 && (y2-y)%60 == 0 && !p.codeAfter(e+1) {
		return y2, e + 1
	}
	return y, e
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
