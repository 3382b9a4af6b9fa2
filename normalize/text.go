package normalize

import (
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

// Options configure a Normalizer. The zero value composes to NFC, cleans
// invisible debris and keeps tone marks where they are.
type Options struct {
	Tone ToneStyle
}

// A Normalizer turns text into clean NFC text with an offset map back to the
// input. It is immutable and safe for concurrent use.
type Normalizer struct {
	opts Options
}

// New returns a Normalizer with the given options.
func New(opts Options) *Normalizer { return &Normalizer{opts: opts} }

// Text is a normalised text together with the original it came from.
type Text struct {
	Orig string // the caller's bytes, untouched
	Norm string // the normalised text
	// starts[i] and ends[i] are the original span that produced output
	// byte i. Both are nil when Norm == Orig (the fast path).
	starts, ends []int32
}

// Normalize normalises s with the zero Options.
func Normalize(s string) *Text { return (&Normalizer{}).String(s) }

// String normalises s.
//
// Invalid UTF-8 bytes become U+FFFD, each mapped to the byte it replaces.
// NUL and other control characters except tab and newlines become spaces, so
// no text shifts; zero-width characters, soft hyphens and BOMs are removed.
func (n *Normalizer) String(s string) *Text {
	if isClean(s) {
		return &Text{Orig: s, Norm: s}
	}
	out := make([]byte, 0, len(s)+8)
	starts := make([]int32, 0, len(s)+8)
	ends := make([]int32, 0, len(s)+8)
	emit := func(b []byte, from, to int) {
		out = append(out, b...)
		for range b {
			starts = append(starts, int32(from))
			ends = append(ends, int32(to))
		}
	}
	var buf [64]byte
	i := 0
	for i < len(s) {
		// A cluster is one starter and the combining marks after it.
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w <= 1 {
			emit([]byte("\uFFFD"), i, i+1)
			i++
			continue
		}
		if rep, drop := cleanRune(r); drop {
			i += w
			continue
		} else if rep != r {
			emit(utf8.AppendRune(buf[:0], rep), i, i+w)
			i += w
			continue
		}
		j := i + w
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if r2 == utf8.RuneError && w2 <= 1 || norm.NFC.PropertiesString(s[j:]).CCC() == 0 {
				break
			}
			j += w2
		}
		emit(norm.NFC.AppendString(buf[:0], s[i:j]), i, j)
		i = j
	}
	return &Text{Orig: s, Norm: string(out), starts: starts, ends: ends}
}

// cleanRune returns the replacement for r, or drop when r is removed.
func cleanRune(r rune) (rep rune, drop bool) {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return 0, true
	case '\u00a0', '\u2007', '\u202f', 0:
		return ' ', false
	case 'Ð':
		return 'Đ', false
	case 'ð':
		return 'đ', false
	}
	if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
		return ' ', false
	}
	return r, false
}

// isClean reports whether s is already normalised: valid NFC UTF-8 with
// nothing to clean.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
		if c >= utf8.RuneSelf {
			// Leave the careful check to the slow path.
			r, w := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && w <= 1 {
				return false
			}
			if rep, drop := cleanRune(r); drop || rep != r {
				return false
			}
			i += w - 1
		}
	}
	return norm.NFC.IsNormalString(s)
}

// OrigSpan maps the half-open span [start, end) of t.Norm to the span of
// t.Orig that produced it.
func (t *Text) OrigSpan(start, end int) (int, int) {
	if t.starts == nil {
		return start, end
	}
	if start >= len(t.starts) {
		return len(t.Orig), len(t.Orig)
	}
	if end <= start {
		o := int(t.starts[start])
		return o, o
	}
	return int(t.starts[start]), int(t.ends[end-1])
}

// OrigOffset maps a byte offset of t.Norm to the offset of t.Orig where the
// text at that offset starts. len(t.Norm) maps to len(t.Orig).
func (t *Text) OrigOffset(i int) int {
	if t.starts == nil {
		return i
	}
	if i >= len(t.starts) {
		return len(t.Orig)
	}
	return int(t.starts[i])
}
