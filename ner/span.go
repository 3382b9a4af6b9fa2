package ner

import (
	"slices"
	"unicode/utf8"
)

// sortEntities orders entities by start, longer first, then by type order so
// that output is deterministic.
func sortEntities(es []Entity) {
	slices.SortStableFunc(es, func(a, b Entity) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return b.End - a.End
		}
		return typeRank(a.Type) - typeRank(b.Type)
	})
}

func typeRank(t Type) int {
	for i, u := range Types {
		if u == t {
			return i
		}
	}
	return len(Types)
}

// fillCharOffsets sets CharStart and CharEnd of entities sorted by Start,
// counting code points (an invalid byte counts as one) in one pass.
func fillCharOffsets(text string, es []Entity) {
	type point struct {
		byteOff int
		char    *int
	}
	pts := make([]point, 0, 2*len(es))
	for i := range es {
		pts = append(pts, point{es[i].Start, &es[i].CharStart}, point{es[i].End, &es[i].CharEnd})
	}
	slices.SortFunc(pts, func(a, b point) int { return a.byteOff - b.byteOff })
	b, c := 0, 0
	for _, p := range pts {
		if off := min(p.byteOff, len(text)); off > b {
			// Offsets fall between characters: count the ones before.
			c += utf8.RuneCountInString(text[b:off])
			b = off
		}
		*p.char = c
	}
}

// Flat returns the outermost layer of d's entities, in text order: those
// no earlier-starting or longer entity covers, as used for CoNLL/BIO
// export. Of two crossing entities the one that starts first is kept.
// Entities need not be sorted; those whose span does not fit d.Text (when
// d.Text is set) are left out, so that Flat is safe on decoded input.
func (d *Document) Flat() []Entity {
	idx := make([]int, 0, len(d.Entities))
	for i, e := range d.Entities {
		if 0 <= e.Start && e.Start < e.End && (d.Text == "" || e.End <= len(d.Text)) {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		x, y := &d.Entities[a], &d.Entities[b]
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	})
	var out []Entity
	end := 0
	for _, i := range idx {
		if e := d.Entities[i]; e.Start >= end {
			out = append(out, e)
			end = e.End
		}
	}
	return out
}
