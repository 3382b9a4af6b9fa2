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
