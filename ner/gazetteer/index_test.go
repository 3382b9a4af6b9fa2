package gazetteer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dumpIndex returns, for every node of a finished index that holds
// entries, its path of folded syllables and its entries in order, with
// their spelling keys and capitals rules.
func dumpIndex(x *index) map[string][]string {
	name := make([]string, x.syl.count()+1)
	for id := 1; id <= x.syl.count(); id++ {
		name[id] = string(x.syl.key(uint32(id)))
	}
	out := map[string][]string{}
	var walk func(n uint32, path string)
	walk = func(n uint32, path string) {
		nd := &x.nodes[n]
		for k := nd.off; k < nd.off+nd.n; k++ {
			out[path] = append(out[path], fmt.Sprintf("%p %s %q caps=%x match=%v", x.entries[k], x.entries[k].Name, x.key(k), x.caps[k], k < nd.off+nd.nm))
		}
		for i := nd.kidOff; i < nd.kidOff+nd.kidN; i++ {
			walk(x.kidNode[i], path+"/"+name[x.kidSyl[i]])
		}
	}
	for id, c := range x.root {
		if c != 0 {
			walk(c, name[id])
		}
	}
	return out
}

// TestGraftBefore checks that building an index in two halves and grafting
// the first under the second gives the index built in one go: the same
// nodes, and at every node the same entries in the same order.
func TestGraftBefore(t *testing.T) {
	var phrases []struct {
		e      *Entry
		phrase string
	}
	add := func(e *Entry, ps ...string) {
		for _, p := range ps {
			phrases = append(phrases, struct {
				e      *Entry
				phrase string
			}{e, p})
		}
	}
	// Shared prefixes, the same phrase for several entries, one entry
	// under two spellings, entries Match does not report, and a node with
	// more children than bigFanOut.
	lg := &Entry{Kind: KindUnit, Name: "Lạng Giang"}
	add(lg, "Lạng Giang", "Lang Giang")
	add(&Entry{Kind: KindUnit, Name: "Lạng Sơn"}, "Lạng Sơn", "LẠNG SƠN")
	add(&Entry{Kind: KindSurname, Name: "Tạ"}, "Tạ")
	add(&Entry{Kind: KindForeignGiven, Name: "Lang"}, "Lang")
	for i := 0; i < 3*bigFanOut; i++ {
		add(&Entry{Kind: KindUnit, Name: fmt.Sprintf("Tân %c", 'A'+i)}, fmt.Sprintf("Tân %c", 'A'+i))
	}
	add(&Entry{Kind: KindOrgName, Name: "Lạng Giang FC"}, "Lạng Giang", "Lạng Giang FC")
	add(&Entry{Kind: KindTitle, Name: "Bí thư"}, "Bí thư", "BT")
	add(lg, "Lạng  Giang", "lạng giang")
	add(&Entry{Kind: KindCountry, Name: "Tân Ca"}, "Tân A", "TP.HCM", "Tp. Hồ Chí Minh")

	build := func(from, to int, x *index) {
		bl := &builder{idx: x}
		for _, p := range phrases[from:to] {
			bl.scratch, _ = x.add(p.e, p.phrase, appendPhrasePieces(nil, p.phrase), matchable(p.e.Kind), bl.scratch)
		}
	}
	for split := 0; split <= len(phrases); split++ {
		whole := newIndex(10, 10)
		build(0, len(phrases), whole)
		whole.finish()
		first, second := newIndex(10, 10), newIndex(10, 10)
		build(0, split, first)
		build(split, len(phrases), second)
		second.graftBefore(first, nil)
		second.finish()
		if diff := cmp.Diff(dumpIndex(whole), dumpIndex(second)); diff != "" {
			t.Fatalf("split at %d: grafted index differs (-whole +grafted):\n%s", split, diff)
		}
		if len(whole.nodes) != len(second.nodes) {
			t.Errorf("split at %d: %d nodes, want %d", split, len(second.nodes), len(whole.nodes))
		}
	}
	if n := len(dumpIndex(newIndex(1, 1))); n != 0 {
		t.Errorf("empty index dumps %d nodes", n)
	}
	if d := dumpIndex(func() *index { x := newIndex(10, 10); build(0, len(phrases), x); x.finish(); return x }()); !strings.Contains(fmt.Sprint(d["lang/giang"]), "Lạng Giang FC") {
		t.Errorf("dump misses an entry: %v", d["lang/giang"])
	}
}
