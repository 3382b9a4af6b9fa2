package render

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vntag/vntag/ner"
)

// TypeDescription explains an entity type in a few words, for legends; it
// returns "" for a type it does not know.
func TypeDescription(t ner.Type) string { return descriptions[t] }

var descriptions = map[ner.Type]string{
	ner.PER:      "person",
	ner.ROLE:     "position or title",
	ner.ORG:      "organisation",
	ner.LOC:      "place",
	ner.DATE:     "date or time",
	ner.DOC:      "document reference",
	ner.MONEY:    "money",
	ner.PERCENT:  "percentage",
	ner.QUANTITY: "quantity",
}

// ansi holds the SGR colour code of each type in pretty output.
var ansi = map[ner.Type]string{
	ner.PER:      "35", // magenta
	ner.ROLE:     "36", // cyan
	ner.ORG:      "34", // blue
	ner.LOC:      "32", // green
	ner.DATE:     "33", // yellow
	ner.DOC:      "90", // grey
	ner.MONEY:    "31", // red
	ner.PERCENT:  "91", // light red
	ner.QUANTITY: "94", // light blue
}

func ansiOf(t ner.Type) string {
	if c, ok := ansi[t]; ok {
		return c
	}
	return "37"
}

// AppendPretty appends doc's text to b with its entities in brackets,
// [TYPE text], nested ones inside their container:
//
//	[ORG Huyện ủy [LOC Lạng Giang]]
//
// With color set, the brackets and text take the type's ANSI colour.
// Invalid UTF-8 and control characters other than tab and line breaks are
// shown as U+FFFD, so the output is safe for a terminal. A heading line
// "== id ==" comes first when the document has an id.
func AppendPretty(b []byte, doc *ner.Document, color bool) []byte {
	if doc.ID != "" {
		b = append(b, "== "...)
		b = append(b, oneLine(doc.ID)...)
		b = append(b, " ==\n"...)
	}
	ents := doc.Entities
	var stack []int
	sgr := func() {
		if !color {
			return
		}
		b = append(b, "\x1b[0m"...)
		if len(stack) > 0 {
			b = append(b, "\x1b["...)
			b = append(b, ansiOf(ents[stack[len(stack)-1]].Type)...)
			b = append(b, 'm')
		}
	}
	walk(doc.Text, ents, func(i int) {
		stack = append(stack, i)
		if color {
			b = append(b, "\x1b[1;"...)
			b = append(b, ansiOf(ents[i].Type)...)
			b = append(b, 'm')
		}
		b = append(b, '[')
		b = append(b, oneLine(string(ents[i].Type))...)
		b = append(b, ' ')
		sgr()
	}, func(i int) {
		if color {
			b = append(b, "\x1b[1;"...)
			b = append(b, ansiOf(ents[i].Type)...)
			b = append(b, 'm')
		}
		b = append(b, ']')
		stack = stack[:len(stack)-1]
		sgr()
	}, func(s string) {
		b = appendTerminalText(b, s)
	})
	if len(doc.Text) > 0 && doc.Text[len(doc.Text)-1] != '\n' {
		b = append(b, '\n')
	}
	return b
}

// appendTerminalText appends s with invalid UTF-8 and control characters
// other than tab, newline and carriage return replaced by U+FFFD.
func appendTerminalText(b []byte, s string) []byte {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && n <= 1,
			r < ' ' && r != '\t' && r != '\n' && r != '\r',
			r == 0x7f, 0x80 <= r && r < 0xa0:
			b = append(b, "\uFFFD"...)
		default:
			b = append(b, s[:n]...)
		}
		s = s[n:]
	}
	return b
}

func (e *Encoder) appendPretty(b []byte, doc *ner.Document) []byte {
	return AppendPretty(b, doc, e.opts.Color)
}

// appendLegend appends the legend: each type with its description and the
// number of entities of that type written.
func (e *Encoder) appendLegend(b []byte) []byte {
	if e.n > 0 {
		b = append(b, '\n')
	}
	b = append(b, "Legend:\n"...)
	types := append([]ner.Type(nil), e.opts.Types...)
	var extra []ner.Type
	for t := range e.counts {
		if !hasType(types, t) {
			extra = append(extra, t) // a type the tagger added later
		}
	}
	slices.Sort(extra)
	for _, t := range append(types, extra...) {
		name := oneLine(string(t))
		b = append(b, "  "...)
		if e.opts.Color {
			b = append(b, "\x1b[1;"...)
			b = append(b, ansiOf(t)...)
			b = append(b, 'm')
		}
		b = append(b, '[')
		b = append(b, name...)
		b = append(b, " …]"...)
		if e.opts.Color {
			b = append(b, "\x1b[0m"...)
		}
		b = fmt.Appendf(b, "%s %-20s %d\n", strings.Repeat(" ", max(0, 10-utf8.RuneCountInString(name))), TypeDescription(t), e.counts[t])
	}
	return b
}

func hasType(ts []ner.Type, t ner.Type) bool {
	for _, u := range ts {
		if u == t {
			return true
		}
	}
	return false
}
