package dates

import "testing"

// Forms met in real news (UD-VTB, tokenised; NTREX, translated), written
// for this package after them, with the reference of the other cases
// (Thursday 2024-07-18).
var realNewsCases = []findCase{
	// "bây giờ", "hiện giờ" alone are the deictic now of an adverb, as
	// "hiện nay" is: no date in running text
	{"Không phải đợi đến bây giờ đâu", nil},
	{"Bây giờ họ đứng đầu bảng", nil},
	{"Hiện giờ chúng tôi vẫn đấu tranh", nil},
	{"bây giờ là 5 giờ chiều", []string{"5 giờ chiều|time|2024-07-18T17:00|2024-07-18T17:00|minute"}},
	{"từ năm 2020 đến bây giờ", []string{"từ năm 2020 đến bây giờ|interval|2020-01-01|2024-07-18|day"}},
}

func TestFindRealNews(t *testing.T) { runFind(t, defaultFinder, ref, realNewsCases) }

// TestParseNow: asked for one expression, Parse reads "bây giờ" as the
// reference time, as Duckling does.
func TestParseNow(t *testing.T) {
	for _, s := range []string{"bây giờ", "Hiện giờ"} {
		e, err := Parse(s, ref)
		if err != nil || e.Kind != KindTime || !e.From.Equal(ref) {
			t.Errorf("Parse(%q) = %v, %v; want the reference time", s, show(e), err)
		}
	}
}
