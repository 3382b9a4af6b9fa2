package normalize

import (
	"unicode/utf8"
)

// Detect guesses the encoding of b and returns it with a confidence
// between 0 and 1.
//
// Valid UTF-8 is always UTF8: plain ASCII and Unicode Vietnamese are never
// taken for a legacy encoding. ASCII is VIQR only when many of its words
// carry VIQR marks that make Vietnamese syllables ("Vie^.t", "ngu+o+`i").
// Other bytes are decoded in each 8-bit encoding and the one whose words
// are most often Vietnamese syllables wins; the confidence falls when a
// second encoding reads the text almost as well. Text that reads as
// Vietnamese in none of them is reported as UTF8 with confidence 0. Past
// the UTF-8 check, Detect reads only the first 64 KiB.
func Detect(b []byte) (Encoding, float64) {
	if utf8.Valid(b) {
		for _, c := range b {
			if c >= utf8.RuneSelf {
				return UTF8, 1
			}
		}
		if conf := viqrEvidence(b[:min(len(b), detectSample)]); conf > 0 {
			return VIQR, conf
		}
		return UTF8, 1
	}
	if len(b) > detectSample {
		b = b[:detectSample]
	}
	s := string(b)
	best, second := 0.0, 0.0
	enc := UTF8
	for _, e := range []Encoding{TCVN3, VNI, VISCII, CP1258} {
		sc := legacyScore(s, e)
		switch {
		case sc > best:
			best, second, enc = sc, best, e
		case sc > second:
			second = sc
		}
	}
	if best == 0 {
		return UTF8, 0
	}
	conf := best - second/2
	if conf < 0 {
		conf = 0
	}
	return enc, conf
}

// detectSample is how much of its input Detect reads past the UTF-8 check.
const detectSample = 64 << 10

// legacyScore decodes s from e and returns the share of its words with
// non-ASCII bytes that read as Vietnamese syllables.
func legacyScore(s string, e Encoding) float64 {
	var raw *Text
	switch e {
	case VNI:
		raw = decodeVNI(s)
	default:
		raw = decodeSingle(s, byteTable(e))
	}
	t := Normalize(raw.Norm)
	words, good := 0, 0
	var sy syllable
	norm := t.Norm
	for i := 0; i < len(norm); {
		r, w := utf8.DecodeRuneInString(norm[i:])
		if !isWordRune(r) {
			i += w
			continue
		}
		j := i
		ascii := true
		for j < len(norm) {
			r, w := utf8.DecodeRuneInString(norm[j:])
			if !isWordRune(r) {
				break
			}
			if r >= utf8.RuneSelf {
				ascii = false
			}
			j += w
		}
		// A word touching a non-letter non-ASCII rune counts against.
		if j < len(norm) && norm[j] >= utf8.RuneSelf && !ascii {
			words++
		} else if !ascii {
			words++
			if parseSyllable([]byte(norm[i:j]), &sy) {
				good++
			}
		}
		i = j
	}
	if words == 0 {
		return 0
	}
	return float64(good) / float64(words)
}

// viqrEvidence returns a confidence that ASCII text b is VIQR, or 0.
func viqrEvidence(b []byte) float64 {
	s := string(b)
	words, marked := 0, 0
	var units []viqrUnit
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		start := i
		units, i = viqrWord(s, i, units[:0])
		words++
		strong := false
		for _, u := range units {
			if u.vowelMarks || u.r == 'đ' || u.r == 'Đ' {
				strong = true
			}
			if u.toneByte {
				switch s[u.to-1] {
				case '`', '~':
					strong = true
				default:
					// ' . ? count inside a word only.
					if u.to < i {
						strong = true
					}
				}
			}
		}
		if strong && viqrValid(units) && i > start {
			marked++
		}
	}
	if marked < 2 || marked*10 < words {
		return 0
	}
	conf := float64(marked) / float64(words) * 2
	if conf > 1 {
		conf = 1
	}
	return conf
}
