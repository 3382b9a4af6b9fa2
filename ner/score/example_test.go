package score_test

import (
	"fmt"
	"strings"

	"github.com/vntag/vntag/ner/score"
)

func ExampleParseMarkup() {
	text, ents, err := score.ParseMarkup("[DATE{2024-07-18 day} Ngày 18/7], [ROLE Chủ tịch [ORG HĐND [LOC huyện Lạng Giang]]] phát biểu.")
	if err != nil {
		panic(err)
	}
	fmt.Println(text)
	for _, e := range ents {
		fmt.Printf("%s %d-%d %q\n", e.Type, e.Start, e.End, e.Text)
	}
	// Output:
	// Ngày 18/7, Chủ tịch HĐND huyện Lạng Giang phát biểu.
	// DATE 0-10 "Ngày 18/7"
	// ROLE 12-51 "Chủ tịch HĐND huyện Lạng Giang"
	// ORG 25-51 "HĐND huyện Lạng Giang"
	// LOC 31-51 "huyện Lạng Giang"
}

func ExampleScore() {
	// Default document ids are name:line, so gold and predictions read from
	// markup are given the same name.
	gold, _ := score.ReadMarkup(strings.NewReader(`# ref: 2024-07-18
Đồng chí [PER Tạ Huy Cần], [ROLE Bí thư Huyện ủy] [LOC Lạng Giang].
`), "doc")
	pred, _ := score.ReadMarkup(strings.NewReader(`# ref: 2024-07-18
Đồng chí [PER Tạ Huy Cần], [ROLE Bí thư] Huyện ủy [ORG Lạng Giang].
`), "doc")
	r, err := score.Score(gold, pred)
	if err != nil {
		panic(err)
	}
	fmt.Print(r.Table())
	// Output:
	// type       gold   pred      P      R     F1    pF1
	// PER           1      1  100.0  100.0  100.0  100.0
	// ROLE          1      1    0.0    0.0    0.0  100.0
	// LOC           1      0    0.0    0.0    0.0    0.0
	// total         3      2   50.0   33.3   40.0   80.0
}
