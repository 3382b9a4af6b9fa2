package ner

import (
	"sort"
	"sync"
	"time"

	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
)

// A View is the read-only view of one document that rules read: the
// normalised text and its tokens, the key of every token, the gazetteer's
// matches and the tokens taken by dates, amounts, document references,
// datelines and bylines. It is built once per document, before any rule
// runs; rules never change it. A View is valid only during the call of the
// rule it is passed to.
type View struct {
	s          string
	ref        time.Time
	g          *gazetteer.Gazetteer
	toks       []normalize.Token
	keys       string            // the key (normalize.Key) of every token, each followed by a space
	keyAt      []int32           // where the key of each token starts in keys
	class      []wordClass       // the word classes of every token's key
	matches    []gazetteer.Match // the trusted gazetteer matches, by first token
	matchAt    []int32           // matches[matchAt[i]:matchAt[i+1]] start at token i
	matchKinds []kindSet         // the kinds of the entries of each match
	foldedTo   []int32           // by token: the end of a place matched there without its diacritics
	cover      []bool            // tokens inside dates, amounts, documents, datelines and bylines
	sport      int8              // the text is about sport (1) or not (-1), once asked: see aboutSport
	pairWord   []int8            // by token i: tokens i, i+1 make a dictionary word (1) or not (-1), once asked
	buf        *viewBuffers      // where the slices above come from, returned by release
}

// viewBuffers are the slices of a View and of its parse, kept between
// documents: a tagger that runs over many documents, or over one long one
// in segments, allocates (and the garbage collector clears and scans) them
// once instead of once per document. Released buffers hold no pointer into
// a document: what a document used of them is cleared.
type viewBuffers struct {
	toks       []normalize.Token
	cover      []bool
	keys       []byte
	keyAt      []int32
	class      []wordClass
	matches    []gazetteer.Match
	matchAt    []int32
	matchKinds []kindSet
	foldedTo   []int32
	pairWord   []int8
	cands      []cand
	kept       []cand
	listTypes  []listType
}

// maxPooledTokens bounds the buffers kept for the next document, so that
// one huge text does not keep its memory after it is tagged.
const maxPooledTokens = 1 << 20

var viewPool = sync.Pool{New: func() any { return new(viewBuffers) }}

// release returns the View's buffers for the next document; the View and
// every slice it handed out must not be used after.
func (v *View) release() {
	b := v.buf
	if b == nil || cap(v.toks) > maxPooledTokens {
		return
	}
	v.buf = nil
	b.toks, b.cover = v.toks[:0], v.cover[:0]
	// A View that never asked for keys or matches has none of its own.
	if v.keyAt != nil {
		b.keyAt, b.class = v.keyAt[:0], v.class[:0]
	}
	if v.matchAt != nil {
		clear(v.matches) // they point to entries (match cleared the rest)
		b.matches, b.matchAt, b.matchKinds, b.foldedTo = v.matches[:0], v.matchAt[:0], v.matchKinds[:0], v.foldedTo[:0]
	}
	if v.pairWord != nil {
		b.pairWord = v.pairWord[:0]
	}
	viewPool.Put(b)
}

// sized returns buf with length n, zeroed, reusing its array when it is
// large enough.
func sized[E any](buf []E, n int) []E {
	if cap(buf) < n {
		return make([]E, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// init makes v the view of s and tokenizes it. The keys of the tokens are
// added by key, the gazetteer matches by match, the cover by the span
// rules: a tagger that finds dates alone needs none of the first two.
func (v *View) init(s string, ref time.Time, g *gazetteer.Gazetteer) {
	b := viewPool.Get().(*viewBuffers)
	*v = View{s: s, ref: ref, g: g, buf: b, toks: normalize.AppendTokens(b.toks[:0], s)}
	v.cover = sized(b.cover, len(v.toks))
	for i, t := range v.toks {
		// Treebank pipelines (VLSP, VietTreebank) write brackets as
		// words: "thị xã Đồng Xoài LBKT Bình Phước RBKT".
		if t.Kind == normalize.Word && t.End-t.Start == 4 && (s[t.Start:t.End] == "LBKT" || s[t.Start:t.End] == "RBKT") {
			v.toks[i].Kind = normalize.Punct
		}
	}
}

// A wordClass is a set of closed word classes that a token's key belongs
// to or starts. Rules ask them of most tokens; one map look-up per token
// when the keys are made answers all of them.
type wordClass uint8

const (
	classStarter   wordClass = 1 << iota // starts a phrase that opens a name in lower case (starters)
	classPersonCue                       // starts a person cue: "ông", "bị cáo"
	classLead                            // opens a sentence before a name: "Theo" (leadWords)
	classSport                           // starts a word of sport (sportWords)
)

// wordClasses maps keys to their classes.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, c := range []struct {
		words map[string]bool
		class wordClass
	}{
		{starters, classStarter},
		{firstWords(personCues), classPersonCue},
		{leadWords, classLead},
		{sportStarts, classSport},
	} {
		for w := range c.words {
			m[w] |= c.class
		}
	}
	return m
}()

// is reports whether token i is of one of the classes c.
func (v *View) is(i int, c wordClass) bool {
	return i >= 0 && i < len(v.class) && v.class[i]&c != 0
}

// keyTokens computes the key and the word classes of every token.
func (v *View) keyTokens() {
	s := v.s
	// The keys of all tokens, joined by single spaces in one string, so
	// that the key of a run of tokens is a substring of it.
	b := v.buf.keys[:0]
	if n := len(s) + len(v.toks); cap(b) < n {
		b = make([]byte, 0, n)
	}
	v.keyAt = v.buf.keyAt[:0]
	if cap(v.keyAt) < len(v.toks)+1 {
		v.keyAt = make([]int32, 0, len(v.toks)+1)
	}
	v.class = v.buf.class[:0]
	if cap(v.class) < len(v.toks) {
		v.class = make([]wordClass, 0, len(v.toks))
	}
	for _, tk := range v.toks {
		at := len(b)
		v.keyAt = append(v.keyAt, int32(at))
		b = normalize.AppendCleanKey(b, s[tk.Start:tk.End])
		var c wordClass
		if tk.Kind == normalize.Word || tk.Kind == normalize.Abbrev {
			c = wordClasses[string(b[at:])] // no class has a number or a sign
		}
		v.class = append(v.class, c)
		b = append(b, ' ')
	}
	v.keyAt = append(v.keyAt, int32(len(b)))
	v.keys = string(b) // a copy: keys end up in entities and maps
	v.buf.keys = b
}

// match runs the gazetteer over the tokens and indexes the matches by
// their first token.
func (v *View) match() {
	ms := v.g.AppendMatches(v.buf.matches[:0], v.s, v.toks)
	v.buf.matches = ms
	// Matches come sorted by first token; keep the trusted ones in place.
	kept := ms[:0]
	v.foldedTo = sized(v.buf.foldedTo, len(v.toks))
	for _, m := range ms {
		if !m.Folded { // text without its diacritics is too ambiguous to trust
			kept = append(kept, m)
		} else if hasPlace(m.Entries) && int32(m.To) > v.foldedTo[m.From] {
			// remembered only to keep "Ha Noi" from reading as a foreign name
			v.foldedTo[m.From] = int32(m.To)
		}
	}
	clear(ms[len(kept):]) // what release will not see
	v.matches = kept
	v.matchKinds = v.buf.matchKinds[:0]
	for _, m := range kept {
		var ks kindSet
		for _, e := range m.Entries {
			ks |= 1 << e.Kind
		}
		v.matchKinds = append(v.matchKinds, ks)
	}
	v.matchAt = sized(v.buf.matchAt, len(v.toks)+1)
	k := 0
	for i := 0; i <= len(v.toks); i++ {
		for k < len(kept) && kept[k].From < i {
			k++
		}
		v.matchAt[i] = int32(k)
	}
}

// sportWords say that a text is about sport.
var sportWords = set("bàn thắng", "ghi bàn", "trận đấu", "tiền đạo", "thủ môn", "hậu vệ", "tiền vệ", "HLV",
	"huấn luyện viên", "cầu thủ", "vô địch", "giải đấu", "tỷ số", "hiệp", "bóng đá", "đội bóng", "CLB",
	"câu lạc bộ", "V.League", "mùa giải", "ngoại hạng", "penalty", "phạt đền", "đội tuyển", "sân vận động",
	"bảng xếp hạng", "tay vợt", "tay đua", "vận động viên", "VĐV", "huy chương", "chung kết", "bán kết", "vòng loại")

// sportStarts are the first words of the words of sport.
var sportStarts = firstWords(sportWords)

// aboutSport reports whether at least three words of sport occur in the
// text: a document-wide cue for clubs named like their cities, computed
// the first time a rule asks.
func (v *View) aboutSport() bool {
	if v.sport == 0 {
		v.sport = -1
		n := 0
		for i := range v.toks {
			if v.is(i, classSport) && (sportWords[v.key(i)] || sportWords[v.keyN(i, 2)] || sportWords[v.keyN(i, 3)]) {
				if n++; n >= 3 {
					v.sport = 1
					break
				}
			}
		}
	}
	return v.sport > 0
}

// wordPair reports whether tokens i and i+1 make a word of the
// dictionary (gazetteer.IsWord): "yêu cầu", "phát triển". Several rules ask
// it of the same tokens; the answer is kept.
func (v *View) wordPair(i int) bool {
	if i < 0 || i+1 >= len(v.toks) {
		return false
	}
	if v.pairWord == nil {
		v.pairWord = sized(v.buf.pairWord, len(v.toks))
	}
	if v.pairWord[i] == 0 {
		v.pairWord[i] = -1
		if v.g.IsWord(v.keyN(i, 2)) {
			v.pairWord[i] = 1
		}
	}
	return v.pairWord[i] > 0
}

// Text returns the normalised text (NFC, cleaned) that token offsets
// point into.
func (v *View) Text() string { return v.s }

// Tokens returns the tokens of the text. The slice is shared: do not
// modify it.
func (v *View) Tokens() []normalize.Token { return v.toks }

// Ref returns the reference time of the document.
func (v *View) Ref() time.Time { return v.ref }

// Key returns the key of token i, or "" out of range: normalize.Key of
// its text (lower case, tone marks where the new style puts them), so
// that "Khóa" and "khoá" have one key.
func (v *View) Key(i int) string { return v.keyN(i, 1) }

// Matches returns the gazetteer matches that start at token i, longest
// first. The slice is shared: do not modify it.
func (v *View) Matches(i int) []gazetteer.Match { return v.at(i) }

// Taken reports whether token i is part of a date, an amount, a document
// reference, a dateline or a byline, which no name rule may use.
func (v *View) Taken(i int) bool { return v.covered(i) }

// text returns the text of token i, or "" out of range.
func (v *View) text(i int) string {
	if i < 0 || i >= len(v.toks) {
		return ""
	}
	return v.s[v.toks[i].Start:v.toks[i].End]
}

// key returns the key of token i, or "" out of range (see Key). The
// closed word classes are sets of such keys (see set).
func (v *View) key(i int) string { return v.keyN(i, 1) }

// keyN returns the keys of tokens i..i+n joined by spaces, or "" when the
// run is out of range.
func (v *View) keyN(i, n int) string {
	if i < 0 || n < 1 || i+n > len(v.toks) {
		return ""
	}
	return v.keys[v.keyAt[i] : v.keyAt[i+n]-1]
}

func (v *View) kind(i int) normalize.Kind {
	if i < 0 || i >= len(v.toks) {
		return 0
	}
	return v.toks[i].Kind
}

func (v *View) shape(i int) normalize.Shape {
	if i < 0 || i >= len(v.toks) {
		return 0
	}
	return v.toks[i].Shape
}

// at returns the gazetteer matches that start at token i.
func (v *View) at(i int) []gazetteer.Match {
	if i < 0 || i >= len(v.toks) || v.matchAt == nil {
		return nil
	}
	return v.matches[v.matchAt[i]:v.matchAt[i+1]]
}

// covered reports whether token i is part of a date, amount or document.
func (v *View) covered(i int) bool { return i >= 0 && i < len(v.cover) && v.cover[i] }

// A kindSet is a set of gazetteer kinds, one bit each.
type kindSet uint64

func kindsOf(kinds []gazetteer.Kind) kindSet {
	var ks kindSet
	for _, k := range kinds {
		ks |= 1 << k
	}
	return ks
}

func (ks kindSet) has(k gazetteer.Kind) bool { return ks&(1<<k) != 0 }

// longest returns the longest match at token i that has an entry of one of
// the kinds, and that entry.
func (v *View) longest(i int, kinds ...gazetteer.Kind) (gazetteer.Match, *gazetteer.Entry, bool) {
	if i < 0 || i >= len(v.toks) || v.matchAt == nil {
		return gazetteer.Match{}, nil, false
	}
	want := kindsOf(kinds)
	// The matches at i come longest first (gazetteer.Match): the first
	// with an entry of the kinds is the longest.
	for k := v.matchAt[i]; k < v.matchAt[i+1]; k++ {
		if v.matchKinds[k]&want == 0 {
			continue
		}
		m := v.matches[k]
		// Of the entries of the kinds, a strong one: "Hòa Phát" the
		// company rather than the short name of a football club.
		var found *gazetteer.Entry
		for _, e := range m.Entries {
			if want.has(e.Kind) && (found == nil || found.Weak && !e.Weak) {
				found = e
			}
		}
		return m, found, true
	}
	return gazetteer.Match{}, nil, false
}

// isCap reports whether token i is a capitalised word or abbreviation.
func (v *View) isCap(i int) bool {
	if i < 0 || i >= len(v.toks) || v.covered(i) {
		return false
	}
	t := v.toks[i]
	if t.Kind != normalize.Word && t.Kind != normalize.Abbrev || t.Shape == normalize.Mixed && hasDigit(v.text(i)) {
		return false
	}
	switch t.Shape {
	case normalize.Title, normalize.Upper:
		return true
	case normalize.Mixed:
		r := v.s[t.Start]
		return 'A' <= r && r <= 'Z' || r >= 0x80
	}
	return false
}

// lineStart reports whether token i is the first of its line.
func (v *View) lineStart(i int) bool {
	if i <= 0 || i >= len(v.toks) {
		return i == 0
	}
	for k := v.toks[i].Start - 1; k >= v.toks[i-1].End; k-- {
		if v.s[k] == '\n' {
			return true
		}
	}
	return false
}

// tokenRange returns the tokens that a byte span covers.
func (v *View) tokenRange(start, end int) (int, int) {
	from := sort.Search(len(v.toks), func(i int) bool { return v.toks[i].End > start })
	to := sort.Search(len(v.toks), func(i int) bool { return v.toks[i].Start >= end })
	return from, to
}
