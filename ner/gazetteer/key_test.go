package gazetteer

import (
	"testing"
	"unicode"
)

// TestIsLetter checks the fast path of isLetter against unicode.IsLetter
// over the blocks where it takes a short cut and around them.
func TestIsLetter(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Errorf("isLetter(%U) = %v, unicode.IsLetter says %v", r, isLetter(r), unicode.IsLetter(r))
		}
	}
}
