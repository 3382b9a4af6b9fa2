package dates

import (
	"encoding/csv"
	"os"
	"strconv"
	"testing"
	"time"
)

// TestLunarHolidayDates checks both conversions against every lunar
// holiday of lunar years 1990–2050 (testdata/holiday_dates.csv, computed
// with an independent implementation).
func TestLunarHolidayDates(t *testing.T) {
	f, err := os.Open("testdata/holiday_dates.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rows[1:] {
		ly, _ := strconv.Atoi(r[0])
		lm, _ := strconv.Atoi(r[3])
		ld, _ := strconv.Atoi(r[4])
		want, err := time.Parse("2006-01-02", r[5])
		if err != nil {
			t.Fatal(err)
		}
		if r[1] == "tet_eve" {
			ld = lunarMonthLength(ly, 12, false)
		}
		got, err := LunarToSolar(ly, lm, ld, false)
		if err != nil || got.Format("2006-01-02") != r[5] {
			t.Errorf("LunarToSolar(%d, %d, %d) = %v, %v; want %s (%s)", ly, lm, ld, got, err, r[5], r[2])
		}
		y, m, d, leap := SolarToLunar(want)
		if y != ly || m != lm || d != ld || leap {
			t.Errorf("SolarToLunar(%s) = %d-%d-%d leap=%v; want %d-%d-%d", r[5], y, m, d, leap, ly, lm, ld)
		}
		n++
	}
	if n < 600 {
		t.Errorf("only %d rows checked", n)
	}
}

func TestLunarKnownTet(t *testing.T) {
	for y, want := range map[int]string{
		1900: "1900-01-31", 1985: "1985-01-21", 2007: "2007-02-17", 2024: "2024-02-10",
		2025: "2025-01-29", 2026: "2026-02-17", 2030: "2030-02-02", 2100: "2100-02-09",
	} {
		got, err := LunarToSolar(y, 1, 1, false)
		if err != nil || got.Format("2006-01-02") != want {
			t.Errorf("Tết %d = %v, %v; want %s", y, got, err, want)
		}
	}
}

func TestLunarRoundTrip(t *testing.T) {
	start := time.Date(1900, 2, 1, 0, 0, 0, 0, UTC7())
	end := time.Date(2199, 12, 1, 0, 0, 0, 0, UTC7())
	for d := start; d.Before(end); d = d.AddDate(0, 0, 13) {
		y, m, dd, leap := SolarToLunar(d)
		got, err := LunarToSolar(y, m, dd, leap)
		if err != nil || !got.Equal(d) {
			t.Fatalf("round trip %s -> %d-%d-%d leap=%v -> %v, %v", d.Format("2006-01-02"), y, m, dd, leap, got, err)
		}
	}
}

func TestLunarInvalid(t *testing.T) {
	for _, c := range [][4]int{{1899, 1, 1, 0}, {2200, 1, 1, 0}, {2024, 13, 1, 0}, {2024, 1, 0, 0}, {2024, 1, 31, 0}, {2024, 5, 1, 1}} {
		if _, err := LunarToSolar(c[0], c[1], c[2], c[3] == 1); err == nil {
			t.Errorf("LunarToSolar%v: no error", c)
		}
	}
	// 2023 has a leap month 2
	if _, err := LunarToSolar(2023, 2, 1, true); err != nil {
		t.Errorf("leap 2/2023: %v", err)
	}
}
