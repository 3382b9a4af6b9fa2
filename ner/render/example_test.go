package render_test

import (
	"fmt"
	"os"
	"strings"

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
