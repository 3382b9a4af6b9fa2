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
