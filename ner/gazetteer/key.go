package gazetteer

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vntag/vntag/normalize"
	"golang.org/x/text/unicode/norm"
)

// A piece is one matching unit of a token stream: a syllable, a part of an
// abbreviation ("TP.HCM" gives "TP" and "HCM"), a hyphen, a number or a
// punctuation mark. Phrases and texts are both cut into pieces the same way,
// so "Bà Rịa-Vũng Tàu" and "Bà Rịa - Vũng Tàu" give the same pieces.
type piece struct {
	tok        int32 // index of the token
	start, end int32 // byte span in the text
	first      bool  // first piece of its token
	last       bool  // last piece of its token
	dot        bool  // a "." token: never part of a key
	skip       bool  // a "." that may be skipped inside a phrase (after an abbreviation)
}

// appendPieces cuts toks (of text) into pieces.
func appendPieces(dst []piece, text string, toks []normalize.Token) []piece {
	for ti, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			continue
		}
		s := text[t.Start:t.End]
		switch t.Kind {
		case normalize.Punct:
			p := piece{tok: int32(ti), start: int32(t.Start), end: int32(t.End), first: true, last: true}
			if s == "." {
				p.dot = true
				p.skip = ti > 0 && dotAfterAbbrev(text, toks[ti-1])
			}
			dst = append(dst, p)
		case normalize.Word, normalize.Abbrev:
			n := len(dst)
			from := 0
			for i := 0; i < len(s); i++ {
				c := s[i]
				if c != '-' && !(c == '.' && t.Kind == normalize.Abbrev) {
					continue
				}
				if i > from {
					dst = append(dst, piece{tok: int32(ti), start: int32(t.Start + from), end: int32(t.Start + i)})
				}
				if c == '-' {
					dst = append(dst, piece{tok: int32(ti), start: int32(t.Start + i), end: int32(t.Start + i + 1)})
				}
				from = i + 1
			}
			if from < len(s) {
				dst = append(dst, piece{tok: int32(ti), start: int32(t.Start + from), end: int32(t.End)})
			}
			if len(dst) > n {
				dst[n].first = true
				dst[len(dst)-1].last = true
			}
		default:
			dst = append(dst, piece{tok: int32(ti), start: int32(t.Start), end: int32(t.End), first: true, last: true})
		}
	}
	return dst
}

// dotAfterAbbrev reports whether a "." after token t ends an abbreviation,
// so that it may be skipped inside a phrase: "Tp . Hồ Chí Minh", "TP. HCM".
// An all-capital word of up to four letters, a single letter and the
// common lower-case abbreviations qualify; "Hà." does not.
func dotAfterAbbrev(text string, t normalize.Token) bool {
	if t.Kind == normalize.Abbrev {
		return true
	}
	if t.Kind != normalize.Word || t.End-t.Start > 12 {
		return false
	}
	s := text[t.Start:t.End]
	n := utf8.RuneCountInString(s)
	if n == 1 || (t.Shape == normalize.Upper && n <= 4) {
		return true
	}
	switch normalize.Fold(s) {
	case "tp", "tx", "tt", "gs", "pgs", "ts", "ths", "bs", "ks", "ls", "tskh", "q", "p", "h", "x", "st", "mr", "mrs", "ms", "dr":
		return true
	}
	return false
}

// appendFoldKey appends the folded matching key of one piece: lower case,
// no diacritics, no apostrophes, dashes unified.
func appendFoldKey(dst []byte, s string) []byte {
	switch s {
	case "–", "—", "‐", "‑":
		return append(dst, '-')
	}
	n := len(dst)
	dst = normalize.AppendFold(dst, s)
	// Drop apostrophes: "H'Leo" and "H’Leo" are one key.
	j := n
	for i := n; i < len(dst); i++ {
		c := dst[i]
		if c == '\'' {
			continue
		}
		if c == 0xE2 && i+2 < len(dst) && dst[i+1] == 0x80 && dst[i+2] == 0x99 { // ’
			i += 2
			continue
		}
		dst[j] = c
		j++
	}
	return dst[:j]
}

// Tone marks as the fifth byte values of a tone key.
const (
	toneNone = iota
	toneGrave
	toneAcute
	toneTilde
	toneHook
	toneDot
)

type toneInfo struct {
	base rune  // lower case, tone mark removed, other marks kept
	tone uint8 // tone mark
}

// The tone table covers Latin-1 Supplement to Latin Extended-B and Latin
// Extended Additional, where every Vietnamese letter lies.
var (
	toneOnce sync.Once
	toneLo   [0x250 - 0xC0]toneInfo    // U+00C0..U+024F
	toneHi   [0x1F00 - 0x1E00]toneInfo // U+1E00..U+1EFF
)

// toneOf returns the tone information of r; ok is false when r is not a
// letter with a mark or a capital of the table.
func toneOf(r rune) (toneInfo, bool) {
	var ti toneInfo
	switch {
	case 0xC0 <= r && r < 0x250:
		ti = toneLo[r-0xC0]
	case 0x1E00 <= r && r < 0x1F00:
		ti = toneHi[r-0x1E00]
	}
	return ti, ti.base != 0
}

func toneMark(r rune) uint8 {
	switch r {
	case '\u0300':
		return toneGrave
	case '\u0301':
		return toneAcute
	case '\u0303':
		return toneTilde
	case '\u0309':
		return toneHook
	case '\u0323':
		return toneDot
	}
	return toneNone
}

func buildToneTab() {
	set := func(r rune, ti toneInfo) {
		if r < 0x250 {
			toneLo[r-0xC0] = ti
		} else {
			toneHi[r-0x1E00] = ti
		}
	}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if !unicode.IsLetter(r) {
				continue
			}
			var rest []rune
			tone := uint8(0)
			for _, c := range norm.NFD.String(string(r)) {
				if t := toneMark(c); t != 0 {
					tone = t
					continue
				}
				rest = append(rest, c)
			}
			base := []rune(norm.NFC.String(string(rest)))
			if len(base) != 1 {
				continue
			}
			b := unicode.ToLower(base[0])
			if b != r || tone != 0 {
				set(r, toneInfo{b, tone})
			}
		}
	}
	add(0xC0, 0x24F)
	add(0x1E00, 0x1EFF)
	set('Ð', toneInfo{'đ', 0}) // the look-alike eth some data uses for Đ
	set('ð', toneInfo{'đ', 0})
}

// appendToneKey appends the spelling key of one piece: lower case, NFC,
// diacritics kept, but the tone mark moved to the end, so that "hòa",
// "hoà" and "HOÀ" share a key and "hoa" does not.
func appendToneKey(dst []byte, s string) []byte {
	toneOnce.Do(buildToneTab)
	switch s {
	case "–", "—", "‐", "‑":
		return append(dst, '-')
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0xCC || s[i] == 0xCD { // U+0300..U+036F: a decomposed mark
			s = norm.NFC.String(s)
			break
		}
	}
	tone := uint8(0)
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if r == '\'' {
				continue
			}
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case r == '’':
		default:
			if ti, ok := toneOf(r); ok {
				dst = utf8.AppendRune(dst, ti.base)
				if ti.tone != 0 {
					tone = ti.tone
				}
			} else if t := toneMark(r); t != 0 {
				tone = t
			} else {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
	}
	if tone != 0 {
		dst = append(dst, tone)
	}
	return dst
}

// isLetter is unicode.IsLetter with a fast path for the Latin blocks that
// hold every Vietnamese letter.
func isLetter(r rune) bool {
	switch {
	case 0xC0 <= r && r < 0x250:
		return r != 0xD7 && r != 0xF7 // × and ÷
	case 0x1E00 <= r && r < 0x1F00:
		return true
	}
	return unicode.IsLetter(r)
}

// phraseKey returns the spelling key of a phrase, as the index keeps it.
func phraseKey(phrase string) []byte {
	return appendPiecesToneKey(nil, phrase, phrasePieces(phrase))
}

// phrasePieces cuts a phrase into pieces, dropping the dots.
func phrasePieces(phrase string) []piece {
	return appendPhrasePieces(nil, phrase)
}

// appendPhrasePieces appends the pieces of phrase to dst, dropping the
// dots. Phrases of letters and single spaces, the common case, are cut
// without the tokenizer.
func appendPhrasePieces(dst []piece, phrase string) []piece {
	n := len(dst)
	simple := true
	for i := 0; i < len(phrase) && simple; {
		c := phrase[i]
		if c < utf8.RuneSelf {
			simple = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == ' ' && i > 0 && phrase[i-1] != ' ' && i+1 < len(phrase)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(phrase[i:])
		simple = isLetter(r)
		i += w
	}
	if simple && phrase != "" {
		start, tok := 0, int32(0)
		for i := 0; i <= len(phrase); i++ {
			if i == len(phrase) || phrase[i] == ' ' {
				dst = append(dst, piece{tok: tok, start: int32(start), end: int32(i), first: true, last: true})
				tok++
				start = i + 1
			}
		}
		return dst
	}
	dst = appendPieces(dst, phrase, normalize.Tokens(phrase))
	j := n
	for _, p := range dst[n:] {
		if !p.dot {
			dst[j] = p
			j++
		}
	}
	return dst[:j]
}

// toneKey returns the spelling key of a sequence of pieces, pieces
// separated by spaces.
func appendPiecesToneKey(dst []byte, text string, ps []piece) []byte {
	for i, p := range ps {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = appendToneKey(dst, text[p.start:p.end])
	}
	return dst
}
