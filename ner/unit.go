package ner

import (
	"github.com/vntag/vntag/ner/gazetteer"
)

// resolveUnits resolves the places that name administrative units to the
// unit they denoted on the reference date. Provinces are resolved first,
// then districts with the provinces as context, then communes with both
// ("Lạng Giang (Bắc Giang)", "xã Tân Thành, huyện X, tỉnh Y"). A text names
// the same places again and again, so each name is resolved once a stage.
func (p *parse) resolveUnits() {
	var locs []int
	for i := range p.cands {
		if p.cands[i].typ == LOC && p.cands[i].unitName != "" {
			locs = append(locs, i)
		}
	}
	if len(locs) == 0 {
		return
	}
	var ctx []*gazetteer.AdminUnit
	seen := map[*gazetteer.AdminUnit]bool{}
	for _, level := range []gazetteer.Level{gazetteer.Province, gazetteer.District, gazetteer.Commune} {
		type key struct{ name, typeWord string }
		memo := map[key]*gazetteer.AdminUnit{}
		var found []*gazetteer.AdminUnit
		for _, i := range locs {
			c := &p.cands[i]
			if c.unit != nil && c.unit.Level < level {
				continue // settled at an earlier stage
			}
			k := key{c.unitName, c.typeWord}
			u, ok := memo[k]
			if !ok {
				u = p.g.Resolve(c.unitName, c.typeWord, p.ref, ctx)
				memo[k] = u
			}
			c.unit = u
			if u != nil && u.Level == level && !seen[u] {
				seen[u] = true
				found = append(found, u)
			}
		}
		ctx = append(ctx, found...)
	}
}

// unitJSON describes u for the JSON output.
func (p *parse) unitJSON(u *gazetteer.AdminUnit) *Unit {
	out := &Unit{ID: u.ID, Code: u.Code, Name: u.Name, FullName: u.FullName, Level: u.Level.String(), Kind: u.Type}
	if !u.ValidFrom.IsZero() {
		out.ValidFrom = u.ValidFrom.Format("2006-01-02")
	}
	if !u.ValidTo.IsZero() {
		out.ValidTo = u.ValidTo.Format("2006-01-02")
	}
	if par := p.g.Parent(u); par != nil {
		out.Parent = &UnitRef{Code: par.Code, Name: par.Name, Level: par.Level.String()}
	}
	for _, s := range p.g.Successors(u) {
		out.Successors = append(out.Successors, UnitRef{Code: s.Code, Name: s.Name, Level: s.Level.String()})
	}
	return out
}
