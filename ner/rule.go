package ner

import (
	"errors"
	"fmt"
	"time"

	"github.com/dlclark/regexp2"
	"github.com/vntag/vntag/normalize"
)

// A Rule is a caller's own way of finding entities, added to a Tagger
// without forking the package. A rule has either a Pattern or a Match
// function. Its entities win over the built-in ones they conflict with.
type Rule struct {
	// Name is reported in Entity.Rule.
	Name string
	// Type is the type of the entities the rule finds.
	Type Type
	// Pattern is a regular expression in the syntax of
	// github.com/dlclark/regexp2 (lookbehind and lookahead allowed), matched
	// against the normalised (NFC, cleaned) text. Each match is an entity;
	// when the pattern has a group named "e", that group is the entity.
	Pattern string
	// Timeout bounds the matching of Pattern over one text; the default is
	// one second. A rule that times out contributes what it found so far.
	Timeout time.Duration
	// Match finds entities by code: given the normalised text and its
	// tokens, it returns the half-open byte spans of its entities.
	Match func(text string, toks []normalize.Token) [][2]int

	re *regexp2.Regexp
}

// ErrBadRule is wrapped by the error New returns for an unusable Rule.
var ErrBadRule = errors.New("ner: bad rule")

// userPrio is the priority of user rules: above every built-in rule.
const userPrio = 100

func (r *Rule) check() error {
	if r.Type == "" {
		return fmt.Errorf("%w %q: no type", ErrBadRule, r.Name)
	}
	if (r.Pattern == "") == (r.Match == nil) {
		return fmt.Errorf("%w %q: give exactly one of Pattern and Match", ErrBadRule, r.Name)
	}
	if r.Pattern != "" {
		re, err := regexp2.Compile(r.Pattern, regexp2.None)
		if err != nil {
			return fmt.Errorf("%w %q: %v", ErrBadRule, r.Name, err)
		}
		re.MatchTimeout = r.Timeout
		if re.MatchTimeout <= 0 {
			re.MatchTimeout = time.Second
		}
		r.re = re
	}
	return nil
}

// apply adds the rule's entities to p.
func (r *Rule) apply(p *parse) {
	name := r.Name
	if name == "" {
		name = "user"
	}
	addSpan := func(s, e int) {
		if s < 0 || e > len(p.s) || s >= e {
			return
		}
		p.cands = append(p.cands, cand{start: s, end: e, from: -1, to: -1, typ: r.Type, rule: name, prio: userPrio})
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
	m, err := r.re.FindRunesMatch(runes)
	for err == nil && m != nil {
		g := &m.Group
		if eg := m.GroupByName("e"); eg != nil && eg.Length > 0 {
			g = eg
		}
		addSpan(byteAt[g.Index], byteAt[g.Index+g.Length])
		m, err = r.re.FindNextMatch(m)
	}
}
