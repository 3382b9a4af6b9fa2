package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The twelve Vietnamese vowels, by index.
const (
	vA = iota
	vAbreve
	vAcirc
	vE
	vEcirc
	vI
	vO
	vOcirc
	vOhorn
	vU
	vUhorn
	vY
	numVowels
)

// The six tones, by index: level (no mark), grave (huyền), hook (hỏi),
// tilde (ngã), acute (sắc) and dot below (nặng).
const (
	toneLevel = iota
	toneGrave
	toneHook
	toneTilde
	toneAcute
	toneDot
	numTones
)

// toneMarks are the combining marks of the tones, by tone index.
var toneMarks = [numTones]rune{0, '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'}

// vowelBase is the ASCII base letter of each vowel.
var vowelBase = [numVowels]byte{'a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'}

// A letterInfo describes a Vietnamese vowel letter: bits 0-3 hold the vowel
// index plus one (zero: not a vowel), bits 4-6 the tone and bit 7 is set for
// a capital.
type letterInfo uint8

func (l letterInfo) vowel() int    { return int(l&0xf) - 1 }
func (l letterInfo) tone() int     { return int(l>>4) & 7 }
func (l letterInfo) upper() bool   { return l&0x80 != 0 }
func (l letterInfo) isVowel() bool { return l&0xf != 0 }

func makeInfo(v, tone int, upper bool) letterInfo {
	l := letterInfo(v+1) | letterInfo(tone)<<4
	if upper {
		l |= 0x80
	}
	return l
}

// Lookup tables, built once from the Unicode decompositions.
var (
	// vowelRunes[v][tone][upper] is the precomposed vowel letter.
	vowelRunes [numVowels][numTones][2]rune
	// infoLatin covers U+0000..U+01BF, infoExt U+1EA0..U+1EFF.
	infoLatin [0x1c0]letterInfo
	infoExt   [0x60]letterInfo
	// foldLatin and foldExt give the lower-case ASCII base letter of a
	// letter with diacritics (0: none) for U+00C0..U+024F and U+1E00..U+1EFF.
	foldLatin [0x250 - 0xc0]byte
	foldExt   [0x100]byte
)

func init() {
	for v := 0; v < numVowels; v++ {
		for _, up := range []bool{false, true} {
			b := rune(vowelBase[v])
			if up {
				b -= 'a' - 'A'
			}
			var d []rune
			d = append(d, b)
			switch v {
			case vAbreve:
				d = append(d, '\u0306')
			case vAcirc, vEcirc, vOcirc:
				d = append(d, '\u0302')
			case vOhorn, vUhorn:
				d = append(d, '\u031b')
			}
			for t := 0; t < numTones; t++ {
				dd := d
				if t != toneLevel {
					dd = append(dd[:len(dd):len(dd)], toneMarks[t])
				}
				s := norm.NFC.String(string(dd))
				r, n := utf8.DecodeRuneInString(s)
				if n != len(s) {
					panic("normalize: no precomposed form for " + string(dd))
				}
				u := 0
				if up {
					u = 1
				}
				vowelRunes[v][t][u] = r
				setInfo(r, makeInfo(v, t, up))
			}
		}
	}
	fold := func(r rune) byte {
		if !unicode.IsLetter(r) {
			return 0
		}
		d := norm.NFD.String(string(r))
		b, _ := utf8.DecodeRuneInString(d)
		b = unicode.ToLower(b)
		if 'a' <= b && b <= 'z' && d != string(r) {
			return byte(b)
		}
		return 0
	}
	for r := rune(0xc0); r < 0x250; r++ {
		foldLatin[r-0xc0] = fold(r)
	}
	for r := rune(0x1e00); r < 0x1f00; r++ {
		foldExt[r-0x1e00] = fold(r)
	}
	for _, r := range "đĐðÐ" {
		foldLatin[r-0xc0] = 'd'
	}
}

func setInfo(r rune, l letterInfo) {
	switch {
	case r < 0x1c0:
		infoLatin[r] = l
	case 0x1ea0 <= r && r < 0x1f00:
		infoExt[r-0x1ea0] = l
	}
}

// vowelInfo returns the description of r when r is a Vietnamese vowel
// letter, precomposed or plain.
func vowelInfo(r rune) letterInfo {
	switch {
	case r < 0x1c0:
		return infoLatin[r]
	case 0x1ea0 <= r && r < 0x1f00:
		return infoExt[r-0x1ea0]
	}
	return 0
}

// foldLetter returns the lower-case ASCII base of a letter with diacritics,
// or 0.
func foldLetter(r rune) byte {
	switch {
	case 0xc0 <= r && r < 0x250:
		return foldLatin[r-0xc0]
	case 0x1e00 <= r && r < 0x1f00:
		return foldExt[r-0x1e00]
	}
	return 0
}
