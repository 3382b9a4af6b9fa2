package gazetteer

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Level is the tier of an administrative unit.
type Level uint8

// The levels. Districts exist only in the old era: since 2025-07-01 the
// country has two tiers, provinces and communes.
const (
	Province Level = 1 // tỉnh, thành phố trực thuộc trung ương
	District Level = 2 // huyện, quận, thị xã, thành phố thuộc tỉnh
	Commune  Level = 3 // xã, phường, thị trấn, đặc khu
)

// String returns "province", "district" or "commune".
func (l Level) String() string {
	switch l {
	case Province:
		return "province"
	case District:
		return "district"
	case Commune:
		return "commune"
	}
	return "level(?)"
}

// An AdminUnit is one version of a Vietnamese administrative unit.
type AdminUnit struct {
	ID           string    // "old-d-217", "new-c-07375"; an earlier version of a code ends in "@" + its last day
	Code         string    // official GSO/NSO code within its era; codes are reused across eras
	Era          string    // "old" (until 2025-06-30) or "new" (from 2025-07-01)
	Name         string    // bare name: "Lạng Giang", "1" for Phường 1
	FullName     string    // "Huyện Lạng Giang"
	Type         string    // official type, lower case: tỉnh, thành phố trực thuộc trung ương, huyện, quận, thị xã, thành phố thuộc tỉnh, xã, phường, thị trấn, đặc khu
	Level        Level     // province, district or commune
	ParentID     string    // the ID of the parent unit; empty for provinces
	ValidFrom    time.Time // first day of validity; zero when open-ended (old units: already in force on 2021-11-01)
	ValidTo      time.Time // last day of validity; zero for current units
	SuccessorIDs []string  // the units it went into (old era), or its next version
	Aliases      []string  // other attested full names

	idx int32 // position in the gazetteer's table
}

// ValidAt reports whether the unit existed on the civil day of t. An
// open-ended bound does not restrict.
func (u *AdminUnit) ValidAt(t time.Time) bool {
	d := civil(t)
	if !u.ValidFrom.IsZero() && d.Before(u.ValidFrom) {
		return false
	}
	if !u.ValidTo.IsZero() && d.After(u.ValidTo) {
		return false
	}
	return true
}

// TypeWord returns the type word written before the name in the news:
// "tỉnh", "thành phố", "huyện", "xã" …; the long official city types
// are shortened to "thành phố".
func (u *AdminUnit) TypeWord() string {
	if strings.HasPrefix(u.Type, "thành phố") {
		return "thành phố"
	}
	return u.Type
}

// CalledBy reports whether typeWord ("huyện", "TP", "xã" …, in any case)
// may stand before the unit's name: "tỉnh" calls a province, not the
// commune Lê Hồng.
func (u *AdminUnit) CalledBy(typeWord string) bool {
	return typeMatches(strings.ToLower(normalizeSpace(typeWord)), u.Type, u.Level)
}

// civil returns the calendar day of t, at midnight UTC.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// fullNamePrefix returns the type word of a full name, capitalised, with
// its space: "Huyện ", "Thành phố ".
func fullNamePrefix(typ string) string {
	var p string
	switch typ {
	case "tỉnh":
		p = "Tỉnh "
	case "huyện":
		p = "Huyện "
	case "quận":
		p = "Quận "
	case "thị xã":
		p = "Thị xã "
	case "xã":
		p = "Xã "
	case "phường":
		p = "Phường "
	case "thị trấn":
		p = "Thị trấn "
	case "đặc khu":
		p = "Đặc khu "
	default:
		if strings.HasPrefix(typ, "thành phố") {
			p = "Thành phố "
		} else {
			p = capitalize(typ) + " "
		}
	}
	return p
}

// capitalize returns s with its first letter in upper case: "khu phố" →
// "Khu phố". The rest of s is kept as it is, and so is an s that does not
// start with a valid UTF-8 letter.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s // empty, or not UTF-8: there is no letter to capitalise
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// parseDate reads an ISO date, or a year alone (read as its last day).
func parseDate(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, true
	}
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, len(s) > 0
	}
	switch len(s) {
	case 4:
		y, ok := num(s)
		if !ok {
			return time.Time{}, false
		}
		return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
	case 10:
		if s[4] != '-' || s[7] != '-' {
			return time.Time{}, false
		}
		y, ok1 := num(s[:4])
		m, ok2 := num(s[5:7])
		d, ok3 := num(s[8:])
		if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 {
			return time.Time{}, false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return time.Time{}, false
		}
		return t, true
	}
	return time.Time{}, false
}

// typeMatches reports whether a unit of official type typ may be called
// by type word w ("huyện", "tp", "thành phố" …, in lower case with single
// spaces). An empty w matches all.
func typeMatches(w, typ string, level Level) bool {
	switch w {
	case "":
		return true
	case "tp", "tp.", "thành phố", "thanh pho", "t.p", "t.p.":
		return strings.HasPrefix(typ, "thành phố")
	case "tỉnh", "tinh":
		return typ == "tỉnh"
	case "huyện", "huyen", "h.", "h", "huyện đảo":
		return typ == "huyện"
	case "quận", "quan", "q.", "q":
		return typ == "quận"
	case "thị xã", "thi xa", "tx", "tx.":
		return typ == "thị xã"
	case "xã", "xa", "x.", "x":
		return typ == "xã"
	case "phường", "phuong", "p.", "p":
		return typ == "phường"
	case "thị trấn", "thi tran", "tt", "tt.":
		return typ == "thị trấn"
	case "đặc khu", "dac khu":
		return typ == "đặc khu"
	case "thủ đô", "thu do":
		return level == Province
	}
	return false
}

func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
