package ner

import (
	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/normalize"
)

// Amounts, percentages, quantities and document references: closed-class
// patterns over number tokens.

// scales are the words that multiply a number ("6.123 tỷ đồng"), by
// their key, with the factor they multiply by.
var scales = map[string]float64{
	"trăm": 1e2, "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,
}

// currencies end a MONEY span (one or two words); each has its ISO 4217
// code where the word settles one, "" where it does not (peso, franc).
var currencies = keyed(map[string]string{
	"đồng": "VND", "VND": "VND", "VNĐ": "VND", "USD": "USD", "đô la": "USD", "đôla": "USD", "đô la Mỹ": "USD",
	"đô": "USD", "euro": "EUR", "EUR": "EUR", "yên": "JPY", "JPY": "JPY", "nhân dân tệ": "CNY", "CNY": "CNY",
	"bảng Anh": "GBP", "GBP": "GBP", "won": "KRW", "rúp": "RUB", "ruble": "RUB", "baht": "THB", "bạt": "THB",
	"ringgit": "MYR", "SGD": "SGD", "AUD": "AUD", "peso": "", "franc": "",
})

// measureUnits end a QUANTITY span.
var measureUnits = set(
	"ha", "hecta", "héc-ta", "km", "km2", "km²", "m", "m2", "m²", "m3", "m³", "cm", "mm", "tấn", "kg", "gam", "g",
	"lít", "ml", "MW", "kW", "kWh", "GW", "MWh", "tỷ kWh", "triệu tấn", "nghìn tấn", "triệu lít", "độ C", "TEU",
	"km/h", "mét", "cây số", "ki-lô-mét", "mẫu", "sào", "thước", "triệu m3", "MWp", "GWh",
)

// docHeads start a document reference: "Nghị quyết", "Kết luận số 21-KL/TW".
var docHeads = set(
	"nghị quyết", "nghị định", "quyết định", "thông tư", "kết luận", "chỉ thị", "công văn", "kế hoạch",
	"quy định", "hướng dẫn", "thông báo", "pháp lệnh", "thông tư liên tịch", "nghị quyết liên tịch",
	"công điện", "tờ trình", "báo cáo", "luật", "bộ luật", "hiến pháp",
)

// numeric finds MONEY, PERCENT, QUANTITY and DOC.
func (p *parse) numeric() {
	toks := p.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == normalize.Number {
			p.amount(i)
			continue
		}
		if t.Kind == normalize.Word {
			if n := p.docRef(i); n > i {
				i = n - 1
			}
		}
	}
}

// amount tags the number at i with what follows it.
func (p *parse) amount(i int) {
	toks := p.toks
	j := i + 1
	// "13,4%" or "13,4 %" or "13,4 phần trăm"
	if j < len(toks) && p.text(j) == "%" {
		p.add(i, j+1, PERCENT, "percent", 50)
		return
	}
	if p.key(j) == "phần" && p.key(j+1) == "trăm" {
		p.add(i, j+2, PERCENT, "percent", 50)
		return
	}
	for j < len(toks) && scales[p.key(j)] != 0 {
		j++
	}
	if _, ok := currencies[p.keyN(j, 2)]; ok {
		p.add(i, j+2, MONEY, "money", 50)
		return
	}
	if _, ok := currencies[p.key(j)]; ok && !(p.key(j) == "độ" && j == i+1) && !p.wordAt(j) {
		// "85 đồng phạm" counts accomplices, not money: the currency word
		// must not start another word.
		p.add(i, j+1, MONEY, "money", 50)
		return
	}
	if w := p.key(j) + " " + p.key(j+1); measureUnits[w] {
		p.add(i, p.perUnit(j+2), QUANTITY, "quantity", 40)
		return
	}
	if measureUnits[p.key(j)] && p.adjacentOrSpaced(j) {
		p.add(i, p.perUnit(j+1), QUANTITY, "quantity", 40)
	}
}

// perUnits may follow a unit after a slash: "km/h", "m3/s", "tấn/ha".
var perUnits = set("h", "giờ", "s", "giây", "phút", "ngày", "tháng", "năm", "ha", "người", "km", "m", "m2", "m²", "lít")

// perUnit returns the end of a unit that ends at e with its power
// ("km[²]") and the second unit of a rate written tight after it ("120
// km[/h]"), or e.
func (p *parse) perUnit(e int) int {
	if t := p.text(e); (t == "²" || t == "³") && p.toks[e].Start == p.toks[e-1].End {
		e++ // "52,3 km²": the tokenizer cuts the power off
	}
	if p.text(e) == "/" && e+1 < len(p.toks) && p.toks[e].Start == p.toks[e-1].End && p.toks[e+1].Start == p.toks[e].End && perUnits[p.key(e+1)] {
		return e + 2
	}
	return e
}

// adjacentOrSpaced reports whether token j is a word token (so "5 m" and
// "5m" count, but "5 - m" does not).
func (p *parse) adjacentOrSpaced(j int) bool {
	return j < len(p.toks) && p.toks[j].Kind != normalize.Punct
}

// docRef tags a document reference starting at i and returns its end token,
// or i when there is none.
//
//	Kết luận số 21-KL/TW · Nghị định 100/2019/NĐ-CP · Nghị quyết T.Ư 4 khóa XI, XII
func (p *parse) docRef(i int) int {
	if p.shape(i) != normalize.Title && p.shape(i) != normalize.Upper {
		return i
	}
	if e := p.lawRef(i); e > i {
		p.add(i, e, DOC, "doc-law", 45)
		return e
	}
	n := 0
	switch {
	case docHeads[p.keyN(i, 3)]:
		n = 3
	case docHeads[p.keyN(i, 2)]:
		n = 2
	default:
		return i
	}
	j := i + n
	if p.key(j) == "số" {
		j++
	}
	if k := p.codeChunk(j); k > j {
		p.add(i, k, DOC, "doc-code", 45)
		return k
	}
	// "Nghị quyết T.Ư 4 khóa XI, XII", "Nghị quyết Trung ương 4"
	k := j
	switch {
	case p.key(k) == "t.ư" || p.key(k) == "tw":
		k++
	case p.key(k) == "trung" && p.key(k+1) == "ương":
		k += 2
	case p.key(k) == "đại" && p.key(k+1) == "hội":
		k += 2
	default:
		return i
	}
	if p.kind(k) != normalize.Number && dates.Roman(p.text(k)) == 0 {
		return i
	}
	k++
	if p.key(k) == "khoá" && dates.Roman(p.text(k+1)) > 0 {
		k += 2
		for p.text(k) == "," && dates.Roman(p.text(k+1)) > 0 {
			k += 2
		}
	}
	p.add(i, k, DOC, "doc-plenum", 45)
	return k
}

// lawBodies are heads whose field may be a law's name: "Tòa án Hiến
// pháp", "Ủy ban Pháp luật". The tagger's gazetteer matches are not made
// yet when documents are read, hence a list.
var lawBodies = set("tòa án", "ủy ban", "hội đồng", "viện", "khoa", "vụ", "cục", "ban", "hội", "trường")

// lawRef returns the end of a law named at i, or i: "Luật Thanh tra",
// "Bộ luật Hình sự", "Luật Giao thông đường bộ", "Luật Đất đai 2024",
// "Hiến pháp". The name is capitalised words, the lower-case syllables
// that complete them and field words; a year written right after it is
// part of the name, "năm 2013" is a date of its own. "Luật sư" is a
// lawyer.
func (p *parse) lawRef(i int) int {
	var j int
	switch {
	case p.keyN(i, 2) == keyHienPhap:
		j = i + 2
	case p.keyN(i, 2) == keyBoLuat && p.isCap(i+2):
		j = p.lawName(i + 2)
	case p.key(i) == keyLuat && p.isCap(i+1):
		j = p.lawName(i + 1)
	default:
		return i
	}
	if p.capBefore(i) {
		return i // "Viện Luật …": part of another name
	}
	for k := max(i-3, 0); k < i; k++ {
		if h := p.keyN(k, i-k); lawBodies[h] || nameHeads[h] {
			return i // "Tòa án Hiến pháp": the field of a body
		}
	}
	if j > i+1 && p.kind(j) == normalize.Number && len(p.text(j)) == 4 && allDigits(p.text(j)) {
		j++ // "Luật Đất đai 2024"
	}
	return j
}

// lawName returns the end of a law's name that starts at the capital j.
func (p *parse) lawName(j int) int {
	k := j
	for k < len(p.toks) && p.isCap(k) && k-j < 8 {
		k = p.wordRest(k + 1)
		if (p.text(k) == "," || p.key(k) == keyVa) && (p.isCap(k+1) || p.fieldTail(k+1) > k+1 || p.shape(k+1) == normalize.Lower && p.g.IsWord(p.text(k+1)+" "+p.text(k+2))) {
			// "Luật Phòng, chống tham nhũng"
			k++
			if !p.isCap(k) {
				k = p.wordRest(k + 1)
			}
		}
	}
	return p.fieldTail(k)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// codeChunk returns the end of a document code starting at token j: tokens
// written without spaces between them that hold a digit and a slash or a
// hyphen ("21-KL/TW", "100/2019/NĐ-CP"), or j when there is none.
func (p *parse) codeChunk(j int) int {
	if j >= len(p.toks) || p.toks[j].Kind == normalize.Punct {
		return j
	}
	k := j + 1
	for k < len(p.toks) && p.toks[k].Start == p.toks[k-1].End {
		k++
	}
	// Trailing punctuation is not part of the code.
	for k > j+1 && p.toks[k-1].Kind == normalize.Punct {
		k--
	}
	s := p.s[p.toks[j].Start:p.toks[k-1].End]
	digit, joiner := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case c == '/' || c == '-':
			joiner = true
		}
	}
	if digit && joiner {
		return k
	}
	return j
}
