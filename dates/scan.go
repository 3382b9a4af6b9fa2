package dates

import (
	"math/bits"
	"sync"
	"unicode/utf8"

	"github.com/vntag/vntag/normalize"
)

// scan splits p.s into tokens with normalize.Tokenizer and looks up each
// word in the vocabulary.
func (p *parser) scan() {
	s := p.s
	want := len(s)/5 + 16
	if p.pre != nil {
		want = len(p.pre)
	}
	p.vocab = vocabTable()
	if cap(p.t) < want {
		p.t = make([]tok, 0, want)
	}
	p.t = p.t[:0]
	if p.pre != nil {
		for _, nt := range p.pre {
			p.add(nt)
		}
		return
	}
	var tz normalize.Tokenizer
	tz.Reset(s)
	for tz.Next() {
		p.add(tz.Token())
	}
}

// add appends the parser's token for nt.
//
// The token is built in place: a tok is 36 bytes, and building it on the
// stack and then copying it was a third of the time of add.
func (p *parser) add(nt normalize.Token) {
	n := len(p.t)
	if n < cap(p.t) {
		p.t = p.t[:n+1]
		p.t[n] = tok{}
	} else {
		p.t = append(p.t, tok{})
	}
	t := &p.t[n]
	t.start, t.end, t.kind, t.shape = int32(nt.Start), int32(nt.End), nt.Kind, nt.Shape
	switch nt.Kind {
	case normalize.Number:
		t.splitNumber(p.s[nt.Start:nt.End])
	case normalize.Word, normalize.Abbrev:
		p.lookup(t)
	}
}

// lookup sets the vocabulary id (and the Roman numeral value) of a word.
func (p *parser) lookup(t *tok) {
	v := p.s[t.start:t.end]
	if len(v) > maxKeyLen {
		return
	}
	if t.shape == normalize.Lower && !newStyleEnd(v) {
		t.w = p.vocab.get(v) // lower case in the old tone style: the word is its key
	} else {
		p.kb = wordKey(p.kb[:0], v)
		t.w = p.vocab.get(string(p.kb))
	}
	if t.w == wNone && (t.shape == normalize.Upper || t.shape == normalize.Title) && (v[0] == 'I' || v[0] == 'V' || v[0] == 'X') {
		t.roman = int16(Roman(v)) // a numeral is all I, V and X
	}
}

// newStyleEnd reports whether a word ends in o or u and a toned vowel
// that may carry a new-style tone mark (hoà, khoẻ, thuỷ), which wordKey
// moves.
func newStyleEnd(v string) bool {
	n := len(v)
	if n < 3 || v[n-1] < utf8.RuneSelf {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(v)
	if size >= n {
		return false
	}
	switch v[n-size-1] {
	case 'o', 'u', 'O', 'U':
		return isNewToneVowel(r)
	}
	return false
}

// isNewToneVowel reports whether r is a key of newToOld, without hashing.
func isNewToneVowel(r rune) bool {
	switch r {
	case 'á', 'à', 'ả', 'ã', 'ạ', 'é', 'è', 'ẻ', 'ẽ', 'ẹ', 'ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ':
		return true
	}
	return false
}

// maxKeyLen is the length in bytes of the longest vocabulary key.
var maxKeyLen = func() int {
	n := 0
	for k := range vocab {
		n = max(n, len(k))
	}
	return n
}()

// A vocabIndex is vocab as an open-addressing hash table with a hash of a
// few loads and one multiplication: every word of a text is looked up, most
// of them in vain, and the map's string hashing and probing took a tenth
// of the time of finding dates in news.
type vocabIndex struct {
	keys  []string
	ids   []lex
	shift uint // 64 - log2(len(keys))
}

// vocabTable returns the index of vocab, built at the first call: package
// initialisation adds the syllables of the phrase tables to vocab first.
var vocabTable = sync.OnceValue(func() *vocabIndex {
	n := 64
	for n < 4*len(vocab) {
		n *= 2
	}
	x := &vocabIndex{keys: make([]string, n), ids: make([]lex, n), shift: uint(64 - bits.TrailingZeros(uint(n)))}
	for k, id := range vocab {
		i := x.slot(k)
		for x.ids[i] != wNone {
			i = (i + 1) & (n - 1)
		}
		x.keys[i], x.ids[i] = k, id
	}
	return x
})

// get returns vocab[k].
func (x *vocabIndex) get(k string) lex {
	if len(k) == 0 {
		return vocab[k]
	}
	for i := x.slot(k); ; i = (i + 1) & (len(x.keys) - 1) {
		if x.ids[i] == wNone {
			return wNone
		}
		if x.keys[i] == k {
			return x.ids[i]
		}
	}
}

// slot is where the probing for k starts. k is not empty.
func (x *vocabIndex) slot(k string) int {
	n := len(k)
	var h uint64
	switch {
	case n >= 8:
		h = le64(k) ^ bits.RotateLeft64(le64(k[n-8:]), 29)
	case n >= 4:
		h = le32(k) | le32(k[n-4:])<<32
	default:
		h = uint64(k[0]) | uint64(k[n/2])<<8 | uint64(k[n-1])<<16
	}
	return int(((h ^ uint64(n)) * 0x9e3779b97f4a7c15) >> x.shift)
}

// le64 and le32 read the first bytes of s as a little-endian number; the
// compiler makes one load of each.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}
