package normalize

import "testing"

func TestAppendLower(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Huyện Ủy LẠNG GIANG", "huyện ủy lạng giang"},
		{"ĐỒNG CHÍ Tạ Huy Cần", "đồng chí tạ huy cần"},
		{"Thanh Hoá, THỦY", "thanh hoá, thủy"}, // tone marks stay where they are
		{"TP.HCM 2024", "tp.hcm 2024"},
		{"\xffA", "\uFFFDa"},
	} {
		if got := string(AppendLower([]byte("x"), tc.in)); got != "x"+tc.want {
			t.Errorf("AppendLower(%q) = %q, want %q", tc.in, got[1:], tc.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { AppendLower(make([]byte, 0, 64), "Huyện Ủy Lạng Giang") }); n > 1 {
		t.Errorf("AppendLower allocates %v times, want at most the buffer", n)
	}
}

func TestAppendKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Thanh Hóa", "thanh hoá"},
		{"THỦY LỢI, Hoà Bình", "thuỷ lợi, hoà bình"},
		{"Khóa XV", "khoá xv"},
		{"TP.HCM 2024", "tp.hcm 2024"},
	} {
		if got := string(AppendKey([]byte("x"), tc.in)); got != "x"+tc.want {
			t.Errorf("AppendKey(%q) = %q, want %q", tc.in, got[1:], tc.want)
		}
		if got := string(AppendCleanKey([]byte("x"), tc.in)); got != "x"+tc.want {
			t.Errorf("AppendCleanKey(%q) = %q, want %q", tc.in, got[1:], tc.want)
		}
	}
	// Tokens of a normalised text are keyed without allocating, whatever
	// their tone style: the View keys every token of every document.
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() { buf = AppendKey(buf[:0], "Thanh Hóa thủy") }); n > 0 {
		t.Errorf("AppendKey allocates %v times on clean text, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { buf = AppendCleanKey(buf[:0], "Thanh Hóa thủy") }); n > 0 {
		t.Errorf("AppendCleanKey allocates %v times, want 0", n)
	}
}
