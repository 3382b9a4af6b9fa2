package ner

import (
	"errors"
	"fmt"
	"time"

	"github.com/vntag/vntag/dates"
)

// ErrBadRef is returned by ParseRef for a reference time it cannot read.
var ErrBadRef = errors.New("ner: reference time must be YYYY-MM-DD, YYYY-MM-DDTHH:MM or RFC 3339")

// ParseRef reads a reference time as the interface contract
// (examples/INTERFACE.md) defines it: a date "2024-07-18" (midnight in
// Vietnam, UTC+7: dates.UTC7), a zone-less time "2024-07-18T08:00" (also
// in Vietnam) or an RFC 3339 time "2017-02-02T03:55:00-02:00" (kept in its
// own zone).
func ParseRef(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, dates.UTC7()); err == nil {
			return t, nil
		}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%w: %q", ErrBadRef, s)
}
