package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what sort of token a Token is.
type Kind uint8

const (
	Word   Kind = iota + 1 // a syllable or a word of letters: "Giang", "H'Leo"
	Number                 // digits as written: "2024", "6.123", "13,4", "18/7", "25/10/2021"
	Abbrev                 // an abbreviation joined by dots, slashes or hyphens: "T.Ư", "TP.HCM", "21-KL/TW", "KT-XH"
	Punct                  // one punctuation or symbol character: ",", "(", "–", "%"
)

func (k Kind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Abbrev:
		return "Abbrev"
	case Punct:
		return "Punct"
	}
	return "Kind(?)"
}

// Shape is the letter case of a token.
type Shape uint8

const (
	Other Shape = iota // punctuation and symbols
	Lower              // "giang"
	Title              // "Giang"
	Upper              // "GIANG", "HĐND"
	Digit              // "2024", "18/7"
	Mixed              // "iPhone", "TPHCm", "21-KL/TW"
)

func (s Shape) String() string {
	return [...]string{"Other", "Lower", "Title", "Upper", "Digit", "Mixed"}[s]
}

// A Token is one token of a text, located by byte offsets into that text.
type Token struct {
	Start, End int   // half-open byte span in the tokenized text
	Kind       Kind  // what the token is
	Shape      Shape // its letter case
	// SentenceStart is set on the first non-punctuation token of a sentence:
	// the first of the text, of a line, after ! ? … or a colon, after a
	// dash that follows an upper-case dateline ("BẮC GIANG – Ngày"), and
	// after a period, unless the period closes an abbreviation or an
	// initial ("Tp. Hồ Chí Minh", "PGS. TS", "ông N. Văn B").
	SentenceStart bool
}

// A Tokenizer splits a text into tokens, in the style of an iterator:
//
//	t := normalize.NewTokenizer(text)
//	for t.Next() {
//		tok := t.Token()
//		fmt.Println(text[tok.Start:tok.End])
//	}
//
// It allocates nothing per token. Spaces, invisible characters and invalid
// bytes separate tokens and are never part of one.
type Tokenizer struct {
	s        string
	pos      int
	sentence bool // the next word token starts a sentence
	// ring holds the current token, at cur, and the two before it (prev
	// and prev2), so that moving on copies no token; n counts the tokens
	// so far, up to 3.
	ring [3]Token
	cur  int
	n    int
	// words counts the word tokens of the current sentence; caps is set
	// while all of them are upper case (a dateline, "BẮC GIANG –").
	words int
	caps  bool
}

// NewTokenizer returns a Tokenizer over s.
func NewTokenizer(s string) *Tokenizer {
	t := &Tokenizer{}
	t.Reset(s)
	return t
}

// Reset makes t tokenize s from its start, reusing t.
func (t *Tokenizer) Reset(s string) {
	*t = Tokenizer{s: s, sentence: true}
}

// Token returns the current token. It is valid after Next returned true.
func (t *Tokenizer) Token() Token { return t.ring[t.cur] }

// Start returns the byte offset where the current token starts.
func (t *Tokenizer) Start() int { return t.ring[t.cur].Start }

// End returns the byte offset just after the current token.
func (t *Tokenizer) End() int { return t.ring[t.cur].End }

// Value returns the text of the current token.
func (t *Tokenizer) Value() string { return t.s[t.ring[t.cur].Start:t.ring[t.cur].End] }

// Tokens returns all tokens of s.
func Tokens(s string) []Token {
	return AppendTokens(nil, s)
}

// AppendTokens appends the tokens of s to dst and returns the extended
// slice, so that a caller tagging many texts can reuse one slice.
func AppendTokens(dst []Token, s string) []Token {
	if n := len(s)/5 + 1; cap(dst)-len(dst) < n {
		dst = slices.Grow(dst, n)
	}
	var t Tokenizer
	t.Reset(s)
	for t.Next() {
		dst = append(dst, t.ring[t.cur])
	}
	return dst
}

// Next advances to the next token and reports whether there is one.
func (t *Tokenizer) Next() bool {
	s := t.s
	// Skip separators, and combining marks that follow one.
	for t.pos < len(s) {
		if c := s[t.pos]; c > ' ' && c < 0x7f {
			break
		} else if c == ' ' {
			t.pos++ // the separator of most tokens
			continue
		}
		r, n := decode(s, t.pos)
		if !isSeparator(r) && (r < 0x300 || !unicode.Is(unicode.Mn, r) || !separatorBefore(s, t.pos)) {
			break
		}
		if r == '\n' || r == '\r' || r == '\u2029' {
			t.sentence = true
		}
		t.pos += n
	}
	if t.pos >= len(s) {
		return false
	}
	start := t.pos
	r, n := decode(s, start)
	if t.n < 3 {
		t.n++
	}
	if t.cur++; t.cur == len(t.ring) {
		t.cur = 0
	}
	tok := &t.ring[t.cur]
	switch {
	case isLetter(r) || isDigit(r):
		end, shape, ok := scanWord(s, start)
		if ok {
			*tok = Token{Start: start, End: end, Kind: Word, Shape: shape}
			break
		}
		end, kind := scanCompound(s, start)
		*tok = Token{Start: start, End: end, Kind: kind, Shape: shapeOf(s[start:end], kind)}
	default:
		// Combining marks stay with the character they follow.
		end := start + n
		for end < len(s) && s[end] >= 0xcc {
			r2, n2 := decode(s, end)
			if r2 < 0x300 || !unicode.Is(unicode.Mn, r2) {
				break
			}
			end += n2
		}
		*tok = Token{Start: start, End: end, Kind: Punct}
	}
	t.pos = tok.End
	if tok.Kind != Punct {
		tok.SentenceStart = t.sentence
		t.sentence = false
		if tok.SentenceStart {
			t.words, t.caps = 0, true
		}
		t.words++
		t.caps = t.caps && tok.Shape == Upper
		return true
	}
	switch s[tok.Start:tok.End] {
	case ".":
		if !t.abbrevBefore() {
			t.sentence = true
		}
	case "!", "?", "…", ":":
		t.sentence = true
	case "–", "—", "-":
		// "BẮC GIANG – Ngày 18/7": a dash after an upper-case dateline.
		if t.caps && t.words > 0 && !t.sentence {
			t.sentence = true
		}
	}
	return true
}

// abbrevs are the abbreviations, in lower case, after which a period does
// not end a sentence: titles and unit types before a name.
var abbrevs = [...]string{
	"tp", "tx", "tt", "q", "p", "h", "x", "ts", "gs", "ths", "th.s", "pgs",
	"bs", "ks", "ls", "ncs", "cn", "ks", "kts", "gs.ts", "pgs.ts", "ts.bs",
	"bsck", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "tr", "ng",
}

// isTitleAbbrev reports whether v is one of abbrevs, in any case. An ASCII
// v can only equal, folded, an abbreviation of its length, which spares
// most calls of EqualFold; others ("K" with the Kelvin sign) fold to ASCII
// of another length, and are compared with all.
func isTitleAbbrev(v string) bool {
	ascii := true
	for i := 0; i < len(v); i++ {
		ascii = ascii && v[i] < utf8.RuneSelf
	}
	for _, a := range abbrevs {
		if (!ascii || len(a) == len(v)) && strings.EqualFold(v, a) {
			return true
		}
	}
	return false
}

// abbrevBefore reports whether the period that is the current token
// follows an abbreviation or an initial ("Tp.", "PGS.", "N.") rather than
// ending a sentence.
func (t *Tokenizer) abbrevBefore() bool {
	if t.n < 2 {
		return false
	}
	p := t.ring[(t.cur+2)%3] // the token before the period
	if p.Kind != Word && p.Kind != Abbrev {
		return false
	}
	v := t.s[p.Start:p.End]
	if p.Kind != Number && len(v) <= 6 && isTitleAbbrev(v) {
		return true
	}
	// A one-letter initial: "ông N. Văn B", but not the initial that ends
	// a name ("Nguyễn Văn A. Ông A …") nor one before a new sentence
	// ("gặp ông A. Sau đó …"): a name goes on with two capitalised words.
	if r, n := utf8.DecodeRuneInString(v); p.Kind == Word && n == len(v) && unicode.IsUpper(r) {
		if t.n >= 3 && !p.SentenceStart {
			q := t.ring[(t.cur+1)%3]
			if q.Kind == Word && (q.Shape == Title || q.Shape == Upper) && !q.SentenceStart {
				return false
			}
		}
		s1, e1 := t.peekShape(t.ring[t.cur].End)
		s2, _ := t.peekShape(e1)
		return s1 == Title && (s2 == Title || s2 == Upper)
	}
	return false
}

// peekShape returns the shape and end of the token after offset i, without
// moving t. It returns Other at the end of a line or of the text.
func (t *Tokenizer) peekShape(i int) (Shape, int) {
	s := t.s
	for i < len(s) {
		r, n := decode(s, i)
		if !isSeparator(r) {
			break
		}
		if r == '\n' || r == '\r' {
			return Other, i
		}
		i += n
	}
	if i >= len(s) {
		return Other, i
	}
	r, n := decode(s, i)
	if !isLetter(r) && !isDigit(r) {
		return Other, i + n
	}
	end, kind := scanCompound(s, i)
	return shapeOf(s[i:end], kind), end
}

// separatorBefore reports whether s[:i] is empty or ends in a separator,
// possibly followed by combining marks.
func separatorBefore(s string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.Is(unicode.Mn, r) {
			return isSeparator(r)
		}
		i -= n
	}
	return true
}

// decodeRune is decode.
func decodeRune(s string, i int) (rune, int) { return decode(s, i) }

// decode returns the rune at s[i:], mapping invalid bytes to RuneError of
// width 1.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// The two- and three-byte forms of Vietnamese letters, quickly.
	if 0xc2 <= c && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
		return rune(c&0x1f)<<6 | rune(s[i+1]&0x3f), 2
	}
	if 0xe1 <= c && c <= 0xec && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
		return rune(c&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7f
	}
	if vowelInfo(r) != 0 || r == 'đ' || r == 'Đ' {
		return false
	}
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0, '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', utf8.RuneError:
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

func isLetter(r rune) bool { return isWordRune(r) }

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanCompound scans a token that starts with a letter or digit at s[start:]
// and returns its end and kind.
//
// A run of letters is a word; "H'Leo" keeps its apostrophe. A run of digits
// may continue with . , or / followed by a digit ("6.123", "13,4", "18/7").
// Letter-bearing parts joined by . / - & form an abbreviation when the parts
// look like one: "T.Ư", "TP.HCM", "GS.TS", "21-KL/TW", "KT-XH", "GD&ĐT".
func scanCompound(s string, start int) (int, Kind) {
	end, letters, digits := scanRun(s, start)
	if letters == 0 {
		// A number: join . , / followed by a digit.
		for end < len(s) {
			c := s[end]
			if (c == '.' || c == ',' || c == '/') && end+1 < len(s) && isDigit(rune(s[end+1])) {
				e, l, _ := scanRun(s, end+1)
				if l > 0 {
					break
				}
				end = e
				continue
			}
			break
		}
		// "21-KL/TW": a number joined to an upper-case code is a document code.
		if end < len(s) && s[end] == '-' {
			if e, ok := scanAbbrevTail(s, end, true); ok {
				return e, Abbrev
			}
		}
		return end, Number
	}
	_ = digits
	if end >= len(s) {
		return end, Word
	}
	switch s[end] {
	case '.', '/', '-', '&':
	default:
		return end, Word // nothing joins
	}
	first := s[start:end]
	if e, ok := scanAbbrevTail(s, end, isAbbrevHead(first)); ok {
		return e, Abbrev
	}
	if e := scanHyphenWord(s, end); e > end {
		return e, Word
	}
	return end, Word
}

// scanRun scans letters and digits (and apostrophes between letters).
func scanRun(s string, i int) (end, letters, digits int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				letters++
				i++
				continue
			case '0' <= c && c <= '9':
				digits++
				i++
				continue
			case c != '\'':
				return i, letters, digits
			}
		}
		r, n := decode(s, i)
		switch {
		case isLetter(r):
			letters++
		case isDigit(r):
			digits++
		case isApostrophe(r) && letters > 0 && i+n < len(s):
			// H'Leo, B’Lao: the apostrophe joins when a letter follows.
			r2, _ := decode(s, i+n)
			if !isLetter(r2) {
				return i, letters, digits
			}
		default:
			return i, letters, digits
		}
		i += n
	}
	return i, letters, digits
}

// scanWord is scanCompound and shapeOf in one pass for the most common
// token: a run of letters that nothing joins to what follows. It reports
// false for anything else (a number, a run with digits, an abbreviation or
// a hyphenated word may follow), which Next then scans the slow way. The
// run is scanRun's; each rune counts towards the shape as in shapeOf.
func scanWord(s string, start int) (end int, shape Shape, ok bool) {
	var upper, lower, n int
	letters := 0 // the letters decoded; ASCII ones count in upper and lower
	firstUpper := false
	i := start
	for ; i < len(s); n++ {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				lower++
				i++
				continue
			case 'A' <= c && c <= 'Z':
				upper++
				firstUpper = firstUpper || i == start
				i++
				continue
			case '0' <= c && c <= '9':
				return i, Other, false
			case c != '\'':
				goto done
			}
		}
		{
			r, w := decode(s, i)
			switch {
			case isLetter(r):
				letters++
				if l := vowelInfo(r); l != 0 && l.upper() || l == 0 && unicode.IsUpper(r) {
					upper++
					firstUpper = firstUpper || i == start
				} else if l != 0 || unicode.IsLower(r) {
					lower++
				}
			case isApostrophe(r) && (letters > 0 || upper+lower > 0) && i+w < len(s):
				// H'Leo, B’Lao: the apostrophe joins when a letter follows.
				if r2, _ := decode(s, i+w); !isLetter(r2) {
					goto done
				}
			default:
				goto done
			}
			i += w
		}
	}
done:
	if i < len(s) {
		switch s[i] {
		case '.', '/', '-', '&':
			return i, Other, false
		}
	}
	switch {
	case upper == 0 && lower > 0:
		return i, Lower, true
	case upper > 0 && lower == 0:
		if upper == 1 && n == 1 {
			return i, Title, true
		}
		return i, Upper, true
	case firstUpper && upper == 1:
		return i, Title, true
	}
	return i, Mixed, true
}

// isAbbrevHead reports whether a first part may start a dotted abbreviation:
// short, and starting with a capital.
func isAbbrevHead(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return unicode.IsUpper(r) && utf8.RuneCountInString(p) <= 4
}

// scanAbbrevTail extends an abbreviation over joiners . / - & followed by an
// upper-case part. It returns the new end and whether anything was joined.
func scanAbbrevTail(s string, end int, head bool) (int, bool) {
	joined := false
	for end+1 < len(s) {
		c := s[end]
		if c != '.' && c != '/' && c != '-' && c != '&' {
			break
		}
		e, l, _ := scanRun(s, end+1)
		if e == end+1 {
			break
		}
		part := s[end+1 : e]
		ok := false
		switch c {
		case '.':
			ok = head && l > 0 && isAllUpper(part)
		default:
			ok = l > 0 && isAllUpper(part) && (head || joined || isAllUpper(s[:end][lastPartStart(s, end):]))
		}
		if !ok {
			break
		}
		end = e
		joined = true
	}
	return end, joined
}

// lastPartStart returns the start of the alphanumeric run that ends at end.
func lastPartStart(s string, end int) int {
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isLetter(r) && !isDigit(r) {
			break
		}
		i -= n
	}
	return i
}

// scanHyphenWord joins foreign hyphenated names written without spaces
// ("Sang-sik", "al-Assad") when a letter follows the hyphen.
func scanHyphenWord(s string, end int) int {
	for end+1 < len(s) && s[end] == '-' {
		r, _ := decode(s, end+1)
		if !isLetter(r) {
			break
		}
		e, _, d := scanRun(s, end+1)
		if d > 0 {
			break
		}
		end = e
	}
	return end
}

func isAllUpper(p string) bool {
	upper := false
	for _, r := range p {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper = true
		}
	}
	return upper
}

func shapeOf(p string, k Kind) Shape {
	if k == Punct {
		return Other
	}
	var upper, lower, digit, n int
	firstUpper := false
	// Indexing with decode rather than ranging over p: most tokens are
	// ASCII letters or the two- and three-byte letters decode reads inline.
	for i := 0; i < len(p); n++ {
		if c := p[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				lower++
			case 'A' <= c && c <= 'Z':
				upper++
				if i == 0 {
					firstUpper = true
				}
			case '0' <= c && c <= '9':
				digit++
			}
			i++
			continue
		}
		r, w := decode(p, i)
		if l := vowelInfo(r); l != 0 {
			if l.upper() {
				upper++
				if i == 0 {
					firstUpper = true
				}
			} else {
				lower++
			}
			i += w
			continue
		}
		switch {
		case unicode.IsUpper(r):
			upper++
			if i == 0 {
				firstUpper = true
			}
		case unicode.IsLower(r):
			lower++
		}
		i += w
	}
	switch {
	case upper == 0 && lower == 0 && digit > 0:
		return Digit
	case upper == 0 && lower > 0 && digit == 0:
		return Lower
	case upper > 0 && lower == 0 && digit == 0:
		if upper == 1 && n == 1 {
			return Title
		}
		return Upper
	case firstUpper && upper == 1 && digit == 0:
		return Title
	}
	return Mixed
}
