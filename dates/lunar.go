package dates

import (
	"errors"
	"math"
	"time"
)

// The lunar calendar, after Hồ Ngọc Đức's "Âm lịch Việt Nam" algorithm
// (astronomical new moons and solar terms computed for the meridian of
// UTC+7, the time zone that makes Vietnam's calendar differ from China's in
// some years, e.g. Tết 1985 and 2007).

// tzVN is the time zone of the Vietnamese lunar calendar, in hours.
const tzVN = 7.0

// Lunar calendar range supported by LunarToSolar.
const (
	minLunarYear = 1900
	maxLunarYear = 2199
)

// ErrLunarDate is returned by LunarToSolar for a lunar date that does not
// exist (day 30 of a 29-day month, a leap month in a year without one) or
// lies outside 1900–2199.
var ErrLunarDate = errors.New("dates: no such lunar date")

// LunarToSolar converts a date of the Vietnamese lunar calendar to the solar
// (Gregorian) calendar. Leap says the month is the leap (nhuận) month that
// follows month. The result is midnight in UTC+7. Lunar years 1900–2199
// are supported.
func LunarToSolar(year, month, day int, leap bool) (time.Time, error) {
	if year < minLunarYear || year > maxLunarYear || month < 1 || month > 12 || day < 1 || day > 30 {
		return time.Time{}, ErrLunarDate
	}
	start, ok := lunarMonthStart(year, month, leap)
	if !ok {
		return time.Time{}, ErrLunarDate
	}
	if day > lunarMonthLength(year, month, leap) {
		return time.Time{}, ErrLunarDate
	}
	d, m, y := jdToDate(start + day - 1)
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, ict), nil
}

// SolarToLunar returns the lunar date of the calendar day of t (taken in
// t's own zone): the lunar year (the solar year in which that lunar year
// began), month 1–12, day 1–30, and whether the month is a leap month.
func SolarToLunar(t time.Time) (year, month, day int, leap bool) {
	dayNumber := jdFromDate(t.Day(), int(t.Month()), t.Year())
	k := floor((float64(dayNumber) - 2415021.076998695) / 29.530588853)
	monthStart := newMoonDay(k + 1)
	for monthStart > dayNumber {
		// the estimate of k can be one lunation too far near a new moon
		monthStart = newMoonDay(k)
		k--
	}
	yy := t.Year()
	a11 := lunarMonth11(yy)
	b11 := a11
	var lunarYear int
	if a11 >= monthStart {
		lunarYear = yy
		a11 = lunarMonth11(yy - 1)
	} else {
		lunarYear = yy + 1
		b11 = lunarMonth11(yy + 1)
	}
	day = dayNumber - monthStart + 1
	diff := floor(float64(monthStart-a11) / 29)
	month = diff + 11
	if b11-a11 > 365 {
		leapDiff := leapMonthOffset(a11)
		if diff >= leapDiff {
			month = diff + 10
			if diff == leapDiff {
				leap = true
			}
		}
	}
	if month > 12 {
		month -= 12
	}
	if month >= 11 && diff < 4 {
		lunarYear--
	}
	return lunarYear, month, day, leap
}

// lunarMonthStart returns the Julian day number of the first day of a lunar
// month.
func lunarMonthStart(year, month int, leap bool) (int, bool) {
	var a11, b11 int
	if month < 11 {
		a11 = lunarMonth11(year - 1)
		b11 = lunarMonth11(year)
	} else {
		a11 = lunarMonth11(year)
		b11 = lunarMonth11(year + 1)
	}
	k := floor(0.5 + (float64(a11)-2415021.076998695)/29.530588853)
	off := month - 11
	if off < 0 {
		off += 12
	}
	if b11-a11 > 365 {
		leapOff := leapMonthOffset(a11)
		leapMonth := leapOff - 2
		if leapMonth < 0 {
			leapMonth += 12
		}
		if leap && month != leapMonth {
			return 0, false
		} else if leap || off >= leapOff {
			off++
		}
	} else if leap {
		return 0, false
	}
	return newMoonDay(k + off), true
}

// lunarMonthLength returns 29 or 30, the days of a lunar month.
func lunarMonthLength(year, month int, leap bool) int {
	start, ok := lunarMonthStart(year, month, leap)
	if !ok {
		return 0
	}
	k := floor((float64(start)-2415021.076998695)/29.530588853 + 0.5)
	for _, kk := range []int{k, k + 1, k - 1, k + 2} {
		if newMoonDay(kk) == start {
			return newMoonDay(kk+1) - start
		}
	}
	return 29
}

func floor(x float64) int { return int(math.Floor(x)) }

func jdFromDate(dd, mm, yy int) int {
	a := (14 - mm) / 12
	y := yy + 4800 - a
	m := mm + 12*a - 3
	jd := dd + (153*m+2)/5 + 365*y + y/4 - y/100 + y/400 - 32045
	if jd < 2299161 {
		jd = dd + (153*m+2)/5 + 365*y + y/4 - 32083
	}
	return jd
}

func jdToDate(jd int) (day, month, year int) {
	var b, c int
	if jd > 2299160 {
		a := jd + 32044
		b = (4*a + 3) / 146097
		c = a - (b*146097)/4
	} else {
		c = jd + 32082
	}
	d := (4*c + 3) / 1461
	e := c - (1461*d)/4
	m := (5*e + 2) / 153
	day = e - (153*m+2)/5 + 1
	month = m + 3 - 12*(m/10)
	year = b*100 + d - 4800 + m/10
	return
}

// newMoon returns the Julian day (with fraction) of the k-th new moon after
// 1900-01-01 (Jean Meeus, Astronomical Algorithms).
func newMoon(k int) float64 {
	kf := float64(k)
	T := kf / 1236.85
	T2 := T * T
	T3 := T2 * T
	const dr = math.Pi / 180
	jd1 := 2415020.75933 + 29.53058868*kf + 0.0001178*T2 - 0.000000155*T3
	jd1 += 0.00033 * math.Sin((166.56+132.87*T-0.009173*T2)*dr)
	M := 359.2242 + 29.10535608*kf - 0.0000333*T2 - 0.00000347*T3
	Mpr := 306.0253 + 385.81691806*kf + 0.0107306*T2 + 0.00001236*T3
	F := 21.2964 + 390.67050646*kf - 0.0016528*T2 - 0.00000239*T3
	C1 := (0.1734-0.000393*T)*math.Sin(M*dr) + 0.0021*math.Sin(2*dr*M)
	C1 = C1 - 0.4068*math.Sin(Mpr*dr) + 0.0161*math.Sin(dr*2*Mpr)
	C1 = C1 - 0.0004*math.Sin(dr*3*Mpr)
	C1 = C1 + 0.0104*math.Sin(dr*2*F) - 0.0051*math.Sin(dr*(M+Mpr))
	C1 = C1 - 0.0074*math.Sin(dr*(M-Mpr)) + 0.0004*math.Sin(dr*(2*F+M))
	C1 = C1 - 0.0004*math.Sin(dr*(2*F-M)) - 0.0006*math.Sin(dr*(2*F+Mpr))
	C1 = C1 + 0.0010*math.Sin(dr*(2*F-Mpr)) + 0.0005*math.Sin(dr*(2*Mpr+M))
	var deltat float64
	if T < -11 {
		deltat = 0.001 + 0.000839*T + 0.0002261*T2 - 0.00000845*T3 - 0.000000081*T*T3
	} else {
		deltat = -0.000278 + 0.000265*T + 0.000262*T2
	}
	return jd1 + C1 - deltat
}

// sunLongitude returns the sun's longitude in radians, in [0, 2π), at a
// Julian day.
func sunLongitude(jdn float64) float64 {
	T := (jdn - 2451545.0) / 36525
	T2 := T * T
	const dr = math.Pi / 180
	M := 357.52910 + 35999.05030*T - 0.0001559*T2 - 0.00000048*T*T2
	L0 := 280.46645 + 36000.76983*T + 0.0003032*T2
	DL := (1.914600 - 0.004817*T - 0.000014*T2) * math.Sin(dr*M)
	DL += (0.019993-0.000101*T)*math.Sin(dr*2*M) + 0.000290*math.Sin(dr*3*M)
	L := (L0 + DL) * dr
	L -= math.Pi * 2 * math.Floor(L/(math.Pi*2))
	return L
}

// newMoonDay returns the day number of the k-th new moon in UTC+7.
func newMoonDay(k int) int { return floor(newMoon(k) + 0.5 + tzVN/24) }

// sunSector returns the solar term sector (0–11) at the start of a day.
func sunSector(jd int) int {
	return floor(sunLongitude(float64(jd)-0.5-tzVN/24) / math.Pi * 6)
}

// lunarMonth11 returns the day number of the start of the lunar month 11
// (the month holding the winter solstice) of solar year yy.
func lunarMonth11(yy int) int {
	off := jdFromDate(31, 12, yy) - 2415021
	k := floor(float64(off) / 29.530588853)
	nm := newMoonDay(k)
	if sunSector(nm) >= 9 {
		nm = newMoonDay(k - 1)
	}
	return nm
}

// leapMonthOffset returns the offset, from month 11 starting at a11, of the
// leap month of a 13-month lunar year.
func leapMonthOffset(a11 int) int {
	k := floor((float64(a11)-2415021.076998695)/29.530588853 + 0.5)
	i := 1
	arc := sunSector(newMoonDay(k + i))
	for {
		last := arc
		i++
		arc = sunSector(newMoonDay(k + i))
		if arc == last || i >= 14 {
			break
		}
	}
	return i - 1
}
