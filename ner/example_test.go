package ner_test

import (
	"fmt"
	"time"

	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
)

func Example() {
	tg, err := ner.New(ner.Options{})
	if err != nil {
		panic(err)
	}
	ref := time.Date(2024, 7, 18, 0, 0, 0, 0, dates.UTC7())
	doc := tg.Tag("Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) tổ chức hội nghị.", ref)
	for _, e := range doc.Entities {
		fmt.Printf("%s %q\n", e.Type, e.Text)
	}
	// Output:
	// DATE "Ngày 18/7"
	// ORG "Huyện ủy Lạng Giang"
	// LOC "Lạng Giang"
	// LOC "Bắc Giang"
}

// TagBytes tags text in a legacy encoding; offsets point into the
// caller's bytes.
func ExampleTagger_TagBytes() {
	tg, err := ner.New(ner.Options{Types: []ner.Type{ner.LOC}})
	if err != nil {
		panic(err)
	}
	vni := []byte("Ha\xf8 No\xe4i") // "Hà Nội" in VNI
	doc, err := tg.TagBytes(vni, normalize.VNI, time.Date(2024, 7, 18, 0, 0, 0, 0, dates.UTC7()))
	if err != nil {
		panic(err)
	}
	for _, e := range doc.Entities {
		fmt.Printf("%s %q bytes %d-%d\n", e.Type, e.Text, e.Start, e.End)
	}
	// Output:
	// LOC "Hà Nội" bytes 0-8
}

// A caller's rule finds what the built-in ones do not, without forking:
// here a Phrase rule that reads the View's keys.
func ExampleRule() {
	shop := ner.Rule{Name: "shop", Type: ner.ORG, Phrase: func(v *ner.View, i int, out *ner.Out) int {
		if v.Key(i) != "tiệm" || i+1 >= len(v.Tokens()) || v.Tokens()[i+1].Shape != normalize.Title {
			return i
		}
		out.Add(i, i+2) // "tiệm Hạnh"
		return i + 2
	}}
	tg, err := ner.New(ner.Options{Rules: []ner.Rule{shop}, Types: []ner.Type{ner.ORG}})
	if err != nil {
		panic(err)
	}
	for _, e := range tg.Tag("Cô mua bánh ở tiệm Hạnh.", time.Time{}).Entities {
		fmt.Println(e.Type, e.Text, e.Rule)
	}
	// Output:
	// ORG tiệm Hạnh shop
}

// A caller's own gazetteer entries make names the built-in lists lack
// into entities.
func ExampleOptions_gazetteer() {
	g, err := gazetteer.New(gazetteer.Options{Entries: []gazetteer.Entry{
		{Kind: gazetteer.KindOrgName, Name: "Mầm Xanh Lab"},
	}})
	if err != nil {
		panic(err)
	}
	tg, err := ner.New(ner.Options{Gazetteer: g, Types: []ner.Type{ner.ORG}})
	if err != nil {
		panic(err)
	}
	for _, e := range tg.Tag("Quỹ tài trợ cho Mầm Xanh Lab.", time.Time{}).Entities {
		fmt.Println(e.Type, e.Text)
	}
	// Output:
	// ORG Mầm Xanh Lab
}

// Flat keeps the outermost entities, for BIO or CoNLL export.
func ExampleDocument_Flat() {
	tg, err := ner.New(ner.Options{})
	if err != nil {
		panic(err)
	}
	doc := tg.Tag("Chủ tịch HĐND huyện Lạng Giang phát biểu.", time.Date(2024, 7, 18, 0, 0, 0, 0, dates.UTC7()))
	for _, e := range doc.Flat() {
		fmt.Println(e.Type, e.Text)
	}
	// Output:
	// ROLE Chủ tịch HĐND huyện Lạng Giang
}

// MONEY, PERCENT and QUANTITY carry their value and unit.
func ExampleAmount() {
	tg, err := ner.New(ner.Options{Types: []ner.Type{ner.MONEY, ner.PERCENT}})
	if err != nil {
		panic(err)
	}
	for _, e := range tg.Tag("Doanh thu đạt 6.123 tỷ đồng, tăng 13,4%.", time.Time{}).Entities {
		fmt.Println(e.Type, e.Text, e.Amount.Value, e.Amount.Unit)
	}
	// Output:
	// MONEY 6.123 tỷ đồng 6.123e+12 VND
	// PERCENT 13,4% 13.4 %
}
