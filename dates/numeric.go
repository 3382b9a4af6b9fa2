package dates

import "github.com/vntag/vntag/normalize"

// Numeric dates: 18/7, 18/7/2024, 18-7-2024, 18.7.2024, ngày 18, bare
// month/year 7/2024. Day-month order, as Vietnamese writes it.

// dayAt reads a day-level date: numeric, written, relative or a holiday.
func (p *parser) dayAt(i int) (int, val, bool) {
	best := -1
	var bv val
	try := func(j int, v val, ok bool) {
		if ok && j > best {
			best, bv = j, v
		}
	}
	try(p.numericDateAt(i))
	try(p.writtenDateAt(i))
	try(p.relDayAt(i))
	try(p.holidayDayAt(i))
	return best, bv, best > i
}

// isDayPrefix reports whether w introduces a day number.
func isDayPrefix(w lex) bool { return w == wNgay || w == wMung || w == wHom }

func (p *parser) numericDateAt(i int) (int, val, bool) {
	k := i
	prefix := isDayPrefix(p.word(k))
	if prefix {
		k++
		if p.word(k) == wMung {
			k++ // "ngày mùng 3"
		}
	}
	if k >= len(p.t) || p.t[k].kind != normalize.Number {
		return 0, val{}, false
	}
	t := &p.t[k]
	v := newVal("numeric")
	e := k + 1
	switch {
	case t.np == 2 && (t.sep == '/' || t.sep == '.' && prefix):
		if !dayMonth(t.p[0], t.pd[0], t.p[1], t.pd[1]) {
			return 0, val{}, false
		}
		v.d, v.m = int(t.p[0]), int(t.p[1])
		if !prefix && !p.dateContext(k, v.d, v.m) {
			return 0, val{}, false
		}
	case t.np == 3 && t.sep == '/' && t.pd[0] == 4:
		// 2024/07/18
		if !dayMonth(t.p[2], t.pd[2], t.p[1], t.pd[1]) {
			return 0, val{}, false
		}
		v.y, v.m, v.d = int(t.p[0]), int(t.p[1]), int(t.p[2])
	case t.np == 3 && (t.sep == '/' || t.sep == '.'):
		if !dayMonth(t.p[0], t.pd[0], t.p[1], t.pd[1]) || t.pd[2] != 4 && t.pd[2] != 2 {
			return 0, val{}, false
		}
		v.d, v.m, v.y = int(t.p[0]), int(t.p[1]), int(t.p[2])
		if t.pd[2] == 2 {
			// "3/3/15": the century that puts the year nearest the reference
			v.y += p.ref.Year() / 100 * 100
			if v.y > p.ref.Year()+20 {
				v.y -= 100
			}
		}
	case t.np == 1 && t.pd[0] == 4 && p.isPunct(e, "-") && p.adjacent(k) && p.adjacent(e) && p.isPunct(e+2, "-") && p.adjacent(e+1) && p.adjacent(e+2):
		// ISO 8601: 2024-07-18
		m, md, ok1 := p.digitsAt(e + 1)
		d, dd, ok2 := p.digitsAt(e + 3)
		if !ok1 || !ok2 || md > 2 || dd > 2 || !dayMonth(int32(d), 2, int32(m), 2) {
			return 0, val{}, false
		}
		v.y, v.m, v.d = int(t.p[0]), m, d
		e += 4
	case t.np == 1 && t.pd[0] <= 2 && t.p[0] >= 1 && t.p[0] <= 31:
		v.d = int(t.p[0])
		// 18-7-2024, ngày 18-7, and the tokenised "18 - 7 - 2024", "sáng
		// 28 - 7": spacing around the dash does not matter
		if m, y, end, ok := p.dashMonthAt(e); ok {
			if y != 0 && !p.nameBefore(k-1) {
				v.m, v.y = m, y
				e = end
				break
			}
			if cue := p.dashCue(k - 1); y == 0 && (prefix || cue > 0) && p.dashDateEnd(end, prefix || cue == cueStrong) {
				v.m = m
				e = end
				break
			}
		}
		if !prefix || p.word(e) == wThang {
			return 0, val{}, false
		}
		// "ngày 18" alone: not "ngày 2 lần", "2 ngày 1 đêm"
		if p.countCue(e) || p.numberBefore(i) {
			return 0, val{}, false
		}
		p.enumMonth(e, &v)
	default:
		return 0, val{}, false
	}
	if p.codeAfter(e) {
		return 0, val{}, false
	}
	e = p.dateSuffix(e, &v)
	return e, v, true
}

// enumMonth gives a lone day the month (and year) of the date that ends an
// enumeration after it: "ngày 20 và 21/7", "ngày 20, 21 và 22/7/2024".
func (p *parser) enumMonth(e int, v *val) {
	for n := 0; n < 6 && e+1 < len(p.t); n++ {
		if !p.isPunct(e, ",") && p.word(e) != wVa {
			return
		}
		t := &p.t[e+1]
		if t.kind != normalize.Number {
			return
		}
		if t.np >= 2 && t.sep == '/' && t.pd[0] <= 2 && t.pd[1] <= 2 && int(t.p[0]) > v.d && t.p[1] >= 1 && t.p[1] <= 12 {
			v.m = int(t.p[1])
			if t.np == 3 && t.pd[2] == 4 {
				v.y = int(t.p[2])
			}
			return
		}
		if t.np != 1 || t.pd[0] > 2 || int(t.p[0]) <= v.d || t.p[0] > 31 {
			return
		}
		if p.word(e+2) == wThang {
			// "ngày 18 và 19 tháng 7"
			if m, end, lunar, ok := p.monthWordAt(e + 3); ok {
				v.m, v.lunar = m, lunar
				if p.word(end) == wNam {
					if y, ok := p.yearNumAt(end + 1); ok {
						v.y = y
					}
				}
			}
			return
		}
		e += 2
	}
}

// startsNumber reports whether token i may start a date ("tới 20/7",
// "tới tháng 9" continue a range: "tới" is not "coming" there).
func (p *parser) startsNumber(i int) bool {
	if i >= len(p.t) {
		return false
	}
	if p.t[i].kind == normalize.Number || isStart(p.t[i].w) || p.t[i].w == wNay || p.t[i].w == wHet {
		return true
	}
	_, _, ok := p.intAt(i)
	return ok
}

// dashMonthAt reads the month (and year) of a day written with a dash at
// token j, the dash: "-7", " - 7", "-7-2024", " - 3 – 2004". The year
// must have four digits.
func (p *parser) dashMonthAt(j int) (m, y, end int, ok bool) {
	slash := p.isPunct(j, "/") // the tokenised "15 / 3"
	if !p.isDash(j) && !slash {
		return 0, 0, 0, false
	}
	m, nd, ok := p.digitsAt(j + 1)
	if !ok || nd > 2 || m < 1 || m > 12 {
		return 0, 0, 0, false
	}
	end = j + 2
	if p.isPunct(end, "/") && !slash || p.isPunct(end, "%") || p.isPunct(end, ".") && p.adjacent(end-1) && end+1 < len(p.t) && p.t[end+1].kind == normalize.Number {
		return 0, 0, 0, false // "18-7/2" and "7-8.000" are no dates
	}
	if p.isDash(end) && !slash || slash && p.isPunct(end, "/") {
		yy, nd, ok := p.digitsAt(end + 1)
		if !ok || nd != 4 || yy < 1000 || yy > 2199 {
			return 0, 0, 0, false // "1 - 2 - 3": a list of numbers
		}
		if p.codeAfter(end + 2) {
			return 0, 0, 0, false
		}
		return m, yy, end + 2, true
	}
	if p.codeAfter(end) {
		return 0, 0, 0, false
	}
	return m, 0, end, true
}

// strongDashCue reports whether token i, before a bare "D - M", makes it a
// date whatever follows: a part of the day ("sáng 28 - 7", "sáng sớm 6 -
// 11") or "hôm".
func (p *parser) strongDashCue(i int) bool {
	switch p.word(i) {
	case wSang, wTrua, wChieu, wToi, wDem, wKhuya, wHom:
		return true
	case wSom:
		return p.word(i-1) == wSang
	case wQua:
		return p.word(i-1) == wDem || p.word(i-1) == wToi
	}
	return false
}

// dashCue returns how strongly token i lets a bare "D - M" be a date: a strong
// cue, a preposition of time ("từ", "đến", "vào"), "nay" and "qua" ("hôm
// nay 28 - 7"), a comma or bracket after a temporal word ("hôm qua , 27 -
// 7", "thứ Hai ( 27 - 7 )"), or an enumeration of days ("ngày 20 và 21 -
// 7", "ngày 20 , 21 - 7").
func (p *parser) dashCue(i int) int {
	if p.strongDashCue(i) {
		return cueStrong
	}
	if p.isDash(i) {
		// "ngày 25 - 26 - 7": the second day of a range
		if d, nd, ok := p.digitsAt(i - 1); ok && nd <= 2 && d >= 1 && d <= 31 && (isDayPrefix(p.word(i-2)) || p.strongDashCue(i-2)) {
			return cueStrong
		}
		return 0
	}
	switch p.word(i) {
	case wTu:
		// "từ 22 - 7 đến nay", not "giảm từ 8 - 10": a range must follow
		if e := i + 4; p.word(e) == wDen || p.word(e) == wToiNext || p.isDash(e) {
			return cueWeak
		}
		return 0
	case wDen, wToiNext:
		// the end of a range: "từ 22 đến 25 - 7", "từ ngày 20 - 7 đến 25 - 7"
		if _, _, ok := p.digitsAt(i - 1); ok || p.word(i-1) == wNay {
			return cueWeak
		}
		return 0
	case wVao, wNay, wQua:
		return cueWeak
	case wVa:
	default:
		if !p.isPunct(i, ",") && !p.isPunct(i, "(") {
			return 0
		}
	}
	// after "," "(" or "và": a temporal word or an enumeration of days
	j := i
	for j >= 2 && (p.word(j) == wVa || p.isPunct(j, ",")) {
		if d, nd, ok := p.t[j-1].num(); !ok || nd > 2 || d < 1 || d > 31 {
			break
		}
		j -= 2
	}
	if j != i {
		if isDayPrefix(p.word(j)) || p.strongDashCue(j) {
			return cueStrong
		}
		if j == i-2 && p.isDash(j) {
			if _, nd, ok := p.digitsAt(j - 1); ok && nd <= 2 {
				return cueWeak // "ngày 31 - 7 và 1 - 8": a second date
			}
		}
		return 0
	}
	if p.word(i) == wVa {
		return 0
	}
	switch p.word(i - 1) {
	case wNay, wQua, wMai, wKia, wNhat:
		return cueWeak
	}
	if i > 0 && p.t[i-1].kind == normalize.Word && p.weekdayWord(i-1) {
		return cueWeak
	}
	return 0
}

// The strengths of a cue before a bare "D - M".
const (
	cueWeak   = 1 // the date must end its phrase
	cueStrong = 2 // only a counted noun after it rules it out
)

// weekdayWord reports whether token i ends a weekday name: "thứ Hai", "thứ
// 2", "T2", "chủ nhật", "CN".
func (p *parser) weekdayWord(i int) bool {
	if p.word(i) == wCN || p.word(i) == wNhat && p.word(i-1) == wChu {
		return true
	}
	if p.word(i-1) != wThu {
		return false
	}
	switch p.word(i) {
	case wHai, wBa, wTuFour, wNam, wSau6, wBay7:
		return true
	}
	n, _, ok := p.digitsAt(i)
	return ok && n >= 2 && n <= 7
}

// dashDateEnd checks what follows a bare "D - M" (token e): after a weak
// cue it must end the phrase (punctuation, the end, a year, a calendar
// marker, a clock word, "đến", "và" …), so that "từ 5 - 6 người" and "vào
// 2 - 3 giờ" stay counts; after a strong cue only a counted noun rules it
// out.
func (p *parser) dashDateEnd(e int, strong bool) bool {
	if e >= len(p.t) {
		return true
	}
	if p.t[e].kind == normalize.Punct {
		return !p.isPunct(e, "%")
	}
	if p.countCue(e) && p.word(e) != wDem {
		return false
	}
	if strong {
		return !p.measureWord(e)
	}
	switch p.word(e) {
	case wNam:
		_, ok := p.yearNumAt(e + 1)
		if !ok {
			_, _, ok = p.relYearAt(e + 1)
		}
		return ok
	case wLuc, wDen, wToiNext, wVa, wVua, wTai, wSang, wChieu, wToi, wTrua, wDem, wAm, wDuong, wAL, wDL, wTu, wSau, wTruoc:
		return true
	}
	return p.t[e].shape == normalize.Title || p.t[e].shape == normalize.Upper
}

// measureWord reports whether token i is a unit a number range measures:
// "10 - 15 m", "20 - 25 tấn".
func (p *parser) measureWord(i int) bool {
	if i >= len(p.t) || p.t[i].kind != normalize.Word || p.t[i].w != wNone {
		return false
	}
	switch p.text(i) {
	case "m", "km", "cm", "mm", "kg", "g", "tấn", "tạ", "độ", "ha", "lít", "con", "chiếc", "căn", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "đồng", "usd", "USD", "ca", "lượt", "viên", "bệnh", "trường", "hộ":
		return true
	}
	return false
}

// nameBefore reports whether token i names a thing numbered by the date
// after it: "đường 3 - 2", "công viên 30 - 4".
func (p *parser) nameBefore(i int) bool {
	if i < 0 || i >= len(p.t) || p.t[i].kind != normalize.Word {
		return false
	}
	p.kb = wordKey(p.kb[:0], p.text(i))
	return nameBefore[string(p.kb)]
}

// dashDateCue reports whether token i lets a bare "18-7" be a date (the
// style of some newspapers): "sáng 18-7", "từ 18-7 đến 20-7".
func (p *parser) dashDateCue(i int) bool {
	switch p.word(i) {
	case wSang, wTrua, wChieu, wToi, wDem, wKhuya, wTu, wDen, wToiNext, wVao, wHom, wQua:
		return p.word(i) != wQua || p.word(i-1) == wDem || p.word(i-1) == wToi
	}
	return false
}

// dayMonth checks the parts of a day/month.
func dayMonth(d int32, dd int8, m int32, md int8) bool {
	return dd <= 2 && md <= 2 && d >= 1 && d <= 31 && m >= 1 && m <= 12
}

// dateContext decides whether a bare d/m (no "ngày") is a date and not a
// fraction, a score or a model number: "1/4 số người", "iPhone 7/7 Plus".
func (p *parser) dateContext(k, d, m int) bool {
	if k > 0 {
		prev := &p.t[k-1]
		if prev.shape == normalize.Mixed || prev.kind == normalize.Abbrev {
			return false
		}
		if p.text(k-1) == "lệ" || p.text(k-1) == "phân" {
			return false // "tỷ lệ 1/2", "phân số 1/2"
		}
		switch prev.w {
		case wSo, wChiem, wKhoang, wGan, wHon, wTySo, wLan:
			if d < m || prev.w == wSo || prev.w == wTySo {
				return false
			}
		}
		if prev.kind == normalize.Word && prev.w == wNone && prev.shape != normalize.Lower {
			// "Galaxy 7/7": a capitalised non-temporal word right before
			if p.s[prev.start] < 0x80 && isASCIIWord(p.s[prev.start:prev.end]) && prev.shape == normalize.Title {
				return false
			}
		}
	}
	if d < m && p.quantityNext(k+1) {
		return false
	}
	if p.nameBefore(k - 1) {
		return false // "đường 3/2", "lớp 10/3", "vòng 1/8"
	}
	if d == 24 && m == 7 && !p.dashDateCue(k-1) {
		return false // "24/7": round the clock
	}
	return true
}

// nameBefore are words after which a bare d/m names a thing: streets and
// places named after dates, school classes, rounds, pages.
var nameBefore = map[string]bool{
	"đường": true, "phố": true, "trường": true, "viên": true, "chợ": true, "cầu": true, "hẻm": true,
	"ngõ": true, "kiệt": true, "khu": true, "sân": true, "lớp": true, "phòng": true, "tổ": true,
	"trang": true, "vòng": true, "mã": true, "tầng": true, "lô": true, "căn": true, "ấp": true,
	"khóm": true, "bến": true, "ga": true, "rạp": true, "hội": true, "đội": true, "câu": true,
	"bài": true, "điều": true, "khoản": true, "tập": true, "kỳ": true, "chương": true,
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// quantityNext reports whether token i starts a noun that a fraction
// quantifies: "1/4 số người", "2/3 diện tích", "1/3 thời gian cuối trận",
// "1/4 dự án".
func (p *parser) quantityNext(i int) bool {
	switch p.word(i) {
	case wSo, wNguoi, wCua, wTrong, wThoi:
		return true
	}
	if i < len(p.t) && p.t[i].w == wNone && p.t[i].kind == normalize.Word {
		switch p.text(i) {
		case "dân", "diện", "tổng", "lượng", "cử", "hộ", "phần", "thành", "trường", "doanh", "học", "lao", "đại",
			"bệnh", "ca", "trẻ", "xã", "huyện", "tỉnh", "gia", "thí", "em", "cán", "đơn", "nước", "đại biểu", "quốc", "địa", "nhà", "công", "cơ", "sinh", "thôn", "phường", "khu", "ý", "mẫu", "vụ",
			"dự", "quãng", "chặng", "vốn", "đất", "sản", "ngân", "quỹ":
			return true
		}
	}
	return false
}

// codeAfter reports whether a document code follows token e-1 directly:
// "100/2019/NĐ-CP", "18/NQ-TW", "7/7-KL".
func (p *parser) codeAfter(e int) bool {
	if e >= len(p.t) || !p.adjacent(e-1) {
		return false
	}
	if p.isPunct(e, "/") || p.isPunct(e, "-") {
		if e+1 < len(p.t) && p.adjacent(e) {
			k := p.t[e+1].kind
			return k == normalize.Abbrev || k == normalize.Word || k == normalize.Number && p.isPunct(e, "/")
		}
	}
	if p.isPunct(e, "%") {
		return true
	}
	return false
}

// countCue reports whether token i is a counted noun after "ngày N": "ngày
// 2 lần", "ngày 3 bữa".
func (p *parser) countCue(i int) bool {
	switch p.word(i) {
	case wLan, wNguoi, wGio, wTieng, wBuoi, wDem, wNgay, wPhut:
		return true
	}
	return i < len(p.t) && p.t[i].w == wNone && p.t[i].kind == normalize.Word && p.t[i].shape == normalize.Lower && (p.text(i) == "bữa" || p.text(i) == "ca" || p.text(i) == "lượt" || p.text(i) == "viên")
}

// numberBefore reports whether a count precedes token i: "2 ngày 1 đêm",
// "mỗi ngày 2 lần".
func (p *parser) numberBefore(i int) bool {
	if i <= 0 {
		return false
	}
	if _, _, ok := p.t[i-1].num(); ok {
		return true
	}
	switch p.word(i - 1) {
	case wMoi, wHang, wMot, wCac, wNhung, wVai:
		return true
	}
	return false
}

// dateSuffix reads what may follow a day: a year ("năm 2024", "năm nay")
// and a calendar marker ("âm lịch", "(ÂL)", "dương lịch").
func (p *parser) dateSuffix(e int, v *val) int {
	for round := 0; round < 2; round++ {
		if v.y == 0 {
			if y, end, ok := p.namYearAt(e, v.lunar); ok {
				v.y, e = y, end
				continue
			}
			if p.word(e) == wNam {
				if y, end, ok := p.canChiAt(e + 1); ok {
					v.y, v.lunar = y, true
					e = end
					continue
				}
			}
		}
		if v.y == 0 && v.dir == 0 {
			switch {
			case p.word(e) == wVua && (p.word(e+1) == wQua || p.word(e+1) == wRoi):
				v.dir = -1
				e += 2
				continue
			case p.word(e) == wToiNext && !p.startsNumber(e+1):
				v.dir = 1
				e++
				continue
			case p.word(e) == wSap && p.word(e+1) == wToiNext:
				v.dir = 1
				e += 2
				continue
			}
		}
		if end, lunar, ok := p.calendarMarker(e); ok {
			v.lunar = lunar
			e = end
			continue
		}
		break
	}
	return e
}

// calendarMarker reads "âm lịch", "ÂL", "(âm lịch)", "dương lịch", "DL".
func (p *parser) calendarMarker(i int) (end int, lunar, ok bool) {
	k := i
	paren := p.isPunct(k, "(")
	if paren {
		k++
	}
	switch {
	case p.word(k) == wAm && p.word(k+1) == wLich:
		end, lunar = k+2, true
	case p.word(k) == wDuong && p.word(k+1) == wLich:
		end = k + 2
	case p.word(k) == wAL && p.t[k].shape == normalize.Upper:
		end, lunar = k+1, true
	case p.word(k) == wDL && p.t[k].shape == normalize.Upper:
		end = k + 1
	default:
		return 0, false, false
	}
	if paren {
		if !p.isPunct(end, ")") {
			return 0, false, false
		}
		end++
	}
	return end, lunar, true
}

// relYearAt reads the word after "năm" that places a year relative to the
// reference: nay/này 0, ngoái/trước/qua −1, sau/tới/kế tiếp +1.
func (p *parser) relYearAt(i int) (dy, end int, ok bool) {
	return p.relUnitWord(i, wNam)
}
