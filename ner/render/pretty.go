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
	first := true
	for i := range ents {
		e := &ents[i]
		r := Resolved(e)
		if r == "" {
			continue
		}
		if first {
			b = append(b, '\n')
			first = false
		}
		if color {
			b = append(b, "\x1b[1;"...)
			b = append(b, ansiOf(e.Type)...)
			b = append(b, 'm')
		}
		b = append(b, '[')
		b = append(b, oneLine(string(e.Type))...)
		b = append(b, ' ')
		b = append(b, oneLine(e.Text)...)
		b = append(b, ']')
		if color {
			b = append(b, "\x1b[0m"...)
		}
		b = append(b, " → "...)
		b = append(b, oneLine(r)...)
		b = append(b, '\n')
	}
	return b
}

// Resolved says in one line what an entity resolves to, or returns "" when
// it carries nothing resolved: a DATE's interval ("2024-01-01..2024-06-30",
// "≈" before approximate readings), a place's administrative unit with
// its parent, its era and its successors ("Huyện Lạng Giang (Bắc Giang),
// until 2025-06-30, succeeded by 9 communes: Lạng Giang, Tiên Lục, …"), a
// person's roles, an abbreviation's expansion.
func Resolved(e *ner.Entity) string {
	var s strings.Builder
	if v := e.Value; v != nil {
		if v.Approx {
			s.WriteString("≈ ")
		}
		switch {
		case v.Start != "" && (v.End == "" || v.End == v.Start):
			s.WriteString(v.Start)
		case v.Start != "":
			s.WriteString(v.Start + ".." + v.End)
		case v.Timex != "":
			s.WriteString(v.Timex)
		default:
			s.WriteString(v.Kind)
		}
		if v.Kind != "" && v.Kind != "date" && v.Kind != "interval" && v.Kind != "time" {
			s.WriteString(" (" + v.Kind + ")")
		}
	}
	if u := e.Unit; u != nil {
		name := u.FullName
		if name == "" {
			name = u.Name
		}
		s.WriteString(name)
		if p := u.Parent; p != nil && p.Name != "" {
			s.WriteString(" (" + p.Name + ")")
		}
		switch {
		case u.ValidTo != "":
			s.WriteString(", until " + u.ValidTo)
		case u.ValidFrom != "":
			s.WriteString(", since " + u.ValidFrom)
		}
		if n := len(u.Successors); n > 0 {
			s.WriteString(", succeeded by ")
			level := u.Successors[0].Level
			for _, r := range u.Successors {
				if r.Level != level {
					level = ""
				}
			}
			if n > 1 && level != "" {
				fmt.Fprintf(&s, "%d %ss: ", n, level)
			}
			const most = 6
			for i, r := range u.Successors[:min(n, most)] {
				if i > 0 {
					s.WriteString(", ")
				}
				s.WriteString(r.Name)
				if (n == 1 || level == "") && r.Level != "" {
					s.WriteString(" (" + r.Level + ")")
				}
			}
			if n > most {
				s.WriteString(", …")
			}
		}
	}
	if len(e.Roles) > 0 {
		for i, r := range e.Roles {
			if i > 0 {
				s.WriteString("; ")
			}
			s.WriteString(r.Text)
		}
	}
	if e.Expansion != "" && s.Len() == 0 {
		s.WriteString(e.Expansion)
	}
	return s.String()
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
