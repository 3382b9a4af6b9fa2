package dates

import "github.com/vntag/vntag/normalize"

// Terms and named periods: nhiệm kỳ 2020-2025, giai đoạn 2023 – 2025, năm
// học 2024-2025, niên khóa, mùa giải, thời kỳ; Quốc hội khóa XV.

// termWordsAt reads a term word: nhiệm kỳ, giai đoạn, năm học, niên khóa,
// niên học, niên vụ, mùa giải, mùa vụ, thời kỳ, khóa.
func (p *parser) termWordsAt(i int) (int, bool) {
	a, b := p.word(i), p.word(i+1)
	switch {
	case a == wNhiem && b == wKy, a == wGiai && b == wDoan, a == wNam && b == wHoc,
		a == wNien && (b == wKhoa || b == wHoc || b == wVu), a == wMua && (b == wGiaiPrize || b == wVu),
		a == wThoi && b == wKy:
		return i + 2, true
	case a == wKhoa:
		return i + 1, true
	}
	return 0, false
}

// termAt reads a term word followed by a period: "nhiệm kỳ 2020- 2025",
// "giai đoạn từ 2021 đến 2025", "năm học 2024-2025".
func (p *parser) termAt(i int) (int, val, bool) {
	k, ok := p.termWordsAt(i)
	if !ok {
		return 0, val{}, false
	}
	if j, v, ok := p.rangeAt(k); ok {
		v.rule = "term"
		return j, v, true
	}
	return 0, val{}, false
}

// body is a compiled Body: its names as lists of syllable keys.
type body struct {
	names  [][]string
	starts []int
	length int
}

func compileBodies(bs []Body) []body {
	var out []body
	for _, b := range bs {
		cb := body{starts: b.Starts, length: b.Length}
		for _, n := range b.Names {
			var keys []string
			for _, t := range normalize.Tokens(n) {
				if t.Kind != normalize.Punct {
					keys = append(keys, string(wordKey(nil, n[t.Start:t.End])))
				}
			}
			if len(keys) > 0 {
				cb.names = append(cb.names, keys)
			}
		}
		out = append(out, cb)
	}
	return out
}

// khoaAt reads a numbered term of a known body: "(Quốc hội) khóa XV".
func (p *parser) khoaAt(i int) (int, val, bool) {
	if p.word(i) != wKhoa || len(p.f.bodies) == 0 {
		return 0, val{}, false
	}
	n, e, ok := p.ordinalAt(i + 1)
	if !ok || n < 1 {
		return 0, val{}, false
	}
	for _, b := range p.f.bodies {
		if n > len(b.starts) || !p.bodyBefore(i, b) {
			continue
		}
		y1 := b.starts[n-1]
		y2 := y1 + b.length
		if n < len(b.starts) {
			y2 = b.starts[n]
		}
		r := p.yearRes(y1, y2)
		return e, fixedVal("khoa", r), true
	}
	return 0, val{}, false
}

// bodyBefore reports whether a name of b ends right before token i.
func (p *parser) bodyBefore(i int, b body) bool {
	for _, n := range b.names {
		if i-len(n) < 0 {
			continue
		}
		ok := true
		for j, w := range n {
			p.kb = wordKey(p.kb[:0], p.text(i-len(n)+j))
			if string(p.kb) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
