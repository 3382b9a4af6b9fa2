package dates

import (
	"unicode"
	"unicode/utf8"

	"github.com/vntag/vntag/normalize"
)

// scan splits p.s into tokens. It follows normalize.Tokenizer's units for
// words and numbers (a number joins . , / followed by a digit: "6.123",
// "18/7/2024") but is leaner: the finder only needs words, numbers and
// single punctuation marks, and must stay fast on megabytes of news.
// Codes such as "21-KL/TW" come out as their parts, which the rules
// recognise by the touching "-" or "/".
func (p *parser) scan() {
	s := p.s
	if want := len(s)/5 + 16; cap(p.t) < want {
		p.t = make([]tok, 0, want)
	}
	p.t = p.t[:0]
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c <= ' ' || c == 0x7f:
				i++
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				i = p.scanWord(i)
			default:
				p.t = append(p.t, tok{start: int32(i), end: int32(i + 1), kind: normalize.Punct})
				i++
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1, isSpaceRune(r):
			i += w
		case isLetterRune(r):
			i = p.scanWord(i)
		default:
			p.t = append(p.t, tok{start: int32(i), end: int32(i + w), kind: normalize.Punct})
			i += w
		}
	}
}

func isSpaceRune(r rune) bool {
	switch {
	case r == 0xa0 || r == 0xad || r == 0xfeff || r == 0x3000 || r == 0x85:
		return true
	case r >= 0x2000 && r <= 0x200f, r >= 0x2028 && r <= 0x202f, r >= 0x205f && r <= 0x2064:
		return true
	}
	return false
}

func isLetterRune(r rune) bool {
	switch {
	case r >= 0xc0 && r <= 0x24f:
		return r != 0xd7 && r != 0xf7
	case r >= 0x1e00 && r <= 0x1eff, r >= 0x300 && r <= 0x36f:
		return true
	case r < 0xc0:
		return false
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// scanRun scans letters, digits and apostrophes between letters from i.
func (p *parser) scanRun(i int, st *runStats) int {
	s := p.s
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				st.lower++
			case 'A' <= c && c <= 'Z':
				st.upper++
				if st.n == 0 {
					st.firstUpper = true
				}
			case '0' <= c && c <= '9':
				st.digit++
			case c == '\'' && st.lower+st.upper > 0 && i+1 < len(s) && isASCIILetter(s[i+1]):
			default:
				return i
			}
			st.n++
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isLetterRune(r) {
			if r == '’' && st.lower+st.upper > 0 && i+w < len(s) && isASCIILetter(s[i+w]) {
				i += w
				continue
			}
			return i
		}
		switch caseOf(r) {
		case 'U':
			st.upper++
			if st.n == 0 {
				st.firstUpper = true
			}
		case 'l':
			st.lower++
		}
		st.n++
		i += w
	}
	return i
}

// caseOf returns 'U' for an upper-case letter, 'l' for a lower-case one and
// 0 for a combining mark, with fast paths for the Vietnamese letters.
func caseOf(r rune) byte {
	switch {
	case r >= 0x1ea0 && r <= 0x1ef9:
		if r%2 == 0 {
			return 'U'
		}
		return 'l'
	case r >= 0xc0 && r <= 0xde:
		return 'U'
	case r >= 0xdf && r <= 0xff:
		return 'l'
	case r == 0x1a0 || r == 0x1af:
		return 'U'
	case r == 0x1a1 || r == 0x1b0:
		return 'l'
	case r >= 0x100 && r <= 0x17f:
		if r%2 == 0 {
			return 'U'
		}
		return 'l'
	case r >= 0x300 && r <= 0x36f:
		return 0
	case unicode.IsUpper(r):
		return 'U'
	case unicode.Is(unicode.Mn, r):
		return 0
	}
	return 'l'
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

type runStats struct {
	n, lower, upper, digit int
	firstUpper             bool
}

func (p *parser) scanWord(start int) int {
	var st runStats
	end := p.scanRun(start, &st)
	t := tok{start: int32(start), kind: normalize.Word}
	s := p.s
	if st.lower+st.upper == 0 {
		t.kind = normalize.Number
		for end+1 < len(s) {
			c := s[end]
			if (c == '.' || c == ',' || c == '/') && '0' <= s[end+1] && s[end+1] <= '9' {
				var st2 runStats
				e := p.scanRun(end+1, &st2)
				if st2.lower+st2.upper > 0 {
					break
				}
				end = e
				continue
			}
			break
		}
		t.end = int32(end)
		t.shape = normalize.Digit
		t.splitNumber(s[start:end])
		p.t = append(p.t, t)
		return end
	}
	t.end = int32(end)
	switch {
	case st.digit == 0 && st.upper == 0:
		t.shape = normalize.Lower
	case st.digit == 0 && st.lower == 0:
		t.shape = normalize.Upper
		if st.upper == 1 {
			t.shape = normalize.Title
		}
	case st.digit == 0 && st.firstUpper && st.upper == 1:
		t.shape = normalize.Title
	default:
		t.shape = normalize.Mixed
	}
	v := s[start:end]
	if len(v) <= 12 {
		if t.shape == normalize.Lower && !newStyleEnd(v) {
			t.w = vocab[v] // lower case in the old tone style: the word is its key
		} else {
			p.kb = wordKey(p.kb[:0], v)
			t.w = vocab[string(p.kb)]
		}
		if t.w == wNone && (t.shape == normalize.Upper || t.shape == normalize.Title) {
			t.roman = int16(romanValue(v))
		}
	}
	p.t = append(p.t, t)
	return end
}

// newStyleEnd reports whether a word ends in a vowel that may carry a
// new-style tone mark (hoà, khoẻ, thuỷ), which wordKey moves.
func newStyleEnd(v string) bool {
	r, _ := utf8.DecodeLastRuneInString(v)
	_, ok := newToOld[r]
	return ok
}
