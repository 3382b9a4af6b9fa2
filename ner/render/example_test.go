package render_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
)

func doc() *ner.Document {
	text := "Huyện ủy Lạng Giang họp."
	org := strings.Index(text, "Huyện ủy Lạng Giang")
	loc := strings.Index(text, "Lạng Giang")
	return &ner.Document{
		ID:   "doc-1",
		Text: text,
		Entities: []ner.Entity{
			{Type: ner.ORG, Start: org, End: org + len("Huyện ủy Lạng Giang"), Text: "Huyện ủy Lạng Giang"},
			{Type: ner.LOC, Start: loc, End: loc + len("Lạng Giang"), Text: "Lạng Giang"},
		},
	}
}

func ExampleNewEncoder() {
	enc, err := render.NewEncoder(os.Stdout, render.Pretty, render.Options{Types: []ner.Type{ner.ORG, ner.LOC}})
	if err != nil {
		fmt.Println(err)
		return
	}
	enc.Encode(doc())
	enc.Close()
	// Output:
	// == doc-1 ==
	// [ORG Huyện ủy [LOC Lạng Giang]] họp.
	//
	// Legend:
	//   [ORG …]        organisation         1
	//   [LOC …]        place                1
}

func ExampleAppendCoNLL() {
	fmt.Print(string(render.AppendCoNLL(nil, doc())))
	// Output:
	// # id = doc-1
	// Huyện	B-ORG
	// ủy	I-ORG
	// Lạng	I-ORG
	// Giang	I-ORG
	// họp	O
	// .	O
}

func ExampleDecodeRequest() {
	req, err := render.DecodeRequest([]byte(`{"id": "d1", "text": "Ngày 18/7", "ref": "2024-07-18"}`))
	fmt.Printf("%+v %v\n", req, err)
	_, err = render.DecodeRequest([]byte(`{"id": "d2"}`))
	fmt.Println(err)
	// Output:
	// {ID:d1 Text:Ngày 18/7 Ref:2024-07-18 Prefer:} <nil>
	// missing "text"
}

func ExampleResolved() {
	e := ner.Entity{Type: ner.LOC, Text: "Lạng Giang", Unit: &ner.Unit{
		Name: "Lạng Giang", FullName: "Huyện Lạng Giang", Level: "district",
		Parent: &ner.UnitRef{Code: "24", Name: "Bắc Giang"}, ValidTo: "2025-06-30",
		Successors: []ner.UnitRef{{Name: "Lạng Giang", Level: "commune"}, {Name: "Tiên Lục", Level: "commune"}},
	}}
	fmt.Println(render.Resolved(&e))
	d := ner.Entity{Type: ner.DATE, Text: "6 tháng đầu năm",
		Value: &ner.DateValue{Kind: "interval", Start: "2024-01-01", End: "2024-06-30", Grain: "half"}}
	fmt.Println(render.Resolved(&d))
	// Output:
	// Huyện Lạng Giang (Bắc Giang), until 2025-06-30, succeeded by 2 communes: Lạng Giang, Tiên Lục
	// 2024-01-01..2024-06-30
}

func ExampleParseRef() {
	for _, s := range []string{"2024-07-18", "2024-07-18T08:00", "2017-02-02T03:55:00-02:00"} {
		t, err := render.ParseRef(s)
		fmt.Println(t.Format(time.RFC3339), render.FormatRef(t), err)
	}
	// Output:
	// 2024-07-18T00:00:00+07:00 2024-07-18 <nil>
	// 2024-07-18T08:00:00+07:00 2024-07-18 08:00 <nil>
	// 2017-02-02T03:55:00-02:00 2017-02-02 03:55 -02:00 <nil>
}
