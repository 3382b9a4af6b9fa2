package ner

import (
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/vntag/vntag/normalize"
)

// A Rule is a caller's own way of finding entities, added to a Tagger
// without forking the package (Options.Rules). A rule has exactly one of
// Pattern, Match and Phrase.
//
// Pattern and Match rules run over the whole text after the built-in
// rules; Phrase rules run inside the name grammar, tried at each token
// among the built-in phrase rules in the order of their Priority. Every
// user rule runs before places are resolved to their administrative units
// and people linked to their roles, so a user LOC that names a unit gets
// its Unit. The entities of user rules win over the built-in ones they
// conflict with.
type Rule struct {
	// Name is reported in Entity.Rule; "user" when empty.
	Name string
	// Type is the type of the entities the rule finds.
	Type Type
	// Priority orders the Phrase rules tried at one token, highest
	// first: the built-in ones have the priorities BuiltinRules lists,
	// and zero means 100, before all of them.
	Priority int
	// Pattern is a regular expression in the syntax of
	// github.com/dlclark/regexp2 (lookbehind and lookahead allowed), matched
	// against the normalised (NFC, cleaned) text. Each match is an entity;
	// when the pattern has a group named "e", that group is the entity.
	Pattern string
	// Timeout is the time Pattern may take over one text, all its matches
	// together; the default is one second. A rule that runs out of time
	// keeps what it found so far, and the Document says so in Incomplete.
	Timeout time.Duration
	// Match finds entities by code: given the normalised text and its
	// tokens, it returns the half-open byte spans of its entities.
	Match func(text string, toks []normalize.Token) [][2]int
	// Phrase parses the phrase that starts at token i of the document, if
	// one does: it adds the phrase's entities to out and returns the token
	// after the phrase, or returns i when no phrase starts there (what it
	// added is then dropped). The View gives the tokens, their keys and
	// the gazetteer's matches.
	Phrase func(v *View, i int, out *Out) int

	re *regexp2.Regexp
}

// An Out collects the entities a Phrase rule finds at one token.
type Out struct {
	p *parse
	r *rule
}

// Add adds an entity of the rule's type over tokens [from, to). Ranges
// that are empty or out of the text are ignored.
func (o *Out) Add(from, to int) { o.AddType(from, to, o.r.typ) }

// AddType adds an entity of type t over tokens [from, to): a rule may find
// an organisation with the place nested in it.
func (o *Out) AddType(from, to int, t Type) {
	if from < 0 || !slices.Contains(Types, t) {
		return
	}
	o.p.userUnit(o.p.add(from, to, t, o.r.name, userPrio))
}

// ErrBadRule is wrapped by the error New returns for an unusable Rule or an
// unknown rule name in Options.Disable.
var ErrBadRule = errors.New("ner: bad rule")

// userPrio is the priority of user rules' entities in conflicts: above
// every built-in rule.
const userPrio = 100

// stage is where in the pipeline a rule runs.
type stage uint8

const (
	// stageSpans rules find closed patterns over the whole text (dates,
	// amounts, document references, datelines, bylines); the tokens they
	// take are closed to the rules after them.
	stageSpans stage = iota
	// stagePhrase rules are the name grammar: at each token, left to
	// right, the first rule that parses a phrase there wins and the
	// parse goes on after the phrase.
	stagePhrase
	// stageDocument rules run once over the document and may read what
	// the rules before them found.
	stageDocument
)

// A rule is a row of a Tagger's table: a built-in rule or a caller's.
type rule struct {
	name   string
	typ    Type   // the main type of its entities
	types  []Type // every type it may produce, for Options.Types
	stage  stage
	prio   int                       // the order of phrase rules, highest first
	span   func(p *parse)            // stageSpans and stageDocument
	phrase func(p *parse, i int) int // stagePhrase
	user   bool
}

// RuleInfo describes a rule of a Tagger's table.
type RuleInfo struct {
	Name     string
	Type     Type   // the main type of its entities
	Types    []Type // every type it may add, nested entities included
	Stage    string // "spans", "phrase" or "document"
	Priority int    // for phrase rules, the order in which they are tried
}

func (s stage) String() string {
	return [...]string{"spans", "phrase", "document"}[s]
}

// BuiltinRules lists the built-in rules in the order they run. A rule
// can be turned off by its name (Options.Disable); a caller's Phrase rule
// runs among the phrase rules by its Priority.
func BuiltinRules() []RuleInfo {
	out := make([]RuleInfo, len(builtinRules))
	for i, r := range builtinRules {
		out[i] = RuleInfo{Name: r.name, Type: r.typ, Types: slices.Clone(r.types), Stage: r.stage.String(), Priority: r.prio}
	}
	return out
}

// check compiles the rule and returns its row.
func (r *Rule) check() (rule, error) {
	if r.Type == "" || !slices.Contains(Types, r.Type) {
		return rule{}, fmt.Errorf("%w %q: type %q is none of the entity types", ErrBadRule, r.Name, r.Type)
	}
	n := 0
	for _, set := range []bool{r.Pattern != "", r.Match != nil, r.Phrase != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return rule{}, fmt.Errorf("%w %q: give exactly one of Pattern, Match and Phrase", ErrBadRule, r.Name)
	}
	if r.Pattern != "" {
		re, err := regexp2.Compile(r.Pattern, regexp2.None)
		if err != nil {
			return rule{}, fmt.Errorf("%w %q: %v", ErrBadRule, r.Name, err)
		}
		if r.Timeout <= 0 {
			r.Timeout = time.Second
		}
		re.MatchTimeout = r.Timeout
		r.re = re
	}
	name := r.Name
	if name == "" {
		name = "user"
	}
	row := rule{name: name, typ: r.Type, types: []Type{r.Type}, stage: stageDocument, user: true}
	if r.Phrase != nil {
		row.stage, row.prio = stagePhrase, r.Priority
		if row.prio == 0 {
			row.prio = userPrio
		}
		ph := r.Phrase
		row.phrase = func(p *parse, i int) int {
			out := &Out{p: p, r: &row}
			return ph(&p.View, i, out)
		}
		return row, nil
	}
	rr := *r
	row.span = func(p *parse) { rr.apply(p, row.name) }
	return row, nil
}

// apply adds the entities of a Pattern or Match rule to p's buffer.
func (r *Rule) apply(p *parse, name string) {
	addSpan := func(s, e int) {
		if s < 0 || e > len(p.s) || s >= e {
			return
		}
		s, e = snapRunes(p.s, s, e)
		from, to := p.tokenRange(s, e)
		p.cands = append(p.cands, cand{start: s, end: e, from: from, to: to, typ: r.Type, rule: name, prio: userPrio})
		p.userUnit(&p.cands[len(p.cands)-1])
	}
	if r.Match != nil {
		for _, sp := range r.Match(p.s, p.toks) {
			addSpan(sp[0], sp[1])
		}
		return
	}
	// regexp2 reports rune offsets; convert them to bytes as we go.
	runes := []rune(p.s)
	byteAt := make([]int, len(runes)+1)
	b := 0
	for i, rn := range runes {
		byteAt[i] = b
		b += len(string(rn))
	}
	byteAt[len(runes)] = b
	deadline := time.Now().Add(r.Timeout)
	m, err := r.re.FindRunesMatch(runes)
	for err == nil && m != nil {
		g := &m.Group
		if eg := m.GroupByName("e"); eg != nil && eg.Length > 0 {
			g = eg
		}
		addSpan(byteAt[g.Index], byteAt[g.Index+g.Length])
		if time.Now().After(deadline) {
			err = errors.New("out of time")
			break
		}
		m, err = r.re.FindNextMatch(m)
	}
	if err != nil {
		p.incomplete = append(p.incomplete, name)
	}
}

// userUnit makes a caller's LOC that is exactly the name of an
// administrative unit resolvable like a built-in one.
func (p *parse) userUnit(c *cand) {
	if c == nil || c.typ != LOC || p.g == nil {
		return
	}
	if name := p.s[c.start:c.end]; len(p.g.UnitsNamed(name)) > 0 {
		c.unitName = name
	}
}

// snapRunes widens the byte span [s, e) of text to whole characters, so
// that no entity splits a UTF-8 sequence, whatever a caller's rule returns.
func snapRunes(text string, s, e int) (int, int) {
	for s > 0 && !utf8.RuneStart(text[s]) {
		s--
	}
	for e < len(text) && !utf8.RuneStart(text[e]) {
		e++
	}
	return s, e
}
