// Package legacytest writes Vietnamese text in the legacy encodings (TCVN3,
// VNI, VIQR, VISCII, Windows-1258) for the tests of the example programs,
// from the table of letters that the normalize package's own tests keep
// in normalize/testdata. The programs read such text; nothing in the
// module writes it.
package legacytest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Encode returns s written in enc, the name of a letters.* file ("tcvn3",
// "vni", "viqr", "viscii", "cp1258"): each Vietnamese letter as the table
// gives it, ASCII as it is. Any other character fails the test. It is
// called from a test of a program two directories below the module's
// root (examples/tag, examples/serve), whose working directory that is.
func Encode(t testing.TB, s, enc string) []byte {
	t.Helper()
	read := func(name string) []string {
		b, err := os.ReadFile(filepath.Join("..", "..", "normalize", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimRight(string(b), "\n"), " ")
	}
	uni, leg := read("letters.txt"), read("letters."+enc)
	if len(uni) != len(leg) {
		t.Fatalf("letters.%s has %d letters, letters.txt %d", enc, len(leg), len(uni))
	}
	m := map[rune]string{}
	for i, u := range uni {
		if r := []rune(u); len(r) == 1 {
			m[r[0]] = leg[i]
		}
	}
	var b []byte
	for _, r := range s {
		if l, ok := m[r]; ok {
			b = append(b, l...)
		} else if r < 0x80 {
			b = append(b, byte(r))
		} else {
			t.Fatalf("%U is not in letters.%s", r, enc)
		}
	}
	return b
}
