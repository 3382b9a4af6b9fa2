package ner_test

import (
	"fmt"
	"time"

	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner"
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
