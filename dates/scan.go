package dates

import (
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
func (p *parser) add(nt normalize.Token) {
	t := tok{start: int32(nt.Start), end: int32(nt.End), kind: nt.Kind, shape: nt.Shape}
	switch nt.Kind {
	case normalize.Number:
		t.splitNumber(p.s[nt.Start:nt.End])
	case normalize.Word, normalize.Abbrev:
		p.lookup(&t)
	}
	p.t = append(p.t, t)
}

// lookup sets the vocabulary id (and the Roman numeral value) of a word.
func (p *parser) lookup(t *tok) {
	v := p.s[t.start:t.end]
	if len(v) > maxKeyLen {
		return
	}
	if t.shape == normalize.Lower && !newStyleEnd(v) {
		t.w = vocab[v] // lower case in the old tone style: the word is its key
	} else {
		p.kb = wordKey(p.kb[:0], v)
		t.w = vocab[string(p.kb)]
	}
	if t.w == wNone && (t.shape == normalize.Upper || t.shape == normalize.Title) {
		t.roman = int16(Roman(v))
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
		_, ok := newToOld[r]
		return ok
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
