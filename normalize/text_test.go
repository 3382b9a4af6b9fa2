package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalizeClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Lạng Giang", "Lạng Giang"},
		{norm.NFD.String("Lạng Giang"), "Lạng Giang"},
		{"Hà\u00a0Nội", "Hà Nội"},
		{"Hà  \t Nội", "Hà \t Nội"},
		{"Hà    Nội", "Hà Nội"},
		{"Hà\u200bNội", "HàNội"},
		{"Hà \u200b Nội", "Hà Nội"},
		{"\ufeffBắc Giang", "Bắc Giang"},
		{"kinh\u00adtế", "kinhtế"},
		{"a\x00b", "a b"},
		{"a\x00\x01b", "a b"},
		{"a\xffb", "a\uFFFDb"},
		{"Ðà Nẵng", "Đà Nẵng"},
		{"a\u200b\u0301", "á"},
		{"o\u0301\u031b", "ớ"},
		{"a\u0301\u0302", "á\u0302"},
		{"\u00e1\u0302", "á\u0302"},
		{"A\u0323\u0302", "Ậ"},
		{"u\u031b\u0300", "ừ"},
		{"line\r\nnext", "line\r\nnext"},
		{"👨\u200d👩", "👨\u200d👩"},
		{"x\u2009y\u3000z", "x y z"},
		{"\u0301", "\u0301"},
	}
	for _, tt := range tests {
		got := Normalize(tt.in)
		if got.Norm != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got.Norm, tt.want)
		}
		checkMap(t, got)
	}
}

func TestFastPathCopiesNothing(t *testing.T) {
	s := "Huyện ủy Lạng Giang tổ chức hội nghị."
	got := Normalize(s)
	if got.Norm != s || got.mapped {
		t.Fatalf("clean text was rebuilt: %q", got.Norm)
	}
	if unsafeData(got.Norm) != unsafeData(s) {
		t.Errorf("clean text was copied")
	}
	if n := testing.AllocsPerRun(100, func() { Normalize(s) }); n > 1 {
		t.Errorf("Normalize of clean text: %v allocations, want at most 1", n)
	}
}

func TestTone(t *testing.T) {
	tests := []struct{ in, old, new string }{
		{"hòa", "hòa", "hoà"},
		{"hoà", "hòa", "hoà"},
		{"thủy", "thủy", "thuỷ"},
		{"khỏe", "khỏe", "khoẻ"},
		{"hóa", "hóa", "hoá"},
		{"Thanh Hóa", "Thanh Hóa", "Thanh Hoá"},
		{"HÒA BÌNH", "HÒA BÌNH", "HOÀ BÌNH"},
		{"Huyện ủy", "Huyện ủy", "Huyện uỷ"},
		{"ỦY BAN", "ỦY BAN", "UỶ BAN"},
		{"Ủy ban", "Ủy ban", "Uỷ ban"},
		// a final consonant fixes the place in both styles
		{"hoàn", "hoàn", "hoàn"},
		{"hòan", "hoàn", "hoàn"},
		{"thuyền", "thuyền", "thuyền"},
		{"khuếch", "khuếch", "khuếch"},
		{"Huỳnh", "Huỳnh", "Huỳnh"},
		{"hoạch", "hoạch", "hoạch"},
		{"thuế", "thuế", "thuế"},
		{"Huế", "Huế", "Huế"},
		// qu- and gi-
		{"quý", "quý", "quý"},
		{"quốc", "quốc", "quốc"},
		{"quả", "quả", "quả"},
		{"qủa", "quả", "quả"},
		{"giặt", "giặt", "giặt"},
		{"gìn", "gìn", "gìn"},
		{"già", "già", "già"},
		{"giữ", "giữ", "giữ"},
		// other clusters take the tone on their first vowel or marked vowel
		{"của", "của", "của"},
		{"mía", "mía", "mía"},
		{"mùa", "mùa", "mùa"},
		{"người", "người", "người"},
		{"rượu", "rượu", "rượu"},
		{"ngoài", "ngoài", "ngoài"},
		{"khuỷu", "khuỷu", "khuỷu"},
		{"xoáy", "xoáy", "xoáy"},
		{"tuổi", "tuổi", "tuổi"},
		{"khuya", "khuya", "khuya"},
		// not Vietnamese syllables: untouched
		{"José", "José", "José"},
		{"café", "café", "café"},
		{"Hòa123", "Hòa123", "Hoà123"},
		{"òaa", "òaa", "òaa"},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			style ToneStyle
			want  string
		}{{ToneOld, tt.old}, {ToneNew, tt.new}, {ToneKeep, tt.in}} {
			for _, in := range []string{tt.in, norm.NFD.String(tt.in)} {
				got := New(Options{Tone: c.style}).String(in)
				if got.Norm != c.want {
					t.Errorf("tone %v of %q = %q, want %q", c.style, in, got.Norm, c.want)
				}
				checkMap(t, got)
			}
		}
	}
}

func TestToneOffsets(t *testing.T) {
	in := "Tỉnh Thanh Hóa và tỉnh Hòa Bình"
	got := New(Options{Tone: ToneNew}).String(in)
	if want := "Tỉnh Thanh Hoá và tỉnh Hoà Bình"; got.Norm != want {
		t.Fatalf("got %q, want %q", got.Norm, want)
	}
	for _, w := range []string{"Thanh Hoá", "Hoà Bình", "và", "Hoá", "Hoà"} {
		i := strings.Index(got.Norm, w)
		s, e := got.OrigSpan(i, i+len(w))
		if Key(in[s:e]) != Key(w) {
			t.Errorf("%q maps to %q", w, in[s:e])
		}
	}
}

func TestNFDOffsets(t *testing.T) {
	in := norm.NFD.String("Huyện ủy Lạng Giang")
	got := Normalize(in)
	i := strings.Index(got.Norm, "Lạng Giang")
	s, e := got.OrigSpan(i, i+len("Lạng Giang"))
	if in[s:e] != norm.NFD.String("Lạng Giang") {
		t.Errorf("span maps to %q", in[s:e])
	}
	if got.OrigOffset(len(got.Norm)) != len(in) {
		t.Errorf("end maps to %d", got.OrigOffset(len(got.Norm)))
	}
}

// checkMap checks the invariants of a Text's offset map.
func checkMap(t *testing.T, x *Text) {
	t.Helper()
	if !utf8.ValidString(x.Norm) {
		t.Errorf("invalid UTF-8 out of %q", x.Orig)
	}
	prev := 0
	for i := 0; i <= len(x.Norm); i++ {
		o := x.OrigOffset(i)
		if o < prev || o > len(x.Orig) {
			t.Fatalf("%q: OrigOffset(%d) = %d after %d", x.Orig, i, o, prev)
		}
		prev = o
		if i < len(x.Norm) {
			s, e := x.OrigSpan(i, i+1)
			if s > e || e > len(x.Orig) || s != o {
				t.Fatalf("%q: OrigSpan(%d,%d) = %d,%d", x.Orig, i, i+1, s, e)
			}
		}
	}
	if s, e := x.OrigSpan(0, len(x.Norm)); len(x.Norm) > 0 && (s < 0 || e > len(x.Orig) || s > e) {
		t.Fatalf("%q: whole span %d,%d", x.Orig, s, e)
	}
}

// TestComposeLikeNFC checks the fast composition of Vietnamese letters
// against package norm for every vowel with up to three marks in any order.
func TestComposeLikeNFC(t *testing.T) {
	marks := []string{"\u0300", "\u0301", "\u0302", "\u0303", "\u0306", "\u0309", "\u031b", "\u0323", "\u0308"}
	var bases []string
	for v := range numVowels {
		for tone := range numTones {
			bases = append(bases, string(vowelRunes[v][tone][0]), string(vowelRunes[v][tone][1]))
		}
	}
	n := 0
	for _, b := range bases {
		for _, m1 := range marks {
			for _, m2 := range append([]string{""}, marks...) {
				for _, m3 := range []string{"", "\u0301", "\u0323"} {
					in := b + m1 + m2 + m3 + "x"
					if got, want := Normalize(in).Norm, norm.NFC.String(in); got != want {
						t.Fatalf("Normalize(%+q) = %+q, want %+q", in, got, want)
					}
					n++
				}
			}
		}
	}
	t.Logf("%d sequences", n)
}
