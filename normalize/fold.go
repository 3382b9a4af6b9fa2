package normalize

import (
	"unicode"
	"unicode/utf8"
)

// Fold returns the lookup key of s: lower case, with tones and all other
// diacritics removed and đ written d. "Lạng Giang" folds to "lang giang".
// Combining marks (NFD input) are dropped; other runes are lower-cased;
// each invalid byte becomes U+FFFD.
func Fold(s string) string {
	// Fast path: ASCII without capitals folds to itself.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return string(AppendFold(make([]byte, 0, len(s)), s))
		}
	}
	return s
}

// AppendFold appends the folded form of s (see Fold) to dst and returns the
// extended slice.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, lowerASCII(c))
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w <= 1:
			dst = append(dst, "\uFFFD"...)
		case foldLetter(r) != 0:
			dst = append(dst, foldLetter(r))
		case 0x300 <= r && r < 0x370 || unicode.Is(unicode.Mn, r):
			// a combining tone or vowel mark of NFD text: dropped
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += w
	}
	return dst
}

// Key returns a comparison key that keeps diacritics but ignores case,
// Unicode form, invisible debris and tone-mark style:
// Key("Thanh Hoá") == Key("thanh hóa") == "thanh hoá". Tone marks go where
// the new style puts them.
func Key(s string) string {
	return string(AppendKey(nil, s))
}

// keyNormalizer places tones in the new style for Key.
var keyNormalizer = New(Options{Tone: ToneNew})

// AppendKey appends Key(s) to dst and returns the extended slice.
func AppendKey(dst []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return AppendLower(dst, s)
	}
	if !isClean(s) {
		return AppendLower(dst, keyNormalizer.String(s).Norm)
	}
	return AppendCleanKey(dst, s)
}

// AppendCleanKey is AppendKey for text that a Normalizer has already
// cleaned (the Norm of a Text, or a slice of it such as a token): it skips
// the check that AppendKey makes, and allocates nothing. On text that is
// not clean its key may differ from Key's.
func AppendCleanKey(dst []byte, s string) []byte {
	// Only a word with two vowels or more and a tone mark may move its
	// tone; most tokens have none, and are only lowered, in the same pass
	// that looks for them.
	base := len(dst)
	vowels, toned, word := 0, false, true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if infoLatin[c] != 0 {
				vowels++
			}
			word = word && isASCIILetter(c)
			dst = append(dst, lowerASCII(c))
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		r, l := lowerRune(r)
		if l != 0 {
			vowels++
			toned = toned || l.tone() != toneLevel
		}
		dst = utf8.AppendRune(dst, r)
		i += w
	}
	if vowels < 2 || !toned {
		return dst
	}
	if word && len(dst)-base <= 4*maxSyllable {
		// One word, a token: re-tone its lowered letters in place.
		var w [4 * maxSyllable]byte
		if out, changed := retone(dst[:base], append(w[:0], dst[base:]...), ToneNew); changed {
			return out
		}
		return dst
	}
	dst = dst[:base]
	// Re-tone word by word into dst.
	var buf [4 * maxSyllable]byte
	pos := 0
	for i := 0; i < len(s); {
		var p []byte
		var start int
		p, i, start = nextRetone(s, i, ToneNew, buf[:0])
		if p == nil {
			continue
		}
		dst = AppendLower(dst, s[pos:start])
		dst = AppendLower(dst, string(p))
		pos = i
	}
	return AppendLower(dst, s[pos:])
}

// AppendLower appends s in lower case to dst and returns the extended
// slice; unlike strings.ToLower it allocates nothing of its own. An invalid
// byte becomes U+FFFD.
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, lowerASCII(c))
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		r, _ = lowerRune(r)
		dst = utf8.AppendRune(dst, r)
		i += w
	}
	return dst
}

// lowerASCII returns the ASCII byte c in lower case.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// lowerRune returns r in lower case, with what it is as a vowel (zero for
// any other rune), so that a caller can count vowels and tones in the
// same pass.
func lowerRune(r rune) (rune, letterInfo) {
	l := vowelInfo(r)
	switch {
	case l.upper():
		return vowelRunes[l.vowel()][l.tone()][0], l
	case l != 0:
		return r, l
	}
	return unicode.ToLower(r), l
}
