package dates

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
