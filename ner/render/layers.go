package render

import (
	"sort"
	"unicode/utf8"

	"github.com/vntag/vntag/ner"
)

// valid reports whether e's span fits a text of n bytes.
func valid(e *ner.Entity, n int) bool {
	return 0 <= e.Start && e.Start < e.End && e.End <= n
}

// charStart returns the start of the character of text that holds byte p:
// p itself when p is on a character boundary, or the first byte of the
// valid multi-byte character p falls inside. An invalid byte is a character
// of its own.
func charStart(text string, p int) int {
	if p <= 0 || p >= len(text) || utf8.RuneStart(text[p]) {
		return p
	}
	for q := p - 1; q >= 0 && q > p-utf8.UTFMax; q-- {
		if utf8.RuneStart(text[q]) {
			if r, n := utf8.DecodeRuneInString(text[q:]); (r != utf8.RuneError || n > 1) && q+n > p {
				return q
			}
			return p
		}
	}
	return p
}

// charEnd returns the end of the character of text that holds byte p-1
// when p falls inside a character, and p otherwise.
func charEnd(text string, p int) int {
	q := charStart(text, p)
	if q == p {
		return p
	}
	_, n := utf8.DecodeRuneInString(text[q:])
	return q + n
}

// An extent is the part of the text an entity covers once snapped to whole
// characters.
type extent struct{ start, end int }

// snap returns the span of each entity of ents, widened to whole characters
// of text, so that no renderer cuts a character in two (a user rule can
// produce such spans, and a cut character would show as U+FFFD). Entities
// that do not fit the text get the empty span {0, 0}.
func snap(text string, ents []ner.Entity) []extent {
	sp := make([]extent, len(ents))
	for i := range ents {
		if valid(&ents[i], len(text)) {
			sp[i] = extent{charStart(text, ents[i].Start), charEnd(text, ents[i].End)}
		}
	}
	return sp
}

// order returns the indices of the spans that are not empty, sorted by
// start, longer first, then by input position.
func order(sp []extent) []int {
	idx := make([]int, 0, len(sp))
	for i := range sp {
		if sp[i].start < sp[i].end {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := sp[idx[a]], sp[idx[b]]
		if x.start != y.start {
			return x.start < y.start
		}
		return x.end > y.end
	})
	return idx
}

// A segment is a run of text with the same entities over all of it.
type segment struct {
	start, end int
	active     []int // entity indices, outermost first
}

// segments cuts text at every entity boundary, snapped to whole characters,
// and reports, for each piece, the entities covering it in nesting order.
// An entity that crosses another is reported on each of its pieces, so a
// renderer that opens and closes marks by the common prefix of consecutive
// active lists splits it into well-nested parts.
func segments(text string, ents []ner.Entity, yield func(segment)) {
	sp := snap(text, ents)
	idx := order(sp)
	n := len(text)
	var active []int
	next := 0 // next entity of idx to open
	pos := 0
	for pos < n {
		// Drop entities ending here; open those starting here.
		k := 0
		for _, i := range active {
			if sp[i].end > pos {
				active[k] = i
				k++
			}
		}
		active = active[:k]
		for next < len(idx) && sp[idx[next]].start == pos {
			active = append(active, idx[next])
			next++
		}
		// The segment runs to the nearest boundary.
		end := n
		if next < len(idx) && sp[idx[next]].start < end {
			end = sp[idx[next]].start
		}
		for _, i := range active {
			if sp[i].end < end {
				end = sp[i].end
			}
		}
		yield(segment{pos, end, active})
		pos = end
	}
}

// walk renders a text with nested marks: open is called when entity i
// begins a piece, close when it ends one, and text for each run of text.
func walk(text string, ents []ner.Entity, open, close func(i int), textf func(s string)) {
	var stack []int
	segments(text, ents, func(s segment) {
		p := 0
		for p < len(stack) && p < len(s.active) && stack[p] == s.active[p] {
			p++
		}
		for j := len(stack) - 1; j >= p; j-- {
			close(stack[j])
		}
		stack = append(stack[:p], s.active[p:]...)
		for _, i := range s.active[p:] {
			open(i)
		}
		textf(text[s.start:s.end])
	})
	for j := len(stack) - 1; j >= 0; j-- {
		close(stack[j])
	}
}
