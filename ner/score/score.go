package score

import (
	"fmt"
	"sort"
	"strings"

	"github.com/vntag/vntag/ner"
)

// Counts holds the figures of one entity type (or of all of them).
// Exact counts predictions of the same type and the same span as a gold
// entity; Partial counts, one to one, predictions of the same type whose span
// overlaps a gold entity's, so Partial >= Exact.
type Counts struct {
	Gold, Pred, Exact, Partial int
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Precision is Exact/Pred, or 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Exact, c.Pred) }

// Recall is Exact/Gold, or 0 when the gold has nothing.
func (c Counts) Recall() float64 { return ratio(c.Exact, c.Gold) }

// F1 is the harmonic mean of Precision and Recall (0 when both are 0).
func (c Counts) F1() float64 { return f1(c.Precision(), c.Recall()) }

// PartialPrecision is Partial/Pred.
func (c Counts) PartialPrecision() float64 { return ratio(c.Partial, c.Pred) }

// PartialRecall is Partial/Gold.
func (c Counts) PartialRecall() float64 { return ratio(c.Partial, c.Gold) }

// PartialF1 is the harmonic mean of PartialPrecision and PartialRecall.
func (c Counts) PartialF1() float64 { return f1(c.PartialPrecision(), c.PartialRecall()) }

func (c *Counts) add(d Counts) {
	c.Gold += d.Gold
	c.Pred += d.Pred
	c.Exact += d.Exact
	c.Partial += d.Partial
}

// A Report holds the result of Score.
type Report struct {
	// ByType has one entry for every type the gold set uses.
	ByType map[ner.Type]*Counts
	// Total sums ByType.
	Total Counts
	// ByDomain sums the types of the gold set per document domain (the
	// "# domain:" of markup files); documents without a domain are under "".
	ByDomain map[string]*Counts
	// DateValues counts the exact-span DATE matches whose gold entity has a
	// value; DateValuesCorrect those among them whose predicted value has
	// the same start, end and grain (and the same period, for durations).
	DateValues, DateValuesCorrect int
}

// DateValueAccuracy is DateValuesCorrect/DateValues, or 0 without values.
func (r *Report) DateValueAccuracy() float64 { return ratio(r.DateValuesCorrect, r.DateValues) }

// Score compares predicted documents with gold ones. The two lists are
// matched by index; when both documents of a pair have an ID the IDs must be
// equal, and when both have a text the texts must be equal. A type that no
// gold document uses is ignored entirely, in the gold and in the
// predictions, as ner/ANNOTATION.md asks.
func Score(gold, pred []Doc) (*Report, error) {
	if len(gold) != len(pred) {
		return nil, fmt.Errorf("score: %d gold documents but %d predicted", len(gold), len(pred))
	}
	r := &Report{ByType: map[ner.Type]*Counts{}, ByDomain: map[string]*Counts{}}
	for _, d := range gold {
		for _, e := range d.Entities {
			if r.ByType[e.Type] == nil {
				r.ByType[e.Type] = &Counts{}
			}
		}
	}
	for i := range gold {
		g, p := &gold[i], &pred[i]
		if g.ID != "" && p.ID != "" && g.ID != p.ID {
			return nil, fmt.Errorf("score: document %d: gold id %q, predicted id %q", i, g.ID, p.ID)
		}
		if g.Text != "" && p.Text != "" && g.Text != p.Text {
			return nil, fmt.Errorf("score: document %d (%s): texts differ", i, g.ID)
		}
		dom := r.ByDomain[g.Domain]
		if dom == nil {
			dom = &Counts{}
			r.ByDomain[g.Domain] = dom
		}
		for t, c := range r.ByType {
			gs := ofType(g.Entities, t)
			ps := ofType(p.Entities, t)
			d, pairs := match(gs, ps)
			c.add(d)
			dom.add(d)
			if t != ner.DATE {
				continue
			}
			for _, pr := range pairs {
				gv, pv := gs[pr[0]].Value, ps[pr[1]].Value
				if gv == nil {
					continue
				}
				r.DateValues++
				if sameValue(gv, pv) {
					r.DateValuesCorrect++
				}
			}
		}
	}
	for _, c := range r.ByType {
		r.Total.add(*c)
	}
	return r, nil
}

func ofType(ents []ner.Entity, t ner.Type) []ner.Entity {
	var out []ner.Entity
	for _, e := range ents {
		if e.Type == t {
			out = append(out, e)
		}
	}
	return out
}

func sameValue(g, p *ner.DateValue) bool {
	if p == nil {
		return false
	}
	if g.Start == "" && g.End == "" {
		return p.Timex == g.Timex && p.Grain == g.Grain
	}
	return g.Start == p.Start && g.End == p.End && g.Grain == p.Grain
}

// match counts the gold and predicted entities of one type in one document
// and matches them: first one to one on equal spans (the exact matches, also
// returned as index pairs), then, among the rest, a maximum one-to-one
// matching of overlapping spans, which together with the exact ones gives
// Partial.
func match(gs, ps []ner.Entity) (Counts, [][2]int) {
	c := Counts{Gold: len(gs), Pred: len(ps)}
	gUsed := make([]bool, len(gs))
	pUsed := make([]bool, len(ps))
	var exact [][2]int
	for i, g := range gs {
		for j, p := range ps {
			if !pUsed[j] && g.Start == p.Start && g.End == p.End {
				gUsed[i], pUsed[j] = true, true
				exact = append(exact, [2]int{i, j})
				break
			}
		}
	}
	c.Exact = len(exact)
	// Kuhn's augmenting paths over the unmatched entities.
	owner := make([]int, len(ps)) // gold index matched to each prediction, or -1
	for j := range owner {
		owner[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for j, p := range ps {
			if pUsed[j] || seen[j] || !overlap(gs[i], p) {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || try(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	partial := 0
	for i := range gs {
		if !gUsed[i] && try(i, make([]bool, len(ps))) {
			partial++
		}
	}
	c.Partial = c.Exact + partial
	return c, exact
}

func overlap(a, b ner.Entity) bool { return a.Start < b.End && b.Start < a.End }

// Table formats the report as an aligned text table: one row per type of the
// gold set (in the order of ner.Types), a total row, then the DATE value
// accuracy. P, R and F1 are exact-span figures in percent; pF1 is the
// partial-overlap F1.
func (r *Report) Table() string {
	types := make([]ner.Type, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool {
		ri, rj := typeRank(types[i]), typeRank(types[j])
		if ri != rj {
			return ri < rj
		}
		return types[i] < types[j]
	})
	var b strings.Builder
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-8s %6d %6d %6.1f %6.1f %6.1f %6.1f\n", name, c.Gold, c.Pred,
			100*c.Precision(), 100*c.Recall(), 100*c.F1(), 100*c.PartialF1())
	}
	fmt.Fprintf(&b, "%-8s %6s %6s %6s %6s %6s %6s\n", "type", "gold", "pred", "P", "R", "F1", "pF1")
	for _, t := range types {
		row(string(t), *r.ByType[t])
	}
	row("total", r.Total)
	if r.DateValues > 0 {
		fmt.Fprintf(&b, "DATE values: %d/%d correct (%.1f%%) among exact DATE matches\n",
			r.DateValuesCorrect, r.DateValues, 100*r.DateValueAccuracy())
	}
	return b.String()
}
