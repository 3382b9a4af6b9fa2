package score

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/vntag/vntag/ner"
)

// Grains lists the DATE grains of ner/ANNOTATION.md, finest first.
var grains = []string{"second", "minute", "hour", "day", "week", "month", "quarter", "half", "year", "decade", "century"}

// kinds lists the DATE kinds of ner/ANNOTATION.md.
var kinds = []string{"date", "time", "interval", "duration", "set"}

var durationRE = regexp.MustCompile(`^P(?:\d+(?:[.,]\d+)?[YMWD])*(?:T(?:\d+(?:[.,]\d+)?[HMS])+)?$`)

const (
	dayLayout    = "2006-01-02"
	minuteLayout = "2006-01-02T15:04"
)

// ParseDateValue parses the value written in braces after a DATE in markup:
// "START..END GRAIN [KIND] [approx]", "START GRAIN …" (start = end), or
// "P… GRAIN [duration]" for a duration. START and END are YYYY-MM-DD or
// YYYY-MM-DDTHH:MM, valid, of the same form, with START <= END. When KIND is
// left out it is inferred: time for clock times, duration for P…, date for
// exactly one whole unit of the grain, interval otherwise.
func ParseDateValue(s string) (*ner.DateValue, error) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return nil, fmt.Errorf("date value %q: want START..END GRAIN", s)
	}
	v := &ner.DateValue{Grain: f[1]}
	if !slices.Contains(grains, v.Grain) {
		return nil, fmt.Errorf("date value %q: unknown grain %q", s, v.Grain)
	}
	for _, w := range f[2:] {
		switch {
		case w == "approx" && !v.Approx:
			v.Approx = true
		case slices.Contains(kinds, w) && v.Kind == "":
			v.Kind = w
		default:
			return nil, fmt.Errorf("date value %q: unexpected %q", s, w)
		}
	}
	if strings.HasPrefix(f[0], "P") {
		if !durationRE.MatchString(f[0]) || f[0] == "P" || strings.HasSuffix(f[0], "T") {
			return nil, fmt.Errorf("date value %q: bad ISO 8601 duration %q", s, f[0])
		}
		if v.Kind == "" {
			v.Kind = "duration"
		}
		if v.Kind != "duration" {
			return nil, fmt.Errorf("date value %q: a period P… is of kind duration", s)
		}
		v.Timex = f[0]
		return v, nil
	}
	start, end, ok := strings.Cut(f[0], "..")
	if !ok {
		end = start
	}
	ts, clockS, err := parseInstant(start)
	if err != nil {
		return nil, fmt.Errorf("date value %q: %v", s, err)
	}
	te, clockE, err := parseInstant(end)
	if err != nil {
		return nil, fmt.Errorf("date value %q: %v", s, err)
	}
	if clockS != clockE {
		return nil, fmt.Errorf("date value %q: start and end must both be dates or both be times", s)
	}
	if te.Before(ts) {
		return nil, fmt.Errorf("date value %q: end before start", s)
	}
	if v.Kind == "duration" {
		return nil, fmt.Errorf("date value %q: a duration is written as an ISO 8601 period P…", s)
	}
	v.Start, v.End = start, end
	if v.Kind == "" {
		switch {
		case clockS:
			v.Kind = "time"
		case wholeUnit(ts, te, v.Grain):
			v.Kind = "date"
		default:
			v.Kind = "interval"
		}
	}
	return v, nil
}

// parseInstant parses YYYY-MM-DD or YYYY-MM-DDTHH:MM, reporting whether a
// clock time was given.
func parseInstant(s string) (t time.Time, clock bool, err error) {
	if t, err := time.Parse(dayLayout, s); err == nil {
		return t, false, nil
	}
	if t, err := time.Parse(minuteLayout, s); err == nil {
		return t, true, nil
	}
	return time.Time{}, false, fmt.Errorf("bad date %q: want YYYY-MM-DD or YYYY-MM-DDTHH:MM", s)
}

// wholeUnit reports whether the day range [s, e] is exactly one unit of grain.
func wholeUnit(s, e time.Time, grain string) bool {
	next := e.AddDate(0, 0, 1)
	switch grain {
	case "day":
		return s.Equal(e)
	case "week":
		return s.Weekday() == time.Monday && next.Equal(s.AddDate(0, 0, 7))
	case "month":
		return s.Day() == 1 && next.Equal(s.AddDate(0, 1, 0))
	case "quarter":
		return s.Day() == 1 && (s.Month()-1)%3 == 0 && next.Equal(s.AddDate(0, 3, 0))
	case "half":
		return s.Day() == 1 && (s.Month()-1)%6 == 0 && next.Equal(s.AddDate(0, 6, 0))
	case "year":
		return s.YearDay() == 1 && next.Equal(s.AddDate(1, 0, 0))
	case "decade":
		return s.YearDay() == 1 && s.Year()%10 == 0 && next.Equal(s.AddDate(10, 0, 0))
	case "century":
		return s.YearDay() == 1 && s.Year()%100 == 1 && next.Equal(s.AddDate(100, 0, 0))
	}
	return false
}

// FormatDateValue writes v in the markup form that ParseDateValue reads. The
// kind is written only when it differs from the one ParseDateValue would
// infer.
func FormatDateValue(v *ner.DateValue) (string, error) {
	var b strings.Builder
	if v.Start == "" && v.End == "" {
		if v.Timex == "" || !strings.HasPrefix(v.Timex, "P") {
			return "", fmt.Errorf("date value without start, end or duration")
		}
		b.WriteString(v.Timex)
	} else {
		start, end := v.Start, v.End
		if start == "" {
			start = end
		}
		if end == "" {
			end = start
		}
		b.WriteString(start)
		if end != start {
			b.WriteString("..")
			b.WriteString(end)
		}
	}
	grain := v.Grain
	if grain == "" {
		grain = "day"
	}
	b.WriteByte(' ')
	b.WriteString(grain)
	s := b.String()
	inferred, err := ParseDateValue(s)
	if err != nil {
		return "", err
	}
	if v.Kind != "" && v.Kind != inferred.Kind {
		s += " " + v.Kind
	}
	if v.Approx {
		s += " approx"
	}
	if _, err := ParseDateValue(s); err != nil {
		return "", err
	}
	return s, nil
}
