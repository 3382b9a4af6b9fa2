package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ToneStyle says where a tone mark goes on the syllables whose placement
// varies (oa, oe, uy): the old style "hòa", "thủy" or the new style "hoà",
// "thuỷ".
type ToneStyle uint8

const (
	ToneKeep ToneStyle = iota // leave tone marks where the text has them
	ToneOld                   // hòa, khỏe, thủy
	ToneNew                   // hoà, khoẻ, thuỷ
)

// String returns "keep", "old" or "new".
func (s ToneStyle) String() string {
	switch s {
	case ToneOld:
		return "old"
	case ToneNew:
		return "new"
	}
	return "keep"
}

// Options configure a Normalizer. The zero value composes to NFC, cleans
// invisible debris and keeps tone marks where they are.
type Options struct {
	// Tone is where tone marks go. With ToneOld or ToneNew every
	// Vietnamese syllable gets its tone mark on the vowel the style
	// prescribes, which also mends misplaced marks ("hóan" → "hoán").
	// Words that are not Vietnamese syllables are never changed.
	Tone ToneStyle
}

// A Normalizer turns text into clean NFC text with an offset map back to the
// input. It is immutable and safe for concurrent use.
type Normalizer struct {
	opts Options
}

// New returns a Normalizer with the given options.
func New(opts Options) *Normalizer { return &Normalizer{opts: opts} }

// Text is a normalised text together with the original it came from. Its
// offset map holds 32-bit offsets: texts are limited to 2 GiB.
type Text struct {
	Orig string // the caller's bytes, untouched
	Norm string // the normalised text

	// edits maps Norm to Orig when mapped is set; otherwise Norm == Orig.
	edits  offsetMap
	mapped bool
}

// Normalize normalises s with the zero Options.
func Normalize(s string) *Text { return (&Normalizer{}).String(s) }

// String normalises s:
//
//   - the text is composed to NFC;
//   - invalid UTF-8 bytes become U+FFFD, each mapped to the byte it replaces;
//   - NUL, other control characters except tab, CR and LF, and the Unicode
//     spaces (no-break, thin, ideographic …) become an ASCII space;
//   - zero-width spaces and joiners, word joiners, soft hyphens, byte order
//     marks and bidirectional controls are removed (a zero-width joiner is
//     kept between emoji);
//   - a run of spaces becomes one space; tabs and line breaks are kept;
//   - the look-alike eth Ð ð becomes Đ đ;
//   - with Options.Tone, tone marks move to the chosen style.
//
// Text that is already clean is returned without copying. Every byte of the
// result maps back to s through OrigSpan and OrigOffset; a re-toned
// syllable maps to its whole original syllable.
func (n *Normalizer) String(s string) *Text {
	if isClean(s) {
		if n.opts.Tone == ToneKeep {
			return &Text{Orig: s, Norm: s}
		}
		return retoneClean(s, n.opts.Tone)
	}
	t := build(s)
	if n.opts.Tone != ToneKeep {
		t = compose(t, retoneClean(t.Norm, n.opts.Tone))
	}
	return t
}

// Bytes is String for a byte slice; Text.Orig is string(b).
func (n *Normalizer) Bytes(b []byte) *Text { return n.String(string(b)) }

// normState is the state of one run of the normaliser.
type normState struct {
	builder
	s   string
	tmp []byte
}

// build cleans s and composes it to NFC.
func build(s string) *Text {
	st := &normState{s: s}
	st.out = make([]byte, 0, len(s)+len(s)/16+4)
	// Combining marks U+0300..U+033F start with 0xCC; NFD text has an
	// edit for about each of them.
	st.m.edits = make(offsetMap, 0, strings.Count(s, "\xcc")+len(s)/64+16)
	i := 0
	for i < len(s) {
		if j := st.cleanRun(i); j > i {
			st.copyOf(s, i, j)
			i = j
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
			i = st.ascii(i)
			continue
		}
		i = st.cluster(i)
	}
	return st.text(s)
}

// cleanRun returns the end of the run of characters from s[i] on that need
// no change, as isClean sees them. The run stops short of a character that
// a combining mark (or an invisible character) follows.
func (st *normState) cleanRun(i int) int {
	s := st.s
	j := i
	last := i // start of the last character of the run
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiDirty[c] {
				if c != ' ' {
					break
				}
				if j > i && s[j-1] == ' ' || j == i && len(st.out) > 0 && st.out[len(st.out)-1] == ' ' {
					break
				}
			}
			last = j
			j++
			continue
		}
		r, w := decodeRune(s, j)
		if vowelInfo(r) == 0 {
			if !nfcStable(r) {
				break
			}
			if rep, drop := cleanRune(r); drop || rep != r {
				break
			}
		}
		last = j
		j += w
	}
	if j < len(s) && s[j] >= utf8.RuneSelf && j > i {
		j = last
	}
	return j
}

// ascii handles the ASCII byte at s[i], which no combining mark follows.
func (st *normState) ascii(i int) int {
	s := st.s
	c := s[i]
	if c == ' ' || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
		if len(st.out) > 0 && st.out[len(st.out)-1] == ' ' {
			return i + 1 // a run of spaces
		}
		if c == ' ' {
			st.copyOf(s, i, i+1)
		} else {
			st.replaceString(" ", i, i+1)
		}
		return i + 1
	}
	st.copyOf(s, i, i+1)
	return i + 1
}

// cluster handles the character at s[i] with the combining marks after it.
func (st *normState) cluster(i int) int {
	s := st.s
	r, w := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && w <= 1 {
		st.replaceString("\uFFFD", i, i+1)
		return i + 1
	}
	if l := vowelInfo(r); l != 0 && i+w+1 < len(s) && s[i+w] == 0xcc {
		if r2, j, ok := composeVowel(s, i+w, l); ok {
			st.replaceRune(r2, i, j)
			return j
		}
	}
	rep, drop := st.cleanRune(r, i, w)
	if drop {
		return i + w
	}
	if rep != r {
		if rep == ' ' && len(st.out) > 0 && st.out[len(st.out)-1] == ' ' {
			return i + w
		}
		st.replaceRune(rep, i, i+w)
		return i + w
	}
	// Gather the characters that compose with r.
	j := i + w
	simple := true // s[i:j] holds the cluster without dropped characters
	letter := isWordRune(r)
	for j < len(s) {
		if boundaryBefore(s, j) {
			if !letter {
				break
			}
			// Removable characters between r and a combining mark go.
			k := j
			for k < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[k:])
				if r2 == utf8.RuneError && w2 <= 1 {
					break
				}
				if _, drop := st.cleanRune(r2, k, w2); !drop {
					break
				}
				k += w2
			}
			if k == j || k == len(s) || boundaryBefore(s, k) {
				break
			}
			simple = false
			j = k
			continue
		}
		_, w2 := utf8.DecodeRuneInString(s[j:])
		j += w2
	}
	if j == i+1 && r == ' ' && len(st.out) > 0 && st.out[len(st.out)-1] == ' ' {
		return j // a run of spaces
	}
	if j == i+w && (vowelInfo(r) != 0 || nfcStable(r)) {
		st.copyOf(s, i, j)
		return j
	}
	st.tmp = st.tmp[:0]
	if simple {
		st.tmp = appendNFC(st.tmp, s[i:j])
	} else {
		var raw []byte
		for k := i; k < j; {
			r2, w2 := utf8.DecodeRuneInString(s[k:])
			if _, drop := st.cleanRune(r2, k, w2); !drop {
				raw = append(raw, s[k:k+w2]...)
			}
			k += w2
		}
		st.tmp = norm.NFC.Append(st.tmp, raw...)
	}
	if simple && string(st.tmp) == s[i:j] {
		st.copyOf(s, i, j)
	} else {
		st.replace(st.tmp, i, j)
	}
	return j
}

// boundaryBefore reports whether the character at s[j] starts a new
// cluster: it composes with nothing before it.
func boundaryBefore(s string, j int) bool {
	c := s[j]
	if c < utf8.RuneSelf {
		return true
	}
	r, w := utf8.DecodeRuneInString(s[j:])
	if r == utf8.RuneError && w <= 1 {
		return true
	}
	if vowelInfo(r) != 0 || r == 'đ' || r == 'Đ' {
		return true
	}
	switch r {
	case '\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031b', '\u0323':
		return false // the marks of Vietnamese
	}
	return norm.NFC.PropertiesString(s[j:]).BoundaryBefore()
}

// cleanRune returns the replacement for r, at s[i:i+w], or drop when r is
// removed.
func (st *normState) cleanRune(r rune, i, w int) (rep rune, drop bool) {
	if r < utf8.RuneSelf {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return ' ', false
		}
		return r, false
	}
	switch {
	case r == '\u200d':
		// A zero-width joiner between emoji is part of a sequence.
		if i > 0 && i+w < len(st.s) {
			p, _ := utf8.DecodeLastRuneInString(st.s[:i])
			q, _ := utf8.DecodeRuneInString(st.s[i+w:])
			if isEmojiPart(p) && isEmojiPart(q) {
				return r, false
			}
		}
		return 0, true
	case r >= 0x80 && r < 0xa0:
		return ' ', false
	}
	return cleanRune(r)
}

// isEmojiPart reports whether r may stand on either side of a zero-width
// joiner in an emoji sequence.
func isEmojiPart(r rune) bool {
	return r != utf8.RuneError && r >= 0x2000 && (r == '\ufe0f' || unicode.In(r, unicode.So, unicode.Sk))
}

// cleanRune returns the replacement for r, or drop when r is removed.
func cleanRune(r rune) (rep rune, drop bool) {
	if r < utf8.RuneSelf {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return ' ', false
		}
		return r, false
	}
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e',
		'\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
		'\u2066', '\u2067', '\u2068', '\u2069', '\u2061', '\u2062', '\u2063', '\u2064':
		return 0, true
	case '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000':
		return ' ', false
	case 'Ð':
		return 'Đ', false
	case 'ð':
		return 'đ', false
	}
	if '\u2000' <= r && r <= '\u200a' || 0x80 <= r && r < 0xa0 {
		return ' ', false
	}
	return r, false
}

// isWordRune reports whether r belongs to a word: a letter or a combining
// mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if vowelInfo(r) != 0 || r == 'đ' || r == 'Đ' {
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// isClean reports whether s is already normalised: valid NFC UTF-8 with
// nothing to clean.
func isClean(s string) bool {
	// A space String changes is one after a space. Finding two with
	// strings.Contains (vector instructions) keeps the test of every
	// fifth byte, a space, out of the loop, where it was mispredicted.
	if strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiControl[c] {
				return false
			}
			i++
			continue
		}
		// Four in ten bytes of news are Vietnamese letters of two bytes
		// (U+00C0..U+023F, lead bytes C3..C8) or three (U+1E00..U+1EFF,
		// E1 B8..BB): NFC, composing with nothing before them, and left
		// alone by cleanRune but for Ð and ð (C3 90, C3 B0).
		if 0xc3 <= c && c <= 0xc8 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 && (c != 0xc3 || s[i+1] != 0x90 && s[i+1] != 0xb0) {
			i += 2
			continue
		}
		if c == 0xe1 && i+2 < len(s) && 0xb8 <= s[i+1] && s[i+1] <= 0xbb && s[i+2]&0xc0 == 0x80 {
			i += 3
			continue
		}
		r, w := decode(s, i)
		i += w
		if vowelInfo(r) != 0 || r == 'đ' || r == 'Đ' {
			continue
		}
		if r == utf8.RuneError && w <= 1 {
			return false
		}
		if rep, drop := cleanRune(r); drop || rep != r {
			return false
		}
		if nfcStable(r) {
			continue
		}
		// A string of characters that each are NFC and combine with
		// nothing before them is NFC.
		if !norm.NFC.PropertiesString(s[i-w:]).BoundaryBefore() || !norm.NFC.IsNormalString(s[i-w:i]) {
			return false
		}
	}
	return true
}

// nfcStable reports whether r is one of the common letters and punctuation
// marks that are NFC and compose with nothing before them.
func nfcStable(r rune) bool {
	return 0xa0 <= r && r < 0x250 || 0x2010 <= r && r < 0x205f || 0x20a0 <= r && r < 0x20d0 || 0x1e00 <= r && r < 0x1f00
}

// asciiControl is asciiDirty without the space.
var asciiControl = func() (t [utf8.RuneSelf]bool) {
	t = asciiDirty
	t[' '] = false
	return t
}()

// asciiDirty marks the ASCII bytes String may change: control characters
// other than tab and line breaks, and the space (when it repeats).
var asciiDirty = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f || c == ' '
	}
	return t
}()

// composeVowel composes the vowel l with the Vietnamese combining marks
// from s[j:] on, in the order NFC allows. It reports false when something
// else follows or the marks do not compose into one letter.
func composeVowel(s string, j int, l letterInfo) (rune, int, bool) {
	v, t := l.vowel(), l.tone()
	seenTone := t != toneLevel && t != toneDot
	for j+1 < len(s) && s[j] == 0xcc {
		switch s[j+1] {
		case 0x86: // breve
			if v != vA || seenTone {
				return 0, 0, false
			}
			v = vAbreve
		case 0x82: // circumflex
			switch {
			case seenTone:
				return 0, 0, false
			case v == vA:
				v = vAcirc
			case v == vE:
				v = vEcirc
			case v == vO:
				v = vOcirc
			default:
				return 0, 0, false
			}
		case 0x9b: // horn
			switch v {
			case vO:
				v = vOhorn
			case vU:
				v = vUhorn
			default:
				return 0, 0, false
			}
		case 0x80, 0x81, 0x83, 0x89, 0xa3:
			if t != toneLevel {
				return 0, 0, false
			}
			switch s[j+1] {
			case 0x80:
				t = toneGrave
			case 0x81:
				t = toneAcute
			case 0x83:
				t = toneTilde
			case 0x89:
				t = toneHook
			case 0xa3:
				t = toneDot
			}
			seenTone = t != toneDot
		default:
			return 0, 0, false
		}
		j += 2
	}
	if j < len(s) && s[j] >= utf8.RuneSelf {
		if !boundaryBefore(s, j) {
			return 0, 0, false
		}
		// A removable character may hide more marks: the slow path.
		if r, _ := utf8.DecodeRuneInString(s[j:]); r != utf8.RuneError {
			if _, drop := cleanRune(r); drop {
				return 0, 0, false
			}
		}
	}
	u := 0
	if l.upper() {
		u = 1
	}
	return vowelRunes[v][t][u], j, true
}

// appendNFC appends the NFC form of the cluster c. Vietnamese letters are
// composed from a table; anything else goes through package norm.
func appendNFC(dst []byte, c string) []byte {
	r, w := utf8.DecodeRuneInString(c)
	l := vowelInfo(r)
	if !l.isVowel() {
		return norm.NFC.AppendString(dst, c)
	}
	v, t := l.vowel(), l.tone()
	// A tone above blocks a later breve or circumflex (both have class 230).
	seenTone := t != toneLevel && t != toneDot
	for _, m := range c[w:] {
		switch m {
		case '\u0306':
			if v != vA || seenTone {
				return norm.NFC.AppendString(dst, c)
			}
			v = vAbreve
		case '\u0302':
			switch {
			case seenTone:
				return norm.NFC.AppendString(dst, c)
			case v == vA:
				v = vAcirc
			case v == vE:
				v = vEcirc
			case v == vO:
				v = vOcirc
			default:
				return norm.NFC.AppendString(dst, c)
			}
		case '\u031b':
			switch v {
			case vO:
				v = vOhorn
			case vU:
				v = vUhorn
			default:
				return norm.NFC.AppendString(dst, c)
			}
		default:
			nt := -1
			for k, tm := range toneMarks {
				if k > 0 && tm == m {
					nt = k
				}
			}
			if nt < 0 || t != toneLevel {
				return norm.NFC.AppendString(dst, c)
			}
			t = nt
			if m != '\u0323' {
				seenTone = true // a later breve or circumflex is blocked
			}
		}
	}
	u := 0
	if l.upper() {
		u = 1
	}
	return utf8.AppendRune(dst, vowelRunes[v][t][u])
}
