package dates

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"từ 8 g - 10 g .", "- 10 g .", "tháng 10 , 11 - 2000", "Tết Mậu Thân 1968", "hai ngày trước đó", "5.30 chiều",
	"", "Ngày 18/7", "ngày 3, 4 và 5/8", "ngày 30 và 1/5", "mùa đông vừa qua", "mùa hè năm 2024", "nhiệm kỳ 2020- 2025", "từ ngày 1/7 đến 15/7", "15/8 âm lịch năm 2024",
	"100/2019/NĐ-CP", "thứ 2 (18/7)", "8h30 sáng mai", "những tháng cuối năm 2024",
	"từ đầu năm đến nay", "\xff\xfe18/7\x00", "mùng 1 Tết Giáp Thìn", "thế kỷ XX",
	"2020-2025-2030", "ngày 31/2", "quý V/2024", "((((18/7", "9 giờ kém 90",
	"vài thập niên tới", "những năm tháng qua", "05:00 giờ sáng giờ miền Đông Chủ nhật", "cuối ngày Chủ nhật", "mất vài giờ",
}

func checkExprs(t *testing.T, text string, es []Expr) {
	last := 0
	for _, e := range es {
		if e.Start < last || e.Start >= e.End || e.End > len(text) {
			t.Fatalf("bad span %d-%d (last end %d) in %q", e.Start, e.End, last, text)
		}
		if text[e.Start:e.End] != e.Text {
			t.Fatalf("Text %q != slice %q", e.Text, text[e.Start:e.End])
		}
		if e.To.Before(e.From) {
			t.Fatalf("%q: end %v before start %v", e.Text, e.To, e.From)
		}
		if e.Kind == "" || e.Grain == "" || e.Value == "" {
			t.Fatalf("%q: empty kind, grain or value: %+v", e.Text, e)
		}
		last = e.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkExprs(t, text, Find(text, ref))
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		e, err := Parse(text, ref)
		if err == nil {
			checkExprs(t, text, []Expr{e})
		}
	})
}

func FuzzLunar(f *testing.F) {
	f.Add(2024, 8, 15, false)
	f.Add(2023, 2, 30, true)
	f.Fuzz(func(t *testing.T, y, m, d int, leap bool) {
		s, err := LunarToSolar(y, m, d, leap)
		if err != nil {
			return
		}
		y2, m2, d2, l2 := SolarToLunar(s)
		if y2 != y || m2 != m || d2 != d || l2 != leap {
			t.Fatalf("%d-%d-%d leap=%v -> %v -> %d-%d-%d leap=%v", y, m, d, leap, s, y2, m2, d2, l2)
		}
	})
}

// TestBadInput feeds invalid UTF-8, NUL bytes and a long line.
func TestBadInput(t *testing.T) {
	long := strings.Repeat("ngày 18/7 năm 2024 và từ 1/7 đến ", 1<<13) // ~280 KB
	for _, s := range []string{"\xff\xfe\xfd", "\x00\x00ngày\x0018/7", "18/7\xc3", long, strings.Repeat("1", 1<<20), strings.Repeat("/", 1000)} {
		es := Find(s, ref)
		checkExprs(t, s, es)
		_ = utf8.ValidString(s)
	}
	if n := len(Find(long, ref)); n < 1<<13 {
		t.Errorf("long line: %d expressions", n)
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in, want string
		err      error
	}{
		{"Ngày 18/7", "Ngày 18/7|date|2024-07-18|2024-07-18|day", nil},
		{"vào ngày 18/7.", "ngày 18/7|date|2024-07-18|2024-07-18|day", nil},
		{"trong 6 tháng đầu năm", "6 tháng đầu năm|date|2024-01-01|2024-06-30|month", nil},
		{"những năm 1980", "những năm 1980|date|1980-01-01|1989-12-31|decade", nil},
		{"nhiệm kỳ 2020- 2025", "nhiệm kỳ 2020- 2025|interval|2020-01-01|2025-12-31|year", nil},
		{"thứ 5 (18/7)", "thứ 5 (18/7)|date|2024-07-18|2024-07-18|day", nil},
		{"hôm nay và ngày mai", "", ErrPartial},
		{"18/7 là ngày họp", "", ErrPartial},
		{"năm người", "", ErrNoDate},
		{"", "", ErrNoDate},
	} {
		e, err := Parse(c.in, ref)
		if err != c.err || err == nil && show(e) != c.want {
			t.Errorf("Parse(%q) = %q, %v; want %q, %v", c.in, show(e), err, c.want, c.err)
		}
	}
}

func TestPeriodISO(t *testing.T) {
	for _, c := range []struct {
		p    Period
		want string
	}{
		{Period{Years: 3}, "P3Y"}, {Period{Years: 1, Months: 6}, "P1Y6M"}, {Period{Hours: 2, Minutes: 30}, "PT2H30M"}, {Period{}, "P0D"}, {Period{Weeks: 2}, "P2W"},
	} {
		if got := c.p.ISO(); got != c.want {
			t.Errorf("%+v.ISO() = %q, want %q", c.p, got, c.want)
		}
	}
}

func TestConcurrent(t *testing.T) {
	f := NewFinder(Options{})
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() {
			var b strings.Builder
			for i := 0; i < 50; i++ {
				for _, e := range f.Find("Ngày 18/7, từ đầu năm đến nay, 6 tháng đầu năm 2024", ref) {
					b.WriteString(show(e))
				}
			}
			done <- b.String()
		}()
	}
	first := <-done
	for g := 1; g < 4; g++ {
		if s := <-done; s != first {
			t.Error("concurrent results differ")
		}
	}
}

// FuzzVocabIndex checks that the hash table of the vocabulary answers as
// the map it is built from, for every key and for any string.
func FuzzVocabIndex(f *testing.F) {
	x := vocabTable()
	for k, id := range vocab {
		if got := x.get(k); got != id {
			f.Fatalf("vocabIndex.get(%q) = %d, want %d", k, got, id)
		}
		f.Add(k)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := x.get(s), vocab[s]; got != want {
			t.Fatalf("vocabIndex.get(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestNewToneVowels checks that isNewToneVowel knows the keys of newToOld
// and nothing else.
func TestNewToneVowels(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		if _, ok := newToOld[r]; ok != isNewToneVowel(r) {
			t.Errorf("isNewToneVowel(%q) = %v", r, !ok)
		}
	}
}
