package ner

// builtinRules is the table of the tagger's own rules, in the order they
// run. Adding a rule is adding a row here (and its function in the file of
// its family): the tagger is a loop over this table (Tagger.parse).
//
//	spans:    date, amount, document, dateline, byline, signature
//	phrase:   role, org, per-cue, loc, per, loc-cue  (first that parses wins)
//	document: memory, names (the name stage: runs no cue announced)
//
// then the caller's rules, conflicts, administrative units and role links.
var builtinRules = []rule{
	{name: "date", typ: DATE, types: []Type{DATE}, stage: stageSpans, span: (*parse).dates},
	{name: "numeric", typ: MONEY, types: []Type{MONEY, PERCENT, QUANTITY, DOC}, stage: stageSpans, span: (*parse).numeric},
	{name: "dateline", typ: LOC, types: []Type{LOC}, stage: stageSpans, span: (*parse).dateline},
	{name: "byline", typ: PER, types: []Type{PER}, stage: stageSpans, span: (*parse).byline},
	{name: "signature", typ: PER, types: []Type{PER}, stage: stageSpans, span: (*parse).signature},
	{name: "role", typ: ROLE, types: []Type{ROLE, ORG, LOC, PER}, stage: stagePhrase, prio: 60, phrase: (*parse).rolePhrase},
	{name: "org", typ: ORG, types: []Type{ORG, LOC, PER}, stage: stagePhrase, prio: 50, phrase: (*parse).org},
	{name: "per-cue", typ: PER, types: []Type{PER}, stage: stagePhrase, prio: 40, phrase: (*parse).cuedPerson},
	{name: "loc", typ: LOC, types: []Type{LOC}, stage: stagePhrase, prio: 30, phrase: (*parse).place},
	{name: "per", typ: PER, types: []Type{PER}, stage: stagePhrase, prio: 20, phrase: (*parse).person},
	{name: "loc-cue", typ: LOC, types: []Type{LOC}, stage: stagePhrase, prio: 10, phrase: (*parse).cuedPlace},
	{name: "memory", typ: PER, types: []Type{PER}, stage: stageDocument, span: (*parse).memory},
	{name: "names", typ: PER, types: []Type{PER, LOC}, stage: stageDocument, span: (*parse).names},
}

// phrases runs the phrase rules over the tokens, left to right: at each
// token the first rule that parses a phrase wins, and the parse goes on
// after its phrase. The built-in rules are tried only where a name may
// start: a capitalised word, a gazetteer match or a starter word.
func (p *parse) phrases(rules []rule) {
	for i := 0; i < len(p.toks); {
		if p.covered(i) {
			i++
			continue
		}
		gate := p.isCap(i) || len(p.at(i)) > 0 || p.is(i, classStarter)
		e := i
		for r := range rules {
			row := &rules[r]
			if row.stage != stagePhrase {
				break
			}
			if !row.user && !gate {
				continue
			}
			if e = row.phrase(p, i); e > i {
				p.keep(false)
				break
			}
			p.reset(p.start)
		}
		if e > i {
			i = e
		} else {
			i++
		}
	}
}

// rolePhrase parses a title with what completes it, and the name of the
// person who holds it right after: "Đại tá [Nguyễn Văn A]".
func (p *parse) rolePhrase(i int) int {
	e := p.role(i)
	if e == i {
		return i
	}
	if pe := p.nameAfterTitle(e); pe > e {
		return pe
	}
	return e
}

// place parses a place outside an organisation.
func (p *parse) place(i int) int { return p.loc(i, false) }
