package dates_test

import (
	"fmt"
	"time"

	"github.com/vntag/vntag/dates"
)

func ExampleFind() {
	ref := time.Date(2024, 7, 18, 0, 0, 0, 0, dates.UTC7())
	text := "Ngày 18/7, Huyện ủy sơ kết 6 tháng đầu năm và nhiệm kỳ 2020- 2025."
	for _, e := range dates.Find(text, ref) {
		fmt.Println(e.Text, "→", e.Kind, e.StartString(), e.EndString(), e.Grain, e.Value)
	}
	// Output:
	// Ngày 18/7 → date 2024-07-18 2024-07-18 day 2024-07-18
	// 6 tháng đầu năm → date 2024-01-01 2024-06-30 month 2024-H1
	// nhiệm kỳ 2020- 2025 → interval 2020-01-01 2025-12-31 year 2020/2025
}

func ExampleParse() {
	ref := time.Date(2024, 7, 18, 0, 0, 0, 0, dates.UTC7())
	e, err := dates.Parse("15/8 âm lịch năm 2024", ref)
	if err != nil {
		panic(err)
	}
	fmt.Println(e.StartString(), e.Rule)
	// Output: 2024-09-17 numeric
}

func ExampleLunarToSolar() {
	tet, _ := dates.LunarToSolar(2025, 1, 1, false)
	fmt.Println(tet.Format("2006-01-02"))
	y, m, d, leap := dates.SolarToLunar(time.Date(2024, 9, 17, 0, 0, 0, 0, dates.UTC7()))
	fmt.Println(y, m, d, leap)
	// Output:
	// 2025-01-29
	// 2024 8 15 false
}

func ExampleNewFinder() {
	f := dates.NewFinder(dates.Options{Prefer: dates.PreferPast})
	ref := time.Date(2024, 7, 18, 0, 0, 0, 0, dates.UTC7())
	for _, e := range f.Find("Hội nghị diễn ra ngày 2/9.", ref) {
		fmt.Println(e.Text, e.StartString())
	}
	// Output: ngày 2/9 2023-09-02
}

// An assistant asks for the future: a weekday or a clock time without a
// date is the next one, and windows of N units follow the current one.
func ExampleOptions_prefer() {
	f := dates.NewFinder(dates.Options{Prefer: dates.PreferFuture})
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.FixedZone("", -2*3600)) // a Tuesday
	for _, s := range []string{"thứ ba", "lúc 3 giờ", "4 giờ sáng", "3 ngày tới", "2 giờ vừa qua"} {
		e, err := f.Parse(s, ref)
		if err != nil {
			panic(err)
		}
		fmt.Println(s, "→", e.StartString(), e.EndString(), e.Grain)
	}
	// Output:
	// thứ ba → 2013-02-19 2013-02-19 day
	// lúc 3 giờ → 2013-02-12T15:00 2013-02-12T15:00 minute
	// 4 giờ sáng → 2013-02-13T04:00 2013-02-13T04:00 minute
	// 3 ngày tới → 2013-02-13 2013-02-15 day
	// 2 giờ vừa qua → 2013-02-12T02:00 2013-02-12T03:00 hour
}

// Tokenised text writes dates with spaces round the dash; counts of a
// noun stay numbers.
func ExampleFind_tokenised() {
	ref := time.Date(2020, 8, 1, 0, 0, 0, 0, dates.UTC7())
	text := "Sáng 28 - 7 , BN 1050 - 1051 được xét nghiệm 2 - 3 lần từ ngày 20 và 21 - 7 ."
	for _, e := range dates.Find(text, ref) {
		fmt.Println(e.Text, "→", e.StartString(), e.EndString(), e.Grain)
	}
	// Output:
	// Sáng 28 - 7 → 2020-07-28T04:00 2020-07-28T11:00 hour
	// ngày 20 và 21 - 7 → 2020-07-20 2020-07-21 day
}
