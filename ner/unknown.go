package ner

import (
	"strings"

	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
)

// The name stage: every capitalised run that the rules before it left
// untagged is weighed, from the evidence around it, as a person, a place or
// nothing. Real news names people without any cue ("Thanh bắt chuyện với
// Hùng", "Pompeo nói"); the lists alone bring noise, so a name is tagged
// only when a list and its context agree. The rule of each entity names
// the evidence that decided it ("name-per:given+verb").

// prioName is the priority of the name stage's guesses: below every rule
// that had a cue.
const prioName = 16

// sayVerbs are what a person does right after being named in news and
// stories: saying, asking, moving, thinking, and the auxiliaries before
// them. A place or an organisation rarely opens a clause with these.
var sayVerbs = set("nói", "cho biết", "cho hay", "khẳng định", "tuyên bố", "phát biểu", "nhấn mạnh", "kể", "hỏi",
	"đáp", "trả lời", "bắt chuyện", "gật đầu", "lắc đầu", "cười", "khóc", "nghĩ", "biết", "muốn", "thấy", "bảo",
	"kêu", "hét", "nhìn", "ngồi", "đứng", "chạy", "bước", "ôm", "nắm", "cầm", "đưa", "gọi", "viết", "đọc", "hát",
	"đã", "đang", "sẽ", "vẫn", "cũng", "không", "chẳng", "chưa", "mới", "vừa", "liền", "bèn", "thì", "chỉ", "lại",
	"từng", "còn", "rất", "càng", "luôn", "hay", "được", "bị", "phải", "có", "là", "làm", "đi", "về", "tới", "lên",
	"xuống", "ra", "vào", "mở", "nhận", "tìm", "mang", "quyết định", "nhớ", "quên", "yêu", "thương", "ghét", "sợ",
	"tâm sự", "chia sẻ", "giải thích", "thừa nhận", "cho rằng", "tin", "hy vọng", "hi vọng", "xin", "lo", "chờ",
	"đồng ý", "đề nghị", "phán đoán", "âm thầm", "lặng lẽ", "học", "ăn", "uống", "ngủ", "nằm", "cảm thấy", "nghe",
	"tiếp tục", "bắt đầu", "vội", "lập tức", "hiểu", "hứa", "mỉm cười", "thở dài", "im lặng", "suy nghĩ", "định",
	"cố", "cố gắng", "bày tỏ", "phủ nhận", "mắng", "bật cười", "trở về", "quay lại",
	// what a body does: the eyes, the hands, the head
	"nhắm", "nhắm mắt", "mở mắt", "lim dim", "ngước", "ngước nhìn", "cúi", "cúi đầu", "quay", "ngoảnh", "nhíu mày",
	"gãi", "lau", "nuốt", "thở", "run", "vỗ", "xoa", "rút", "ném", "kéo", "đẩy", "bế", "dắt", "lái",
	// what one does to or with another
	"cho", "trao", "gửi", "lấy", "đặt", "mua", "bán", "thuê", "trả", "chào", "mời", "gặp", "thăm", "rủ", "dặn",
	"bắt", "sắm", "sống", "rời", "dừng", "tham gia", "trở thành", "phát hiện", "theo dõi", "tranh thủ",
	"phân công", "liên lạc",
	// what a life goes through: meeting, marrying, leaving, dying
	"ghé", "hẹn", "đón", "tiễn", "dẫn", "khuyên", "bỏ", "bỏ trốn", "trốn", "sinh", "cưới", "kết hôn", "ly hôn",
	"qua đời", "cắn", "nghiến", "nghiến răng", "mặc", "thắng", "thua")

// directionCues before "Nam" make it the South, not a man: "phía Nam".
var directionCues = set("miền", "phía", "hướng", "vùng", "mạn", "vào", "ra", "xuống", "lên", "trong", "ngoài", "nam", "bắc")

// withWords join a person to the clause: "với Hùng", "của Lan", "cho Tùng".
var withWords = set("với", "của", "cho", "và", "cùng", "gặp", "bảo", "hỏi", "giúp", "thăm", "nhờ", "theo", "thấy", "gọi", "đưa")

// notGivenAlone are capitalised words that are given names too but, alone,
// are rather compass points, seasons, faiths, bodies or countries: no
// person without a cue; "Ban" is a board ("đề nghị Ban biên soạn").
var notGivenAlone = set("bắc", "đông", "tây", "trung", "xuân", "hạ", "thu", "tết", "phật", "chúa",
	"trời", "đảng", "nhà", "hồ", "sông", "núi", "biển", "thánh", "thần", "bà", "ông", "cô", "mẹ", "cha", "việt",
	"kinh", "hoa", "anh", "pháp", "đức", "nga", "mỹ", "nhật", "hàn", "úc", "lào", "thái", "ý", "ấn", "tân", "cao", "ban")

// openerWords are given names that, opening a sentence, are rather the
// common word: "Như bắt được vàng" (as if), "Dân gặp tôi" (the people),
// "Đơn gửi bằng fax" (the petition), "Tính trong hai năm" (counting).
var openerWords = set("như", "dân", "đơn", "tính", "luật", "thế", "nhân", "tiền", "hàng", "lúc", "khi", "đời", "người")

// orgCues before an unknown capitalised name make it an organisation that
// stays outside them: "hãng Boeing", "cổ phiếu Tesla", "CEO của Apple".
var orgCues = set("hãng", "hãng tin", "hãng thông tấn", "đội", "đội bóng", "câu lạc bộ", "cổ phiếu", "thương hiệu",
	"chuỗi", "nhà bán lẻ", "siêu thị", "nhà mạng", "tập đoàn", "tờ", "tạp chí", "hãng hàng không",
	"hãng xe", "nhà sản xuất", "ban nhạc")

// orgVerbCues are what only an organisation undergoes or has: "thâu tóm
// X", "mua lại X", "CEO của X".
var orgVerbCues = set("thâu tóm", "mua lại", "sáp nhập", "CEO của", "giám đốc điều hành của", "cổ đông của",
	"cổ phiếu của", "nhà sáng lập", "người sáng lập", "đồng sáng lập", "chủ sở hữu của", "cầu thủ của",
	"huấn luyện viên của", "HLV của", "đội trưởng của", "cổ động viên của")

// names is the name stage (see above). It runs after the rules with cues
// and the memory of names, so that it sees only what they left. An
// organisation that a cue of this stage named ("hãng Zentrix") is
// remembered for the whole document: its bare mentions before and after
// the cue are the organisation too ("Zentrix cho biết").
func (p *parse) names() {
	seen := p.seenNames()
	typs := p.tokenTypes()
	if p.nameRuns(typs, seen, false) {
		p.nameRuns(typs, seen, true)
	}
}

// listType is what the name stage knows of a token: taken by a person, an
// organisation, or another name (a place, a role), or free. A byte a
// token, not a Type (a string), to keep the buffer small; the lists it
// reads ask for people and organisations (listedWith).
type listType uint8

const (
	listNone listType = iota
	listPER
	listORG
	listOther // a place or a role
)

func listTypeOf(typ Type) listType {
	switch typ {
	case PER:
		return listPER
	case ORG:
		return listORG
	case LOC, ROLE:
		return listOther
	}
	return listNone
}

// tokenTypes marks the tokens of the names found so far (people,
// organisations, places, roles) with their listType, in one pass over the
// candidates, into a buffer the parse reuses.
func (p *parse) tokenTypes() []listType {
	typs := sized(p.buf.listTypes, len(p.toks))
	p.buf.listTypes = typs
	for _, c := range p.found() {
		markType(typs, c.from, c.to, c.typ)
	}
	return typs
}

// markType gives tokens [i, e) the listType of typ, if it has one.
func markType(typs []listType, i, e int, typ Type) {
	if lt := listTypeOf(typ); lt != listNone {
		for k := max(i, 0); k < e; k++ {
			typs[k] = lt
		}
	}
}

// listedWith reports whether the run [i, e) stands in a list with a name
// of type typ, joined by a comma or a conjunction: "cho Boots, [Superdrug]
// và [Debenhams]", "Aldi và [Lidl]". Lists name things of one kind.
func (p *parse) listedWith(i, e int, typs []listType, typ listType) bool {
	if i >= 2 && listJoints[p.key(i-1)] && typs[i-2] == typ {
		return true
	}
	return e+1 < len(p.toks) && listJoints[p.key(e)] && typs[e+1] == typ && (e+2 >= len(p.toks) || !p.isCap(e+2) || typs[e+2] == typ)
}

// listJoints join the items of a list.
var listJoints = set(",", "và", "hoặc", "hay", "cùng", "and")

// nameRuns weighs the untagged capitalised runs once, left to right, and
// marks what it tags in typs. It reports whether a cue taught it an
// organisation's name; with memoryOnly, only names seen before are tagged.
func (p *parse) nameRuns(typs []listType, seen map[string]Type, memoryOnly bool) bool {
	learned := false
	for i := 0; i < len(p.toks); i++ {
		if typs[i] != listNone || !p.isCap(i) || p.leadWordAt(i) || p.cueOpensAt(i) {
			continue
		}
		e := p.nameRun(i, 4)
		for k := i + 1; k < e; k++ {
			if typs[k] != listNone {
				e = k
				break
			}
		}
		e = p.undoubled(i, e)
		if e <= i {
			continue
		}
		t := p.s[p.toks[i].Start:p.toks[e-1].End]
		if typ := seen[t]; typ != "" && !p.isCap(e) && !p.capBefore(i) {
			// "Tổ chức Y tế Thế giới (WHO) … WHO cho biết": named as before.
			p.add(i, e, typ, nameMemory[typ], prioName)
			markType(typs, i, e, typ)
			i = e - 1
			continue
		}
		if memoryOnly {
			i = e - 1
			continue
		}
		if typ, why := p.weigh(i, e, typs); typ != "" {
			p.add(i, e, typ, why, prioName)
			markType(typs, i, e, typ)
			if why == "name-org:cue" || why == "name-org:brand" {
				if _, ok := seen[t]; !ok {
					seen[t] = ORG
					learned = true
				}
			}
		}
		i = e - 1
	}
	return learned
}

// undoubled returns the end of the first half of the run [i, e) when the
// run is one name said twice, a headline glued to the sentence that
// repeats it ("Sainsbury’s Sainsbury's sẽ bán …"), or e.
func (p *parse) undoubled(i, e int) int {
	n := e - i
	if n%2 != 0 {
		return e
	}
	for k := i; k < i+n/2; k++ {
		if foldQuote(p.key(k)) != foldQuote(p.key(k+n/2)) {
			return e
		}
	}
	return i + n/2
}

// foldQuote writes the typographic apostrophe as the plain one.
func foldQuote(s string) string { return strings.ReplaceAll(s, "’", "'") }

// seenNames returns the organisations and places the rules with cues
// found, by their text: the document's own definitions of its names.
func (p *parse) seenNames() map[string]Type {
	seen := map[string]Type{}
	for _, c := range p.found() {
		// Only places the lists do not know: a known place that a rule
		// left alone was left alone for a reason ("người Pháp").
		// An organisation of the lists is remembered too, unless a
		// place bears its name: "[ORG Lakers] … tại Lakers" is the team.
		if (c.typ == ORG && !p.startsPlace(c.from) || c.typ == LOC && !p.listed(c.from, c.to)) && c.prio > prioName && c.to > c.from {
			t := p.s[c.start:c.end]
			if prev, ok := seen[t]; ok && prev != c.typ {
				seen[t] = "" // typed both ways: no memory
				continue
			}
			seen[t] = c.typ
		}
	}
	return seen
}

// nameMemory names the rule of a name typed as the document typed it before.
var nameMemory = map[Type]string{ORG: "name-org:memory", LOC: "name-loc:memory", PER: "name-per:memory"}

// weigh decides what the untagged capitalised run [i, e) is, from its
// evidence; it returns "" when the evidence is too weak, and otherwise the
// type and the rule that names the evidence ("name-per:given+verb").
func (p *parse) weigh(i, e int, typs []listType) (Type, string) {
	if p.capsLine(i) || p.capBefore(i) && typs[i-1] == listNone && !p.cueOpensAt(i-1) || p.isCap(e) && p.undoubled(i, 2*e-i) != e || p.text(e) == "-" {
		return "", "" // headlines, and pieces of longer capitalised runs
	}
	if p.namedPerson(i) {
		return PER, "name-per:named"
	}
	// The cheap facts first: most runs end here.
	foreign := p.foreignSpelled(i, e)
	country, weakCountry := false, false
	if m, pe, ok := p.longest(i, gazetteer.KindCountry); ok && m.To == e {
		country, weakCountry = true, pe.Weak
	}
	if !foreign && !country {
		return p.weighNative(i, e, typs)
	}
	if p.wordAt(i) {
		return "", "" // "Anh em", "Ý kiến": the start of a common word
	}
	if foreign && possessive(p.text(e-1)) {
		// An English possessive survives translation only in a brand:
		// "Sainsbury’s", "Macy's".
		return ORG, "name-org:brand"
	}
	if weakCountry {
		return p.weighCountry(i)
	}
	if foreign && p.regionAbroad(i, e) {
		return LOC, "name-loc:region"
	}
	if foreign && p.orgCueBefore(i) && !p.placeWhole(i, e) && !p.personAt(i) && !(e == i+1 && p.g.Has(gazetteer.KindGivenName, p.text(i))) {
		return ORG, "name-org:cue"
	}
	if p.startsOrgOrTitle(i) {
		return "", ""
	}
	if foreign && e-i >= 2 && (placePrefixes[p.key(i)] || placeSuffixes[p.key(e-1)]) {
		return LOC, "name-loc:shape" // "Grayson Mews", "West Virginia"
	}
	if p.clubAt(i, e) {
		return ORG, "name-org:club" // in a text about sport: "Livingston 1-0 Rangers"
	}
	if foreign && !p.toks[i].SentenceStart && p.g.Has(gazetteer.KindCity, p.s[p.toks[i].Start:p.toks[e-1].End]) &&
		!p.g.Has(gazetteer.KindForeignSurname, p.text(e-1)) && !p.g.Has(gazetteer.KindForeignGiven, p.text(i)) {
		return LOC, "name-loc:city" // a city of the lists that is no person's name: "Birkenhead", "Palu"
	}
	if foreign && !p.capBefore(i) && p.listedWith(i, e, typs, listORG) && !p.startsPlace(i) && !p.personAt(i) && !p.g.Has(gazetteer.KindForeignGiven, p.text(i)) {
		return ORG, "name-org:list"
	}
	if e == i+1 {
		return p.weighOne(i)
	}
	return "", ""
}

// weighNative weighs a run spelled the Vietnamese way that names no
// country: a given name alone, a southern nickname ("Năm Long"), or in a
// text about sport a club; nothing else applies.
func (p *parse) weighNative(i, e int, typs []listType) (Type, string) {
	if p.clubAt(i, e) && !p.wordAt(i) {
		return ORG, "name-org:club"
	}
	if e == i+2 && p.nicknameAt(i, typs) {
		return PER, "name-per:nickname"
	}
	if e == i+1 {
		return p.weighOne(i)
	}
	return "", ""
}

// clubAt reports whether tokens [i, e) name a club of the lists in a text
// about sport, and no word of place comes before them. The topic is asked
// first: it is known once per document, the list costs a look-up.
func (p *parse) clubAt(i, e int) bool {
	return !locCues[p.key(i-1)] && p.aboutSport() && p.g.Has(gazetteer.KindClub, p.s[p.toks[i].Start:p.toks[e-1].End])
}

// weighCountry decides whether the short form of a country at i ("Anh",
// "Mỹ", "Nhật", "Đức"), which the lists mark weak because it is also a
// word or a name, is the country: capitalised in the middle of a sentence,
// standing alone, and not a nationality, a language or a form of address.
func (p *parse) weighCountry(i int) (Type, string) {
	if p.shape(i) != normalize.Title || p.toks[i].SentenceStart || p.lineStart(i) || p.personCueAt(i-1) {
		return "", ""
	}
	if p.key(i) == keyViet || p.kind(i+1) == normalize.Number || p.key(i+1) == "số" {
		return "", "" // "doanh nghiệp Việt": an adjective; "Đài 4", "Đài số 4": a station
	}
	if p.key(i-1) == "miền" {
		return "", "" // "người miền Trung": the Centre, no China
	}
	if p.keyN(i-2, 2) == "biên giới" {
		return LOC, "name-loc:country" // "biên giới Arizona": the border, not a circle ("giới")
	}
	switch p.key(i - 1) {
	case "người", "tiếng", "chữ", "kiểu", "giới", "gốc", "hạng", "\"", "“", "(", ":", "-", "–":
		return "", "" // "người Anh", "tiếng Anh"; a quote or a bracket opens a sentence
	}
	return LOC, "name-loc:country"
}

// weighOne decides what the lone capitalised word at i is: a Vietnamese
// given name standing alone mid-sentence, or opening a clause before what
// people do, is a person.
func (p *parse) weighOne(i int) (Type, string) {
	if p.shape(i) != normalize.Title || p.kind(i) != normalize.Word || notGivenAlone[p.key(i)] || p.wordAt(i) || p.startsOrgOrTitle(i) || p.orgNounBefore(i) {
		return "", "" // a word ("Hoa hồng"), a body, a title, or after "tờ", "hãng"
	}
	if !p.g.Has(gazetteer.KindGivenName, p.text(i)) {
		return "", ""
	}
	if p.key(i) == "nam" && (directionCues[p.key(i-1)] || locCues[p.key(i-1)] || p.text(i-1) == "-" || p.text(i-1) == "–") {
		return "", "" // "miền Nam", "vào Nam", "Bắc - Nam": the South
	}
	if _, pe, ok := p.longest(i, placeKinds...); ok && !pe.Weak && !communeOnly(pe) {
		return "", "" // a place by that name; a commune alone is too weak a sign
	}
	verb := sayVerbs[p.key(i+1)] || sayVerbs[p.keyN(i+1, 2)]
	with := withWords[p.key(i-1)] && !p.isCap(i-1)
	switch {
	case p.toks[i].SentenceStart || p.lineStart(i):
		if verb && !openerWords[p.key(i)] {
			return PER, "name-per:given+verb"
		}
		return "", "" // a capital opening a sentence says nothing more
	case with:
		return PER, "name-per:given+with"
	case verb:
		return PER, "name-per:given+verb"
	case p.text(i+1) == "," || p.text(i+1) == "." || p.kind(i+1) == normalize.Punct:
		return PER, "name-per:given+punct"
	}
	return PER, "name-per:given+mid"
}

// personNouns are the words for a person that "tên" (named) follows:
// "một phụ nữ tên Dezliangz", "cha tên là Dezdins".
var personNouns = set("người", "phụ nữ", "đàn ông", "đàn bà", "cô gái", "chàng trai", "thanh niên", "cô", "chị", "anh",
	"em", "ông", "bà", "cậu", "bé", "cháu", "con", "cha", "mẹ", "vợ", "chồng", "bạn", "trai", "gái", "xưng", "tự xưng")

// namedPerson reports whether the run at i follows "tên" or "tên là" after
// a word for a person, up to three words before: "một phụ nữ tên
// [Dezliangz]", "cô gái trẻ đẹp tên [Hoa]", "tự xưng tên là [Hai Địa]".
// A project or a boat "có tên là" is no person.
func (p *parse) namedPerson(i int) bool {
	t := i - 1
	if p.key(t) == "là" {
		t--
	}
	if p.key(t) != "tên" {
		return false
	}
	for k := t - 1; k >= t-4 && k >= 0; k-- {
		if personNouns[p.key(k)] || k > 0 && personNouns[p.keyN(k-1, 2)] {
			return true
		}
		if p.kind(k) != normalize.Word || p.isCap(k) {
			return false
		}
	}
	return false
}

// birthOrder are the words of a southern nickname, a child's rank in the
// family before the given name: "Tám On", "Ba Duẩn", "Út Tòng".
var birthOrder = set("hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "út")

// nicknameAt reports whether tokens i, i+1 are a southern nickname that
// the words around make a person: a rank and a given name, no word and no
// place ("Tư pháp", "Ba Lan"), after "với", "cho" …, before what people
// do, or in a list with a person ("các anh Ba Bường, [Ba Hương], [Mười
// Thơ]").
func (p *parse) nicknameAt(i int, typs []listType) bool {
	if !birthOrder[p.key(i)] || p.shape(i+1) != normalize.Title || !p.g.Has(gazetteer.KindGivenName, p.text(i+1)) ||
		p.g.IsWord(p.keyN(i, 2)) || p.startsPlace(i) || notGivenAlone[p.key(i+1)] {
		return false
	}
	e := i + 2
	verb := sayVerbs[p.key(e)] || sayVerbs[p.keyN(e, 2)]
	return verb || withWords[p.key(i-1)] && !p.isCap(i-1) || p.listedWith(i, e, typs, listPER)
}

// possessive reports whether t ends in an English possessive: "Macy's".
func possessive(t string) bool {
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s")
}

// orgCueBefore reports whether an organisation cue ends right before token
// i: "hãng [Boeing]", "thâu tóm [Sharp]".
func (p *parse) orgCueBefore(i int) bool {
	for n := 1; n <= 3 && i-n >= 0; n++ {
		if k := p.keyN(i-n, n); orgCues[k] || orgVerbCues[k] {
			return true
		}
	}
	return false
}

// cueOpensAt reports whether token i is an organisation cue that opens
// the sentence before a capitalised name: "Hãng Zentrix cho biết …" is
// "hãng" and the name, not a name of two words. A newspaper's or a firm's
// noun does so anywhere, in a headline glued to the text too: "… Bộ Nội
// vụ Tờ Washington Examiner dẫn lời …".
func (p *parse) cueOpensAt(i int) bool {
	if i < 0 || p.shape(i) != normalize.Title {
		return false
	}
	if outsideHeads[p.key(i)] && p.isCap(i+1) || outsideHeads[p.keyN(i, 2)] && p.isCap(i+2) {
		return true
	}
	return p.toks[i].SentenceStart && orgCues[p.key(i)] && p.isCap(i+1)
}

// placeWhole reports whether a known place spans the whole run [i, e):
// "đội [Hà Nội]" is the city's, but "tờ [Washington Examiner]" is a
// newspaper.
func (p *parse) placeWhole(i, e int) bool {
	pm, _, ok := p.longest(i, placeKinds...)
	return ok && pm.To >= e
}

// orgNounBefore reports whether an organisation's noun ("hãng", "tờ",
// "tập đoàn") ends right before token i: no person's name follows one.
func (p *parse) orgNounBefore(i int) bool {
	return orgCues[p.key(i-1)] || i >= 2 && orgCues[p.keyN(i-2, 2)]
}

// listed reports whether the gazetteer knows tokens [i, j) as one place or
// organisation.
func (p *parse) listed(i, j int) bool {
	m, _, ok := p.longest(i, namedKinds...)
	return ok && m.To == j
}

// namedKinds are the kinds that name a place or an organisation.
var namedKinds = append(placeKinds[:len(placeKinds):len(placeKinds)], gazetteer.KindOrgName)

// regionAbroad reports whether the foreign-spelled run [i, e) is a state
// or province abroad standing as a country's short form would: the lists
// mark these weak for their short names that are words elsewhere (Van,
// Tak), so it takes four letters or more and no person's name: "Scotland",
// "Texas".
func (p *parse) regionAbroad(i, e int) bool {
	m, pe, ok := p.longest(i, gazetteer.KindWorldPlace)
	if !ok || m.To != e || !pe.Weak || len(p.text(i)) < 4 ||
		p.g.Has(gazetteer.KindForeignSurname, p.text(e-1)) || p.g.Has(gazetteer.KindForeignGiven, p.text(i)) {
		return false
	}
	t, _ := p.weighCountry(i)
	return t == LOC
}
