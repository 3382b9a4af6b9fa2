package ner

import (
	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
	"unicode/utf8"
)

// The grammar of names: people, roles, organisations and places, parsed left
// to right over the tokens with the gazetteer's phrase matches as words.

// Priorities of the name rules when candidates conflict.
const (
	prioDate       = 60
	prioRole       = 36
	prioPerCue     = 34
	prioOrg        = 32
	prioLocTyped   = 31
	prioLocKnown   = 24
	prioPerSurname = 22
	prioPerMemory  = 18
	prioPerForeign = 17
	prioLocCue     = 12
)

func hasKind(e *gazetteer.Entry, kinds []gazetteer.Kind) bool {
	for _, k := range kinds {
		if e.Kind == k {
			return true
		}
	}
	return false
}

// capBefore reports whether token i follows a capitalised word that may
// begin the same name, as in "Bắc Giang Tạ", rather than one that has its
// capital from opening the sentence: "Theo [Nguyễn Văn Hải]", "Tại [Hà
// Nội]".
func (p *parse) capBefore(i int) bool {
	return p.isCap(i-1) && !p.toks[i].SentenceStart && !(p.toks[i-1].SentenceStart && (leadWords[p.key(i-1)] || p.commonOpener(i-1)))
}

// commonOpener reports whether token k, which opens a sentence, is a
// common word that no name holds: "Hàng [VN] có chất lượng". Surnames,
// given names and the starts of places are not.
func (p *parse) commonOpener(k int) bool {
	return p.g.IsWord(p.key(k)) && !p.g.Has(gazetteer.KindSurname, p.text(k)) && !p.g.Has(gazetteer.KindGivenName, p.text(k)) &&
		!p.g.Has(gazetteer.KindForeignGiven, p.text(k)) && !p.startsPlace(k) && len(p.at(k)) == 0
}

// capSpan reports whether tokens [i, j) read as a proper name: capitalised
// at both ends, with words, dots or hyphens between ("Liên bang Nga",
// "Cộng hòa Séc", "Tp . Hồ Chí Minh").
func (p *parse) capSpan(i, j int) bool {
	if i >= j || !p.isCap(i) || !p.isCap(j-1) {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if !p.isCap(k) && p.kind(k) != normalize.Word && p.text(k) != "." && p.text(k) != "-" {
			return false
		}
	}
	return true
}

// nameRun returns the end of the run of capitalised words from i, at most
// max long, that stops before words that start another phrase.
func (p *parse) nameRun(i, max int) int {
	k := i
	for k < len(p.toks) && k-i < max && p.isCap(k) {
		if k > i && p.lineStart(k) {
			break // a name never runs over a line break
		}
		if k > i && p.clauseOpensAt(k) {
			break // "Rowan Atkinson Bây giờ …": a headline glued to the text
		}
		if k > i {
			if m, _, ok := p.longest(k, gazetteer.KindOrgHead, gazetteer.KindTypeWord); ok && p.shape(k) != normalize.Upper && !p.lastGivenName(i, k, m.To) && !p.initialAt(k) {
				break
			}
			if m, e, ok := p.longest(k, gazetteer.KindTitle); ok && m.To-m.From > 1 && !minorTitle(e) {
				break
			}
		}
		k++
		// A hyphen between two capitalised parts joins them: "Bà Rịa - Vũng Tàu".
	}
	return k
}

// clauseOpeners are words that open a clause and are never a part of a
// name: plural markers and sentence adverbs. Capitalised after a name, they
// start the next sentence ("Thái Bình Dương Các thủy thủ …": a headline
// glued to the first line of the article).
var clauseOpeners = set("các", "những", "mọi", "bây giờ", "hiện nay", "tuy nhiên", "trong khi", "sau khi", "vì vậy", "do đó")

// clauseOpensAt reports whether a capitalised clause opener starts at token
// k: "Bây giờ" (its second word in lower case), or "Các" before a
// lowercase word.
func (p *parse) clauseOpensAt(k int) bool {
	if p.shape(k) != normalize.Title {
		return false
	}
	if clauseOpeners[p.keyN(k, 2)] {
		return p.shape(k+1) == normalize.Lower
	}
	return clauseOpeners[p.key(k)] && p.kind(k+1) == normalize.Word && p.shape(k+1) == normalize.Lower
}

// initialAt reports whether token k is a name's initial rather than the
// abbreviated type word it also is ("H." for huyện, "X." for xã): no
// capitalised name follows it. "Trần Thị [H]. (SN 1990)".
func (p *parse) initialAt(k int) bool {
	if utf8.RuneCountInString(p.text(k)) != 1 {
		return false
	}
	n := k + 1
	if p.text(n) == "." {
		n++
	}
	return !p.isCap(n) || p.lineStart(n)
}

// lastGivenName reports whether token k, which starts a type word or an
// organisation head ending at to, is rather the last syllable of the name
// begun at i: "Ngô Bảo [Châu] giảng bài", but "Châu Á" or "Nguyễn Văn A
// Hội …" stop the name. The word must be a given name, the name before it
// a surname or a given name, and no capitalised word may follow.
func (p *parse) lastGivenName(i, k, to int) bool {
	return to == k+1 && p.shape(k) == normalize.Title && !p.isCap(k+1) &&
		p.g.Has(gazetteer.KindGivenName, p.text(k)) &&
		(p.g.Has(gazetteer.KindSurname, p.text(i)) || p.g.Has(gazetteer.KindGivenName, p.text(k-1)))
}

func minorTitle(e *gazetteer.Entry) bool {
	switch e.Class {
	case gazetteer.ClassHonorific, gazetteer.ClassModifier, gazetteer.ClassLegalStatus:
		return true
	}
	return false
}

// wordAt reports whether tokens i and i+1 make one dictionary word ("Trung
// ương", "yêu cầu"), so that token i is not a name by itself.
func (p *parse) wordAt(i int) bool {
	return i+1 < len(p.toks) && p.kind(i+1) == normalize.Word && p.toks[i+1].Shape == normalize.Lower &&
		p.wordPair(i)
}

// wordBefore reports whether token i ends a dictionary word begun by the
// token before it ("yêu cầu": "cầu" is no bridge there).
func (p *parse) wordBefore(i int) bool {
	return i > 0 && p.kind(i-1) == normalize.Word && p.wordPair(i-1)
}

// startsPlaceExactly reports whether a known place spans exactly [i, j).
func (p *parse) startsPlaceExactly(i, j int) bool {
	m, e, ok := p.longest(i, placeKinds...)
	return ok && m.To == j && !e.Weak
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// expand spells out the abbreviations inside organisations, roles and
// places as their Expansion: "HĐND huyện Lạng Giang" → "Hội đồng nhân dân
// huyện Lạng Giang".
func (p *parse) expand(cs []cand) {
	for ci := range cs {
		c := &cs[ci]
		if c.from < 0 || c.typ != ORG && c.typ != ROLE && c.typ != LOC || c.expansion != "" {
			continue
		}
		var b []byte
		last := c.start
		for k := c.from; k < c.to; k++ {
			if x := p.expansionAt(k); x != "" {
				b = append(b, p.s[last:p.toks[k].Start]...)
				b = append(b, x...)
				last = p.toks[k].End
				if k+2 < c.to && p.text(k+1) == "." && p.kind(k+2) == normalize.Word {
					// "TP . HCM": the dot of the abbreviation goes with it.
					b = append(b, ' ')
					last = p.toks[k+2].Start
					k++
				}
			}
		}
		if b != nil {
			c.expansion = string(append(b, p.s[last:c.end]...))
		}
	}
}

// expansionAt returns what the abbreviation at token k stands for, or "".
func (p *parse) expansionAt(k int) string {
	if p.kind(k) != normalize.Abbrev && p.shape(k) != normalize.Upper {
		return ""
	}
	for _, m := range p.at(k) {
		if m.To != k+1 {
			continue
		}
		for _, e := range m.Entries {
			if e.Kind == gazetteer.KindAbbrev && e.Expansion != "" {
				return e.Expansion
			}
		}
	}
	return ""
}

func hasPlace(es []*gazetteer.Entry) bool {
	for _, e := range es {
		if hasKind(e, placeKinds) {
			return true
		}
	}
	return false
}

// foldedPlace reports whether a place written without its diacritics
// ("Ha Noi") covers tokens [i, j).
func (p *parse) foldedPlace(i, j int) bool {
	for k := i; k >= 0 && k > i-4; k-- {
		if int(p.foldedTo[k]) >= j {
			return true
		}
	}
	return false
}
