package ner_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/normalize"
)

func TestBuiltinRulesListed(t *testing.T) {
	rules := ner.BuiltinRules()
	var names []string
	for _, r := range rules {
		names = append(names, r.Name)
		if r.Stage == "" || r.Type == "" || !slices.Contains(r.Types, r.Type) {
			t.Errorf("rule %q is described badly: %+v", r.Name, r)
		}
	}
	for _, want := range []string{"date", "role", "org", "loc", "per", "memory"} {
		if !slices.Contains(names, want) {
			t.Errorf("BuiltinRules lacks %q: %v", want, names)
		}
	}
}

// Turning a rule off removes what only it finds, and nothing else.
func TestDisableRule(t *testing.T) {
	text := "Ông Tạ Huy Cần đến xã Tân Dĩnh. Sau đó Cần về Hà Nội."
	on := newTagger(t).Tag(text, ref)
	if !has(on, want{ner.PER, "Cần"}) {
		t.Fatalf("memory does not find the second mention: %v", summary(on))
	}
	tg, err := ner.New(ner.Options{Disable: []string{"memory"}})
	if err != nil {
		t.Fatal(err)
	}
	off := tg.Tag(text, ref)
	for _, e := range off.Entities {
		if e.Rule == "per-memory" {
			t.Errorf("memory disabled, yet %s %q came from it", e.Type, e.Text)
		}
	}
	if !has(off, want{ner.PER, "Tạ Huy Cần"}) || !has(off, want{ner.LOC, "xã Tân Dĩnh"}) {
		t.Errorf("disabling memory lost other entities: %v", summary(off))
	}
	if _, err := ner.New(ner.Options{Disable: []string{"no-such-rule"}}); !errors.Is(err, ner.ErrBadRule) {
		t.Errorf("an unknown rule name gave %v, want ErrBadRule", err)
	}
}

// A Phrase rule sees the View and runs among the built-in phrase rules by
// its priority; its LOC is resolved to a unit like a built-in one.
func TestPhraseRule(t *testing.T) {
	club := ner.Rule{Name: "club", Type: ner.ORG, Phrase: func(v *ner.View, i int, out *ner.Out) int {
		// "Đội bóng X": the capitalised words after it are a club.
		if v.Key(i) != "đội" || v.Key(i+1) != "bóng" {
			return i
		}
		toks := v.Tokens()
		j := i + 2
		for j < len(toks) && toks[j].Shape == normalize.Title {
			j++
		}
		if j == i+2 {
			return i
		}
		out.Add(i+2, j)
		return j
	}}
	tg, err := ner.New(ner.Options{Rules: []ner.Rule{club}})
	if err != nil {
		t.Fatal(err)
	}
	d := tg.Tag("Đội bóng Sấm Sét thắng lớn.", ref)
	if !has(d, want{ner.ORG, "Sấm Sét"}) {
		t.Errorf("phrase rule not applied: %v", summary(d))
	}
	for _, e := range d.Entities {
		if e.Text == "Sấm Sét" && e.Rule != "club" {
			t.Errorf("rule name %q, want club", e.Rule)
		}
	}

	place := ner.Rule{Name: "place", Type: ner.LOC, Match: func(text string, _ []normalize.Token) [][2]int {
		i := strings.Index(text, "Lạng Giang")
		if i < 0 {
			return nil
		}
		return [][2]int{{i, i + len("Lạng Giang")}}
	}}
	tg, err = ner.New(ner.Options{Rules: []ner.Rule{place}, Disable: []string{"loc", "org"}})
	if err != nil {
		t.Fatal(err)
	}
	d = tg.Tag("Tin từ Lạng Giang cho biết.", ref)
	found := false
	for _, e := range d.Entities {
		if e.Type == ner.LOC && e.Text == "Lạng Giang" {
			found = true
			if e.Unit == nil {
				t.Errorf("a user LOC naming a unit has no Unit")
			}
		}
	}
	if !found {
		t.Errorf("user Match rule not applied: %v", summary(d))
	}
}

func TestRuleChecks(t *testing.T) {
	phrase := func(v *ner.View, i int, out *ner.Out) int { return i }
	bad := []ner.Rule{
		{Name: "no type", Pattern: "x"},
		{Name: "odd type", Type: "THING", Pattern: "x"},
		{Name: "nothing", Type: ner.ORG},
		{Name: "two", Type: ner.ORG, Pattern: "x", Phrase: phrase},
		{Name: "bad pattern", Type: ner.ORG, Pattern: "("},
	}
	for _, r := range bad {
		if _, err := ner.New(ner.Options{Rules: []ner.Rule{r}}); !errors.Is(err, ner.ErrBadRule) {
			t.Errorf("%s: got %v, want ErrBadRule", r.Name, err)
		}
	}
	if _, err := ner.New(ner.Options{Types: []ner.Type{"PERSON"}}); err == nil {
		t.Error("New accepted the unknown type PERSON")
	}
}

// A Pattern's Timeout is a budget for the whole text: a pattern that
// backtracks on every match stops once it is spent, keeps what it found
// and is named in Document.Incomplete.
func TestRuleTimeoutBudget(t *testing.T) {
	slow := ner.Rule{Name: "slow", Type: ner.QUANTITY, Pattern: `(a+)+b|a`, Timeout: 50 * time.Millisecond}
	tg, err := ner.New(ner.Options{Rules: []ner.Rule{slow}, Types: []ner.Type{ner.QUANTITY}})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(strings.Repeat("a", 22)+" ", 40)
	start := time.Now()
	d := tg.Tag(text, ref)
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("tagging took %v with a 50ms budget", el)
	}
	if !slices.Contains(d.Incomplete, "slow") {
		t.Errorf("Incomplete = %v, want the slow rule named", d.Incomplete)
	}
}

// A user span that splits a character is widened to the whole character:
// offsets always fall on character boundaries.
func TestUserSpanSnapsToRunes(t *testing.T) {
	split := ner.Rule{Name: "split", Type: ner.LOC, Match: func(text string, _ []normalize.Token) [][2]int {
		i := strings.Index(text, "Hà")
		return [][2]int{{i + 2, i + 6}} // inside "à" and inside "ộ"
	}}
	tg, err := ner.New(ner.Options{Rules: []ner.Rule{split}})
	if err != nil {
		t.Fatal(err)
	}
	d := tg.Tag("Đến Hà Nội hôm nay.", ref)
	found := false
	for _, e := range d.Entities {
		if e.Rule == "split" {
			found = true
			if e.Text != "à Nộ" {
				t.Errorf("split span snapped to %q, want %q", e.Text, "à Nộ")
			}
		}
	}
	if !found {
		t.Errorf("the split span was dropped: %v", summary(d))
	}
}
