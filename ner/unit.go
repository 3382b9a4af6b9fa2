package ner

import (
	"github.com/vntag/vntag/ner/gazetteer"
)

// resolveUnits resolves the places that name administrative units to the
// unit they denoted on the reference date. Provinces are resolved first;
// they are the context that decides among same-named lower units ("Lạng
// Giang (Bắc Giang)", "xã Tân Thành, huyện X, tỉnh Y").
func (p *parse) resolveUnits() {
	var ctx []*gazetteer.AdminUnit
	pending := make([]int, 0)
	// A text names the same places again and again: resolve each name and
	// type word once without context.
	type key struct{ name, typeWord string }
	memo := map[key]*gazetteer.AdminUnit{}
	for i := range p.cands {
		c := &p.cands[i]
		if c.typ != LOC || c.unitName == "" {
			continue
		}
		k := key{c.unitName, c.typeWord}
		u, ok := memo[k]
		if !ok {
			u = p.g.Resolve(c.unitName, c.typeWord, p.ref, nil)
			memo[k] = u
		}
		if u != nil && u.Level == gazetteer.Province {
			c.unit = u
			ctx = append(ctx, u)
			continue
		}
		pending = append(pending, i)
	}
	for _, i := range pending {
		c := &p.cands[i]
		c.unit = p.g.Resolve(c.unitName, c.typeWord, p.ref, ctx)
		if c.unit != nil {
			ctx = append(ctx, c.unit)
		}
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
