package ner

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntag/vntag/normalize"
)

// An Amount is the numeric value of a MONEY, PERCENT or QUANTITY entity
// and its unit, as Duckling gives them: "6.123 tỷ đồng" is 6.123e12 VND,
// "13,4%" is 13.4 %, "120 km/h" is 120 km/h.
type Amount struct {
	// Value is the number with its scale words applied: Vietnamese writes
	// "." between thousands and "," before decimals.
	Value float64 `json:"value"`
	// Unit is the ISO 4217 code of a known currency (VND, USD, EUR …),
	// "%" for a percentage, and otherwise the unit as written (km, tấn,
	// ha, km/h).
	Unit string `json:"unit"`
}

// amountOf reads the value and unit of an amount entity of type t from its
// text s, or returns nil when s holds no readable number.
func amountOf(s string, t Type) *Amount {
	f := strings.Fields(s)
	if len(f) == 0 {
		return nil
	}
	num, rest := splitNumber(f[0])
	v, ok := parseVietNumber(num)
	if !ok {
		return nil
	}
	words := f[1:]
	if rest != "" {
		words = append([]string{rest}, words...)
	}
	for len(words) > 0 {
		m, ok := scales[normalize.Key(words[0])]
		if !ok {
			break
		}
		v *= m
		words = words[1:]
	}
	unit := strings.Join(words, " ")
	switch t {
	case PERCENT:
		unit = "%"
	case MONEY:
		if c := currencies[normalize.Key(unit)]; c != "" {
			unit = c
		}
	}
	return &Amount{Value: v, Unit: unit}
}

// splitNumber cuts a leading number off s: "13,4%" gives "13,4" and "%",
// "5m" gives "5" and "m".
func splitNumber(s string) (string, string) {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			break
		}
		i += w
	}
	return strings.TrimRight(s[:i], ".,"), s[i:]
}

// parseVietNumber reads a number as Vietnamese writes it: "6.123" is six
// thousand one hundred and twenty-three, "13,4" thirteen point four,
// "1.234,5" both; a dot not followed by groups of three digits is a
// decimal point ("1.5").
func parseVietNumber(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	intPart, frac, hasComma := strings.Cut(s, ",")
	if hasComma && strings.Contains(frac, ",") {
		return 0, false
	}
	groups := strings.Split(intPart, ".")
	thousands := len(groups) > 1
	for _, g := range groups[1:] {
		if len(g) != 3 {
			thousands = false
		}
	}
	var b strings.Builder
	switch {
	case thousands:
		b.WriteString(strings.Join(groups, ""))
	case len(groups) == 2 && !hasComma:
		b.WriteString(groups[0] + "." + groups[1])
	case len(groups) == 1:
		b.WriteString(intPart)
	default:
		return 0, false
	}
	if hasComma {
		b.WriteString("." + frac)
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, err == nil
}
