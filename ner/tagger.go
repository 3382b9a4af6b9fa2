package ner

import (
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
	rules []Rule // the caller's rules, compiled
}

// New builds a Tagger. Building is cheap: the gazetteers are parsed once per
// process, on first use.
func New(opts Options) (*Tagger, error) {
	t := &Tagger{opts: opts, norm: normalize.New(normalize.Options{}), gaz: opts.Gazetteer, dates: dates.NewFinder(opts.Dates)}
	if len(opts.Types) > 0 {
		t.types = make(map[Type]bool)
		for _, ty := range opts.Types {
			t.types[ty] = true
		}
	}
	t.rules = make([]Rule, len(opts.Rules))
	for i, r := range opts.Rules {
		if err := r.check(); err != nil {
			return nil, err
		}
		t.rules[i] = r
	}
	return t, nil
}

// Tag finds the entities of text. ref is the reference time that resolves
// dates lacking a year and relative expressions; times are given in its
// zone. A zero ref means now, in UTC+7.
//
// Entities are sorted by start, longer first; nested entities are all
// listed. Offsets are byte offsets into text, whatever its encoding
// problems: invalid UTF-8 is read as U+FFFD but never moves an offset.
func (t *Tagger) Tag(text string, ref time.Time) *Document {
	return t.tag(t.norm.String(text), true, ref)
}

// TagBytes tags text in a legacy Vietnamese encoding (TCVN3, VNI, VIQR,
// VISCII, Windows-1258) or in UTF-8; normalize.Detect tells which one a text
// is in. Offsets point into b, the caller's own bytes. For a legacy
// encoding an entity's Text is its decoded (UTF-8) text rather than its raw
// bytes, and CharStart/CharEnd count each undecodable byte as one.
func (t *Tagger) TagBytes(b []byte, enc normalize.Encoding, ref time.Time) (*Document, error) {
	nt, err := t.norm.Decode(b, enc)
	if err != nil {
		return nil, err
	}
	return t.tag(nt, enc == normalize.UTF8, ref), nil
}

// tag runs the pipeline over a normalised text. raw says whether the
// original is UTF-8, so that entity texts are slices of it.
func (t *Tagger) tag(nt *normalize.Text, raw bool, ref time.Time) *Document {
	if ref.IsZero() {
		ref = time.Now().In(Vietnam)
	}
	text := nt.Orig
	p := newParse(nt.Norm, ref)
	p.g, p.dateFinder = t.gazetteer(), t.dates
	p.run()
	for i := range t.rules {
		t.rules[i].apply(p)
	}
	cands := p.resolve()
	p.expand(cands)
	ents := make([]Entity, 0, len(cands))
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
		ents = append(ents, ent)
	}
	sortEntities(ents)
	linkRoles(nt, ents)
	fillCharOffsets(text, ents)
	return &Document{Text: text, Entities: ents}
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

// parse holds the state of tagging one text.
type parse struct {
	g          *gazetteer.Gazetteer
	dateFinder *dates.Finder
	matches    []gazetteer.Match // the trusted gazetteer matches, by first token
	matchAt    []int32           // matches[matchAt[i]:matchAt[i+1]] start at token i
	foldedTo   []int32           // by token: the end of a place matched there without its diacritics
	cover      []bool            // tokens inside dates, amounts and documents
	fields     map[int]int       // ministryField by token, computed once
	personIn   int               // end of the last organisation name found to be a person's
	namesFrom  int               // the first candidate of names: those before are dates and amounts
	s          string
	ref        time.Time
	toks       []normalize.Token
	keys       string  // the key (lower case) of every token, each followed by a space
	keyAt      []int32 // where the key of each token starts in keys
	cands      []cand
}

func newParse(s string, ref time.Time) *parse {
	p := &parse{s: s, ref: ref, toks: normalize.Tokens(s)}
	// The keys of all tokens, joined by single spaces in one string, so
	// that the key of a run of tokens is a substring of it.
	b := make([]byte, 0, len(s)+len(p.toks))
	p.keyAt = make([]int32, 0, len(p.toks)+1)
	for _, tk := range p.toks {
		p.keyAt = append(p.keyAt, int32(len(b)))
		b = normalize.AppendLower(b, s[tk.Start:tk.End])
		b = append(b, ' ')
	}
	p.keyAt = append(p.keyAt, int32(len(b)))
	p.keys = string(b)
	return p
}

// text returns the text of token i, or "" out of range.
func (p *parse) text(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.s[p.toks[i].Start:p.toks[i].End]
}

// key returns the key of token i, or "" out of range: the token in lower
// case. The closed word classes hold every tone style of their words (see
// set), so that the text needs no re-toning here.
func (p *parse) key(i int) string { return p.keyN(i, 1) }

// keyN returns the keys of tokens i..i+n joined by spaces, or "" when the
// run is out of range.
func (p *parse) keyN(i, n int) string {
	if i < 0 || n < 1 || i+n > len(p.toks) {
		return ""
	}
	return p.keys[p.keyAt[i] : p.keyAt[i+n]-1]
}

func (p *parse) kind(i int) normalize.Kind {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	return p.toks[i].Kind
}

func (p *parse) shape(i int) normalize.Shape {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	return p.toks[i].Shape
}

// add records a candidate made of tokens [from, to).
func (p *parse) add(from, to int, typ Type, rule string, prio int) *cand {
	if from >= to || to > len(p.toks) {
		return nil
	}
	p.cands = append(p.cands, cand{start: p.toks[from].Start, end: p.toks[to-1].End, from: from, to: to, typ: typ, rule: rule, prio: prio})
	return &p.cands[len(p.cands)-1]
}

func (p *parse) run() {
	p.dates()
	p.numeric()
	p.names()
	p.resolveUnits()
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
	kept := make([]cand, 0, len(cs))
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
