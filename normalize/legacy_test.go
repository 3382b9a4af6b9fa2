package normalize

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The letters.* files hold the 134 Vietnamese letters with diacritics in
// each encoding. Those of TCVN3, VISCII and CP1258 were made with iconv
// (glibc), independently of this package's tables.
func TestDecodeAllLetters(t *testing.T) {
	want := strings.TrimSpace(readFile(t, "testdata/letters.txt"))
	if n := len(strings.Fields(want)); n != 134 {
		t.Fatalf("letters.txt has %d letters", n)
	}
	for _, enc := range []Encoding{TCVN3, VISCII, CP1258, VNI, VIQR} {
		b := []byte(readFile(t, "testdata/letters."+enc.String()))
		got, err := Decode(b, enc)
		if err != nil {
			t.Fatal(err)
		}
		gw, ww := strings.Fields(got.Norm), strings.Fields(want)
		if len(gw) != len(ww) {
			t.Errorf("%v: %d letters, want %d: %q", enc, len(gw), len(ww), got.Norm)
			continue
		}
		for i := range ww {
			if gw[i] != ww[i] {
				t.Errorf("%v: letter %d = %q, want %q", enc, i, gw[i], ww[i])
			}
		}
		checkMap(t, got)
		checkTokensMapBack(t, got, func(s string) string {
			x, _ := Decode([]byte(s), enc)
			return x.Norm
		})
		// Round trip through this package's tables.
		b2, want2 := encode(want, enc)
		if want2 != want {
			t.Errorf("%v cannot encode every letter: %q", enc, want2)
		}
		if got2, _ := Decode(b2, enc); got2.Norm != want {
			t.Errorf("%v: round trip of the letters gives %q", enc, got2.Norm)
		}
	}
}

func TestDecodeKnown(t *testing.T) {
	tests := []struct {
		enc      Encoding
		in, want string
	}{
		{VNI, "Vieät Nam", "Việt Nam"},
		{VNI, "ñöôøng", "đường"},
		{VNI, "Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"},
		{VNI, "Hoäi nghò Tænh uûy", "Hội nghị Tỉnh ủy"},
		{VNI, "ÑAÏI HOÄI", "ĐẠI HỘI"},
		{VIQR, "Vie^.t Nam", "Việt Nam"},
		{VIQR, "Ha` No^.i.", "Hà Nội."},
		{VIQR, "Xin cha`o.", "Xin chào."},
		{VIQR, "chao.", "chao."},
		{VIQR, "Ba.n bi. o^'m", "Bạn bị ốm"},
		{VIQR, "ddu+o+`ng DDa`", "đường Đà"},
		{VIQR, "H'Mo^ng", "H'Mông"},
		{VIQR, "a\\.", "a."},
		{VIQR, "Tha`nh pho^' Ho^` Chi' Minh", "Thành phố Hồ Chí Minh"},
		{TCVN3, "Vi\xd6t Nam", "Việt Nam"},
		{TCVN3, "\xae\xad\xeang", "đường"},
		{CP1258, "Vi\xea\xf2t Nam", "Việt Nam"},
		{CP1258, "H\xe0 N\xf4\xf2i", "Hà Nội"},
		{UTF8, "Hà Nội", "Hà Nội"},
	}
	for _, tt := range tests {
		in := tt.in
		if tt.enc == VNI {
			// VNI is written here as Windows-1252 shows it.
			b, err := charmap.Windows1252.NewEncoder().String(in)
			if err != nil {
				t.Fatal(err)
			}
			in = b
		}
		got, err := Decode([]byte(in), tt.enc)
		if err != nil {
			t.Fatal(err)
		}
		if got.Norm != tt.want {
			t.Errorf("Decode(%q, %v) = %q, want %q", tt.in, tt.enc, got.Norm, tt.want)
		}
		if got.Orig != in {
			t.Errorf("Orig = %q", got.Orig)
		}
		checkMap(t, got)
	}
}

func TestParseEncoding(t *testing.T) {
	for e := UTF8; e < numEncodings; e++ {
		got, err := ParseEncoding(strings.ToUpper(e.String()))
		if err != nil || got != e {
			t.Errorf("ParseEncoding(%q) = %v, %v", e, got, err)
		}
	}
	for _, name := range []string{"", "auto", "latin1", "utf16"} {
		if _, err := ParseEncoding(name); !errors.Is(err, ErrUnknownEncoding) {
			t.Errorf("ParseEncoding(%q): err = %v", name, err)
		}
	}
	if _, err := Decode([]byte("x"), Encoding(200)); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("Decode with a bad encoding: err = %v", err)
	}
}

// TestRoundTrip encodes the sample article in every encoding, decodes it
// and detects the encoding.
func TestRoundTrip(t *testing.T) {
	sample := Normalize(readFile(t, "testdata/sample.txt")).Norm
	for _, enc := range []Encoding{UTF8, TCVN3, VNI, VIQR, VISCII, CP1258} {
		b, want := encode(sample, enc)
		got, err := Decode(b, enc)
		if err != nil {
			t.Fatal(err)
		}
		if got.Norm != want {
			i := 0
			for i < len(want) && i < len(got.Norm) && want[i] == got.Norm[i] {
				i++
			}
			t.Errorf("%v: round trip differs at %d:\n got %.80q\nwant %.80q", enc, i, got.Norm[max(0, i-20):], want[max(0, i-20):])
		}
		checkMap(t, got)
		checkTokensMapBack(t, got, func(s string) string {
			x, _ := Decode([]byte(s), enc)
			return x.Norm
		})
		if de, conf := Detect(b); de != enc || conf < 0.5 {
			t.Errorf("Detect(sample in %v) = %v, %.2f", enc, de, conf)
		}
		// A single sentence is enough too.
		line, _ := encode("Huyện ủy Lạng Giang tổ chức sơ kết công tác lãnh đạo 6 tháng đầu năm.", enc)
		if de, conf := Detect(line); de != enc {
			t.Errorf("Detect(sentence in %v) = %v, %.2f", enc, de, conf)
		}
	}
}

func TestDetectNeverLegacy(t *testing.T) {
	for _, s := range []string{
		"", "Hello, world.", "The quick brown fox jumps over the lazy dog. Isn't it?",
		"x^2 + y^2 = z^2; C++ (a) e.g. i.e. don't", "Lạng Giang", norm.NFD.String("Lạng Giang"),
		"a.b.c 1.2.3 ok? yes.",
	} {
		if e, _ := Detect([]byte(s)); e != UTF8 {
			t.Errorf("Detect(%q) = %v, want utf8", s, e)
		}
	}
}

// encode encodes s, NFC text, in enc; runes enc cannot encode become '?'.
// It returns the bytes and the text they should decode to.
func encode(s string, enc Encoding) ([]byte, string) {
	loadTables()
	var out []byte
	var want strings.Builder
	for _, r := range s {
		var b []byte
		switch enc {
		case UTF8:
			b = utf8.AppendRune(nil, r)
		case TCVN3, VISCII:
			m := tcvn3Enc
			if enc == VISCII {
				m = visciiEnc
			}
			if c, ok := m[r]; ok && (r >= utf8.RuneSelf || c == byte(r)) {
				b = []byte{c}
			}
		case VNI:
			if v, ok := vniEnc[r]; ok {
				b = []byte(v)
			} else if r < utf8.RuneSelf {
				b = []byte{byte(r)}
			} else if c, ok := charmap.Windows1252.EncodeRune(r); ok && vniSingle[c] == 0 {
				b = []byte{c}
			}
		case CP1258:
			if c, ok := charmap.Windows1258.EncodeRune(r); ok {
				b = []byte{c}
			} else if l := vowelInfo(r); l.isVowel() {
				u := 0
				if l.upper() {
					u = 1
				}
				c1, ok1 := charmap.Windows1258.EncodeRune(vowelRunes[l.vowel()][0][u])
				c2, ok2 := charmap.Windows1258.EncodeRune(toneMarks[l.tone()])
				if ok1 && ok2 {
					b = []byte{c1, c2}
				}
			}
		case VIQR:
			b = viqrEncode(r)
		}
		if b == nil {
			b, r = []byte{'?'}, '?'
		}
		out = append(out, b...)
		want.WriteRune(r)
	}
	return out, Normalize(want.String()).Norm
}

func viqrEncode(r rune) []byte {
	if strings.ContainsRune("'`?~.(^+\\", r) {
		return []byte{'\\', byte(r)}
	}
	if r < utf8.RuneSelf {
		return []byte{byte(r)}
	}
	switch r {
	case 'đ':
		return []byte("dd")
	case 'Đ':
		return []byte("DD")
	}
	l := vowelInfo(r)
	if !l.isVowel() {
		return nil
	}
	b := []byte{vowelBase[l.vowel()]}
	if l.upper() {
		b[0] -= 'a' - 'A'
	}
	switch l.vowel() {
	case vAbreve:
		b = append(b, '(')
	case vAcirc, vEcirc, vOcirc:
		b = append(b, '^')
	case vOhorn, vUhorn:
		b = append(b, '+')
	}
	if t := l.tone(); t != toneLevel {
		b = append(b, " `?~'."[t])
	}
	return b
}

func readFile(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkTokensMapBack checks that the original bytes of every token
// re-normalise (with renorm) to the token.
func checkTokensMapBack(t *testing.T, x *Text, renorm func(string) string) {
	t.Helper()
	tk := NewTokenizer(x.Norm)
	for tk.Next() {
		tok := tk.Token()
		s, e := x.OrigSpan(tok.Start, tok.End)
		if got := renorm(x.Orig[s:e]); got != tk.Value() {
			t.Errorf("token %q maps to %q, which normalises to %q", tk.Value(), x.Orig[s:e], got)
			return
		}
	}
}
