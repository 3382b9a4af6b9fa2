package dates

import "github.com/vntag/vntag/normalize"

// intAt reads a whole number at token i, in digits ("15") or in words
// ("mười lăm", "hai mươi mốt"), and returns it with the index after it.
// Number words go up to 99.
func (p *parser) intAt(i int) (n, end int, ok bool) {
	if i >= len(p.t) {
		return 0, 0, false
	}
	if v, _, ok := p.t[i].num(); ok {
		return v, i + 1, true
	}
	return p.wordsAt(i)
}

// wordsAt reads a number written in words.
func (p *parser) wordsAt(i int) (n, end int, ok bool) {
	w := p.word(i)
	unit := func(w lex) int {
		if w >= wLast {
			return 0
		}
		return int(unitValue[w])
	}
	switch {
	case w == wMuoi10: // mười, mười một … mười chín, mười lăm
		n, end = 10, i+1
		switch u := p.word(end); {
		case u == wLam:
			n, end = 15, end+1
		case u != wNam && unit(u) > 0 && u != wTuFour:
			n, end = 10+unit(u), end+1
		}
		return n, end, true
	case unit(w) > 0 && w != wTuFour:
		n, end = unit(w), i+1
		if p.word(end) == wMuoi {
			n, end = n*10, end+1
			switch u := p.word(end); {
			case u == wMot1:
				n, end = n+1, end+1
			case u == wLam:
				n, end = n+5, end+1
			case u == wTuFour:
				n, end = n+4, end+1
			case u != wNam && u != wMot && unit(u) > 0:
				n, end = n+unit(u), end+1
			}
		}
		return n, end, true
	}
	return 0, 0, false
}

// digitsAt reads a plain integer in digits at token i.
func (p *parser) digitsAt(i int) (n, nd int, ok bool) {
	if i < 0 || i >= len(p.t) {
		return 0, 0, false
	}
	return p.t[i].num()
}

// ordinalAt reads a Roman numeral or a number: "XV", "15", "mười lăm".
func (p *parser) ordinalAt(i int) (n, end int, ok bool) {
	if i < len(p.t) && p.t[i].roman > 0 {
		return int(p.t[i].roman), i + 1, true
	}
	if i < len(p.t) && p.t[i].kind == normalize.Word && p.t[i].w == wNone {
		return 0, 0, false
	}
	return p.intAt(i)
}

// yearNumAt reads a year in digits (3 or 4 of them).
func (p *parser) yearNumAt(i int) (int, bool) {
	n, nd, ok := p.digitsAt(i)
	if !ok || nd < 3 || nd > 4 || n < 100 || n > 2999 {
		return 0, false
	}
	return n, true
}
