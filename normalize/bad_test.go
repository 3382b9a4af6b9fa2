package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBadInput feeds a single 10 MB line of debris, NUL bytes and invalid
// UTF-8 through every entry point (1 MB with -short and for the slower
// decoders, 256 KB with -race).
func TestBadInput(t *testing.T) {
	size := 10 << 20
	switch {
	case raceEnabled:
		size = 256 << 10
	case testing.Short():
		size = 1 << 20
	}
	unit := "Hòa\x00\xff bình a\u0301\u200b  \xc3 Vie\xe4t "
	line := strings.Repeat(unit, size/len(unit)+1)
	small := line[:min(len(line), 1<<20)]
	for _, style := range []ToneStyle{ToneKeep, ToneNew} {
		x := New(Options{Tone: style}).String(line)
		if !utf8.ValidString(x.Norm) {
			t.Fatal("invalid UTF-8 out")
		}
		prev := 0
		for i := 0; i < len(x.Norm); i += 997 {
			o := x.OrigOffset(i)
			if o < prev || o > len(line) {
				t.Fatalf("OrigOffset(%d) = %d after %d", i, o, prev)
			}
			prev = o
		}
		if x.OrigOffset(len(x.Norm)) != len(line) {
			t.Fatal("end does not map to end")
		}
	}
	if n := len(Tokens(line)); n == 0 {
		t.Fatal("no tokens")
	}
	for enc := UTF8; enc < numEncodings; enc++ {
		x, err := Decode([]byte(small), enc)
		if err != nil || !utf8.ValidString(x.Norm) {
			t.Fatalf("%v: %v", enc, err)
		}
	}
	Detect([]byte(line))
	Fold(line)
	Key(small)
}

func TestEmptyInput(t *testing.T) {
	if x := Normalize(""); x.Norm != "" || x.OrigOffset(0) != 0 {
		t.Errorf("Normalize(\"\") = %+v", x)
	}
	if s, e := Normalize("").OrigSpan(0, 5); s != 0 || e != 0 {
		t.Errorf("OrigSpan out of range = %d, %d", s, e)
	}
	if x, err := Decode(nil, VNI); err != nil || x.Norm != "" {
		t.Errorf("Decode(nil) = %+v, %v", x, err)
	}
	if e, c := Detect(nil); e != UTF8 || c != 1 {
		t.Errorf("Detect(nil) = %v, %v", e, c)
	}
	if len(Tokens("")) != 0 || Fold("") != "" || Key("") != "" {
		t.Error("empty input gives output")
	}
	if x := Normalize("\u200b\ufeff"); x.Norm != "" || x.OrigOffset(0) != 6 {
		t.Errorf("invisible-only input = %q, end at %d", x.Norm, x.OrigOffset(0))
	}
}
