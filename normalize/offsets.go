package normalize

import "sort"

// A segment says where a run of normalised bytes came from. The run starts
// at norm and ends where the next segment starts (or at the end of the
// text). A copy segment is byte-for-byte equal to orig[orig:orig+olen]; any
// other segment was produced from the whole of that original span, and each
// of its bytes maps to the whole span. Original bytes that produced nothing
// (removed invisible characters, collapsed spaces) lie between segments.
type segment struct {
	norm, orig, olen int32
	copy             bool
}

// A builder appends normalised output and records its segments.
type builder struct {
	out  []byte
	segs []segment
}

// copyOf appends orig[from:to], which src holds, as a copy.
func (b *builder) copyOf(src string, from, to int) {
	if from >= to {
		return
	}
	if n := len(b.segs); n > 0 {
		last := &b.segs[n-1]
		if last.copy && int(last.orig+last.olen) == from && int(last.norm+last.olen) == len(b.out) {
			last.olen += int32(to - from)
			b.out = append(b.out, src[from:to]...)
			return
		}
	}
	b.segs = append(b.segs, segment{norm: int32(len(b.out)), orig: int32(from), olen: int32(to - from), copy: true})
	b.out = append(b.out, src[from:to]...)
}

// replace appends p as the output of orig[from:to].
func (b *builder) replace(p []byte, from, to int) {
	if len(p) == 0 {
		return
	}
	b.segs = append(b.segs, segment{norm: int32(len(b.out)), orig: int32(from), olen: int32(to - from)})
	b.out = append(b.out, p...)
}

// replaceString is replace for a string.
func (b *builder) replaceString(p string, from, to int) {
	if len(p) == 0 {
		return
	}
	b.segs = append(b.segs, segment{norm: int32(len(b.out)), orig: int32(from), olen: int32(to - from)})
	b.out = append(b.out, p...)
}

// tailSpan returns the original span of out[from:], and whether from is a
// segment boundary or inside a copy segment (so the tail can be replaced).
func (b *builder) tailSpan(from int) (start, end int, ok bool) {
	k := len(b.segs) - 1
	for k > 0 && int(b.segs[k].norm) > from {
		k--
	}
	if k < 0 {
		return 0, 0, false
	}
	sg := b.segs[k]
	if sg.copy {
		start = int(sg.orig) + from - int(sg.norm)
	} else {
		if int(sg.norm) != from {
			return 0, 0, false
		}
		start = int(sg.orig)
	}
	last := b.segs[len(b.segs)-1]
	end = int(last.orig + last.olen)
	return start, end, true
}

// replaceTail replaces out[from:] by p, produced from orig[start:end].
func (b *builder) replaceTail(from int, p []byte, start, end int) {
	k := len(b.segs)
	for k > 0 && int(b.segs[k-1].norm) >= from {
		k--
	}
	b.segs = b.segs[:k]
	if k > 0 {
		last := &b.segs[k-1]
		if last.copy && int(last.norm+last.olen) > from {
			last.olen = int32(from) - last.norm
		}
	}
	b.out = b.out[:from]
	b.replace(p, start, end)
}

// text returns the built Text for orig.
func (b *builder) text(orig string) *Text {
	if len(b.segs) == 1 && b.segs[0].copy && b.segs[0].orig == 0 && int(b.segs[0].olen) == len(orig) {
		return &Text{Orig: orig, Norm: orig}
	}
	if len(b.out) == 0 && len(orig) == 0 {
		return &Text{}
	}
	return &Text{Orig: orig, Norm: string(b.out), segs: b.segs, mapped: true}
}

// find returns the index of the segment that holds output byte i.
func (t *Text) find(i int) int {
	k := sort.Search(len(t.segs), func(k int) bool { return int(t.segs[k].norm) > i })
	return k - 1
}

// OrigSpan maps the half-open span [start, end) of t.Norm to the span of
// t.Orig that produced it. A span that cuts a replaced piece (a composed
// letter, a re-toned syllable) grows to the whole original of that piece.
// An empty span maps to an empty span at OrigOffset(start).
func (t *Text) OrigSpan(start, end int) (int, int) {
	if end <= start {
		o := t.OrigOffset(start)
		return o, o
	}
	if !t.mapped {
		return clamp(start, len(t.Orig)), clamp(end, len(t.Orig))
	}
	s := t.OrigOffset(start)
	if end > len(t.Norm) {
		return s, len(t.Orig)
	}
	k := t.find(end - 1)
	if k < 0 {
		return s, s
	}
	sg := t.segs[k]
	e := int(sg.orig + sg.olen)
	if sg.copy {
		e = int(sg.orig) + end - int(sg.norm)
	}
	if e < s {
		e = s
	}
	return s, e
}

// OrigOffset maps a byte offset of t.Norm to the offset of t.Orig where the
// text at that offset starts. len(t.Norm) maps to len(t.Orig); negative
// offsets map to 0.
func (t *Text) OrigOffset(i int) int {
	if i <= 0 {
		if i == 0 && t.mapped && len(t.segs) > 0 && len(t.Norm) > 0 {
			return int(t.segs[0].orig)
		}
		return 0
	}
	if !t.mapped {
		return clamp(i, len(t.Orig))
	}
	if i >= len(t.Norm) {
		return len(t.Orig)
	}
	k := t.find(i)
	if k < 0 {
		return 0
	}
	sg := t.segs[k]
	if sg.copy {
		return int(sg.orig) + i - int(sg.norm)
	}
	return int(sg.orig)
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

// compose returns the Text that maps b.Norm to a.Orig, given that b.Orig is
// a.Norm.
func compose(a, b *Text) *Text {
	if !b.mapped {
		return &Text{Orig: a.Orig, Norm: a.Norm, segs: a.segs, mapped: a.mapped}
	}
	if !a.mapped {
		return &Text{Orig: a.Orig, Norm: b.Norm, segs: b.segs, mapped: true}
	}
	var bl builder
	bl.out = []byte(b.Norm)[:0:0]
	add := func(sg segment) {
		if n := len(bl.segs); n > 0 && sg.copy {
			last := &bl.segs[n-1]
			if last.copy && last.orig+last.olen == sg.orig && last.norm+last.olen == sg.norm {
				last.olen += sg.olen
				return
			}
		}
		bl.segs = append(bl.segs, sg)
	}
	for k, sg := range b.segs {
		nend := int32(len(b.Norm))
		if k+1 < len(b.segs) {
			nend = b.segs[k+1].norm
		}
		if !sg.copy {
			o1, o2 := a.OrigSpan(int(sg.orig), int(sg.orig+sg.olen))
			add(segment{norm: sg.norm, orig: int32(o1), olen: int32(o2 - o1)})
			continue
		}
		// A copy: walk the segments of a under [sg.orig, sg.orig+olen).
		p, q := int(sg.orig), int(sg.orig+sg.olen)
		j := a.find(p)
		for p < q && j < len(a.segs) {
			if j < 0 {
				j = 0
				continue
			}
			as := a.segs[j]
			aend := len(a.Norm)
			if j+1 < len(a.segs) {
				aend = int(a.segs[j+1].norm)
			}
			pe := min(q, aend)
			n := int32(int(sg.norm) + p - int(sg.orig))
			if as.copy {
				add(segment{norm: n, orig: as.orig + int32(p) - as.norm, olen: int32(pe - p), copy: true})
			} else {
				add(segment{norm: n, orig: as.orig, olen: as.olen})
			}
			p = pe
			j++
		}
		_ = nend
	}
	return &Text{Orig: a.Orig, Norm: b.Norm, segs: bl.segs, mapped: true}
}
