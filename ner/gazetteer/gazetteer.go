package gazetteer

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vntag/vntag/normalize"
	"golang.org/x/text/unicode/norm"
)

// Options configure a Gazetteer built by New.
type Options struct {
	// Entries are added on top of the embedded data.
	Entries []Entry
	// Files are CSV (.csv) or JSON (.json) files of entries to add, in the
	// formats of LoadCSV and LoadJSON.
	Files []string
	// MatchForeignNames makes Match report foreign given names and
	// surnames too (24,000 of them, many of which are also Vietnamese
	// syllables without diacritics). Has and Lookup always know them.
	MatchForeignNames bool
	// Lowercase makes Match report proper names (units, countries,
	// organisations, people, name parts …) on text in lower case too
	// ("văn hóa", "pháp", "thành"). By default a proper name that the
	// data writes with a capital matches only text starting with a capital.
	Lowercase bool
}

// A Gazetteer finds the phrases of its word lists in text and looks up
// administrative units. Its methods are safe for concurrent use once it is
// built; AddEntries, LoadCSV and LoadJSON may be called concurrently with
// the others, but their entries are seen only by later calls.
type Gazetteer struct {
	b      *base
	frozen bool
	opts   Options

	mu      sync.RWMutex
	over    *index // the caller's entries, or nil
	scratch []byte
}

// New returns a Gazetteer of the embedded data plus the entries of opts.
// The embedded data is parsed once per process and shared.
func New(opts Options) (*Gazetteer, error) {
	b, err := getBase()
	if err != nil {
		return nil, err
	}
	g := &Gazetteer{b: b, opts: opts}
	if err := g.AddEntries(opts.Entries...); err != nil {
		return nil, err
	}
	for _, f := range opts.Files {
		r, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		switch strings.ToLower(filepath.Ext(f)) {
		case ".json":
			err = g.LoadJSON(r, f)
		case ".csv":
			err = g.LoadCSV(r, f)
		default:
			err = fmt.Errorf("gazetteer: %s: want a .csv or .json file", f)
		}
		r.Close()
		if err != nil {
			return nil, err
		}
	}
	return g, nil
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the shared gazetteer of the embedded data. It is built
// on first use and cannot be extended (see New).
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		b, err := getBase()
		if err != nil {
			panic(err) // the embedded data is checked by the tests
		}
		defaultGaz = &Gazetteer{b: b, frozen: true}
	})
	return defaultGaz
}

func (g *Gazetteer) matchable(k Kind) bool {
	return g.opts.MatchForeignNames && foreignKind(k) || matchable(k)
}

// A Match is a phrase of the gazetteer found in a text.
type Match struct {
	From, To   int      // token indices, half-open, into the tokens given
	Start, End int      // byte span in the text given
	Entries    []*Entry // the entries whose phrase spans exactly these tokens; shared, do not modify
	// Folded is set when the text differs from every entry's spelling in
	// its diacritics ("Lang Giang" for "Lạng Giang", "Ha Noi"). Entries
	// whose spelling matches are reported without the others; case, tone
	// style (hòa/hoà) and Unicode form never count as a difference.
	Folded bool
}

type matchScratch struct {
	ps   []piece
	sids [3][]uint32
	buf  []byte
}

var scratchPool = sync.Pool{New: func() any { return new(matchScratch) }}

// Match finds every phrase of the gazetteer in toks, the tokens of text
// (from normalize.Tokens or a Tokenizer over the same text), in one pass.
// All matches are returned, nested and overlapping ones too, sorted by From
// and then longest first. A "." token is skipped inside a phrase after an
// abbreviation ("Tp . Hồ Chí Minh"); a phrase never starts or ends inside a
// token ("TP.HCM" matches as a whole).
func (g *Gazetteer) Match(text string, toks []normalize.Token) []Match {
	return g.AppendMatches(nil, text, toks)
}

// AppendMatches appends the matches of Match to dst and returns the
// extended slice, so that a caller matching many texts can reuse one slice.
func (g *Gazetteer) AppendMatches(dst []Match, text string, toks []normalize.Token) []Match {
	sc := scratchPool.Get().(*matchScratch)
	defer scratchPool.Put(sc)
	// Sized up front: a piece or more per token. Grown by appends, a
	// 13 MB line allocated four times what it keeps.
	sc.ps = appendPieces(slices.Grow(sc.ps[:0], len(toks)+len(toks)/8), text, toks)
	ps := sc.ps
	g.mu.RLock()
	defer g.mu.RUnlock()
	idxs := make([]*index, 0, 3)
	idxs = append(idxs, g.b.idx)
	if g.opts.MatchForeignNames {
		idxs = append(idxs, g.b.foreign())
	}
	if g.over != nil {
		idxs = append(idxs, g.over)
	}
	for k, x := range idxs {
		sc.sids[k] = x.pieceIDs(slices.Grow(sc.sids[k][:0], len(ps)), text, ps, &sc.buf)
	}
	out := slices.Grow(dst, len(toks)/8+4)
	for i := range ps {
		if !ps[i].first || ps[i].dot {
			continue
		}
		n := len(out)
		for k, x := range idxs {
			out = x.matchAt(out, text, ps, sc.sids[k], i, &sc.buf, g.opts.Lowercase)
		}
		group := out[n:]
		switch {
		case len(group) < 2:
		case len(idxs) == 1:
			slices.Reverse(group) // one index gives distinct ends, shortest first
		default:
			slices.SortStableFunc(group, func(a, b Match) int { return b.To - a.To })
			out = append(out[:n], mergeSameSpan(group)...)
		}
	}
	return out
}

// mergeSameSpan joins matches of the same span from different indexes
// into one; an exact match hides a folded one.
func mergeSameSpan(group []Match) []Match {
	out := group[:0]
	for _, m := range group {
		k := len(out) - 1
		if k < 0 || out[k].To != m.To {
			out = append(out, m)
			continue
		}
		switch {
		case out[k].Folded == m.Folded:
			out[k].Entries = append(slices.Clip(out[k].Entries), m.Entries...)
		case out[k].Folded:
			out[k] = m
		}
	}
	return out
}

// pieceIDs returns the syllable id of each piece in x (0 when unknown).
func (x *index) pieceIDs(dst []uint32, text string, ps []piece, buf *[]byte) []uint32 {
	for _, p := range ps {
		if p.dot {
			dst = append(dst, 0)
			continue
		}
		*buf = appendFoldKey((*buf)[:0], text[p.start:p.end])
		dst = append(dst, x.syl.lookup(*buf))
	}
	return dst
}

// matchAt appends the matches that start at piece i, shortest first.
func (x *index) matchAt(out []Match, text string, ps []piece, sid []uint32, i int, buf *[]byte, lowerNames bool) []Match {
	capMask := ^uint32(0)
	if lowerNames {
		capMask &^= capFirst
	} else if r, _ := utf8.DecodeRuneInString(text[ps[i].start:ps[i].end]); unicode.IsUpper(r) {
		capMask &^= capFirst // the text starts with a capital: the rule holds
	}
	if sid[i] == 0 {
		return out
	}
	cur := uint32(0)
	for j := i; j < len(ps); j++ {
		if ps[j].dot {
			if j > i && ps[j].skip && ps[j-1].last {
				continue
			}
			break
		}
		if sid[j] == 0 || j > i && x.nodes[cur].kidN == 0 {
			break
		}
		next := x.child(cur, sid[j])
		if next == 0 {
			break
		}
		cur = next
		nd := &x.nodes[cur]
		if nd.nm == 0 || !ps[j].last {
			continue
		}
		m := Match{From: int(ps[i].tok), To: int(ps[j].tok) + 1, Start: int(ps[i].start), End: int(ps[j].end)}
		// Acronyms match only capitals; then exact spellings hide the
		// others; folded ones count only for text without diacritics.
		all := x.entries[nd.off : nd.off+nd.nm : nd.off+nd.nm]
		// A folded match needs two pieces or more and a capital: "Ha Noi",
		// "Lang Giang"; single words without diacritics ("an", "Trong",
		// "phong") are mostly other words written correctly.
		foldOK := j > i && startsUpper(text[ps[i].start:ps[i].end]) && !mixedAcronym(text, ps[i:j+1])
		exact, folded, dropped := 0, 0, 0
		pass := false
		for k := nd.off; k < nd.off+nd.nm && !pass; k++ {
			pass = x.caps[k]&capMask == 0 || capsMatch(text, ps[i:j+1], x.caps[k]&capMask)
		}
		if !pass {
			continue
		}
		*buf = (*buf)[:0]
		for k := i; k <= j; k++ {
			if ps[k].dot {
				continue
			}
			if k > i {
				*buf = append(*buf, ' ')
			}
			*buf = appendToneKey(*buf, text[ps[k].start:ps[k].end])
		}
		for k := nd.off; k < nd.off+nd.nm; k++ {
			switch {
			case x.caps[k]&capMask != 0 && !capsMatch(text, ps[i:j+1], x.caps[k]&capMask):
				dropped++
			case bytes.Equal(x.key(k), *buf):
				exact++
			case foldOK && foldCompatible(*buf, x.key(k)):
				folded++
			default:
				dropped++
			}
		}
		switch {
		case exact == int(nd.nm):
			m.Entries = dedupe(all)
		case exact == 0 && folded == int(nd.nm):
			m.Entries, m.Folded = dedupe(all), true
		case exact == 0 && folded == 0:
			continue
		default:
			m.Folded = exact == 0
			m.Entries = make([]*Entry, 0, max(exact, folded))
			for k := nd.off; k < nd.off+nd.nm; k++ {
				e := x.entries[k]
				if x.caps[k]&capMask != 0 && !capsMatch(text, ps[i:j+1], x.caps[k]&capMask) || slices.Contains(m.Entries, e) {
					continue
				}
				if bytes.Equal(x.key(k), *buf) || m.Folded && foldOK && foldCompatible(*buf, x.key(k)) {
					m.Entries = append(m.Entries, e)
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// dedupe removes repeated entries (an entry indexed under two spellings
// that fold alike), keeping order. It copies only when needed.
func dedupe(es []*Entry) []*Entry {
	for i := 1; i < len(es); i++ {
		if slices.Contains(es[:i], es[i]) {
			out := slices.Clone(es[:i])
			for _, e := range es[i:] {
				if !slices.Contains(out, e) {
					out = append(out, e)
				}
			}
			return out
		}
	}
	return es
}

// lookup returns the entries of phrase in the base index, in the index of
// foreign names if foreign is set, in extra if not nil, and among the
// caller's entries: those whose spelling matches (case, tone style and
// Unicode form aside), then those that match only without diacritics.
func (g *Gazetteer) lookup(phrase string, foreign bool, extra *index) (exact, folded []*Entry) {
	phrase = norm.NFC.String(phrase)
	ps := phrasePieces(phrase)
	if len(ps) == 0 {
		return nil, nil
	}
	key := appendPiecesToneKey(nil, phrase, ps)
	var buf []byte
	collect := func(x *index) {
		var n int
		n, buf = x.find(phrase, ps, buf)
		if n < 0 {
			return
		}
		nd := &x.nodes[n]
		for k := nd.off; k < nd.off+nd.n; k++ {
			e := x.entries[k]
			if bytes.Equal(x.key(k), key) {
				if !slices.Contains(exact, e) {
					exact = append(exact, e)
				}
			} else if !slices.Contains(folded, e) {
				folded = append(folded, e)
			}
		}
	}
	collect(g.b.idx)
	if foreign {
		collect(g.b.foreign())
	}
	if extra != nil {
		collect(extra)
	}
	g.mu.RLock()
	if g.over != nil {
		collect(g.over)
	}
	g.mu.RUnlock()
	folded = slices.DeleteFunc(folded, func(e *Entry) bool { return slices.Contains(exact, e) })
	return exact, folded
}

// Lookup returns every entry of phrase, whatever its case, tone style,
// Unicode form or diacritics: first the entries spelled like phrase, then
// those that match only once diacritics are removed. The lists loaded on
// first use of their kind (KindCity, KindClub, KindPersonName,
// KindSinoSurname) are left out, so that Lookup never loads them; ask
// LookupKind.
func (g *Gazetteer) Lookup(phrase string) []*Entry {
	exact, folded := g.lookup(phrase, true, nil)
	return append(exact, folded...)
}

// LookupKind returns the entries of kind k of phrase, ordered as by
// Lookup. For the kinds of the lists loaded on first use (KindCity,
// KindClub, KindPersonName, KindSinoSurname) it loads the list of k, and
// only that one: LookupKind(KindClub, "Al-Ahly") returns the club Al Ahly
// with its Country and city, LookupKind(KindSinoSurname, "Bùi") the
// romanised surnames Bùi renders (Bae, Pei …) as Expansion.
func (g *Gazetteer) LookupKind(k Kind, phrase string) []*Entry {
	x, w := g.b.list(k)
	exact, folded := g.lookup(phrase, foreignKind(k), x)
	if w != nil {
		we, wf := w.lookup(norm.NFC.String(phrase))
		exact, folded = append(we, exact...), append(wf, folded...)
	}
	out := append(exact, folded...)
	return slices.DeleteFunc(out, func(e *Entry) bool { return e.Kind != k })
}

// foreignKind reports whether the entries of kind k are in the index of
// foreign names.
func foreignKind(k Kind) bool { return k == KindForeignGiven || k == KindForeignSurname }

// lazyKind reports whether the entries of kind k are in a list loaded on
// first use of k (lazyLists); those kinds come last.
func lazyKind(k Kind) bool { return k >= KindCity && k < kindEnd }

// Has reports whether phrase is an entry of kind k, spelled with the same
// letters and diacritics (case, tone style and Unicode form aside):
// Has(KindSurname, "TẠ") is true, Has(KindSurname, "Ta") is not. It does
// not allocate, but for a kind whose list is loaded on first use
// (KindCity, KindClub, KindPersonName, KindSinoSurname) the first call
// loads it.
func (g *Gazetteer) Has(k Kind, phrase string) bool {
	return g.has(k, phrase, false)
}

// HasFolded is like Has but also accepts a phrase written without
// diacritics or with other ones: HasFolded(KindSurname, "Nguyen").
func (g *Gazetteer) HasFolded(k Kind, phrase string) bool {
	return g.has(k, phrase, true)
}

// HasPrefix reports whether the words of phrase begin a name or alias of
// an entry that Match can find, diacritics aside: HasPrefix("Bộ Giao")
// is true for Bộ Giao thông vận tải. A caller trying ever shorter phrases
// can stop at once when it is false. It does not allocate.
func (g *Gazetteer) HasPrefix(phrase string) bool {
	sc := lookupPool.Get().(*lookupScratch)
	defer lookupPool.Put(sc)
	sc.ps = appendPhrasePieces(sc.ps[:0], phrase)
	if len(sc.ps) == 0 {
		return false
	}
	var n int
	if n, sc.buf = g.b.idx.find(phrase, sc.ps, sc.buf); n >= 0 {
		return true
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	if g.over != nil {
		n, sc.buf = g.over.find(phrase, sc.ps, sc.buf)
	}
	return n >= 0
}

type lookupScratch struct {
	ps  []piece
	buf []byte
	key []byte
}

var lookupPool = sync.Pool{New: func() any { return new(lookupScratch) }}

func (g *Gazetteer) has(k Kind, phrase string, folded bool) bool {
	// QuickSpanString settles almost every phrase without allocating;
	// IsNormalString, which allocates, only the rest.
	if norm.NFC.QuickSpanString(phrase) != len(phrase) && !norm.NFC.IsNormalString(phrase) {
		phrase = norm.NFC.String(phrase)
	}
	sc := lookupPool.Get().(*lookupScratch)
	defer lookupPool.Put(sc)
	sc.ps = appendPhrasePieces(sc.ps[:0], phrase)
	if len(sc.ps) == 0 {
		return false
	}
	sc.key = appendPiecesToneKey(sc.key[:0], phrase, sc.ps)
	in := func(x *index) bool {
		if !x.holds(k) {
			return false
		}
		var n int
		n, sc.buf = x.find(phrase, sc.ps, sc.buf)
		if n < 0 {
			return false
		}
		nd := &x.nodes[n]
		for j := nd.off; j < nd.off+nd.n; j++ {
			if x.entries[j].Kind == k && (folded || bytes.Equal(x.key(j), sc.key)) {
				return true
			}
		}
		return false
	}
	if in(g.b.idx) || foreignKind(k) && in(g.b.foreign()) {
		return true
	}
	if x, w := g.b.list(k); x != nil && in(x) || w != nil && w.has(phrase, sc.ps, sc.key, folded, sc) {
		return true
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.over != nil && in(g.over)
}

// IsWord reports whether phrase is a word or compound of the Viet74K
// dictionary ("giang", "lạng", "phát triển"), case and tone style aside.
// The dictionary is loaded on the first call.
func (g *Gazetteer) IsWord(phrase string) bool {
	b := g.b
	b.wordsOnce.Do(b.loadWords)
	sc := lookupPool.Get().(*lookupScratch)
	defer lookupPool.Put(sc)
	sc.ps = appendPhrasePieces(sc.ps[:0], phrase)
	if len(sc.ps) == 0 {
		return false
	}
	sc.key = appendPiecesToneKey(sc.key[:0], phrase, sc.ps)
	_, ok := b.words[string(sc.key)]
	return ok
}

func (b *base) loadWords() {
	files, err := readData("Viet74K.txt")
	if err != nil {
		panic(err) // the embedded data is checked by the tests
	}
	data := files["Viet74K.txt"]
	// The keys go into one string; the map keys are slices of it.
	buf := make([]byte, 0, len(data))
	ends := make([]int32, 0, 75000)
	var ps []piece
	eachLine(data, func(w string) {
		ps = appendPhrasePieces(ps[:0], w)
		if len(ps) == 0 {
			return
		}
		buf = appendPiecesToneKey(buf, w, ps)
		ends = append(ends, int32(len(buf)))
	})
	keys := string(buf)
	b.words = make(map[string]struct{}, len(ends))
	start := int32(0)
	for _, e := range ends {
		b.words[keys[start:e]] = struct{}{}
		start = e
	}
}

// capsMatch reports whether the pieces of text marked in caps (skipping
// dots) are written without lower-case letters, and whether the text starts
// with a capital when caps has capFirst.
func capsMatch(text string, ps []piece, caps uint32) bool {
	if caps == capFirst {
		return false // Match clears capFirst from the mask when the text starts with a capital
	}
	if caps&capFirst != 0 {
		r, _ := utf8.DecodeRuneInString(text[ps[0].start:ps[0].end])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	n := 0
	for _, p := range ps {
		if p.dot {
			continue
		}
		if n < 31 && caps&(1<<n) != 0 {
			for _, r := range text[p.start:p.end] {
				if unicode.IsLower(r) {
					return false
				}
			}
		}
		n++
	}
	return true
}

// mixedAcronym reports whether some but not all of the pieces are written
// in capitals: "LOC Hà" is an acronym before a name, not "Lộc Hà" without
// diacritics; "HA NOI" and "Ha Noi" may be Hà Nội.
func mixedAcronym(text string, ps []piece) bool {
	caps, words := 0, 0
	for _, p := range ps {
		if p.dot {
			continue
		}
		s := text[p.start:p.end]
		if !startsUpper(s) && !isAcronym(s) {
			if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(r) {
				continue
			}
		}
		words++
		if isAcronym(s) {
			caps++
		}
	}
	return caps > 0 && caps < words
}
