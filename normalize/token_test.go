package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// render shows tokens as value/Kind/Shape, with * before sentence starts.
func render(s string) string {
	var b strings.Builder
	t := NewTokenizer(s)
	for t.Next() {
		tok := t.Token()
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if t.Start() != tok.Start || t.End() != tok.End {
			panic("Start and End disagree with Token")
		}
		if tok.SentenceStart {
			b.WriteByte('*')
		}
		fmt.Fprintf(&b, "%s/%v/%v", t.Value(), tok.Kind, tok.Shape)
	}
	return b.String()
}

func TestTokenizer(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Lạng Giang", "*Lạng/Word/Title Giang/Word/Title"},
		{"6.123 tỷ, 13,4%", "*6.123/Number/Digit tỷ/Word/Lower ,/Punct/Other 13,4/Number/Digit %/Punct/Other"},
		{"ngày 18/7 và 25/10/2021", "*ngày/Word/Lower 18/7/Number/Digit và/Word/Lower 25/10/2021/Number/Digit"},
		{"2020- 2025", "*2020/Number/Digit -/Punct/Other 2025/Number/Digit"},
		{"2020-2025", "*2020/Number/Digit -/Punct/Other 2025/Number/Digit"},
		{"T.Ư, TP.HCM, GS.TS", "*T.Ư/Abbrev/Upper ,/Punct/Other TP.HCM/Abbrev/Upper ,/Punct/Other GS.TS/Abbrev/Upper"},
		{"số 21-KL/TW về KT-XH", "*số/Word/Lower 21-KL/TW/Abbrev/Mixed về/Word/Lower KT-XH/Abbrev/Upper"},
		{"HĐND tỉnh", "*HĐND/Word/Upper tỉnh/Word/Lower"},
		{"iPhone", "*iPhone/Word/Mixed"},
		{"H'Mông và B’Lao", "*H'Mông/Word/Mixed và/Word/Lower B’Lao/Word/Mixed"},
		{"Kim Sang-sik", "*Kim/Word/Title Sang-sik/Word/Title"},
		// sentences
		{"Xong. Mới", "*Xong/Word/Title ./Punct/Other *Mới/Word/Title"},
		{"Xong! “Mới", "*Xong/Word/Title !/Punct/Other “/Punct/Other *Mới/Word/Title"},
		{"dòng\nMới", "*dòng/Word/Lower *Mới/Word/Title"},
		{"Lạng Giang: Phấn đấu", "*Lạng/Word/Title Giang/Word/Title :/Punct/Other *Phấn/Word/Title đấu/Word/Lower"},
		{"năm 2024. Ông", "*năm/Word/Lower 2024/Number/Digit ./Punct/Other *Ông/Word/Title"},
		// abbreviations and initials do not end sentences
		{"Tp. Hồ Chí Minh", "*Tp/Word/Title ./Punct/Other Hồ/Word/Title Chí/Word/Title Minh/Word/Title"},
		{"PGS. TS Lê", "*PGS/Word/Upper ./Punct/Other TS/Word/Upper Lê/Word/Title"},
		{"ThS. Bình", "*ThS/Word/Mixed ./Punct/Other Bình/Word/Title"},
		{"Q. 1", "*Q/Word/Title ./Punct/Other 1/Number/Digit"},
		{"ông N. Văn B", "*ông/Word/Lower N/Word/Title ./Punct/Other Văn/Word/Title B/Word/Title"},
		{"gặp ông A. Sau đó", "*gặp/Word/Lower ông/Word/Lower A/Word/Title ./Punct/Other *Sau/Word/Title đó/Word/Lower"},
		{"Nguyễn Văn A. Ông B", "*Nguyễn/Word/Title Văn/Word/Title A/Word/Title ./Punct/Other *Ông/Word/Title B/Word/Title"},
		// datelines
		{"BẮC GIANG – Ngày 18/7", "*BẮC/Word/Upper GIANG/Word/Upper –/Punct/Other *Ngày/Word/Title 18/7/Number/Digit"},
		{"HÀ NỘI (TTXVN) - Sáng", "*HÀ/Word/Upper NỘI/Word/Upper (/Punct/Other TTXVN/Word/Upper )/Punct/Other -/Punct/Other *Sáng/Word/Title"},
		{"Hà Nội - Hải Phòng", "*Hà/Word/Title Nội/Word/Title -/Punct/Other Hải/Word/Title Phòng/Word/Title"},
		// bad input
		{"a\x00b\xffc", "*a/Word/Lower b/Word/Lower c/Word/Lower"},
		{".\u0301", ".\u0301/Punct/Other"},
	}
	for _, tt := range tests {
		if got := render(tt.in); got != tt.want {
			t.Errorf("tokens of %q:\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// Text that arrives tokenised, with spaces around punctuation, gives the
// same words and sentence starts.
func TestTokenizerSpacedPunctuation(t *testing.T) {
	for _, c := range [][2]string{
		{"Thanh Hóa, ngày 18/7.", "Thanh Hóa , ngày 18/7 ."},
		{"Tp. Hồ Chí Minh", "Tp . Hồ Chí Minh"},
		{"Xong. Mới (năm 2024).", "Xong . Mới ( năm 2024 ) ."},
		{"ông N. Văn B: Tốt!", "ông N . Văn B : Tốt !"},
	} {
		a, b := words(c[0]), words(c[1])
		if a != b {
			t.Errorf("%q gives %s\n%q gives %s", c[0], a, c[1], b)
		}
	}
}

func words(s string) string {
	var b strings.Builder
	t := NewTokenizer(s)
	for t.Next() {
		if t.Token().SentenceStart {
			b.WriteByte('*')
		}
		b.WriteString(t.Value())
		b.WriteByte('|')
	}
	return b.String()
}

func TestTokenizerNoAllocation(t *testing.T) {
	s := readFile(t, "testdata/sample.txt")
	var tk Tokenizer
	n := testing.AllocsPerRun(10, func() {
		tk.Reset(s)
		for tk.Next() {
		}
	})
	if n != 0 {
		t.Errorf("tokenizing the sample: %v allocations, want 0", n)
	}
}

// The tokens of a normalised text map back to original bytes that
// normalise to the same token.
func TestTokenOffsets(t *testing.T) {
	s := readFile(t, "testdata/sample.txt")
	for _, in := range []string{s, nfd(s), strings.ReplaceAll(s, " ", "\u00a0\u200b ")} {
		for _, style := range []ToneStyle{ToneKeep, ToneOld, ToneNew} {
			n := New(Options{Tone: style})
			x := n.String(in)
			checkTokensMapBack(t, x, func(s string) string { return n.String(s).Norm })
		}
	}
}
