package ner

import (
	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
)

// dates adds the temporal expressions of the dates package as DATE
// candidates.
func (p *parse) dates() {
	for _, x := range p.dateFinder.FindTokens(p.s, p.toks, p.ref) {
		from, to := p.tokenRange(x.Start, x.End)
		if x.Rule == "holiday" && p.inName(from, to) {
			continue // "ông Đặng [Quốc Khánh]" is a person's name
		}
		v := &DateValue{Kind: string(x.Kind), Grain: string(x.Grain), Timex: x.Value, Approx: x.Approx}
		if !x.From.IsZero() {
			v.Start, v.End = x.StartString(), x.EndString()
		}
		p.cands = append(p.cands, cand{start: x.Start, end: x.End, from: from, to: to, typ: DATE, rule: "date-" + x.Rule, prio: prioDate, value: v})
	}
}

// inName reports whether the capitalised words [from, to) continue a
// person's name: they follow a surname or a middle name with nothing
// between. Holidays are also given names: Quốc Khánh, Thanh Minh, Trung Thu.
func (p *parse) inName(from, to int) bool {
	if from == 0 || p.kind(from-1) != normalize.Word || p.shape(from-1) != normalize.Title {
		return false
	}
	for k := from; k < to; k++ {
		if p.shape(k) != normalize.Title {
			return false
		}
	}
	before := p.text(from - 1)
	if p.g == nil {
		p.g = p.gazetteerOf() // a tagger of dates alone builds it only here
	}
	return p.g.Has(gazetteer.KindSurname, before) || p.g.Has(gazetteer.KindMiddleName, before)
}
