package ner

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
)

// Options configure a Tagger. The zero value tags every type with the
// built-in gazetteers and rules.
type Options struct {
	// Types restricts the output to these types; empty means all.
	Types []Type
	// Gazetteer is the gazetteer to use, with the caller's own entries
	// (see gazetteer.New); nil means the built-in one.
	Gazetteer *gazetteer.Gazetteer
	// Rules are the caller's own rules, run after the built-in ones; their
	// entities win over built-in ones of the same span (see Rule).
	Rules []Rule
	// Disable turns off the built-in rules of these names (see
	// BuiltinRules).
	Disable []string
	// Dates configures the date finder: which occurrence a date lacking
	// its year, a weekday or a clock time takes (Prefer), and the bodies
	// whose numbered terms resolve to years. The zero value reads news:
	// see dates.Options.
	Dates dates.Options
}

// A Tagger finds entities in text. It is safe for concurrent use.
type Tagger struct {
	opts  Options
	types map[Type]bool
	norm  *normalize.Normalizer
	gaz   *gazetteer.Gazetteer // nil: the shared default
	dates *dates.Finder
	rules []rule // the table: the built-in rules left on, and the caller's
	needs struct{ keys, gazetteer, units bool }
}

// New builds a Tagger. Building is cheap: the gazetteers are parsed once per
// process, on first use. It fails on a type that is not one of Types, a
// rule that cannot be used, and a disabled rule name that is not a
// built-in rule's (all wrapping ErrBadRule, or the error of ParseTypes).
func New(opts Options) (*Tagger, error) {
	t := &Tagger{opts: opts, norm: normalize.New(normalize.Options{}), gaz: opts.Gazetteer, dates: dates.NewFinder(opts.Dates)}
	if len(opts.Types) > 0 {
		t.types = make(map[Type]bool)
		for _, ty := range opts.Types {
			if !slices.Contains(Types, ty) {
				return nil, fmt.Errorf("ner: unknown entity type %q", ty)
			}
			t.types[ty] = true
		}
	}
	for _, name := range opts.Disable {
		if !slices.ContainsFunc(builtinRules, func(r rule) bool { return r.name == name }) {
			return nil, fmt.Errorf("%w: no built-in rule is named %q (see BuiltinRules)", ErrBadRule, name)
		}
	}
	for _, r := range builtinRules {
		if !slices.Contains(opts.Disable, r.name) && t.wants(r) {
			t.rules = append(t.rules, r)
		}
	}
	for _, r := range opts.Rules {
		row, err := r.check() // on a copy: the caller's Rules stay as given
		if err != nil {
			return nil, err
		}
		t.rules = append(t.rules, row)
	}
	// Stages in order; phrase rules by priority, the built-in ones first
	// among equals.
	slices.SortStableFunc(t.rules, func(a, b rule) int {
		if a.stage != b.stage {
			return int(a.stage) - int(b.stage)
		}
		if a.stage == stagePhrase {
			return b.prio - a.prio
		}
		return 0
	})
	for _, r := range t.rules {
		if r.user || r.name != "date" {
			t.needs.keys = true
		}
		if r.user || r.name != "date" && r.name != "numeric" {
			t.needs.gazetteer = true
		}
	}
	t.needs.units = t.types == nil || t.types[LOC]
	return t, nil
}

// wants reports whether the built-in rule r is needed for the types asked
// for. Names are found by one grammar whose rules need each other (an
// organisation nests its place, a role its organisation): any name type
// runs them all. Dates and amounts need only their own rules, and amounts
// the dates, whose tokens they must not take.
func (t *Tagger) wants(r rule) bool {
	if t.types == nil {
		return true
	}
	names := t.types[PER] || t.types[ROLE] || t.types[ORG] || t.types[LOC]
	amounts := t.types[MONEY] || t.types[PERCENT] || t.types[QUANTITY] || t.types[DOC]
	switch r.name {
	case "date":
		return true
	case "numeric":
		return amounts || names
	}
	return names
}

// Tag finds the entities of text. ref is the reference time that resolves
// dates lacking a year and relative expressions; times are given in its
// zone. A zero ref means now, in UTC+7.
//
// Entities are sorted by start, longer first; nested entities are all
// listed. Offsets are byte offsets into text, whatever its encoding
// problems: invalid UTF-8 is read as U+FFFD but never moves an offset.
//
// A text longer than 256 KiB (a book, a dump of articles) is tagged in
// segments of about that size, cut at line breaks and sentence ends, so
// that memory stays within a few times the text's size: what the tagger
// remembers of a document (the names it has seen, whether it is about
// sport) then holds within a segment, and a caller's Pattern rule matches
// within one.
func (t *Tagger) Tag(text string, ref time.Time) *Document {
	if ref.IsZero() {
		ref = time.Now().In(dates.UTC7())
	}
	if len(text) > segmentBound {
		return t.tagSegments(text, nil, ref, segmentBound)
	}
	return t.tag(t.norm.String(text), true, ref)
}

// TagBytes tags text in a legacy Vietnamese encoding (TCVN3, VNI, VIQR,
// VISCII, Windows-1258) or in UTF-8; normalize.Detect tells which one a text
// is in. Offsets point into b, the caller's own bytes. For a legacy
// encoding an entity's Text is its decoded (UTF-8) text rather than its raw
// bytes, and CharStart/CharEnd count each undecodable byte as one. A long
// text is tagged in segments, as by Tag.
func (t *Tagger) TagBytes(b []byte, enc normalize.Encoding, ref time.Time) (*Document, error) {
	if enc == normalize.UTF8 {
		// One copy of b, as Decode would make.
		return t.Tag(string(b), ref), nil
	}
	nt, err := t.norm.Decode(b, enc)
	if err != nil {
		return nil, err
	}
	if ref.IsZero() {
		ref = time.Now().In(dates.UTC7())
	}
	if len(nt.Norm) > segmentBound {
		return t.tagSegments(nt.Orig, nt, ref, segmentBound), nil
	}
	return t.tag(nt, false, ref), nil
}

// tag tags a whole normalised text in one parse. raw says whether the
// original is UTF-8, so that entity texts are slices of it.
func (t *Tagger) tag(nt *normalize.Text, raw bool, ref time.Time) *Document {
	ents, incomplete := t.entities(nt, raw, ref, nil)
	fillCharOffsets(nt.Orig, ents)
	return &Document{Text: nt.Orig, Entities: ents, Incomplete: incomplete}
}

// entities runs the pipeline over a normalised text and appends its
// entities to ents, sorted, with their roles linked and their offsets in
// nt.Orig, but without their character offsets; it returns them with the
// names of the caller's rules that ran out of time. raw says whether
// entity texts are slices of nt.Orig (else of nt.Norm).
func (t *Tagger) entities(nt *normalize.Text, raw bool, ref time.Time, ents []Entity) ([]Entity, []string) {
	text := nt.Orig
	p := t.parse(nt.Norm, ref)
	cands := p.resolve()
	p.expand(cands)
	if ents == nil {
		ents = make([]Entity, 0, len(cands))
	}
	base := len(ents)
	for _, c := range cands {
		if t.types != nil && !t.types[c.typ] {
			continue
		}
		s, e := nt.OrigSpan(c.start, c.end)
		ent := Entity{Type: c.typ, Start: s, End: e, Text: text[s:e], Rule: c.rule, Expansion: c.expansion, Value: c.value}
		if !raw {
			ent.Text = nt.Norm[c.start:c.end]
		}
		if c.unit != nil {
			ent.Unit = p.unitJSON(c.unit)
		}
		if c.typ == MONEY || c.typ == PERCENT || c.typ == QUANTITY {
			ent.Amount = amountOf(nt.Norm[c.start:c.end], c.typ)
			if ent.Amount != nil {
				// The unit may be a slice of the normalised text, which it
				// would keep alive with the answer: a long text's segments
				// would all stay in memory.
				ent.Amount.Unit = strings.Clone(ent.Amount.Unit)
			}
		}
		ents = append(ents, ent)
	}
	sortEntities(ents[base:])
	linkRoles(nt, ents[base:])
	p.release(cands)
	return ents, p.incomplete
}

// parse runs the rules of the table over the normalised text s, stage by
// stage (see rules.go), and resolves the administrative units of the places
// found.
func (t *Tagger) parse(s string, ref time.Time) *parse {
	p := &parse{dateFinder: t.dates, gazetteerOf: t.gazetteer}
	var g *gazetteer.Gazetteer
	if t.needs.keys || t.needs.gazetteer || t.needs.units {
		g = t.gazetteer() // else (DATE alone) built only if a holiday asks: see inName
	}
	p.View.init(s, ref, g)
	p.cands = p.buf.cands
	if t.needs.keys {
		p.keyTokens()
	}
	if t.needs.gazetteer {
		p.match()
	}
	for i := 0; i < len(t.rules); i++ {
		r := &t.rules[i]
		switch r.stage {
		case stageSpans, stageDocument:
			r.span(p)
			p.keep(r.stage == stageSpans)
		case stagePhrase:
			p.phrases(t.rules[i:]) // all the phrase rules at once
			for i+1 < len(t.rules) && t.rules[i+1].stage == stagePhrase {
				i++
			}
		}
	}
	if t.needs.units {
		p.resolveUnits()
	}
	return p
}

// cand is a candidate entity in normalised byte offsets.
type cand struct {
	start, end int
	from, to   int // token range, when the candidate is made of tokens
	typ        Type
	rule       string
	prio       int
	unit       *gazetteer.AdminUnit
	unitName   string // the name of the administrative unit a LOC names
	typeWord   string // the type word written before it, if any
	value      *DateValue
	expansion  string
}

// parse is the work of tagging one text: the read-only View, the
// candidates kept from the rules that have run, and the buffer of the rule
// running now, which is kept only when the rule succeeds.
type parse struct {
	View
	dateFinder  *dates.Finder
	cands       []cand                      // the candidates: those of the rules that succeeded, then the running rule's buffer
	start       int                         // where the running rule's buffer starts in cands
	high        int                         // the most candidates cands has held: see release
	gazetteerOf func() *gazetteer.Gazetteer // the Tagger's, for a View made without one
	fields      map[int]int                 // ministryField by token, computed once
	incomplete  []string                    // user rules that ran out of time
}

// add records a candidate made of tokens [from, to) in the buffer of the
// running rule.
func (p *parse) add(from, to int, typ Type, rule string, prio int) *cand {
	if from >= to || to > len(p.toks) {
		return nil
	}
	p.cands = append(p.cands, cand{start: p.toks[from].Start, end: p.toks[to-1].End, from: from, to: to, typ: typ, rule: rule, prio: prio})
	return &p.cands[len(p.cands)-1]
}

// mark and reset let a rule try a sub-phrase and drop what it wrote when
// the sub-phrase does not fit; reset(p.start) drops the whole buffer.
func (p *parse) mark() int { return len(p.cands) }
func (p *parse) reset(mark int) {
	p.high = max(p.high, len(p.cands))
	p.cands = p.cands[:mark]
}

// release returns the parse's buffers for the next document, kept (the
// result of resolve) among them, cleared of what the candidates point to
// (units, date values, texts) as far as this document used them.
func (p *parse) release(kept []cand) {
	clear(p.cands[:max(p.high, len(p.cands))])
	clear(kept)
	p.buf.cands, p.buf.kept = p.cands[:0], kept[:0]
	p.View.release()
}

// found returns the candidates of the rules that succeeded so far.
func (p *parse) found() []cand { return p.cands[:p.start] }

// buffer returns the candidates the running rule has written.
func (p *parse) buffer() []cand { return p.cands[p.start:] }

// keep keeps the running rule's buffer; cover says that its tokens are
// taken from the rules that follow.
func (p *parse) keep(cover bool) {
	if cover {
		for _, c := range p.buffer() {
			for k := c.from; k >= 0 && k < c.to; k++ {
				p.cover[k] = true
			}
		}
	}
	p.start = len(p.cands)
}

// gazetteer returns the Tagger's gazetteer, building the default one on
// first use.
func (t *Tagger) gazetteer() *gazetteer.Gazetteer {
	if t.gaz != nil {
		return t.gaz
	}
	return gazetteer.Default()
}

// resolve drops candidates that conflict with better ones: two candidates
// conflict when they partly overlap or cover the same span. Better means
// higher priority, then longer, then earlier. Only overlapping candidates
// can conflict, so each group of overlapping candidates is resolved alone.
func (p *parse) resolve() []cand {
	// No entity runs over a line break: lines are headlines, paragraphs
	// and bylines of their own.
	cs := p.cands[:0]
	for _, c := range p.cands {
		if strings.IndexByte(p.s[c.start:c.end], '\n') < 0 {
			cs = append(cs, c)
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return a.start - b.start })
	kept := slices.Grow(p.buf.kept[:0], len(cs))
	for lo := 0; lo < len(cs); {
		hi, end := lo+1, cs[lo].end
		for hi < len(cs) && cs[hi].start < end {
			if cs[hi].end > end {
				end = cs[hi].end
			}
			hi++
		}
		kept = resolveGroup(kept, cs[lo:hi])
		lo = hi
	}
	return kept
}

// resolveGroup appends to kept the winners among a group of overlapping
// candidates.
func resolveGroup(kept, group []cand) []cand {
	if len(group) == 1 {
		return append(kept, group[0])
	}
	slices.SortStableFunc(group, func(x, y cand) int {
		if x.prio != y.prio {
			return y.prio - x.prio
		}
		if lx, ly := x.end-x.start, y.end-y.start; lx != ly {
			return ly - lx
		}
		return x.start - y.start
	})
	base := len(kept)
	for _, c := range group {
		ok := true
		for _, k := range kept[base:] {
			if conflicts(c, k) {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, c)
		}
	}
	return kept
}

func conflicts(a, b cand) bool {
	if a.start == b.start && a.end == b.end {
		return true
	}
	if a.end <= b.start || b.end <= a.start {
		return false
	}
	inside := a.start >= b.start && a.end <= b.end || b.start >= a.start && b.end <= a.end
	return !inside
}
