package ner

import (
	"errors"
	"fmt"
	"time"
)

// Vietnam is the zone a reference date without a zone is taken in (UTC+7,
// without daylight saving), so that no machine's zone database is needed.
var Vietnam = time.FixedZone("UTC+7", 7*60*60)

// ErrBadRef is returned by ParseRef for a reference time it cannot read.
var ErrBadRef = errors.New("ner: reference time must be YYYY-MM-DD or RFC 3339")

// ParseRef reads a reference time as INTERFACE.md defines it: a date
// "2024-07-18" (midnight, UTC+7) or an RFC 3339 time
// "2017-02-02T03:55:00-02:00" (kept in its own zone).
func ParseRef(s string) (time.Time, error) {
	if t, err := time.ParseInLocation("2006-01-02", s, Vietnam); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%w: %q", ErrBadRef, s)
}
