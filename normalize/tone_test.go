package normalize

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestProvinces writes both tone styles, the key and the folded form of
// every province name, old and current, to a golden file, and checks that
// the styles convert into each other and share a key.
func TestProvinces(t *testing.T) {
	old, neu := New(Options{Tone: ToneOld}), New(Options{Tone: ToneNew})
	var b strings.Builder
	b.WriteString("# era\tname\told style\tnew style\tKey\tFold\n")
	seen := map[string]bool{}
	for _, line := range strings.Split(readFile(t, "testdata/provinces.txt"), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		era, name, _ := strings.Cut(line, "\t")
		o, n := old.String(name).Norm, neu.String(name).Norm
		if old.String(n).Norm != o || neu.String(o).Norm != n {
			t.Errorf("%q: styles do not convert into each other: %q, %q", name, o, n)
		}
		for _, v := range []string{name, o, n, strings.ToUpper(n), nfd(o)} {
			if Key(v) != Key(name) {
				t.Errorf("Key(%q) = %q, Key(%q) = %q", v, Key(v), name, Key(name))
			}
			if Fold(v) != Fold(name) {
				t.Errorf("Fold(%q) = %q, Fold(%q) = %q", v, Fold(v), name, Fold(name))
			}
		}
		seen[era] = true
		b.WriteString(era + "\t" + name + "\t" + o + "\t" + n + "\t" + Key(name) + "\t" + Fold(name) + "\n")
	}
	golden(t, "testdata/provinces.golden", b.String())
}

func TestKeyAndFold(t *testing.T) {
	tests := []struct{ in, key, fold string }{
		{"Thanh Hóa", "thanh hoá", "thanh hoa"},
		{"Thanh Hoá", "thanh hoá", "thanh hoa"},
		{"THANH HÓA", "thanh hoá", "thanh hoa"},
		{"Lạng Giang", "lạng giang", "lang giang"},
		{"Đắk Lắk", "đắk lắk", "dak lak"},
		{"Huyện ủy", "huyện uỷ", "huyen uy"},
		{"Hà  Nội", "hà nội", "ha  noi"},
		{"Ðà Nẵng", "đà nẵng", "da nang"},
		{"hello", "hello", "hello"},
		{"Zürich", "zürich", "zurich"},
		{"", "", ""},
	}
	for _, tt := range tests {
		for _, in := range []string{tt.in, nfd(tt.in)} {
			if got := Key(in); got != tt.key {
				t.Errorf("Key(%q) = %q, want %q", in, got, tt.key)
			}
			if got := Fold(in); got != tt.fold {
				t.Errorf("Fold(%q) = %q, want %q", in, got, tt.fold)
			}
		}
	}
	// All 134 letters fold to ASCII and keep their key.
	for _, l := range strings.Fields(readFile(t, "testdata/letters.txt")) {
		f := Fold(l)
		if len(f) != 1 || f[0] < 'a' || f[0] > 'z' {
			t.Errorf("Fold(%q) = %q", l, f)
		}
		if k := Key(l); k != strings.ToLower(l) {
			t.Errorf("Key(%q) = %q", l, k)
		}
	}
}

func TestFoldNoAllocation(t *testing.T) {
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() { buf = AppendFold(buf[:0], "Nguyễn Thị Hoà") }); n != 0 {
		t.Errorf("AppendFold: %v allocations", n)
	}
	if n := testing.AllocsPerRun(100, func() { Fold("lang giang") }); n != 0 {
		t.Errorf("Fold of a folded key: %v allocations", n)
	}
	if n := testing.AllocsPerRun(100, func() { buf = AppendKey(buf[:0], "Nguyễn") }); n != 0 {
		t.Errorf("AppendKey of a clean word: %v allocations", n)
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("%s differs at line %d:\n got %q\nwant %q", name, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s differs in length: %d lines, want %d", name, len(gl), len(wl))
	}
}
