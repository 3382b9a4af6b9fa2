package ner

import (
	"sort"
	"unicode/utf8"
)

// sortEntities orders entities by start, longer first, then by type order so
// that output is deterministic.
func sortEntities(es []Entity) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := &es[i], &es[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return typeRank(a.Type) < typeRank(b.Type)
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
	sort.Slice(pts, func(i, j int) bool { return pts[i].byteOff < pts[j].byteOff })
	b, c := 0, 0
	for _, p := range pts {
		for b < p.byteOff && b < len(text) {
			_, n := utf8.DecodeRuneInString(text[b:])
			b += n
			c++
		}
		*p.char = c
	}
}

// Flat returns the outermost layer of d's entities: those not contained in
// another entity, as used for CoNLL/BIO export. Of two partly overlapping
// entities the earlier one is kept.
func (d *Document) Flat() []Entity {
	var out []Entity
	end := -1
	for _, e := range d.Entities {
		if e.Start >= end {
			out = append(out, e)
			end = e.End
		}
	}
	return out
}
