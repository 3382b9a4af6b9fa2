package gazetteer

import "testing"

// TestCapitalize checks that only the first letter changes and that the
// rest of the string is kept byte for byte, even when the string does not
// start with valid UTF-8 (the first rune used to be measured after
// re-encoding: "\xffab" lost "ab", and "\xff" panicked).
func TestCapitalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"xã", "Xã"},
		{"ấp", "Ấp"},
		{"đặc khu", "Đặc khu"},
		{"khu phố", "Khu phố"},
		{"Huyện", "Huyện"},
		{"1 khu", "1 khu"},
		{"\xff", "\xff"},
		{"\xffab", "\xffab"},
		{"\xe1\xba", "\xe1\xba"}, // "ấ" cut short
		{"ư\xff", "Ư\xff"},
	}
	for _, tt := range tests {
		if got := capitalize(tt.in); got != tt.want {
			t.Errorf("capitalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// A type word the switch of fullNamePrefix does not know.
	if got := fullNamePrefix("khu phố"); got != "Khu phố " {
		t.Errorf("fullNamePrefix(khu phố) = %q", got)
	}
}
