// Package dates finds temporal expressions in Vietnamese text and resolves
// them to calendar values against a reference time.
//
// It covers numeric and written dates ("18/7/2024", "ngày 18 tháng 7 năm
// 2024", "tháng Bảy"), ranges and terms ("18-20/7", "từ đầu năm đến nay",
// "nhiệm kỳ 2020- 2025", "Quốc hội khóa XV"), parts of years and months ("quý
// II/2024", "6 tháng đầu năm", "cuối tháng 8", "thượng tuần tháng 7"),
// seasons ("mùa hè năm nay", read as meteorological seasons and flagged
// approximate), days sharing a month ("ngày 27 và 28/6") and months or
// quarters sharing a year ("tháng 10, 11 - 2000", "quý I và II/2024"),
// relative expressions ("hôm qua", "tuần tới", "3 ngày trước", "thứ Hai tuần
// trước"; "hôm sau", "hai ngày trước đó", "năm sau đó", "mùa hè năm ấy"
// counted from the last date of the text), windows of N units ("3 ngày qua", "2 tuần tiếp theo": the N
// whole units before or after the current one), clock times and parts of
// the day ("8h30", "3 giờ chiều", "tối qua"), durations, decades and
// centuries, and the lunar calendar with its holidays ("15/8 âm lịch",
// "mùng 1 Tết", "Giỗ Tổ Hùng Vương").
//
// Tokenised text reads like plain text: "sáng 28 - 7", "ngày 17 - 3 –
// 2004" and "tháng 8 – 2003" are dates, while "2 - 3 lần" and "BN 1050 -
// 1051" are not. What ANNOTATION.md calls no date is left out: fractions
// of a noun ("1/3 số hộ"), streets named after a date, products ("bánh
// Trung thu"), a rite named as the event ("Lễ Vu Lan được tổ chức").
//
// A weekday or a clock time without a date is placed by Options.Prefer;
// the default reads news, taking the occurrence on or before the
// reference.
//
// Spans and values follow the project's annotation rules: a span starts at
// the first temporal word and leaves out leading prepositions, intervals are
// inclusive at their grain, and wall times are given in the reference time's
// zone. Lunar dates are converted with Hồ Ngọc Đức's algorithm in UTC+7.
package dates

import (
	"errors"
	"github.com/vntag/vntag/normalize"
	"time"
)

// Kind says what sort of temporal expression an Expr is.
type Kind string

// The kinds of expression.
const (
	KindDate     Kind = "date"     // a calendar unit: a day, a month, a quarter, "6 tháng đầu năm"
	KindTime     Kind = "time"     // a clock time or a part of a day
	KindInterval Kind = "interval" // a range with two ends: "18-20/7", "nhiệm kỳ 2020-2025"
	KindDuration Kind = "duration" // an amount of time: "3 năm"
	KindSet      Kind = "set"      // a recurrence: "hằng năm"
)

// Grain is the unit at which an expression's interval is inclusive.
type Grain string

// The grains, from finest to coarsest.
const (
	// Second is used only by windows of seconds ("3 giây tới"), the
	// finest unit a reader asks for.
	Second  Grain = "second"
	Minute  Grain = "minute"
	Hour    Grain = "hour"
	Day     Grain = "day"
	Week    Grain = "week"
	Month   Grain = "month"
	Quarter Grain = "quarter"
	Half    Grain = "half"
	Year    Grain = "year"
	Decade  Grain = "decade"
	Century Grain = "century"
)

// fine reports whether g is finer than a day (a clock grain).
func (g Grain) fine() bool { return g == Second || g == Minute || g == Hour }

// A Period is an amount of calendar time, the value of a duration.
type Period struct {
	Years, Months, Weeks, Days, Hours, Minutes, Seconds int
}

// ISO returns the period in ISO 8601 notation, e.g. "P3Y", "P1Y6M", "PT2H30M".
func (p Period) ISO() string {
	b := []byte{'P'}
	add := func(n int, unit byte) {
		if n != 0 {
			b = appendInt(b, n)
			b = append(b, unit)
		}
	}
	add(p.Years, 'Y')
	add(p.Months, 'M')
	add(p.Weeks, 'W')
	add(p.Days, 'D')
	if p.Hours != 0 || p.Minutes != 0 || p.Seconds != 0 {
		b = append(b, 'T')
		add(p.Hours, 'H')
		add(p.Minutes, 'M')
		add(p.Seconds, 'S')
	}
	if len(b) == 1 {
		b = append(b, '0', 'D')
	}
	return string(b)
}

// An Expr is one temporal expression found in a text, with its resolved
// value.
type Expr struct {
	Start, End int    // half-open byte span in the text given to Find
	Text       string // the text of that span
	Kind       Kind
	// From and To are the resolved interval, both inclusive at Grain, as
	// wall times in the reference time's zone. For grains of a day and
	// coarser, From is the first day at midnight and To the last day at
	// midnight; for hour and minute grains they are the first and the last
	// hour or minute. Both are zero for durations and sets.
	From, To time.Time
	Grain    Grain
	// Duration is the amount of a duration (Kind == KindDuration).
	Duration *Period
	// Value is the TIMEX3 / ISO 8601 value: "2024-07-18", "2024-07",
	// "2024-Q2", "2024-H1", "2024-W29", "2024", "198" (a decade), "19" (a
	// century), "2024-07-18T08:30", "2024-07-18TAF" (an afternoon),
	// "2020/2025" (an interval), "P3Y" (a duration), "XXXX-09-02" (a set).
	Value string
	// Approx marks vague readings: "đầu tháng", "những tháng cuối năm",
	// parts of the day.
	Approx bool
	// Rule names the rule family that produced the expression: numeric,
	// written, relative, weekday, time, parts, range, term, khoa (a
	// numbered term of a known body, "Quốc hội khóa XV"), holiday, lunar,
	// anaphora ("cùng ngày", resolved against the previous date of the
	// text), duration or set.
	Rule string
}

// StartString returns the start of the interval as "YYYY-MM-DD", or as
// "YYYY-MM-DDTHH:MM" for hour and minute grains ("YYYY-MM-DDTHH:MM:SS"
// for seconds). It is empty for durations
// and sets.
func (e Expr) StartString() string { return e.format(e.From) }

// EndString returns the inclusive end of the interval, formatted like
// StartString.
func (e Expr) EndString() string { return e.format(e.To) }

func (e Expr) format(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if e.Grain == Second {
		return t.Format("2006-01-02T15:04:05")
	}
	if e.Grain.fine() {
		return t.Format("2006-01-02T15:04")
	}
	return t.Format("2006-01-02")
}

// Prefer says how a date lacking its year, a weekday lacking its week and
// a clock time lacking its day are placed relative to the reference time.
type Prefer uint8

const (
	// PreferSame is news: a date lacking its year takes the reference year
	// ("Ngày 18/7" in an article of 2024 is 2024-07-18), a weekday is the
	// latest one on or before the reference day ("thứ Hai" in an article
	// of Thursday 18/7 is 15/7), and a clock time is on the reference day
	// (or the day of the last date in the text).
	PreferSame Prefer = iota
	// PreferPast takes the latest such date not after the reference day,
	// and a clock time not after the reference time.
	PreferPast
	// PreferFuture takes the earliest such date not before the reference
	// day, the first such weekday after it, and the first clock time not
	// before the reference time, an hour from 1 to 11 without a part of
	// the day being read on the 12-hour clock (assistants, schedules,
	// Duckling's corpus).
	PreferFuture
	// PreferNearest takes the such date closest to the reference.
	PreferNearest
)

// A Body is an institution whose terms are numbered ("Quốc hội khóa XV").
type Body struct {
	// Names are the ways the body is written, any case and tone style:
	// "Quốc hội", "QH".
	Names []string
	// Starts[k-1] is the first calendar year of term k. A term ends in the
	// year the next one starts; the last listed term lasts Length years.
	Starts []int
	// Length is the usual length of a term in years.
	Length int
}

// DefaultBodies returns the bodies known when Options.Bodies is nil: the
// National Assembly (Quốc hội khóa I, 1946, to khóa XVI, 2026–2031).
func DefaultBodies() []Body {
	return []Body{{
		Names:  []string{"Quốc hội", "QH"},
		Starts: []int{1946, 1960, 1964, 1971, 1975, 1976, 1981, 1987, 1992, 1997, 2002, 2007, 2011, 2016, 2021, 2026},
		Length: 5,
	}}
}

// Options configure a Finder. The zero value is ready to use.
type Options struct {
	// Prefer places dates lacking a year and weekdays lacking a week.
	Prefer Prefer
	// Bodies are the institutions whose numbered terms ("khóa XV") resolve
	// to years. Nil means DefaultBodies; an empty non-nil slice disables
	// the rule.
	Bodies []Body
}

// Errors returned by Parse.
var (
	ErrNoDate  = errors.New("dates: no temporal expression")
	ErrPartial = errors.New("dates: text is more than one temporal expression")
)

// UTC7 is the zone of Vietnam (Indochina Time), UTC+7 without daylight
// saving, built without the machine's zone database.
func UTC7() *time.Location { return ict }

var ict = time.FixedZone("UTC+7", 7*60*60)

// A Finder finds temporal expressions. It is immutable and safe for
// concurrent use; build it once with NewFinder.
type Finder struct {
	opts   Options
	bodies []body
}

// NewFinder returns a Finder with the given options.
func NewFinder(opts Options) *Finder {
	f := &Finder{opts: opts}
	bs := opts.Bodies
	if bs == nil {
		bs = DefaultBodies()
	}
	f.bodies = compileBodies(bs)
	return f
}

var defaultFinder = NewFinder(Options{})

// Find returns the temporal expressions of text resolved against ref, with
// the default Finder. See Finder.Find.
func Find(text string, ref time.Time) []Expr { return defaultFinder.Find(text, ref) }

// Parse parses text as one temporal expression with the default Finder. See
// Finder.Parse.
func Parse(text string, ref time.Time) (Expr, error) { return defaultFinder.Parse(text, ref) }

// Find returns all temporal expressions of text, sorted by Start and not
// overlapping (at each place the longest reading wins), resolved against
// ref in ref's zone. A zero ref means now in UTC+7.
//
// The text should be NFC and cleaned (see package normalize); its case and
// tone-mark style do not matter.
func (f *Finder) Find(text string, ref time.Time) []Expr {
	p := newParser(f, text, nil, ref)
	defer p.release()
	return p.findAll(nil)
}

// FindTokens is Find for a caller that has tokenised text already: toks
// must be normalize.Tokens(text). It saves the second tokenisation.
func (f *Finder) FindTokens(text string, toks []normalize.Token, ref time.Time) []Expr {
	if toks == nil {
		toks = []normalize.Token{}
	}
	p := newParser(f, text, toks, ref)
	defer p.release()
	return p.findAll(nil)
}

// Parse parses text as exactly one temporal expression, ignoring leading
// prepositions ("vào", "trong" …) and surrounding punctuation. It returns
// ErrNoDate when text holds none and ErrPartial when it holds more than one
// or something else besides.
func (f *Finder) Parse(text string, ref time.Time) (Expr, error) {
	p := newParser(f, text, nil, ref)
	defer p.release()
	return p.parseWhole()
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}
