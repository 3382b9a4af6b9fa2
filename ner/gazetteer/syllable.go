package gazetteer

import "bytes"

// A syllableTable numbers the folded keys of pieces ("lang", "giang",
// "tp"), from 1. It is an open-addressing hash table over one byte arena:
// looking up the short keys of syllables, which Match does for every piece
// of a text, costs about half of what a map[string]uint32 does, and
// building it allocates a few large slices instead of a string per key.
type syllableTable struct {
	slots []syllableSlot // a power of two in size, at most half full
	keys  []byte         // the keys, one after another
	ends  []uint32       // ends[id] is the end of key id in keys; ends[0] is 0
}

type syllableSlot struct {
	hash uint32
	id   uint32 // 0 for an empty slot
}

// newSyllableTable returns a table with room for about n keys.
func newSyllableTable(n int) *syllableTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &syllableTable{
		slots: make([]syllableSlot, size),
		keys:  make([]byte, 0, 6*n),
		ends:  append(make([]uint32, 0, n+1), 0),
	}
}

// count returns the number of keys.
func (t *syllableTable) count() int { return len(t.ends) - 1 }

// key returns key id.
func (t *syllableTable) key(id uint32) []byte {
	return t.keys[t.ends[id-1]:t.ends[id]]
}

// hashKey is FNV-1a: keys are a few bytes long, and it needs no seed.
func hashKey(k []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range k {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// lookup returns the id of k, or 0.
func (t *syllableTable) lookup(k []byte) uint32 {
	_, id := t.probe(k, hashKey(k))
	return id
}

// intern returns the id of k, adding k if it is new; added reports which.
func (t *syllableTable) intern(k []byte) (id uint32, added bool) {
	h := hashKey(k)
	slot, id := t.probe(k, h)
	if id != 0 {
		return id, false
	}
	t.keys = append(t.keys, k...)
	t.ends = append(t.ends, uint32(len(t.keys)))
	id = uint32(t.count())
	t.slots[slot] = syllableSlot{hash: h, id: id}
	if 2*t.count() > len(t.slots) {
		t.grow()
	}
	return id, true
}

// probe returns the slot that holds k, whose hash is h, and its id, or the
// empty slot where k would go and 0.
func (t *syllableTable) probe(k []byte, h uint32) (uint32, uint32) {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.id == 0 || s.hash == h && bytes.Equal(t.key(s.id), k) {
			return i, s.id
		}
	}
}

// grow doubles the slots.
func (t *syllableTable) grow() {
	slots := make([]syllableSlot, 2*len(t.slots))
	mask := uint32(len(slots) - 1)
	for _, s := range t.slots {
		if s.id == 0 {
			continue
		}
		i := s.hash & mask
		for slots[i].id != 0 {
			i = (i + 1) & mask
		}
		slots[i] = s
	}
	t.slots = slots
}
