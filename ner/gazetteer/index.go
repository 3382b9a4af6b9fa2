package gazetteer

// An index is a trie over the folded keys of pieces. Each node keeps the
// entries whose phrase ends there, with the spelling key of that phrase, so
// that an exact spelling can be told from a folded one.
type index struct {
	syl   map[string]uint32 // folded piece key → syllable id (from 1)
	edges map[uint64]uint32 // node<<32 | syllable id → child node
	nodes []node            // node 0 is the root
	n     int               // number of (entry, phrase) pairs
}

type node struct {
	entries []*Entry // matchable entries first, then the others
	keys    []string // spelling key of the phrase, one per entry
	nm      int      // how many entries Match reports
}

func newIndex(sizeHint int) *index {
	return &index{
		syl:   make(map[string]uint32, sizeHint/2),
		edges: make(map[uint64]uint32, sizeHint*2),
		nodes: make([]node, 1, sizeHint*2),
	}
}

// add indexes e under phrase. It reports false when the phrase has no
// pieces. Matchable says whether Match reports the entry.
func (x *index) add(e *Entry, phrase string, matchable bool, scratch []byte) ([]byte, bool) {
	ps := phrasePieces(phrase)
	if len(ps) == 0 {
		return scratch, false
	}
	cur := uint32(0)
	for _, p := range ps {
		scratch = appendFoldKey(scratch[:0], phrase[p.start:p.end])
		id, ok := x.syl[string(scratch)]
		if !ok {
			id = uint32(len(x.syl) + 1)
			x.syl[string(scratch)] = id
		}
		k := uint64(cur)<<32 | uint64(id)
		next, ok := x.edges[k]
		if !ok {
			next = uint32(len(x.nodes))
			x.nodes = append(x.nodes, node{})
			x.edges[k] = next
		}
		cur = next
	}
	scratch = appendPiecesToneKey(scratch[:0], phrase, ps)
	nd := &x.nodes[cur]
	for i, o := range nd.entries {
		if o == e && nd.keys[i] == string(scratch) {
			return scratch, true
		}
	}
	key := string(scratch)
	if matchable {
		nd.entries = append(nd.entries, nil)
		nd.keys = append(nd.keys, "")
		copy(nd.entries[nd.nm+1:], nd.entries[nd.nm:])
		copy(nd.keys[nd.nm+1:], nd.keys[nd.nm:])
		nd.entries[nd.nm], nd.keys[nd.nm] = e, key
		nd.nm++
	} else {
		nd.entries = append(nd.entries, e)
		nd.keys = append(nd.keys, key)
	}
	x.n++
	e.keys = append(e.keys, key)
	return scratch, true
}

// walk follows the folded keys of phrase's pieces and returns the final
// node, or -1.
func (x *index) find(phrase string, ps []piece, scratch []byte) (int, []byte) {
	cur := uint32(0)
	for _, p := range ps {
		scratch = appendFoldKey(scratch[:0], phrase[p.start:p.end])
		id, ok := x.syl[string(scratch)]
		if !ok {
			return -1, scratch
		}
		next, ok := x.edges[uint64(cur)<<32|uint64(id)]
		if !ok {
			return -1, scratch
		}
		cur = next
	}
	return int(cur), scratch
}
