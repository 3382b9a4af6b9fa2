package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var fuzzSeeds = []string{
	"",
	"Lạng Giang: Phấn đấu hoàn thành vượt mức kế hoạch năm 2024",
	"BẮC GIANG – Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) tổ chức",
	"Thanh Hóa , Tp . Hồ Chí Minh, T.Ư, 21-KL/TW, 6.123 tỷ, 13,4%",
	"hòa thủy khỏe hóa hoà thuỷ khoẻ hoá quý quốc giặt gìn HÒA ỦY",
	"a\u0300\u0323 o\u031b\u0301 \u0301 a\u200b\u0301 x\u00a0\u00a0y",
	"\x00\xff\xfe nul \x00 and \xc3 bad",
	"Vie^.t Nam Ha` No^.i ddu+o+`ng",
	"Vieät Nam ñöôøng Thaønh phoá",
	"\ufeff\u00adzero\u200dwidth\u2060 👨\u200d👩",
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		for tone := range 3 {
			f.Add(s, uint8(tone))
		}
	}
	f.Fuzz(func(t *testing.T, s string, tone uint8) {
		n := New(Options{Tone: ToneStyle(tone % 3)})
		x := n.String(s)
		if x.Orig != s {
			t.Fatalf("Orig changed")
		}
		checkMap(t, x)
		if again := n.String(x.Norm).Norm; again != x.Norm {
			t.Fatalf("not idempotent: %+q → %+q → %+q", s, x.Norm, again)
		}
		checkTokensMapBack(t, x, func(s string) string { return n.String(s).Norm })
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		for enc := range numEncodings {
			f.Add([]byte(s), uint8(enc))
		}
	}
	f.Fuzz(func(t *testing.T, b []byte, e uint8) {
		enc := Encoding(e % uint8(numEncodings))
		x, err := Decode(b, enc)
		if err != nil {
			t.Fatal(err)
		}
		if x.Orig != string(b) {
			t.Fatalf("Orig changed")
		}
		checkMap(t, x)
		if again := Normalize(x.Norm).Norm; again != x.Norm {
			t.Fatalf("decoded text is not normalised: %q → %q", x.Norm, again)
		}
		checkTokensMapBack(t, x, func(s string) string {
			y, _ := Decode([]byte(s), enc)
			return y.Norm
		})
	})
}

func FuzzDetect(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		enc, conf := Detect(b)
		if conf < 0 || conf > 1 || enc >= numEncodings {
			t.Fatalf("Detect = %v, %v", enc, conf)
		}
		if utf8.Valid(b) && enc != UTF8 && enc != VIQR {
			t.Fatalf("valid UTF-8 detected as %v", enc)
		}
	})
}

func FuzzFoldKey(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fo := Fold(s)
		if Fold(fo) != fo {
			t.Fatalf("Fold not idempotent: %q → %q → %q", s, fo, Fold(fo))
		}
		if utf8.ValidString(s) && !utf8.ValidString(fo) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, fo)
		}
		if string(AppendFold([]byte("x"), s)) != "x"+fo {
			t.Fatalf("AppendFold differs from Fold")
		}
		k := Key(s)
		if !utf8.ValidString(k) {
			t.Fatalf("Key(%q) = %q: invalid UTF-8", s, k)
		}
		if Key(k) != k {
			t.Fatalf("Key not idempotent: %q → %q → %q", s, k, Key(k))
		}
		// The word-by-word path for clean text gives what normalising
		// the whole text first gives.
		if slow := string(AppendLower(nil, keyNormalizer.String(s).Norm)); isClean(s) && k != slow {
			t.Fatalf("Key(%q) = %q, want %q", s, k, slow)
		}
		if c := string(AppendCleanKey(nil, s)); isClean(s) && c != k {
			t.Fatalf("AppendCleanKey(%q) = %q, want Key's %q", s, c, k)
		}
	})
}

func FuzzTokenizer(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tk := NewTokenizer(s)
		prev := 0
		all := Tokens(s)
		i := 0
		for tk.Next() {
			tok := tk.Token()
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %+v after %d in %q", tok, prev, s)
			}
			// Only separators lie between tokens.
			for _, r := range s[prev:tok.Start] {
				if !isSeparator(r) && !unicode.Is(unicode.Mn, r) {
					t.Fatalf("%q skipped between tokens in %q", r, s)
				}
			}
			if tok.Kind < Word || tok.Kind > Punct {
				t.Fatalf("bad kind %v", tok.Kind)
			}
			if i >= len(all) || all[i] != tok {
				t.Fatalf("Tokens differs from the Tokenizer at %d", i)
			}
			prev = tok.End
			i++
		}
		if i != len(all) {
			t.Fatalf("Tokens has %d tokens, Tokenizer %d", len(all), i)
		}
		for _, r := range s[prev:] {
			if !isSeparator(r) && !unicode.Is(unicode.Mn, r) {
				t.Fatalf("%q skipped at the end of %q", r, s)
			}
		}
		_ = strings.TrimSpace
	})
}

// FuzzTokenFastPaths checks the one-pass scanning of words against the
// functions it stands for: every token ends where scanCompound says, has
// its kind, and has the shape shapeOf gives it, and shapeOf agrees with
// the reading by range it replaced.
func FuzzTokenFastPaths(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{"H'Leo B’Lao Ê-đê", "ĐĂK LĂK", "iPhone 15", "TP.HCM", "Sang-sik", "a'", "中文 Ǆ ǅ ǆ", "a\u0301b", "Giang\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(s) {
			v := s[tok.Start:tok.End]
			if want := shapeOfRange(v, tok.Kind); tok.Shape != want || shapeOf(v, tok.Kind) != want {
				t.Fatalf("%q in %q: shape %v, shapeOf %v, by range %v", v, s, tok.Shape, shapeOf(v, tok.Kind), want)
			}
			if tok.Kind == Punct {
				continue
			}
			if end, kind := scanCompound(s, tok.Start); end != tok.End || kind != tok.Kind {
				t.Fatalf("%q in %q: %v to %d; scanCompound %v to %d", v, s, tok.Kind, tok.End, kind, end)
			}
		}
	})
}

// shapeOfRange is shapeOf as first written, ranging over the token.
func shapeOfRange(p string, k Kind) Shape {
	if k == Punct {
		return Other
	}
	var upper, lower, digit, n int
	firstUpper := false
	for i, r := range p {
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			lower++
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z', r >= utf8.RuneSelf && vowelInfo(r) != 0 && vowelInfo(r).upper(),
			r >= utf8.RuneSelf && vowelInfo(r) == 0 && unicode.IsUpper(r):
			upper++
			if i == 0 {
				firstUpper = true
			}
		case r >= utf8.RuneSelf && (vowelInfo(r) != 0 || unicode.IsLower(r)):
			lower++
		case isDigit(r):
			digit++
		}
		n++
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

// FuzzCleanFastPaths checks isClean against its first form, which decoded
// every rune with utf8.DecodeRuneInString, and isTitleAbbrev against
// comparing with every abbreviation.
func FuzzCleanFastPaths(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{"Tp", "\u212aS", "ſt", "PGS", "a  b", "e\u0301", "\u00a0", "\xe1\xbb", "Đ\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isClean(s), isCleanDecodeRune(s); got != want {
			t.Fatalf("isClean(%q) = %v, want %v", s, got, want)
		}
		want := false
		for _, a := range abbrevs {
			want = want || strings.EqualFold(s, a)
		}
		if got := isTitleAbbrev(s); got != want {
			t.Fatalf("isTitleAbbrev(%q) = %v, want %v", s, got, want)
		}
	})
}

func isCleanDecodeRune(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiDirty[c] && (c != ' ' || i > 0 && s[i-1] == ' ') {
				return false
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w - 1
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
		if !norm.NFC.PropertiesString(s[i-w+1:]).BoundaryBefore() || !norm.NFC.IsNormalString(s[i-w+1:i+1]) {
			return false
		}
	}
	return true
}
