package dates

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vntag/vntag/normalize"
)

var ref = time.Date(2024, 7, 18, 0, 0, 0, 0, UTC7())

// show renders an Expr compactly: text|kind|start|end|grain.
func show(e Expr) string {
	return fmt.Sprintf("%s|%s|%s|%s|%s", e.Text, e.Kind, e.StartString(), e.EndString(), e.Grain)
}

// findCase lists what Find must return for a text at ref: each expression
// as text|kind|start|end|grain; no wants means nothing may be found.
type findCase struct {
	text string
	want []string
}

func runFind(t *testing.T, f *Finder, r time.Time, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, e := range f.Find(c.text, r) {
			got = append(got, show(e))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("Find(%q)\n got: %q\nwant: %q", c.text, got, c.want)
		}
	}
}

var numericCases = []findCase{
	{"Ngày 18/7, Huyện ủy Lạng Giang", []string{"Ngày 18/7|date|2024-07-18|2024-07-18|day"}},
	{"18/7/2024", []string{"18/7/2024|date|2024-07-18|2024-07-18|day"}},
	{"vào 18-7-2024", []string{"18-7-2024|date|2024-07-18|2024-07-18|day"}},
	{"18.7.2024", []string{"18.7.2024|date|2024-07-18|2024-07-18|day"}},
	{"ngày 18.7", []string{"ngày 18.7|date|2024-07-18|2024-07-18|day"}},
	{"ngày 18-7", []string{"ngày 18-7|date|2024-07-18|2024-07-18|day"}},
	{"ngày 5", []string{"ngày 5|date|2024-07-05|2024-07-05|day"}},
	{"Kết luận số 21-KL/TW ngày 25/10/2021", []string{"ngày 25/10/2021|date|2021-10-25|2021-10-25|day"}},
	{"ngày 29/2", []string{"ngày 29/2|date|2024-02-29|2024-02-29|day"}},
	{"ngày 31/6", nil},
	{"18/7 và 2/9", []string{"18/7|date|2024-07-18|2024-07-18|day", "2/9|date|2024-09-02|2024-09-02|day"}},
	{"tháng 7/2024", []string{"tháng 7/2024|date|2024-07-01|2024-07-31|month"}},
	{"trong 7/2024", []string{"7/2024|date|2024-07-01|2024-07-31|month"}},
	{"tháng 12 năm 2023", []string{"tháng 12 năm 2023|date|2023-12-01|2023-12-31|month"}},
	{"năm 2024", []string{"năm 2024|date|2024-01-01|2024-12-31|year"}},
	{"NĂM 2024", []string{"NĂM 2024|date|2024-01-01|2024-12-31|year"}},
	// not dates
	{"Nghị định 100/2019/NĐ-CP", nil},
	{"Nghị quyết 18/NQ-TW", nil},
	{"Kết luận số 21-KL/TW", nil},
	{"tăng 6,93%", nil},
	{"thắng 2-1", nil},
	{"iPhone 7/7 Plus", nil},
	{"1/4 số người", nil},
	{"chiếm 2/3 diện tích", nil},
	{"năm người", nil},
	{"ngày", nil},
	{"số 15/2024", nil},
	{"gọi 0912.345.678 hoặc 1900 1234", nil},
	{"mỗi ngày 2 lần", nil},
}

var writtenCases = []findCase{
	{"ngày 18 tháng 7 năm 2024", []string{"ngày 18 tháng 7 năm 2024|date|2024-07-18|2024-07-18|day"}},
	{"Ngày mười lăm tháng tám", []string{"Ngày mười lăm tháng tám|date|2024-08-15|2024-08-15|day"}},
	{"ngày hai mươi mốt tháng Mười Hai năm 2023", []string{"ngày hai mươi mốt tháng Mười Hai năm 2023|date|2023-12-21|2023-12-21|day"}},
	{"18 tháng 7", []string{"18 tháng 7|date|2024-07-18|2024-07-18|day"}},
	{"tháng Bảy", []string{"tháng Bảy|date|2024-07-01|2024-07-31|month"}},
	{"tháng Tư năm ngoái", []string{"tháng Tư năm ngoái|date|2023-04-01|2023-04-30|month"}},
	{"tháng Mười Một", []string{"tháng Mười Một|date|2024-11-01|2024-11-30|month"}},
	{"tháng 13", nil},
	{"những tháng năm ấy", nil},
}

func TestFindNumeric(t *testing.T) { runFind(t, defaultFinder, ref, numericCases) }
func TestFindWritten(t *testing.T) { runFind(t, defaultFinder, ref, writtenCases) }

var rangeCases = []findCase{
	{"18-20/7", []string{"18-20/7|interval|2024-07-18|2024-07-20|day"}},
	{"từ ngày 1/7 đến 15/7", []string{"từ ngày 1/7 đến 15/7|interval|2024-07-01|2024-07-15|day"}},
	{"từ ngày 1 đến ngày 15/7", []string{"từ ngày 1 đến ngày 15/7|interval|2024-07-01|2024-07-15|day"}},
	{"nhiệm kỳ 2020- 2025", []string{"nhiệm kỳ 2020- 2025|interval|2020-01-01|2025-12-31|year"}},
	{"2020 - 2025", []string{"2020 - 2025|interval|2020-01-01|2025-12-31|year"}},
	{"từ năm 2020 đến năm 2025", []string{"từ năm 2020 đến năm 2025|interval|2020-01-01|2025-12-31|year"}},
	{"tháng 7-8/2024", []string{"tháng 7-8/2024|interval|2024-07-01|2024-08-31|month"}},
	{"từ 28/6 đến 3/7", []string{"từ 28/6 đến 3/7|interval|2024-06-28|2024-07-03|day"}},
	{"1900-1234", nil},
}

func TestFindRanges(t *testing.T) { runFind(t, defaultFinder, ref, rangeCases) }

// FindTokens, given the tokens of the text, finds exactly what Find finds.
func TestFindTokensAgreesWithFind(t *testing.T) {
	ref := time.Date(2024, 7, 18, 0, 0, 0, 0, UTC7())
	f := NewFinder(Options{})
	for _, text := range []string{
		"Ngày 18/7, Huyện ủy Lạng Giang tổ chức sơ kết 6 tháng đầu năm và nhiệm kỳ 2020- 2025.",
		"Từ đầu năm đến nay, chiều 13/8 và rằm tháng Giêng năm Giáp Thìn.",
		"",
		"\xff 21-KL/TW",
	} {
		want := f.Find(text, ref)
		got := f.FindTokens(text, normalize.Tokens(text), ref)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("FindTokens(%q) = %v, Find gives %v", text, got, want)
		}
	}
}

// TestDayListApprox checks that days joined by "và" or commas are an exact
// interval when they follow each other, and an approximate one otherwise.
func TestDayListApprox(t *testing.T) {
	for _, c := range []struct {
		text   string
		approx bool
	}{
		{"ngày 27 và 28/6", false},
		{"ngày 3, 4, 5/7", false},
		{"ngày 3 và 5/7", true},
	} {
		es := Find(c.text, ref)
		if len(es) != 1 || es[0].Kind != KindInterval || es[0].Approx != c.approx {
			t.Errorf("Find(%q) = %+v, want one interval with Approx %v", c.text, es, c.approx)
		}
	}
}

// TestSeasonValue checks the TIMEX3 season code and the approximate flag.
func TestSeasonValue(t *testing.T) {
	es := Find("mùa đông năm 2023", ref)
	if len(es) != 1 || es[0].Value != "2023-WI" || !es[0].Approx {
		t.Errorf("Find = %+v, want value 2023-WI, approximate", es)
	}
}
