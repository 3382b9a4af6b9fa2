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
	if u == nil || u.ParentID == "" {
		return nil
	}
	return g.b.unit(u.ParentID)
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
			for _, u := range g.UnitsNamedType(rest, typ) {
				out = append(out, u)
			}
		}
	}
	return out
}

// UnitsNamedType is UnitsNamed restricted to units that a type word
// ("huyện", "TP", "xã" …) may name.
func (g *Gazetteer) UnitsNamedType(name, typeWord string) []*AdminUnit {
	all, _ := g.unitsNamed(normalizeSpace(norm.NFC.String(name)))
	return slices.DeleteFunc(all, func(u *AdminUnit) bool { return !typeMatches(typeWord, u.Type, u.Level) })
}

// unitsNamed returns the candidates and, parallel, their rank (0 exact, 1
// same spelling key, 2 folded).
func (g *Gazetteer) unitsNamed(name string) ([]*AdminUnit, []int) {
	exact, folded := g.lookup(name)
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
// Units valid on that day are preferred; when none is, the candidates of
// any date are considered. context lists units mentioned nearby (the
// dateline, a parent in "xã A, huyện B"): a candidate that is in context,
// or whose ancestor is, or whose ancestor's successor is, wins. Otherwise
// the higher level wins (province > district > commune), so "Bắc Giang" in
// 2024 is the province, not the city. The remaining ties go to the better
// spelling rank (see UnitsNamed), then to the current era, then to the
// lower ID. A zero at means no date restriction.
func (g *Gazetteer) Resolve(name, typeWord string, at time.Time, context []*AdminUnit) *AdminUnit {
	name = normalizeSpace(norm.NFC.String(name))
	cands, ranks := g.unitsNamed(name)
	if len(cands) == 0 && typeWord == "" {
		if typ, rest, ok := splitTypeWord(name); ok {
			typeWord = typ
			cands, ranks = g.unitsNamed(rest)
		}
	}
	type cand struct {
		u     *AdminUnit
		rank  int
		score int
	}
	var cs []cand
	for i, u := range cands {
		if typeMatches(typeWord, u.Type, u.Level) {
			cs = append(cs, cand{u: u, rank: ranks[i]})
		}
	}
	if len(cs) == 0 {
		return nil
	}
	if !at.IsZero() {
		valid := slices.DeleteFunc(slices.Clone(cs), func(c cand) bool { return !c.u.ValidAt(at) })
		if len(valid) > 0 {
			cs = valid
		} else {
			// No candidate was valid then: prefer the latest before the date.
			for i := range cs {
				if !cs[i].u.ValidTo.IsZero() && !cs[i].u.ValidTo.After(civil(at)) {
					cs[i].score += int(cs[i].u.ValidTo.Unix() / 86400 / 365) // later years score higher
				}
			}
		}
	}
	// Keep the best spelling rank only: an exact "Hòa Bình" never loses
	// to a folded "Hóa Bình".
	best := cs[0].rank
	for _, c := range cs {
		best = min(best, c.rank)
	}
	cs = slices.DeleteFunc(cs, func(c cand) bool { return c.rank > best })
	for i := range cs {
		cs[i].score += 1000*g.contextScore(cs[i].u, context) + 100*int(4-cs[i].u.Level)
		if at.IsZero() && cs[i].u.Era == "new" {
			cs[i].score += 10
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		if a.score != b.score {
			return b.score - a.score
		}
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		return strings.Compare(a.u.ID, b.u.ID)
	})
	return cs[0].u
}

// contextScore measures how well u fits the units mentioned nearby.
func (g *Gazetteer) contextScore(u *AdminUnit, context []*AdminUnit) int {
	if len(context) == 0 {
		return 0
	}
	anc := g.Ancestors(u)
	score := 0
	for _, c := range context {
		if c == nil {
			continue
		}
		switch {
		case c == u:
			score += 4
		case slices.Contains(anc, c):
			score += 3
		case slices.ContainsFunc(anc, func(a *AdminUnit) bool {
			return slices.Contains(a.SuccessorIDs, c.ID) || slices.Contains(c.SuccessorIDs, a.ID)
		}):
			score += 2
		case slices.ContainsFunc(g.Ancestors(c), func(a *AdminUnit) bool { return a == u }):
			score += 1 // a unit inside u is mentioned
		}
	}
	return score
}
