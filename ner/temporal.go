package ner

import (
	"sort"
)

// dates adds the temporal expressions of the dates package as DATE
// candidates.
func (p *parse) dates() {
	for _, x := range p.dateFinder.FindTokens(p.s, p.toks, p.ref) {
		from, to := p.tokenRange(x.Start, x.End)
		v := &DateValue{Kind: string(x.Kind), Grain: string(x.Grain), Timex: x.Value, Approx: x.Approx}
		if !x.From.IsZero() {
			v.Start, v.End = x.StartString(), x.EndString()
		}
		p.cands = append(p.cands, cand{start: x.Start, end: x.End, from: from, to: to, typ: DATE, rule: "date-" + x.Rule, prio: prioDate, value: v})
	}
}

// tokenRange returns the tokens that a byte span covers.
func (p *parse) tokenRange(start, end int) (int, int) {
	from := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].End > start })
	to := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Start >= end })
	return from, to
}
