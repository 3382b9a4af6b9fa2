package gazetteer

import (
	"bytes"
	"slices"
	"unicode"
	"unicode/utf8"
)

// An index is a trie over the folded keys of pieces. Each node keeps the
// entries whose phrase ends there, with the spelling key of that phrase, so
// that an exact spelling can be told from a folded one.
//
// While it is built, the entries of a node are a linked list of postings;
// finish lays them out contiguously, matchable entries first.
//
// The root's children are an array by syllable id. Below the root, each
// node lists its children as siblings while the index is built; finish
// lays them out sorted by syllable id, for a binary search.
type index struct {
	syl   *syllableTable // folded piece key → syllable id (from 1)
	nodes []node         // node 0 is the root
	root  []uint32       // child of the root by syllable id, 0 if none

	kidSyl  []uint32 // after finish: children of node k are kidSyl/kidNode[kidOff:kidOff+kidN], by syllable id
	kidNode []uint32
	big     map[uint64]uint32 // while building: node<<32 | syllable id → child, for nodes with many children

	posts  []posting // while building
	keyBuf []byte    // spelling keys of all postings

	entries []*Entry // after finish: the entries of node k are entries[off:off+n]
	keyOff  []uint32 // parallel to entries: key span in keyBuf
	keyLen  []uint32
	caps    []uint32 // parallel to entries: pieces written in capitals (acronyms)
	dirty   bool     // postings added since the last finish
	kinds   uint64   // bit k: the index holds an entry of Kind k
}

type node struct {
	head   int32  // last posting added, or -1
	off    int32  // first entry in index.entries
	n      int32  // number of entries
	nm     int32  // how many of them Match reports
	sid    uint32 // syllable id of the edge into the node
	child  int32  // while building: first child, or 0
	sib    int32  // while building: next sibling, or 0
	kidOff int32  // after finish: first child in kidSyl/kidNode
	kidN   int32  // number of children
}

type posting struct {
	e         *Entry
	keyOff    uint32
	keyLen    uint32
	caps      uint32 // bit i: piece i is an acronym in capitals ("NAM", "CA")
	next      int32
	matchable bool
}

// newIndex returns an empty index sized for about phrases phrases made of
// syllables distinct syllables. Tight sizes keep the maps in cache.
func newIndex(phrases, syllables int) *index {
	x := &index{
		syl:    newSyllableTable(syllables),
		root:   make([]uint32, 1, syllables+1),
		nodes:  make([]node, 1, phrases*5/4),
		posts:  make([]posting, 0, phrases),
		keyBuf: make([]byte, 0, phrases*14),
		big:    make(map[uint64]uint32, phrases/2),
	}
	x.nodes[0].head = -1
	return x
}

// add indexes e under the phrase cut into ps. Matchable says whether Match
// reports the entry. It reports false when the phrase has no pieces.
func (x *index) add(e *Entry, phrase string, ps []piece, matchable bool, scratch []byte) ([]byte, bool) {
	if len(ps) == 0 {
		return scratch, false
	}
	cur := uint32(0)
	for _, p := range ps {
		scratch = appendFoldKey(scratch[:0], phrase[p.start:p.end])
		id, added := x.syl.intern(scratch)
		if added {
			x.root = append(x.root, 0)
		}
		cur = x.addChild(cur, id)
	}
	var caps uint32
	for i, p := range ps {
		if i < 31 && isAcronym(phrase[p.start:p.end]) {
			caps |= 1 << i
		}
	}
	if (properName(e.Kind) || e.Kind == KindOrgHead && len(ps) == 1) && startsUpper(phrase) {
		// A one-word organisation head ("Hội", "Vụ", "Sở") is a common
		// word in lower case; "công ty" is a head in any case.
		caps |= capFirst
	}
	off := len(x.keyBuf)
	x.keyBuf = appendPiecesToneKey(x.keyBuf, phrase, ps)
	key := x.keyBuf[off:]
	nd := &x.nodes[cur]
	for p := nd.head; p >= 0; p = x.posts[p].next {
		q := &x.posts[p]
		if q.e == e && bytes.Equal(x.postKey(p), key) {
			// The same entry under another case: "TP" and "Tp". Keep the
			// laxer capitals rule.
			q.caps &= caps
			x.keyBuf = x.keyBuf[:off]
			x.dirty = true
			return scratch, true
		}
	}
	x.posts = append(x.posts, posting{e: e, keyOff: uint32(off), keyLen: uint32(len(key)), caps: caps, next: nd.head, matchable: matchable})
	nd.head = int32(len(x.posts) - 1)
	x.dirty = true
	return scratch, true
}

// graftBefore adds the phrases of y to x as if they had been added before
// those of x, so that entries keep the order of the data. Neither index may
// be finished; y is not to be used afterwards. If same is not nil, it is
// called for each entry of x and entry of y indexed under the same
// spelling key.
func (x *index) graftBefore(y *index, same func(ex, ey *Entry, key []byte)) {
	sid := make([]uint32, len(y.root)) // y's syllable id → x's
	for id := 1; id <= y.syl.count(); id++ {
		xid, added := x.syl.intern(y.syl.key(uint32(id)))
		if added {
			x.root = append(x.root, 0)
		}
		sid[id] = xid
	}
	// A node is created after its parent, so walking y's nodes in order
	// maps every parent before its children. Below a node new to x, every
	// child is new too and needs no search.
	node := make([]uint32, len(y.nodes)) // y's node → x's
	fresh := make([]bool, len(y.nodes))  // x's node was made by the graft
	for s, c := range y.root {
		if c != 0 {
			n := len(x.nodes)
			node[c] = x.addChild(0, sid[s])
			fresh[c] = int(node[c]) == n
		}
	}
	for i := 1; i < len(y.nodes); i++ {
		for c := y.nodes[i].child; c != 0; c = y.nodes[c].sib {
			if fresh[i] {
				node[c] = x.newChild(node[i], sid[y.nodes[c].sid])
				fresh[c] = true
				continue
			}
			n := len(x.nodes)
			node[c] = x.addChild(node[i], sid[y.nodes[c].sid])
			fresh[c] = int(node[c]) == n
		}
	}
	shift := uint32(len(x.keyBuf))
	x.keyBuf = append(x.keyBuf, y.keyBuf...)
	x.posts = slices.Grow(x.posts, len(y.posts))
	for i := range y.nodes {
		// Copy y's list, newest first as it is, and hang it after x's
		// oldest posting.
		head, prev := int32(-1), int32(-1)
		for p := y.nodes[i].head; p >= 0; p = y.posts[p].next {
			q := y.posts[p]
			q.keyOff += shift
			q.next = -1
			x.posts = append(x.posts, q)
			k := int32(len(x.posts) - 1)
			if prev >= 0 {
				x.posts[prev].next = k
			} else {
				head = k
			}
			prev = k
		}
		if head < 0 {
			continue
		}
		nd := &x.nodes[node[i]]
		if nd.head < 0 {
			nd.head = head
			continue
		}
		// An entry of y under a phrase x has too, in another case ("TP"
		// and "Tp"), keeps y's posting with the laxer capitals rule, as
		// add does.
		for k := head; k >= 0; k = x.posts[k].next {
			for prev, q := int32(-1), nd.head; q >= 0; prev, q = q, x.posts[q].next {
				if !bytes.Equal(x.postKey(q), x.postKey(k)) {
					continue
				}
				if x.posts[q].e != x.posts[k].e {
					if same != nil {
						same(x.posts[q].e, x.posts[k].e, x.postKey(q))
					}
					continue
				}
				x.posts[k].caps &= x.posts[q].caps
				if prev < 0 {
					nd.head = x.posts[q].next
				} else {
					x.posts[prev].next = x.posts[q].next
				}
				break
			}
		}
		if nd.head < 0 {
			nd.head = head
			continue
		}
		t := nd.head
		for x.posts[t].next >= 0 {
			t = x.posts[t].next
		}
		x.posts[t].next = head
	}
	x.dirty = true
}

// freeze finishes x for good, dropping what only building needs: the
// embedded index never grows once built.
func (x *index) freeze() {
	x.finish()
	x.posts, x.big = nil, nil
}

// finish lays out the children and the entries of every node for Match.
func (x *index) finish() {
	if !x.dirty {
		return
	}
	x.dirty = false
	// The two layouts write different fields of the nodes: on two cores
	// they run at once.
	done := make(chan struct{})
	go func() {
		x.layOutChildren()
		close(done)
	}()
	x.layOutEntries()
	<-done
}

// layOutChildren lays out the children of every node, sorted by syllable
// id, in kidSyl and kidNode.
func (x *index) layOutChildren() {
	// Every node but the root's children is somebody's child.
	x.kidSyl = slices.Grow(x.kidSyl[:0], len(x.nodes))
	x.kidNode = slices.Grow(x.kidNode[:0], len(x.nodes))
	var wide []uint64
	for i := 1; i < len(x.nodes); i++ {
		nd := &x.nodes[i]
		nd.kidOff = int32(len(x.kidSyl))
		for c := nd.child; c != 0; c = x.nodes[c].sib {
			x.kidSyl = append(x.kidSyl, x.nodes[c].sid)
			x.kidNode = append(x.kidNode, uint32(c))
		}
		ks, kn := x.kidSyl[nd.kidOff:], x.kidNode[nd.kidOff:]
		if len(ks) > bigFanOut {
			// Sorted as syllable id and node packed in one word.
			wide = wide[:0]
			for k := range ks {
				wide = append(wide, uint64(ks[k])<<32|uint64(kn[k]))
			}
			slices.Sort(wide)
			for k, w := range wide {
				ks[k], kn[k] = uint32(w>>32), uint32(w)
			}
			continue
		}
		for a := 1; a < len(ks); a++ { // insertion sort: lists are short
			for b := a; b > 0 && ks[b] < ks[b-1]; b-- {
				ks[b], ks[b-1] = ks[b-1], ks[b]
				kn[b], kn[b-1] = kn[b-1], kn[b]
			}
		}
	}
}

// layOutEntries lays out the entries of every node, matchable ones first,
// each group in the order added.
func (x *index) layOutEntries() {
	n := len(x.posts)
	x.entries = make([]*Entry, 0, n)
	x.kinds = 0
	x.keyOff = make([]uint32, 0, n)
	x.keyLen = make([]uint32, 0, n)
	x.caps = make([]uint32, 0, n)
	var stack []int32
	for i := range x.nodes {
		nd := &x.nodes[i]
		nd.off, nd.n, nd.nm = int32(len(x.entries)), 0, 0
		if nd.head < 0 {
			continue
		}
		stack = stack[:0]
		for p := nd.head; p >= 0; p = x.posts[p].next {
			stack = append(stack, p)
		}
		for pass := 0; pass < 2; pass++ {
			for j := len(stack) - 1; j >= 0; j-- {
				q := &x.posts[stack[j]]
				if q.matchable != (pass == 0) {
					continue
				}
				x.entries = append(x.entries, q.e)
				x.kinds |= 1 << q.e.Kind
				x.keyOff = append(x.keyOff, q.keyOff)
				x.keyLen = append(x.keyLen, q.keyLen)
				x.caps = append(x.caps, q.caps)
				nd.n++
				if pass == 0 {
					nd.nm++
				}
			}
		}
	}
}

// bigFanOut is the number of children above which a node's children are
// found through index.big while building.
const bigFanOut = 12

// addChild returns the child of node cur by syllable id, adding it if
// needed. It works on the sibling lists of the build.
func (x *index) addChild(cur, id uint32) uint32 {
	if cur == 0 {
		if c := x.root[id]; c != 0 {
			return c
		}
	} else if x.nodes[cur].kidN > bigFanOut {
		if c, ok := x.big[uint64(cur)<<32|uint64(id)]; ok {
			return c
		}
	} else {
		for c := x.nodes[cur].child; c != 0; c = x.nodes[c].sib {
			if x.nodes[c].sid == id {
				return uint32(c)
			}
		}
	}
	return x.newChild(cur, id)
}

// newChild adds a child to node cur by syllable id, which it must not have.
func (x *index) newChild(cur, id uint32) uint32 {
	c := int32(len(x.nodes))
	x.nodes = append(x.nodes, node{head: -1, sid: id})
	if cur == 0 {
		x.root[id] = uint32(c)
	} else {
		p := &x.nodes[cur]
		x.nodes[c].sib = p.child
		p.child = c
		p.kidN++
		switch {
		case p.kidN == bigFanOut+1:
			// Many children: look them up in a map from now on.
			for k := p.child; k != 0; k = x.nodes[k].sib {
				x.big[uint64(cur)<<32|uint64(x.nodes[k].sid)] = uint32(k)
			}
		case p.kidN > bigFanOut+1:
			x.big[uint64(cur)<<32|uint64(id)] = uint32(c)
		}
	}
	x.dirty = true
	return uint32(c)
}

// child returns the child of node cur by syllable id, or 0. It needs a
// finished index.
func (x *index) child(cur, id uint32) uint32 {
	if cur == 0 {
		if int(id) < len(x.root) {
			return x.root[id]
		}
		return 0
	}
	nd := &x.nodes[cur]
	ks := x.kidSyl[nd.kidOff : nd.kidOff+nd.kidN]
	lo, hi := 0, len(ks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ks[m] < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ks) && ks[lo] == id {
		return x.kidNode[nd.kidOff+int32(lo)]
	}
	return 0
}

// key returns the spelling key of entry slot k.
func (x *index) key(k int32) []byte {
	return x.keyBuf[x.keyOff[k] : x.keyOff[k]+x.keyLen[k]]
}

// postKey returns the spelling key of posting p, while building.
func (x *index) postKey(p int32) []byte {
	q := &x.posts[p]
	return x.keyBuf[q.keyOff : q.keyOff+q.keyLen]
}

// find follows the folded keys of phrase's pieces and returns the final
// node, or -1.
func (x *index) find(phrase string, ps []piece, scratch []byte) (int, []byte) {
	cur := uint32(0)
	for _, p := range ps {
		scratch = appendFoldKey(scratch[:0], phrase[p.start:p.end])
		id := x.syl.lookup(scratch)
		if id == 0 {
			return -1, scratch
		}
		cur = x.child(cur, id)
		if cur == 0 {
			return -1, scratch
		}
	}
	return int(cur), scratch
}

// holds reports whether the index has an entry of kind k: Has need not
// look further in an index that has none.
func (x *index) holds(k Kind) bool { return x != nil && x.kinds&(1<<k) != 0 }

// capFirst in posting.caps: the text must start with a capital letter.
const capFirst = 1 << 31

// properName reports whether entries of kind k are proper names, which
// Match reports only on capitalised words when the data writes them with a
// capital: "Thành" and "Văn Hóa" are names, "thành" and "văn hóa" are not;
// "châu Á" and "sông Hồng" are written in lower case and match so.
func properName(k Kind) bool {
	switch k {
	case KindSurname, KindMiddleName, KindGivenName, KindForeignSurname, KindForeignGiven,
		KindUnit, KindCountry, KindWorldPlace, KindPlaceAlias, KindOrgName, KindForeignPerson, KindPerson, KindPlace:
		return true
	}
	return false
}

// startsUpper reports whether s starts with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAcronym reports whether a piece is written in capitals and has at
// least two letters: "NAM", "CA", "HĐND". In text such a piece matches only
// capitals, so that "năm" and "ca" do not match NAM and CA.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// hasDiacritics reports whether a spelling key holds a letter with a mark
// or a tone.
func hasDiacritics(key []byte) bool {
	for _, c := range key {
		if c >= 0x80 || c < ' ' {
			return true
		}
	}
	return false
}

// foldCompatible reports whether a text whose spelling key is text may be
// a diacritic-free writing of an entry spelled entry: piece by piece, the
// text is either spelled like the entry or has no diacritics at all. So
// "Lang Giang" may be "Lạng Giang", but "năm" is not "Nam".
func foldCompatible(text, entry []byte) bool {
	for len(text) > 0 || len(entry) > 0 {
		i := bytes.IndexByte(text, ' ')
		if i < 0 {
			i = len(text)
		}
		j := bytes.IndexByte(entry, ' ')
		if j < 0 {
			j = len(entry)
		}
		t, e := text[:i], entry[:j]
		if !bytes.Equal(t, e) && hasDiacritics(t) {
			return false
		}
		text, entry = text[min(i+1, len(text)):], entry[min(j+1, len(entry)):]
	}
	return true
}
