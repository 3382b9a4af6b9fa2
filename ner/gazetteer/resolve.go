package gazetteer

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

// Unit returns the unit with the given ID ("old-d-217"), or nil.
func (g *Gazetteer) Unit(id string) *AdminUnit { return g.b.unit(id) }

// Parent returns the parent of u (its district or province), or nil for a
// province.
func (g *Gazetteer) Parent(u *AdminUnit) *AdminUnit {
	if u == nil || u.ParentID == "" || len(g.b.units) == 0 {
		return nil
	}
	return g.b.parent(u)
}

// Ancestors returns the parent chain of u, nearest first.
func (g *Gazetteer) Ancestors(u *AdminUnit) []*AdminUnit {
	var out []*AdminUnit
	for p := g.Parent(u); p != nil && len(out) < 4; p = g.Parent(p) {
		out = append(out, p)
	}
	return out
}

// Successors returns the units u went into: the new communes of an old
// commune (several when it was split), the new province of an old district
// or province, or the next version of a unit that changed type or parent.
func (g *Gazetteer) Successors(u *AdminUnit) []*AdminUnit {
	if u == nil {
		return nil
	}
	out := make([]*AdminUnit, 0, len(u.SuccessorIDs))
	for _, id := range u.SuccessorIDs {
		if s := g.b.unit(id); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// UnitByCode returns the unit with an official code in an era ("old" or
// "new") at a level, or nil. Codes may omit leading zeros. Codes are reused
// across eras: UnitByCode("old", "24", Province) is Bắc Giang,
// UnitByCode("new", "24", Province) is Bắc Ninh.
func (g *Gazetteer) UnitByCode(era, code string, level Level) *AdminUnit {
	if era != "old" && era != "new" || code == "" || len(code) > 5 {
		return nil
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return nil
		}
	}
	var letter string
	switch level {
	case Province:
		letter = "-p-"
		code = strings.Repeat("0", max(0, 2-len(code))) + code
	case District:
		letter = "-d-"
		code = strings.Repeat("0", max(0, 3-len(code))) + code
	case Commune:
		letter = "-c-"
		code = strings.Repeat("0", max(0, 5-len(code))) + code
	default:
		return nil
	}
	return g.b.unit(era + letter + code)
}

// UnitsNamed returns the units called name (a bare name, or a name after a
// type word: "huyện Lạng Giang"), ranked: units spelled exactly so first,
// then those equal but for case, tone style (Hòa/Hoà) and other attested
// spellings (aliases, place aliases such as "Sài Gòn"), then those equal
// only without diacritics. Within a rank the order is the data's.
func (g *Gazetteer) UnitsNamed(name string) []*AdminUnit {
	name = normalizeSpace(norm.NFC.String(name))
	out, _ := g.unitsNamed(name)
	if len(out) == 0 {
		if typ, rest, ok := splitTypeWord(name); ok {
			out = append(out, g.UnitsNamedType(rest, typ)...)
		}
	}
	return out
}

// UnitsNamedType is UnitsNamed restricted to units that a type word
// ("huyện", "TP", "xã" …) may name.
func (g *Gazetteer) UnitsNamedType(name, typeWord string) []*AdminUnit {
	all, _ := g.unitsNamed(normalizeSpace(norm.NFC.String(name)))
	tw := strings.ToLower(normalizeSpace(typeWord))
	return slices.DeleteFunc(all, func(u *AdminUnit) bool { return !typeMatches(tw, u.Type, u.Level) })
}

// unitsNamed returns the candidates and, parallel, their rank (0 exact, 1
// same spelling key, 2 folded).
func (g *Gazetteer) unitsNamed(name string) ([]*AdminUnit, []int) {
	exact, folded := g.lookup(name, false, nil)
	var out []*AdminUnit
	var rank []int
	add := func(u *AdminUnit, r int) {
		if i := slices.Index(out, u); i >= 0 {
			if r < rank[i] {
				rank[i] = r
			}
			return
		}
		out, rank = append(out, u), append(rank, r)
	}
	for _, pass := range []struct {
		es []*Entry
		r  int
	}{{exact, 1}, {folded, 2}} {
		for _, k := range []Kind{KindUnit, KindPlaceAlias} {
			for _, e := range pass.es {
				if e.Kind != k {
					continue
				}
				for _, u := range e.Units {
					r := pass.r
					if r == 1 && (u.Name == name || u.FullName == name || k == KindPlaceAlias && e.Name == name) {
						r = 0
					}
					add(u, r)
				}
			}
		}
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return rank[a] - rank[b] })
	us, rs := make([]*AdminUnit, len(out)), make([]int, len(out))
	for i, j := range idx {
		us[i], rs[i] = out[j], rank[j]
	}
	return us, rs
}

// splitTypeWord splits a leading type word off name: "huyện Lạng Giang".
func splitTypeWord(name string) (typ, rest string, ok bool) {
	low := strings.ToLower(name)
	for _, w := range []string{"thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã", "tp.", "tp", "tx."} {
		if strings.HasPrefix(low, w+" ") || (strings.HasSuffix(w, ".") && strings.HasPrefix(low, w)) {
			return w, strings.TrimSpace(name[len(w):]), true
		}
	}
	return "", "", false
}

// Resolve returns the unit that name denoted on the day of at, or nil.
//
// typeWord ("huyện", "xã", "TP", "" …), when given, restricts the type.
// Units valid on that day win over others; when none is, the one that
// ended last before the day is taken. Among them, context decides: a unit
// listed in context, then one whose ancestor is listed (or whose
// ancestor's predecessor or successor is: context may come from the other
// era), then one that contains a listed unit. Then the higher level wins
// (province > district > commune), so "Bắc Giang" in 2024 is the province,
// not the city. The remaining ties go to the current era when at is zero,
// then to the exact spelling (see UnitsNamed), then to the lower ID. Units
// equal to name only without diacritics are considered only when no other
// unit fits. A zero at means no date restriction.
func (g *Gazetteer) Resolve(name, typeWord string, at time.Time, context []*AdminUnit) *AdminUnit {
	name = normalizeSpace(norm.NFC.String(name))
	exact, folded := g.lookup(name, false, nil)
	if len(exact) == 0 && len(folded) == 0 {
		if typ, rest, ok := splitTypeWord(name); ok {
			if typeWord == "" {
				typeWord = typ
			}
			name = rest
			exact, folded = g.lookup(name, false, nil)
		}
	}
	tw := strings.ToLower(normalizeSpace(typeWord))
	if isNumber(name) && tw != "" {
		// Numbered units are indexed by full name: "Quận 1", "Phường 12".
		exact, folded = g.lookup(tw+" "+name, false, nil)
	}
	r := resolver{g: g, name: name, tw: tw, context: context}
	if !at.IsZero() {
		r.day, r.dated = civil(at), true
	}
	for _, e := range exact {
		r.consider(e)
	}
	if r.best == nil {
		r.folded = true
		for _, e := range folded {
			r.consider(e)
		}
	}
	return r.best
}

// A resolver keeps the best candidate seen so far.
type resolver struct {
	g       *Gazetteer
	name    string
	tw      string
	day     time.Time
	dated   bool
	context []*AdminUnit
	folded  bool

	best  *AdminUnit
	bestK resolveKey
}

type resolveKey struct {
	valid   bool
	ctx     int
	level   int // 3 province … 1 commune
	lastDay int64
	newEra  bool
	exact   bool
}

// better reports whether a ranks above b.
func (a resolveKey) better(b resolveKey) bool {
	switch {
	case a.valid != b.valid:
		return a.valid
	case a.ctx != b.ctx:
		return a.ctx > b.ctx
	case a.level != b.level:
		return a.level > b.level
	case a.lastDay != b.lastDay:
		return a.lastDay > b.lastDay
	case a.newEra != b.newEra:
		return a.newEra
	case a.exact != b.exact:
		return a.exact
	}
	return false
}

func (r *resolver) consider(e *Entry) {
	if e.Kind != KindUnit && e.Kind != KindPlaceAlias {
		return
	}
	for _, u := range e.Units {
		if !typeMatches(r.tw, u.Type, u.Level) {
			continue
		}
		k := resolveKey{valid: true, level: 4 - int(u.Level)}
		if r.dated {
			k.valid = u.ValidAt(r.day)
			if !k.valid && !u.ValidTo.IsZero() && u.ValidTo.Before(r.day) {
				k.lastDay = u.ValidTo.Unix()
			}
		} else {
			k.newEra = u.Era == "new"
		}
		k.exact = !r.folded && (u.Name == r.name || u.FullName == r.name || e.Kind == KindPlaceAlias && e.Name == r.name)
		k.ctx = r.g.contextScore(u, r.context)
		if r.best == nil || k.better(r.bestK) || !r.bestK.better(k) && u.ID < r.best.ID {
			r.best, r.bestK = u, k
		}
	}
}

// contextScore measures how well u fits the units mentioned nearby.
func (g *Gazetteer) contextScore(u *AdminUnit, context []*AdminUnit) int {
	score := 0
	for _, c := range context {
		if c == nil {
			continue
		}
		if c == u {
			score += 4
			continue
		}
		s := 0
		for a := g.Parent(u); a != nil; a = g.Parent(a) {
			if a == c {
				s = 3
				break
			}
			if s == 0 && (slices.Contains(a.SuccessorIDs, c.ID) || slices.Contains(c.SuccessorIDs, a.ID)) {
				s = 2
			}
		}
		if s == 0 {
			for a := g.Parent(c); a != nil; a = g.Parent(a) {
				if a == u {
					s = 1 // a unit inside u is mentioned
					break
				}
			}
		}
		score += s
	}
	return score
}
