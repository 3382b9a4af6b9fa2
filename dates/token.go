package dates

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vntag/vntag/normalize"
)

// lex identifies a syllable the grammar knows. Syllables are matched in
// lower case with the old tone style ("khóa" for "khoá"), diacritics kept,
// so that "tối" (evening) never matches "tôi" (I).
type lex uint16

const (
	wNone      lex = iota
	wNgay          // ngày
	wThang         // tháng
	wNam           // năm (year; also five)
	wQuy           // quý
	wTuan          // tuần
	wHom           // hôm
	wNay           // nay
	wQua           // qua
	wMai           // mai
	wKia           // kia
	wNgoai         // ngoái
	wTruoc         // trước
	wSau           // sau
	wToiNext       // tới
	wNayThis       // này
	wNua           // nữa
	wGio           // giờ
	wPhut          // phút
	wGiay          // giây
	wTieng         // tiếng
	wRuoi          // rưỡi
	wKem           // kém
	wSang          // sáng
	wTrua          // trưa
	wChieu         // chiều
	wToi           // tối
	wDem           // đêm
	wKhuya         // khuya
	wRang          // rạng
	wSom           // sớm
	wLuc           // lúc
	wVao           // vào
	wTu            // từ
	wDen           // đến
	wCho           // cho
	wHet           // hết
	wVa            // và
	wDau           // đầu
	wGiua          // giữa
	wCuoi          // cuối
	wNuaHalf       // nửa
	wNhung         // những
	wCac           // các
	wThuong        // thượng
	wTrung         // trung
	wHa            // hạ
	wThu           // thứ
	wChu           // chủ
	wNhat          // nhật
	wNhiem         // nhiệm
	wKy            // kỳ / kì
	wGiai          // giai
	wDoan          // đoạn
	wHoc           // học
	wNien          // niên
	wKhoa          // khóa
	wVu            // vụ
	wMua           // mùa
	wThap          // thập
	wThe           // thế
	wKyCent        // kỷ / kỉ
	wAm            // âm
	wLich          // lịch
	wDuong         // dương
	wMung          // mùng / mồng
	wRam           // rằm
	wTet           // tết
	wGieng         // giêng
	wChap          // chạp
	wGan           // gần
	wDay           // đây
	wVua           // vừa
	wHien          // hiện
	wBay           // bây
	wHang          // hàng / hằng
	wMoi           // mỗi
	wSo            // số
	wThoi          // thời
	wSap           // sắp
	wKe            // kế
	wTiep          // tiếp
	wNhatMost      // nhất
	wTien          // tiên
	wCua           // của
	wAL            // ÂL / AL
	wDL            // DL
	wCN            // CN
	wXuan          // xuân
	wTrong         // trong
	wMat           // mất
	wSuot          // suốt
	wHon           // hơn
	wKhoang        // khoảng
	wLan           // lần
	wChiem         // chiếm
	wNguoi         // người
	wThang2        // thắng
	wThua          // thua
	wHoa           // hòa
	wTySo          // tỷ / tỉ
	wBuoi          // buổi
	wNho           // nhỏ
	wTuoi          // tuổi
	wTai           // tại
	wMoc           // mốc
	wVai           // vài
	wRoi           // rồi
	wDo            // đó
	wGiaiPrize     // giải
	wDung          // đúng
	wBua           // bữa
	wCung          // cùng
	wDai           // dài
	wVong          // vòng
	wDuoc          // được
	wChuc          // chúc
	wQuaGift       // quà
	wThuong2       // thưởng
	wTrong2        // trồng
	wLe            // lễ
	wNhuan         // nhuận
	wHe            // hè
	wThuFall       // thu
	wDong          // đông
	wHoach         // hoạch
	wChua          // chúa (chúa nhật, Sunday)
	wDip           // dịp
	wNhan          // nhân (nhân dịp)
	wDip2          // đợt
	wTamAbout      // tầm (about)
	wMayFew        // mấy (a few)
	// number words
	wMot    // một
	wHai    // hai
	wBa     // ba
	wBon    // bốn
	wTuFour // tư
	wLam    // lăm / nhăm
	wSau6   // sáu
	wBay7   // bảy / bẩy
	wTam    // tám
	wChin   // chín
	wMuoi10 // mười
	wMuoi   // mươi
	wMot1   // mốt
	wLinh   // linh / lẻ
	wKhong  // không
	wLast
)

var lexWords = map[string]lex{
	"ngày": wNgay, "tháng": wThang, "năm": wNam, "quý": wQuy, "quí": wQuy, "tuần": wTuan, "hôm": wHom,
	"nay": wNay, "qua": wQua, "mai": wMai, "kia": wKia, "ngoái": wNgoai, "trước": wTruoc, "sau": wSau,
	"tới": wToiNext, "này": wNayThis, "nữa": wNua, "giờ": wGio, "phút": wPhut, "giây": wGiay,
	"tiếng": wTieng, "rưỡi": wRuoi, "kém": wKem, "sáng": wSang, "trưa": wTrua, "chiều": wChieu,
	"tối": wToi, "đêm": wDem, "khuya": wKhuya, "rạng": wRang, "sớm": wSom, "lúc": wLuc, "vào": wVao,
	"từ": wTu, "đến": wDen, "cho": wCho, "hết": wHet, "và": wVa, "đầu": wDau, "giữa": wGiua,
	"cuối": wCuoi, "nửa": wNuaHalf, "những": wNhung, "các": wCac, "thượng": wThuong, "trung": wTrung,
	"hạ": wHa, "thứ": wThu, "chủ": wChu, "nhật": wNhat, "nhiệm": wNhiem, "kỳ": wKy, "kì": wKy,
	"giai": wGiai, "đoạn": wDoan, "học": wHoc, "niên": wNien, "khóa": wKhoa, "vụ": wVu, "mùa": wMua,
	"thập": wThap, "thế": wThe, "kỷ": wKyCent, "kỉ": wKyCent, "âm": wAm, "lịch": wLich,
	"dương": wDuong, "mùng": wMung, "mồng": wMung, "rằm": wRam, "tết": wTet, "giêng": wGieng,
	"chạp": wChap, "gần": wGan, "đây": wDay, "vừa": wVua, "hiện": wHien, "bây": wBay, "hàng": wHang,
	"hằng": wHang, "mỗi": wMoi, "số": wSo, "thời": wThoi, "sắp": wSap, "kế": wKe, "tiếp": wTiep,
	"nhất": wNhatMost, "tiên": wTien, "của": wCua, "âl": wAL, "al": wAL, "dl": wDL, "cn": wCN,
	"xuân": wXuan, "trong": wTrong, "mất": wMat, "suốt": wSuot, "hơn": wHon, "khoảng": wKhoang,
	"lần": wLan, "chiếm": wChiem, "người": wNguoi, "thắng": wThang2, "thua": wThua, "hòa": wHoa,
	"tỷ": wTySo, "tỉ": wTySo, "buổi": wBuoi, "nhỏ": wNho, "tuổi": wTuoi, "tại": wTai, "vài": wVai, "mấy": wMayFew, "rồi": wRoi, "đó": wDo, "giải": wGiaiPrize, "đúng": wDung, "bữa": wBua, "cùng": wCung, "dài": wDai, "vòng": wVong, "được": wDuoc, "chúc": wChuc, "quà": wQuaGift, "thưởng": wThuong2, "trồng": wTrong2, "lễ": wLe, "nhuận": wNhuan,
	"hè": wHe, "chúa": wChua, "dịp": wDip, "nhân": wNhan, "đợt": wDip2, "tầm": wTamAbout, "thu": wThuFall, "đông": wDong, "hoạch": wHoach,
	"một": wMot, "hai": wHai, "ba": wBa, "bốn": wBon, "tư": wTuFour, "lăm": wLam, "nhăm": wLam,
	"sáu": wSau6, "bảy": wBay7, "bẩy": wBay7, "tám": wTam, "chín": wChin, "mười": wMuoi10,
	"mươi": wMuoi, "mốt": wMot1, "linh": wLinh, "lẻ": wLinh, "không": wKhong,
}

// unitValue is the digit a number word stands for.
var unitValue = [wLast]int8{wMot: 1, wHai: 2, wBa: 3, wBon: 4, wTuFour: 4, wNam: 5, wSau6: 6, wBay7: 7, wTam: 8, wChin: 9}

// vocab maps every syllable the package knows (grammar words, holiday and
// year names) to its id. Ids past wLast are assigned at start-up to the
// syllables of phrase tables.
var vocab = func() map[string]lex {
	m := make(map[string]lex, len(lexWords)+256)
	for k, v := range lexWords {
		m[k] = v
	}
	return m
}()

var vocabMu sync.Mutex // guards vocab while package tables are built at start-up

// syllableID returns the id of a syllable, adding it to the vocabulary.
// Only package initialisation calls it.
func syllableID(s string) lex {
	k := wordKey(nil, s)
	vocabMu.Lock()
	defer vocabMu.Unlock()
	if id, ok := vocab[string(k)]; ok {
		return id
	}
	id := lex(wLast) + lex(len(vocab)-len(lexWords)) + 1
	vocab[string(k)] = id
	return id
}

// phraseIDs splits a phrase into syllables and returns their ids.
func phraseIDs(phrase string) []lex {
	var ids []lex
	for _, t := range normalize.Tokens(phrase) {
		if t.Kind == normalize.Punct {
			continue
		}
		ids = append(ids, syllableID(phrase[t.Start:t.End]))
	}
	return ids
}

// wordKey appends the matching key of a word to dst: lower case, with the
// tone mark of a final oa, oe or uy moved to the old-style place.
func wordKey(dst []byte, w string) []byte {
	start := len(dst)
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return oldTone(dst, start)
}

// newToOld maps a toned vowel after o or u (new style) to the tone mark and
// the bare vowel.
var newToOld = map[rune][2]rune{
	'á': {'ó', 'a'}, 'à': {'ò', 'a'}, 'ả': {'ỏ', 'a'}, 'ã': {'õ', 'a'}, 'ạ': {'ọ', 'a'},
	'é': {'ó', 'e'}, 'è': {'ò', 'e'}, 'ẻ': {'ỏ', 'e'}, 'ẽ': {'õ', 'e'}, 'ẹ': {'ọ', 'e'},
	'ý': {'ú', 'y'}, 'ỳ': {'ù', 'y'}, 'ỷ': {'ủ', 'y'}, 'ỹ': {'ũ', 'y'}, 'ỵ': {'ụ', 'y'},
}

func oldTone(b []byte, start int) []byte {
	w := b[start:]
	last, n := utf8.DecodeLastRune(w)
	if n <= 1 || len(w) < n+1 {
		return b
	}
	rep, ok := newToOld[last]
	if !ok {
		return b
	}
	prev := w[len(w)-n-1]
	if rep[1] == 'y' {
		if prev != 'u' || (len(w) >= n+2 && w[len(w)-n-2] == 'q') {
			return b
		}
	} else if prev != 'o' {
		return b
	}
	b = b[:len(b)-n-1]
	b = utf8.AppendRune(b, rep[0])
	return utf8.AppendRune(b, rep[1])
}

// tok is a token with what the grammar needs to know about it.
type tok struct {
	start, end int32
	kind       normalize.Kind
	shape      normalize.Shape
	w          lex  // vocabulary id of a word, wNone if unknown
	np         int8 // parts of a Number: 1 for "2024", 2 for "18/7", 3 for "18.7.2024"
	sep        byte // separator between the parts: '/', '.', ','
	p          [3]int32
	pd         [3]int8 // digits of each part
	roman      int16   // value of an upper-case Roman numeral word
}

// num returns the value of a plain integer token and its digit count.
func (t *tok) num() (int, int, bool) {
	if t.kind != normalize.Number || t.np != 1 {
		return 0, 0, false
	}
	return int(t.p[0]), int(t.pd[0]), true
}

// parser holds the state of one Find or Parse call.
type parser struct {
	f    *Finder
	s    string
	pre  []normalize.Token // the tokens of s when the caller has them
	t    []tok
	ref  time.Time
	refD time.Time // midnight of the reference day
	kb   []byte
	// vocab is vocabTable(), looked up once per text.
	vocab *vocabIndex

	// memo of the last pointAt (ranges try their first end again)
	memoOK  bool
	memoI   int
	memoEnd int
	memoV   val

	// anchor is the day of the last dated expression, which "cùng ngày"
	// and "hôm sau" refer to; the reference day until one is found.
	anchor time.Time
	// context is the start (an interval's end) of the last expression
	// placed in the calendar at any grain, which "ba năm sau đó" counts
	// from.
	context time.Time
}

var parserPool = sync.Pool{New: func() any { return &parser{t: make([]tok, 0, 256)} }}

func newParser(f *Finder, s string, pre []normalize.Token, ref time.Time) *parser {
	p := parserPool.Get().(*parser)
	p.f, p.s, p.pre = f, s, pre
	p.memoOK = false
	p.anchor = time.Time{}
	p.context = time.Time{}
	if ref.IsZero() {
		ref = time.Now().In(ict)
	}
	p.ref = ref
	p.refD = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, ref.Location())
	p.tokenize()
	return p
}

func (p *parser) release() {
	p.f, p.s, p.pre = nil, "", nil
	if cap(p.t) > 1<<18 {
		p.t = make([]tok, 0, 256)
	}
	p.t = p.t[:0]
	parserPool.Put(p)
}

func (p *parser) tokenize() { p.scan() }

// splitNumber splits "18/7/2024", "18.7.2024" or "2024" into parts.
func (t *tok) splitNumber(v string) {
	part, digits := 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if '0' <= c && c <= '9' {
			if digits < 9 {
				part = part*10 + int(c-'0')
			}
			digits++
			continue
		}
		if t.np >= 2 || (t.sep != 0 && t.sep != c) {
			t.np = 0
			return
		}
		t.sep = c
		t.p[t.np], t.pd[t.np] = int32(part), int8(min(digits, 100))
		t.np++
		part, digits = 0, 0
	}
	t.p[t.np], t.pd[t.np] = int32(part), int8(min(digits, 100))
	t.np++
}

// Roman returns the value of an upper-case Roman numeral from 1 to 39,
// as Vietnamese numbers terms, quarters and units with them ("khóa XV",
// "quý II", "Quân đoàn IV"), or 0 when s is none.
func Roman(s string) int {
	if len(s) > 6 || strings.Trim(s, "IVX") != "" {
		return 0
	}
	val := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		}
		return 10
	}
	n := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if i+1 < len(s) && val(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || n >= 40 || toRoman(n) != s {
		return 0
	}
	return n
}

func toRoman(n int) string {
	var b []byte
	for _, x := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= x.v {
			b = append(b, x.s...)
			n -= x.v
		}
	}
	return string(b)
}

// word returns the vocabulary id of token i, or wNone past the end.
func (p *parser) word(i int) lex {
	if i < 0 || i >= len(p.t) {
		return wNone
	}
	return p.t[i].w
}

// isPunct reports whether token i is the punctuation s.
func (p *parser) isPunct(i int, s string) bool {
	if i < 0 || i >= len(p.t) || p.t[i].kind != normalize.Punct {
		return false
	}
	return p.s[p.t[i].start:p.t[i].end] == s
}

// isDash reports whether token i is a hyphen or a dash.
func (p *parser) isDash(i int) bool {
	return p.isPunct(i, "-") || p.isPunct(i, "–") || p.isPunct(i, "—") || p.isPunct(i, "−")
}

// adjacent reports whether tokens i and i+1 touch (no space between them).
func (p *parser) adjacent(i int) bool {
	return i >= 0 && i+1 < len(p.t) && p.t[i].end == p.t[i+1].start
}

// text returns the text of token i.
func (p *parser) text(i int) string {
	if i < 0 || i >= len(p.t) {
		return ""
	}
	return p.s[p.t[i].start:p.t[i].end]
}
