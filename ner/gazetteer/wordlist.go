package gazetteer

import (
	"bytes"
	"slices"
	"sort"
	"strings"
)

// A wordList is a large list of names of one kind that only Has, HasFolded
// and LookupKind answer. It is searched by binary search over the folded
// keys of its names instead of being indexed in a trie with an Entry per
// name: for the 39,000 person names the trie kept 15 MB of heap, the list
// keeps under 2 MB. LookupKind makes the entries it returns on the fly.
type wordList struct {
	kind Kind
	src  Source
	data string // the names are substrings of it
	// The names, sorted by folded key, stably (the data's order within a
	// key), as spans of data, and the ends of their keys in the buffers.
	name     [][2]int32
	foldEnd  []int32
	toneEnd  []int32
	foldKeys []byte // the folded keys, one after the other
	toneKeys []byte // the spelling keys, one after the other
}

// newWordList returns the list of the names of data, one a line (a first
// line starting with "# Code generated " aside).
func newWordList(k Kind, src Source, data string) *wordList {
	type item struct {
		name, fold, tone [2]int32 // spans of data, fold and tone
	}
	lines := strings.Count(data, "\n") + 1
	items := make([]item, 0, lines)
	fold := make([]byte, 0, len(data)+lines)
	tone := make([]byte, 0, len(data)+len(data)/8)
	var ps []piece
	for pos := 0; pos < len(data); {
		end := strings.IndexByte(data[pos:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += pos
		}
		start := pos
		pos = end + 1
		if start == 0 && strings.HasPrefix(data, generatedPrefix) {
			continue
		}
		for start < end && isSpace(data[start]) {
			start++
		}
		for end > start && isSpace(data[end-1]) {
			end--
		}
		s := data[start:end]
		if ps = appendPhrasePieces(ps[:0], s); len(ps) == 0 {
			continue
		}
		f, t := len(fold), len(tone)
		fold = appendWordFoldKey(fold, s, ps)
		tone = appendPiecesToneKey(tone, s, ps)
		items = append(items, item{[2]int32{int32(start), int32(end)}, [2]int32{int32(f), int32(len(fold))}, [2]int32{int32(t), int32(len(tone))}})
	}
	slices.SortStableFunc(items, func(a, b item) int {
		return bytes.Compare(fold[a.fold[0]:a.fold[1]], fold[b.fold[0]:b.fold[1]])
	})
	w := &wordList{kind: k, src: src, data: data,
		name: make([][2]int32, len(items)), foldEnd: make([]int32, len(items)), toneEnd: make([]int32, len(items)),
		foldKeys: make([]byte, 0, len(fold)), toneKeys: make([]byte, 0, len(tone))}
	for i, it := range items {
		w.name[i] = it.name
		w.foldKeys = append(w.foldKeys, fold[it.fold[0]:it.fold[1]]...)
		w.toneKeys = append(w.toneKeys, tone[it.tone[0]:it.tone[1]]...)
		w.foldEnd[i], w.toneEnd[i] = int32(len(w.foldKeys)), int32(len(w.toneKeys))
	}
	return w
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }

// appendWordFoldKey appends the folded keys of the pieces ps of s, each
// followed by a 0 byte.
func appendWordFoldKey(dst []byte, s string, ps []piece) []byte {
	for _, p := range ps {
		dst = append(appendFoldKey(dst, s[p.start:p.end]), 0)
	}
	return dst
}

// key returns the i-th key of keys, whose ends are ends.
func key(keys []byte, ends []int32, i int) []byte {
	start := int32(0)
	if i > 0 {
		start = ends[i-1]
	}
	return keys[start:ends[i]]
}

// find returns the range [i, j) of the names whose folded key is fold.
func (w *wordList) find(fold []byte) (int, int) {
	n := len(w.name)
	i := sort.Search(n, func(i int) bool { return bytes.Compare(key(w.foldKeys, w.foldEnd, i), fold) >= 0 })
	j := i
	for j < n && bytes.Equal(key(w.foldKeys, w.foldEnd, j), fold) {
		j++
	}
	return i, j
}

// has reports whether phrase, cut into ps and with spelling key tone, is
// a name of the list, spelled alike unless folded is set. sc.buf is used
// for the folded key.
func (w *wordList) has(phrase string, ps []piece, tone []byte, folded bool, sc *lookupScratch) bool {
	sc.buf = appendWordFoldKey(sc.buf[:0], phrase, ps)
	i, j := w.find(sc.buf)
	for ; i < j; i++ {
		if folded || bytes.Equal(key(w.toneKeys, w.toneEnd, i), tone) {
			return true
		}
	}
	return false
}

// lookup returns new entries for the names of phrase: those spelled like
// it, then those that match only without diacritics.
func (w *wordList) lookup(phrase string) (exact, folded []*Entry) {
	ps := phrasePieces(phrase)
	if len(ps) == 0 {
		return nil, nil
	}
	tone := appendPiecesToneKey(nil, phrase, ps)
	i, j := w.find(appendWordFoldKey(nil, phrase, ps))
	for ; i < j; i++ {
		e := &Entry{Kind: w.kind, Name: w.data[w.name[i][0]:w.name[i][1]], Source: w.src}
		if bytes.Equal(key(w.toneKeys, w.toneEnd, i), tone) {
			exact = append(exact, e)
		} else {
			folded = append(folded, e)
		}
	}
	return exact, folded
}
