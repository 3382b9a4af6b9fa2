package ner

import (
	"fmt"
	"slices"
	"strings"
)

// Type is an entity type of ANNOTATION.md.
type Type string

// The entity types. PER, LOC and ORG follow the VLSP 2018 conventions; the
// others are this project's own.
const (
	PER      Type = "PER"
	ROLE     Type = "ROLE"
	ORG      Type = "ORG"
	LOC      Type = "LOC"
	DATE     Type = "DATE"
	DOC      Type = "DOC"
	MONEY    Type = "MONEY"
	PERCENT  Type = "PERCENT"
	QUANTITY Type = "QUANTITY"
)

// Types lists every type the tagger can emit, in display order.
var Types = []Type{PER, ROLE, ORG, LOC, DATE, DOC, MONEY, PERCENT, QUANTITY}

// An Entity is one entity found in a text. Its offsets are UTF-8 byte
// offsets into the caller's original text, half-open; Text is exactly that
// slice.
type Entity struct {
	Type      Type   `json:"type"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	CharStart int    `json:"char_start"`
	CharEnd   int    `json:"char_end"`
	Text      string `json:"text"`

	// Value is the resolved calendar value of a DATE.
	Value *DateValue `json:"value,omitempty"`
	// Amount is the value and unit of a MONEY, PERCENT or QUANTITY.
	Amount *Amount `json:"amount,omitempty"`
	// Unit is the administrative unit a LOC denoted on the reference date.
	Unit *Unit `json:"unit,omitempty"`
	// Roles are the ROLE entities a PER holds.
	Roles []Ref `json:"roles,omitempty"`
	// Expansion spells out an abbreviation: HĐND → Hội đồng nhân dân.
	Expansion string `json:"expansion,omitempty"`
	// Rule names the rule that produced the entity, for debugging.
	Rule string `json:"rule,omitempty"`
}

// DateValue is the resolved value of a DATE entity (see ANNOTATION.md).
type DateValue struct {
	Kind   string `json:"kind"`            // date, time, interval, duration, set
	Start  string `json:"start,omitempty"` // YYYY-MM-DD or YYYY-MM-DDTHH:MM, inclusive
	End    string `json:"end,omitempty"`   // inclusive at the grain
	Grain  string `json:"grain,omitempty"` // minute, hour, day, week, month, quarter, half, year, decade, century
	Timex  string `json:"timex,omitempty"` // TIMEX3 / ISO 8601 value
	Approx bool   `json:"approx,omitempty"`
}

// Unit describes an administrative unit in the JSON of INTERFACE.md.
type Unit struct {
	ID         string    `json:"id,omitempty"`
	Code       string    `json:"code"`
	Name       string    `json:"name"`
	FullName   string    `json:"full_name"`
	Level      string    `json:"level"` // province, district, commune
	Kind       string    `json:"kind"`  // type word: tỉnh, huyện, xã …
	Parent     *UnitRef  `json:"parent,omitempty"`
	ValidFrom  string    `json:"valid_from,omitempty"`
	ValidTo    string    `json:"valid_to,omitempty"`
	Successors []UnitRef `json:"successors,omitempty"`
}

// UnitRef names another administrative unit.
type UnitRef struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Level string `json:"level,omitempty"`
}

// Ref points at another entity of the same document by its span.
type Ref struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// A Document is a tagged text.
type Document struct {
	ID       string   `json:"id,omitempty"`
	Text     string   `json:"-"`
	Entities []Entity `json:"entities"`
	// Incomplete names the caller's rules that ran out of time on this
	// text (Rule.Timeout): what they found before is kept.
	Incomplete []string `json:"incomplete,omitempty"`
}

// ParseTypes reads a comma-separated list of entity types in any case, as
// the programs' -types flag takes it ("per, LOC,DATE"). An empty list means
// all types and gives nil.
func ParseTypes(s string) ([]Type, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var ts []Type
	for _, f := range strings.Split(s, ",") {
		name := Type(strings.ToUpper(strings.TrimSpace(f)))
		if !slices.Contains(Types, name) {
			all := make([]string, len(Types))
			for i, t := range Types {
				all[i] = string(t)
			}
			return nil, fmt.Errorf("ner: unknown entity type %q (want some of %s)", strings.TrimSpace(f), strings.Join(all, ","))
		}
		if !slices.Contains(ts, name) {
			ts = append(ts, name)
		}
	}
	return ts, nil
}
