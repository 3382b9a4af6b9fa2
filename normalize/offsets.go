package normalize

import (
	"sort"
	"unicode/utf8"
)

// An edit records a place where the normalised text is not a copy of the
// original: the nlen bytes at norm were produced from the olen bytes at
// orig, and each of them maps to that whole original span. An edit with
// nlen 0 records removed bytes (invisible characters, collapsed spaces).
// Between edits the text is a byte-for-byte copy of the original, so a
// clean stretch of any length costs nothing.
type edit struct {
	norm, orig, nlen, olen int32
}

// An offsetMap is a list of edits, ordered by norm and by orig.
type offsetMap []edit

// find returns the index of the last edit that starts at or before norm
// offset i, or -1.
func (m offsetMap) find(i int) int {
	return sort.Search(len(m), func(k int) bool { return int(m[k].norm) > i }) - 1
}

// start returns the original offset of norm byte i: the first original
// byte of what produced it.
func (m offsetMap) start(i int) int {
	k := m.find(i)
	if k < 0 {
		return i
	}
	e := m[k]
	if i < int(e.norm+e.nlen) {
		return int(e.orig)
	}
	return int(e.orig+e.olen) + i - int(e.norm+e.nlen)
}

// end returns the original offset just after what produced norm byte i.
func (m offsetMap) end(i int) int {
	k := m.find(i)
	if k < 0 {
		return i + 1
	}
	e := m[k]
	if i < int(e.norm+e.nlen) {
		return int(e.orig + e.olen)
	}
	return int(e.orig+e.olen) + i + 1 - int(e.norm+e.nlen)
}

// A mapBuilder records the edits of a text as it is written.
type mapBuilder struct {
	edits offsetMap
	n     int // bytes written
	next  int // the original offset a copy would continue from
}

// copied records n bytes copied from orig[from:from+n].
func (b *mapBuilder) copied(n, from int) {
	if n == 0 {
		return
	}
	if from != b.next {
		if from > b.next {
			b.edits = append(b.edits, edit{norm: int32(b.n), orig: int32(b.next), olen: int32(from - b.next)})
		} else {
			// Going back (pieces of one replaced span): keep it whole.
			b.edits = append(b.edits, edit{norm: int32(b.n), orig: int32(from), nlen: int32(n), olen: int32(n)})
		}
	}
	b.n += n
	b.next = from + n
}

// replaced records n bytes produced from orig[from:to].
func (b *mapBuilder) replaced(n, from, to int) {
	if n == 0 {
		return
	}
	if from > b.next {
		b.edits = append(b.edits, edit{norm: int32(b.n), orig: int32(b.next), olen: int32(from - b.next)})
	}
	b.edits = append(b.edits, edit{norm: int32(b.n), orig: int32(from), nlen: int32(n), olen: int32(to - from)})
	b.n += n
	b.next = to
}

// A builder writes normalised output and its map.
type builder struct {
	out []byte
	m   mapBuilder
}

// copyOf appends src[from:to], a copy of the original.
func (b *builder) copyOf(src string, from, to int) {
	b.out = append(b.out, src[from:to]...)
	b.m.copied(to-from, from)
}

// replace appends p as the output of orig[from:to].
func (b *builder) replace(p []byte, from, to int) {
	b.out = append(b.out, p...)
	b.m.replaced(len(p), from, to)
}

// replaceString is replace for a string.
func (b *builder) replaceString(p string, from, to int) {
	b.out = append(b.out, p...)
	b.m.replaced(len(p), from, to)
}

// replaceRune appends r as the output of orig[from:to].
func (b *builder) replaceRune(r rune, from, to int) {
	n := len(b.out)
	b.out = utf8.AppendRune(b.out, r)
	b.m.replaced(len(b.out)-n, from, to)
}

// text returns the built Text for orig.
func (b *builder) text(orig string) *Text {
	if len(b.m.edits) == 0 && len(b.out) == len(orig) {
		return &Text{Orig: orig, Norm: orig}
	}
	return &Text{Orig: orig, Norm: string(b.out), edits: b.m.edits, mapped: true}
}

// OrigSpan maps the half-open span [start, end) of t.Norm to the span of
// t.Orig that produced it. A span that cuts a replaced piece (a composed
// letter, a re-toned syllable) grows to the whole original of that piece.
// An empty span maps to an empty span at OrigOffset(start).
func (t *Text) OrigSpan(start, end int) (int, int) {
	start = clamp(start, len(t.Norm))
	end = clamp(end, len(t.Norm))
	if end <= start {
		o := t.OrigOffset(start)
		return o, o
	}
	if !t.mapped {
		return start, end
	}
	return t.edits.start(start), t.edits.end(end - 1)
}

// OrigOffset maps a byte offset of t.Norm to the offset of t.Orig where the
// text at that offset starts. len(t.Norm) maps to len(t.Orig); offsets out
// of range are clamped.
func (t *Text) OrigOffset(i int) int {
	i = clamp(i, len(t.Norm))
	if !t.mapped {
		return i
	}
	if i == len(t.Norm) {
		return len(t.Orig)
	}
	return t.edits.start(i)
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

// A cursor looks up offsets that mostly increase in an offsetMap,
// without a binary search each time.
type cursor struct {
	m offsetMap
	k int // the last edit at or before the last offset looked up, or -1
}

func (c *cursor) find(i int) int {
	if c.k >= 0 && c.k < len(c.m) && int(c.m[c.k].norm) > i {
		c.k = c.m.find(i)
		return c.k
	}
	for c.k+1 < len(c.m) && int(c.m[c.k+1].norm) <= i {
		c.k++
	}
	return c.k
}

// start and end are offsetMap.start and offsetMap.end.
func (c *cursor) start(i int) int {
	k := c.find(i)
	if k < 0 {
		return i
	}
	e := c.m[k]
	if i < int(e.norm+e.nlen) {
		return int(e.orig)
	}
	return int(e.orig+e.olen) + i - int(e.norm+e.nlen)
}

func (c *cursor) end(i int) int {
	k := c.find(i)
	if k < 0 {
		return i + 1
	}
	e := c.m[k]
	if i < int(e.norm+e.nlen) {
		return int(e.orig + e.olen)
	}
	return int(e.orig+e.olen) + i + 1 - int(e.norm+e.nlen)
}

// compose returns the Text that maps b.Norm to a.Orig, given that b.Orig is
// a.Norm.
func compose(a, b *Text) *Text {
	if !b.mapped {
		return a
	}
	if !a.mapped {
		return &Text{Orig: a.Orig, Norm: b.Norm, edits: b.edits, mapped: true}
	}
	var mb mapBuilder
	mb.edits = make(offsetMap, 0, len(a.edits)+len(b.edits))
	ac := cursor{m: a.edits, k: -1}
	// copyRange records b.Norm bytes that copy a.Norm[p:q].
	copyRange := func(p, q int) {
		for p < q {
			k := ac.find(p)
			if k >= 0 {
				e := a.edits[k]
				if p < int(e.norm+e.nlen) {
					// Inside a piece a replaced.
					pe := min(q, int(e.norm+e.nlen))
					mb.replaced(pe-p, int(e.orig), int(e.orig+e.olen))
					p = pe
					continue
				}
			}
			// A copy in a too, up to a's next edit.
			pe := q
			if k+1 < len(a.edits) {
				pe = min(q, int(a.edits[k+1].norm))
			}
			mb.copied(pe-p, ac.start(p))
			p = pe
		}
	}
	pos := 0 // in b.Norm
	var prev *edit
	bstart := func(pos int) int {
		if prev == nil {
			return pos
		}
		return int(prev.orig+prev.olen) + pos - int(prev.norm+prev.nlen)
	}
	for k := range b.edits {
		e := &b.edits[k]
		// The copy before e.
		if int(e.norm) > pos {
			from := bstart(pos)
			copyRange(from, from+int(e.norm)-pos)
			pos = int(e.norm)
		}
		prev = e
		if e.nlen == 0 {
			continue
		}
		var o1, o2 int
		if e.olen == 0 {
			o1 = a.OrigOffset(int(e.orig))
			o2 = o1
		} else {
			o1, o2 = ac.start(int(e.orig)), ac.end(int(e.orig+e.olen)-1)
		}
		mb.replaced(int(e.nlen), o1, o2)
		pos = int(e.norm + e.nlen)
	}
	if pos < len(b.Norm) {
		from := bstart(pos)
		copyRange(from, from+len(b.Norm)-pos)
	}
	return &Text{Orig: a.Orig, Norm: b.Norm, edits: mb.edits, mapped: true}
}
