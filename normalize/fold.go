package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTable maps every precomposed Latin letter with diacritics to its
// lower-case base letter. It is built once from the Unicode decompositions so
// that it covers all 134 Vietnamese letters and their capitals, NFD or not.
var foldTable = func() map[rune]byte {
	m := make(map[rune]byte, 512)
	for r := rune(0xC0); r < 0x2000; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		d := norm.NFD.String(string(r))
		b, _ := utf8.DecodeRuneInString(d)
		b = unicode.ToLower(b)
		if b < utf8.RuneSelf && 'a' <= b && b <= 'z' && d != string(r) {
			m[r] = byte(b)
		}
	}
	m['đ'], m['Đ'] = 'd', 'd'
	m['Ð'], m['ð'] = 'd', 'd' // look-alike eth used for Đ in some data
	return m
}()

// Fold returns the lookup key of s: lower case, with tones and all other
// diacritics removed and đ written d. "Lạng Giang" folds to "lang giang".
// Combining marks (NFD input) are dropped; other runes are lower-cased.
func Fold(s string) string {
	// Fast path: ASCII without capitals folds to itself.
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

// AppendFold appends the folded form of s (see Fold) to dst and returns the
// extended slice.
func AppendFold(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case unicode.Is(unicode.Mn, r):
			// a combining tone or vowel mark of NFD text: dropped
		default:
			if b, ok := foldTable[r]; ok {
				dst = append(dst, b)
			} else {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
	}
	return dst
}

// Key returns a comparison key that keeps diacritics but ignores case,
// Unicode form and tone-mark style: Key("Thanh Hoá") == Key("thanh hóa").
func Key(s string) string {
	// TODO(normalize): move tone marks to one style once tone.go lands.
	return string(norm.NFC.AppendString(nil, toLower(s)))
}

func toLower(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}
