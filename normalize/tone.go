package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSyllable is the longest Vietnamese syllable in letters ("nghiêng").
const maxSyllable = 7

// vowelCode spells the vowels for the cluster table below: a ă â e ê i o ô
// ơ u ư y.
const vowelCode = "awAeEioOWuUy"

// validClusters holds the vowel clusters of Vietnamese syllables, after
// the glide of qu- and gi- is taken as onset, indexed by clusterKey.
var validClusters [1 << 12]bool

// clusterKey packs up to three vowel indices into 12 bits.
func clusterKey(vs []byte) int {
	k := 0
	for _, v := range vs {
		k = k<<4 | int(v+1)
	}
	return k
}

func init() {
	for _, c := range []string{
		"a", "w", "A", "e", "E", "i", "o", "O", "W", "u", "U", "y",
		"ai", "ao", "au", "ay", "Au", "Ay", "eo", "Eu", "ia", "iE", "iu",
		"oa", "ow", "oe", "oi", "Oi", "Wi", "oo", "ua", "uA", "uE", "ui",
		"uO", "uW", "uy", "Ua", "Ui", "UW", "Uu", "yE",
		"iEu", "oai", "oay", "oeo", "uAy", "uOi", "uya", "uyE", "uyu",
		"UWi", "UWu", "yEu",
	} {
		var vs []byte
		for i := 0; i < len(c); i++ {
			vs = append(vs, byte(strings.IndexByte(vowelCode, c[i])))
		}
		validClusters[clusterKey(vs)] = true
	}
}

// validOnset reports whether c (lower case, đ spelled 'D') begins a
// Vietnamese syllable.
func validOnset(c string) bool {
	switch c {
	case "", "b", "c", "ch", "d", "D", "g", "gh", "gi", "h", "k", "kh", "l",
		"m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th",
		"tr", "v", "x":
		return true
	}
	return false
}

func validCoda(c string) bool {
	switch c {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
		return true
	}
	return false
}

// A syllable is a parsed Vietnamese syllable.
type syllable struct {
	runes  [maxSyllable]rune
	info   [maxSyllable]letterInfo
	n      int // letters
	vStart int // first letter of the vowel cluster
	vEnd   int // end of the vowel cluster
	tone   int // the tone
	toneAt int // the letter that carries it, or -1
}

// parseSyllable parses w, a run of NFC letters, as a Vietnamese syllable.
func parseSyllable(w []byte, sy *syllable) bool {
	sy.n, sy.toneAt, sy.tone = 0, -1, 0
	var cons [maxSyllable]byte // the consonants in lower case, đ as 'D'
	for i := 0; i < len(w); {
		if sy.n == maxSyllable {
			return false
		}
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(w[i:])
		}
		i += size
		l := vowelInfo(r)
		switch {
		case l.isVowel():
			if t := l.tone(); t != toneLevel {
				if sy.toneAt >= 0 {
					return false
				}
				sy.toneAt, sy.tone = sy.n, t
			}
		case 'a' <= r && r <= 'z':
			cons[sy.n] = byte(r)
		case 'A' <= r && r <= 'Z':
			cons[sy.n] = byte(r) + 'a' - 'A'
		case r == 'đ' || r == 'Đ':
			cons[sy.n] = 'D'
		default:
			return false
		}
		sy.runes[sy.n], sy.info[sy.n] = r, l
		sy.n++
	}
	// Onset.
	k := 0
	for k < sy.n && !sy.info[k].isVowel() {
		k++
	}
	if k == sy.n {
		return false
	}
	onset := string(cons[:k])
	if onset == "q" && sy.info[k].vowel() == vU && k+1 < sy.n && sy.info[k+1].isVowel() {
		onset, k = "qu", k+1
	} else if onset == "g" && sy.info[k].vowel() == vI && k+1 < sy.n && sy.info[k+1].isVowel() {
		onset, k = "gi", k+1
	}
	if !validOnset(onset) {
		return false
	}
	sy.vStart = k
	key := 0
	for k < sy.n && sy.info[k].isVowel() {
		key = key<<4 | (sy.info[k].vowel() + 1)
		k++
	}
	sy.vEnd = k
	if sy.vEnd-sy.vStart > 3 || !validClusters[key] {
		return false
	}
	return validCoda(string(cons[sy.vEnd:sy.n]))
}

// tonePosition returns the letter of sy that carries the tone in style
// (ToneOld or ToneNew).
func (sy *syllable) tonePosition(style ToneStyle) int {
	a, b := sy.vStart, sy.vEnd
	// A vowel with its own mark takes the tone; of ươ, the ơ.
	pos := -1
	for i := a; i < b; i++ {
		switch sy.info[i].vowel() {
		case vOhorn:
			return i
		case vAbreve, vAcirc, vEcirc, vOcirc, vUhorn:
			if pos < 0 {
				pos = i
			}
		}
	}
	if pos >= 0 {
		return pos
	}
	switch {
	case b-a == 1:
		return a
	case b < sy.n: // a final consonant: the last vowel
		return b - 1
	case b-a == 3:
		return a + 1
	}
	// Two vowels, open syllable: oa, oe and uy differ between styles.
	v1, v2 := sy.info[a].vowel(), sy.info[a+1].vowel()
	if v1 == vO && (v2 == vA || v2 == vE) || v1 == vU && v2 == vY {
		if style == ToneNew {
			return a + 1
		}
	}
	return a
}

// retone appends w, a run of NFC letters, to dst with its tone mark placed
// in style, and reports whether that changed anything. Words that are not
// Vietnamese syllables are left alone.
func retone(dst, w []byte, style ToneStyle) ([]byte, bool) {
	var sy syllable
	if style == ToneKeep || !parseSyllable(w, &sy) || sy.toneAt < 0 {
		return dst, false
	}
	p := sy.tonePosition(style)
	if p == sy.toneAt {
		return dst, false
	}
	for i := 0; i < sy.n; i++ {
		r := sy.runes[i]
		if l := sy.info[i]; l.isVowel() {
			t := toneLevel
			if i == p {
				t = sy.tone
			}
			u := 0
			if l.upper() {
				u = 1
			}
			r = vowelRunes[l.vowel()][t][u]
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, true
}

// retoneClean places the tones of s, which is clean NFC text, in style.
func retoneClean(s string, style ToneStyle) *Text {
	var b builder
	var buf [4 * maxSyllable]byte
	pos := 0
	for i := 0; i < len(s); {
		var p []byte
		var start int
		p, i, start = nextRetone(s, i, style, buf[:0])
		if p == nil {
			continue
		}
		if b.out == nil {
			b.out = make([]byte, 0, len(s)+len(s)/64)
		}
		b.copyOf(s, pos, start)
		b.replace(p, start, i)
		pos = i
	}
	b.copyOf(s, pos, len(s))
	return b.text(s)
}

// nextRetone finds the next word of s from i on whose tone moves in style.
// It returns the re-toned word appended to dst (nil if none was found up
// to the returned offset), the end of the word and its start.
func nextRetone(s string, i int, style ToneStyle, dst []byte) (p []byte, end, start int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && !isASCIILetter(c) {
			i++
			continue
		}
		// A run of letters; only a tone next to another vowel may move.
		j, ascii := i, true
		vowels, toned := 0, false
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					break
				}
				if infoLatin[c] != 0 {
					vowels++
				}
				j++
				continue
			}
			r, n := decodeRune(s, j)
			if l := vowelInfo(r); l != 0 {
				vowels++
				toned = toned || l.tone() != toneLevel
			} else if !isWordRune(r) {
				break
			}
			ascii = false
			j += n
		}
		if j == i { // a non-letter non-ASCII rune
			_, n := decodeRune(s, i)
			i += n
			continue
		}
		if ascii || vowels < 2 || !toned || j-i > 4*maxSyllable {
			i = j
			continue
		}
		// A word starts with a letter, not a combining mark.
		k := i
		for k < j {
			r, n := decodeRune(s, k)
			if r < utf8.RuneSelf || !unicode.Is(unicode.Mn, r) {
				break
			}
			k += n
		}
		var w [4 * maxSyllable]byte
		if p, changed := retone(dst, append(w[:0], s[k:j]...), style); changed {
			return p, j, k
		}
		i = j
	}
	return nil, i, i
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
