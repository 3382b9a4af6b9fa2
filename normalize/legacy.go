package normalize

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// An Encoding is a character encoding Vietnamese text may come in.
type Encoding uint8

const (
	UTF8   Encoding = iota // UTF-8, the Unicode text of today
	TCVN3                  // TCVN 5712:1993, the ABC fonts (.VnTime); decoded with the VN1 table
	VNI                    // VNI-Windows: base letters followed by mark bytes (VNI-Times fonts)
	VIQR                   // VIQR (RFC 1456): ASCII with mnemonic marks, "Vie^.t Nam"
	VISCII                 // VISCII (RFC 1456)
	CP1258                 // Windows-1258: base letters with combining tone marks
	numEncodings
)

var encodingNames = [numEncodings]string{"utf8", "tcvn3", "vni", "viqr", "viscii", "cp1258"}

// String returns the name of e as ParseEncoding accepts it.
func (e Encoding) String() string {
	if e < numEncodings {
		return encodingNames[e]
	}
	return "Encoding(" + strconv.Itoa(int(e)) + ")"
}

// ErrUnknownEncoding is returned (wrapped) for an encoding name or value this
// package does not know.
var ErrUnknownEncoding = errors.New("normalize: unknown encoding")

// ParseEncoding returns the Encoding called name. It accepts the names of
// Encoding.String and the usual aliases ("utf-8", "tcvn", "abc",
// "vni-windows", "windows-1258" …), in any case. "auto" is not an encoding:
// call Detect.
func ParseEncoding(name string) (Encoding, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "utf8", "utf-8":
		return UTF8, nil
	case "tcvn3", "tcvn", "tcvn-3", "tcvn5712", "tcvn5712-1", "tcvn-5712", "abc", "vn3":
		return TCVN3, nil
	case "vni", "vni-windows", "vniwin", "vni-win":
		return VNI, nil
	case "viqr":
		return VIQR, nil
	case "viscii":
		return VISCII, nil
	case "cp1258", "windows-1258", "windows1258", "cp-1258":
		return CP1258, nil
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownEncoding, name)
}

// Decode decodes b from enc and normalises it with the zero Options. The
// Text's Orig is string(b) and its offset map points into b.
func Decode(b []byte, enc Encoding) (*Text, error) {
	return (&Normalizer{}).Decode(b, enc)
}

// Decode decodes b from enc to Unicode and normalises the result. The
// Text's Orig is string(b) and its offset map points into b: a letter that
// took two bytes in VNI or four in VIQR maps to all of them.
//
// Bytes an encoding leaves undefined decode as in Windows-1252 (VNI) or as
// U+FFFD (the others); invalid UTF-8 is handled as String does.
func (n *Normalizer) Decode(b []byte, enc Encoding) (*Text, error) {
	s := string(b)
	var raw *Text
	switch enc {
	case UTF8:
		return n.String(s), nil
	case TCVN3, VISCII, CP1258:
		raw = decodeSingle(s, byteTable(enc))
	case VNI:
		raw = decodeVNI(s)
	case VIQR:
		raw = decodeVIQR(s)
	default:
		return nil, fmt.Errorf("%w: %v", ErrUnknownEncoding, enc)
	}
	return compose(raw, n.String(raw.Norm)), nil
}

//go:embed tables/*.txt
var tableFS embed.FS

var (
	tablesOnce sync.Once
	tcvn3Table [256]rune
	visciiTab  [256]rune
	cp1258Tab  [256]rune
	cp1252Tab  [256]rune
	vniPairs   map[[2]byte]rune // base byte + mark byte
	vniSingle  [256]rune        // letters of one byte
	// encoders, for Detect's checks and the tests.
	tcvn3Enc, visciiEnc map[rune]byte
	vniEnc              map[rune]string
)

func loadTables() {
	tablesOnce.Do(func() {
		for i := range 256 {
			tcvn3Table[i], visciiTab[i] = rune(i), rune(i)
			cp1258Tab[i] = charmap.Windows1258.DecodeByte(byte(i))
			cp1252Tab[i] = charmap.Windows1252.DecodeByte(byte(i))
		}
		readByteTable("tables/tcvn3.txt", &tcvn3Table)
		readByteTable("tables/viscii.txt", &visciiTab)
		tcvn3Enc, visciiEnc = invert(&tcvn3Table), invert(&visciiTab)
		readVNI()
	})
}

func invert(t *[256]rune) map[rune]byte {
	m := make(map[rune]byte, 256)
	for i := 255; i >= 0; i-- {
		m[t[i]] = byte(i)
	}
	return m
}

// readByteTable reads lines "0xNN<TAB>U+XXXX…" into t.
func readByteTable(name string, t *[256]rune) {
	f, err := tableFS.Open(name)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		b, err1 := strconv.ParseUint(strings.TrimPrefix(fields[0], "0x"), 16, 8)
		r, err2 := strconv.ParseUint(strings.TrimPrefix(fields[1], "U+"), 16, 32)
		if err1 != nil || err2 != nil {
			panic("normalize: bad line in " + name + ": " + line)
		}
		t[b] = rune(r)
	}
}

// readVNI reads lines "letter<TAB>hex bytes…".
func readVNI() {
	data, err := tableFS.ReadFile("tables/vni.txt")
	if err != nil {
		panic(err)
	}
	vniPairs = make(map[[2]byte]rune, 256)
	vniEnc = make(map[rune]string, 140)
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		r, _ := utf8.DecodeRuneInString(fields[0])
		var bs []byte
		for _, h := range strings.Fields(fields[1]) {
			v, err := strconv.ParseUint(h, 16, 8)
			if err != nil {
				panic("normalize: bad line in vni.txt: " + line)
			}
			bs = append(bs, byte(v))
		}
		vniEnc[r] = string(bs)
		switch len(bs) {
		case 1:
			vniSingle[bs[0]] = r
		case 2:
			vniPairs[[2]byte{bs[0], bs[1]}] = r
			// Mark bytes come in either case; the base sets the case.
			if bs[1] >= 0xc0 {
				k := [2]byte{bs[0], bs[1] ^ 0x20}
				if _, ok := vniPairs[k]; !ok {
					vniPairs[k] = r
				}
			}
		}
	}
}

func byteTable(enc Encoding) *[256]rune {
	loadTables()
	switch enc {
	case TCVN3:
		return &tcvn3Table
	case VISCII:
		return &visciiTab
	}
	return &cp1258Tab
}

// decodeSingle decodes a single-byte encoding.
func decodeSingle(s string, t *[256]rune) *Text {
	b := legacyBuilder(s)
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf && t[s[j]] == rune(s[j]) {
			j++
		}
		if j > i {
			b.copyOf(s, i, j)
			i = j
			continue
		}
		b.replaceRune(t[s[i]], i, i+1)
		i++
	}
	return b.text(s)
}

// legacyBuilder returns a builder sized for decoding s, whose bytes above
// ASCII each become a letter of up to three bytes.
func legacyBuilder(s string) builder {
	high := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			high++
		}
	}
	var b builder
	b.out = make([]byte, 0, len(s)+2*high)
	b.m.edits = make(offsetMap, 0, high+1)
	return b
}

// decodeVNI decodes VNI-Windows.
func decodeVNI(s string) *Text {
	loadTables()
	b := legacyBuilder(s)
	for i := 0; i < len(s); {
		// A run of ASCII that no mark byte follows.
		j := i
		for j+1 < len(s) && s[j] < utf8.RuneSelf && s[j+1] < utf8.RuneSelf {
			j++
		}
		if j > i {
			b.copyOf(s, i, j)
			i = j
			continue
		}
		if i+1 < len(s) && s[i+1] >= 0xc0 { // every mark byte is
			if r, ok := vniPairs[[2]byte{s[i], s[i+1]}]; ok {
				b.replaceRune(r, i, i+2)
				i += 2
				continue
			}
		}
		c := s[i]
		switch {
		case vniSingle[c] != 0:
			b.replaceRune(vniSingle[c], i, i+1)
		case c < utf8.RuneSelf:
			b.copyOf(s, i, i+1)
		default:
			b.replaceRune(cp1252Tab[c], i, i+1)
		}
		i++
	}
	return b.text(s)
}

// VIQR marks.
func viqrVowelMark(v int, c byte) int {
	switch {
	case c == '(' && v == vA:
		return vAbreve
	case c == '^' && v == vA:
		return vAcirc
	case c == '^' && v == vE:
		return vEcirc
	case c == '^' && v == vO:
		return vOcirc
	case c == '+' && v == vO:
		return vOhorn
	case c == '+' && v == vU:
		return vUhorn
	}
	return -1
}

func viqrTone(c byte) int {
	switch c {
	case '\'':
		return toneAcute
	case '`':
		return toneGrave
	case '?':
		return toneHook
	case '~':
		return toneTilde
	case '.':
		return toneDot
	}
	return -1
}

// A viqrUnit is one decoded letter of a VIQR word.
type viqrUnit struct {
	r          rune
	from, to   int  // its bytes
	toneByte   bool // the last byte is a tone mark
	vowelMarks bool // it carries a breve, circumflex or horn
}

// decodeVIQR decodes VIQR. A tone mark must follow the vowel it belongs
// to, after any vowel mark. A mark that would not make a Vietnamese
// syllable at the end of a word ("chao." or "dda^u?" with the tone already
// given) is taken as punctuation; a backslash makes the next mark literal.
func decodeVIQR(s string) *Text {
	var b builder
	b.out = make([]byte, 0, len(s))
	var units []viqrUnit
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\\' && i+1 < len(s) && strings.IndexByte("'`?~.(^+\\-", s[i+1]) >= 0 {
			b.copyOf(s, i+1, i+2)
			i += 2
			continue
		}
		if !isASCIILetter(c) {
			if c < utf8.RuneSelf {
				b.copyOf(s, i, i+1)
				i++
			} else {
				r, w := utf8.DecodeRuneInString(s[i:])
				if r == utf8.RuneError && w <= 1 {
					b.replaceString("\uFFFD", i, i+1)
				} else {
					b.copyOf(s, i, i+w)
				}
				i += w
			}
			continue
		}
		units, i = viqrWord(s, i, units[:0])
		for _, u := range units {
			if u.to-u.from == 1 && u.r < utf8.RuneSelf {
				b.copyOf(s, u.from, u.to)
			} else {
				b.replaceRune(u.r, u.from, u.to)
			}
		}
	}
	return b.text(s)
}

// viqrWord decodes the VIQR word at s[i:], which starts with a letter, and
// returns its units and its end.
func viqrWord(s string, i int, units []viqrUnit) ([]viqrUnit, int) {
	start := i
	for i < len(s) && isASCIILetter(s[i]) {
		c := s[i]
		u := viqrUnit{r: rune(c), from: i, to: i + 1}
		i++
		// dd at the start of a word, DD anywhere ("HDDND").
		if (c == 'd' || c == 'D') && i < len(s) && (s[i] == 'd' || s[i] == 'D') && (i == start+1 || c == 'D' && s[i] == 'D') {
			u.r, u.to = 'đ', i+1
			if c == 'D' {
				u.r = 'Đ'
			}
			i++
		} else if l := vowelInfo(rune(c)); l.isVowel() {
			v, t := l.vowel(), toneLevel
			if i < len(s) {
				if nv := viqrVowelMark(v, s[i]); nv >= 0 {
					v, u.vowelMarks = nv, true
					i++
				}
			}
			if i < len(s) {
				if nt := viqrTone(s[i]); nt >= 0 {
					t, u.toneByte = nt, true
					i++
				}
			}
			up := 0
			if l.upper() {
				up = 1
			}
			u.r, u.to = vowelRunes[v][t][up], i
		}
		units = append(units, u)
	}
	if viqrValid(units) {
		return units, i
	}
	// A tone byte at the very end may be punctuation.
	if n := len(units); n > 0 && units[n-1].toneByte && units[n-1].to == i {
		last := &units[n-1]
		tb := s[last.to-1]
		if tb == '.' || tb == '?' || tb == '\'' {
			l := vowelInfo(last.r)
			up := 0
			if l.upper() {
				up = 1
			}
			last.r = vowelRunes[l.vowel()][toneLevel][up]
			last.to--
			last.toneByte = false
			return units, i - 1
		}
	}
	return units, i
}

// viqrValid reports whether the decoded word has at most one tone, placed
// where one of the two styles puts it, on a Vietnamese syllable.
func viqrValid(units []viqrUnit) bool {
	var buf [4 * maxSyllable]byte
	w := buf[:0]
	for _, u := range units {
		if len(w)+4 > len(buf) {
			return false
		}
		w = utf8.AppendRune(w, u.r)
	}
	var sy syllable
	if !parseSyllable(w, &sy) {
		return false
	}
	if sy.toneAt < 0 {
		return true
	}
	return sy.toneAt == sy.tonePosition(ToneOld) || sy.toneAt == sy.tonePosition(ToneNew)
}
