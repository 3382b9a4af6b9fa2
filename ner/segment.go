package ner

import (
	"slices"
	"time"

	"github.com/vntag/vntag/normalize"
)

// segmentBound is the length in bytes above which a text is tagged in
// segments rather than in one parse. A parse holds some fifteen bytes per
// byte of text (tokens, their keys, the gazetteer's matches, candidates),
// so a text of megabytes in one parse would take hundreds of megabytes;
// segments of about this size keep a parse within a few megabytes
// whatever the length of the text. News articles are a hundred times
// shorter: only books, dumps and concatenated articles are cut.
const segmentBound = 256 << 10

// cutReach is how far past the bound a cut is looked for before the text
// is cut at any space.
const cutReach = 64 << 10

// bracketReach is how far back an open bracket keeps a sentence end from
// being a cut: an entity is far shorter, and an opening bracket without its
// closing one further back than this is a stray.
const bracketReach = 256

// tagSegments tags a text longer than bound in segments cut where no
// entity can cross (see nextCut), each parsed, resolved and linked on its
// own with its offsets moved back into the caller's bytes, and dropped
// before the next one is parsed. What a parse learns of the whole
// document does not cross from one segment to the next: the names already
// seen ("per-memory", names the document defined), the date a clock time
// or "hôm sau" hangs on, and whether the text is about sport. A segment
// cut inside a line starts as a line does, and one cut after a line ends
// as a document does (where a signature may stand).
//
// With nt nil, text is valid UTF-8 and each segment of it is normalised on
// its own, so that no normalised copy of the whole text is held. Otherwise
// nt is text decoded from a legacy encoding, cut in its normalised form
// (whose slices the entity texts then are) and mapped back through it.
func (t *Tagger) tagSegments(text string, nt *normalize.Text, ref time.Time, bound int) *Document {
	s := text
	if nt != nil {
		s = nt.Norm
	}
	doc := &Document{Text: text}
	for a := 0; a < len(s); {
		b := nextCut(s, a, bound)
		seg := t.norm.String(s[a:b])
		base := len(doc.Entities)
		var incomplete []string
		doc.Entities, incomplete = t.entities(seg, true, ref, doc.Entities)
		if a == 0 && b < len(s) {
			// Room for the entities of the whole text, as dense as those
			// of the first segment, so that the list is not copied over
			// and over as it grows.
			want := len(doc.Entities) + len(doc.Entities)*(len(s)-b)/b*9/8
			doc.Entities = slices.Grow(doc.Entities, want-len(doc.Entities))
		}
		for _, name := range incomplete {
			if !slices.Contains(doc.Incomplete, name) {
				doc.Incomplete = append(doc.Incomplete, name)
			}
		}
		move := func(start, end int) (int, int) {
			if nt != nil {
				return nt.OrigSpan(a+start, a+end)
			}
			return a + start, a + end
		}
		for i := base; i < len(doc.Entities); i++ {
			e := &doc.Entities[i]
			e.Start, e.End = move(e.Start, e.End)
			for k := range e.Roles {
				r := &e.Roles[k]
				r.Start, r.End = move(r.Start, r.End)
			}
		}
		a = b
	}
	if len(doc.Entities) < cap(doc.Entities)/2 {
		// The first segment was denser than the rest: do not keep the
		// slack with the answer.
		doc.Entities = slices.Clone(doc.Entities)
	}
	fillCharOffsets(text, doc.Entities)
	return doc
}

// nextCut returns where the segment of s that starts at a ends: the end of
// s when fewer than bound bytes are left, else the first place at or after
// a+bound where no entity can cross, and where the tagger reads the text
// after it as it would in the whole text:
//
//   - the start of a line (no entity runs over a line break), or
//   - the capitalised word that starts a sentence after a sentence-final
//     '.', '!', '?' or '…' (maybe followed by a closing quote) and a space,
//     outside any bracket opened in the bracketReach bytes before. The
//     tokenizer's sentence starts already leave out the periods of
//     abbreviations and initials ("Tp. Hồ Chí Minh", "ông N. Văn B").
//
// A text with no such place in the cutReach bytes after a+bound (a table,
// a text without punctuation) is cut before the first word after a+bound
// that follows a space; an entity may then be cut in two.
func nextCut(s string, a, bound int) int {
	if len(s)-a <= bound {
		return len(s)
	}
	from := a + bound
	var tz normalize.Tokenizer
	tz.Reset(s[from:])
	fallback := -1
	var prev, prev2 normalize.Token
	for n := 0; tz.Next(); n++ {
		tok := tz.Token()
		start := from + tok.Start
		if n == 0 {
			// Started inside the text: the first token may be the tail
			// of a word, and the tokenizer knows nothing before it.
			prev = tok
			continue
		}
		gap := s[from+prev.End : start]
		if containsNewline(gap) {
			return start
		}
		if n >= 3 && gap != "" {
			if tok.SentenceStart && tok.Kind == normalize.Word && (tok.Shape == normalize.Title || tok.Shape == normalize.Upper) &&
				sentenceEnd(s, from, prev, prev2) && !inBracket(s, max(a, start-bracketReach), start) {
				return start
			}
		}
		if fallback < 0 && gap != "" {
			fallback = start
		}
		if start-from >= cutReach && fallback >= 0 {
			return fallback
		}
		prev2, prev = prev, tok
	}
	return len(s)
}

// sentenceEnd reports whether the token prev (of s[from:]), maybe a closing
// quote after prev2, ends a sentence.
func sentenceEnd(s string, from int, prev, prev2 normalize.Token) bool {
	switch s[from+prev.Start : from+prev.End] {
	case ".", "!", "?", "…":
		return true
	case "\"", "”", "'", "’", "»":
		switch s[from+prev2.Start : from+prev2.End] {
		case ".", "!", "?", "…":
			return prev2.End == prev.Start
		}
	}
	return false
}

// containsNewline reports whether the gap between two tokens holds a line
// break.
func containsNewline(gap string) bool {
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' || gap[i] == '\r' {
			return true
		}
	}
	return false
}

// inBracket reports whether s[from:at] opens a bracket it does not close,
// in the line that at is in.
func inBracket(s string, from, at int) bool {
	closing := 0
	for i := at - 1; i >= from; i-- {
		switch s[i] {
		case '\n':
			return false
		case ')', ']', '}':
			closing++
		case '(', '[', '{':
			if closing == 0 {
				return true
			}
			closing--
		}
	}
	return false
}
