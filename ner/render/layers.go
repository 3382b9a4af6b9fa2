package render

import (
	"sort"

	"github.com/vntag/vntag/ner"
)

// valid reports whether e's span fits a text of n bytes.
func valid(e *ner.Entity, n int) bool {
	return 0 <= e.Start && e.Start < e.End && e.End <= n
}

// order returns the indices of the entities of ents that fit a text of n
// bytes, sorted by start, longer first, then by input position.
func order(ents []ner.Entity, n int) []int {
	idx := make([]int, 0, len(ents))
	for i := range ents {
		if valid(&ents[i], n) {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := &ents[idx[a]], &ents[idx[b]]
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		return x.End > y.End
	})
	return idx
}

// A segment is a run of text with the same entities over all of it.
type segment struct {
	start, end int
	active     []int // entity indices, outermost first
}

// segments cuts a text of n bytes at every entity boundary and reports, for
// each piece, the entities covering it in nesting order. An entity that
// crosses another is reported on each of its pieces, so a renderer that
// opens and closes marks by the common prefix of consecutive active lists
// splits it into well-nested parts.
func segments(ents []ner.Entity, n int, yield func(segment)) {
	idx := order(ents, n)
	var active []int
	next := 0 // next entity of idx to open
	pos := 0
	for pos < n {
		// Drop entities ending here; open those starting here.
		k := 0
		for _, i := range active {
			if ents[i].End > pos {
				active[k] = i
				k++
			}
		}
		active = active[:k]
		for next < len(idx) && ents[idx[next]].Start == pos {
			active = append(active, idx[next])
			next++
		}
		// The segment runs to the nearest boundary.
		end := n
		if next < len(idx) && ents[idx[next]].Start < end {
			end = ents[idx[next]].Start
		}
		for _, i := range active {
			if ents[i].End < end {
				end = ents[i].End
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
	segments(ents, len(text), func(s segment) {
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
