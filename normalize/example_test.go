package normalize_test

import (
	"fmt"
	"strings"

	"github.com/vntag/vntag/normalize"
)

func ExampleNormalize() {
	// Decomposed letters, a no-break space and a zero-width space.
	in := "Tha\u0300nh\u00a0pho\u0302\u0301\u200b Hô\u0300 Chi\u0301 Minh"
	t := normalize.Normalize(in)
	fmt.Println(t.Norm)

	// Find a name in the clean text and report it in the original.
	i := strings.Index(t.Norm, "Hồ Chí Minh")
	start, end := t.OrigSpan(i, i+len("Hồ Chí Minh"))
	fmt.Println(start, end, in[start:end] == "Hô\u0300 Chi\u0301 Minh")
	// Output:
	// Thành phố Hồ Chí Minh
	// 20 36 true
}

func ExampleNormalizer_String() {
	old := normalize.New(normalize.Options{Tone: normalize.ToneOld})
	neu := normalize.New(normalize.Options{Tone: normalize.ToneNew})
	fmt.Println(old.String("Thanh Hoá, Khánh Hoà, thuỷ lợi, Huyện uỷ").Norm)
	fmt.Println(neu.String("Thanh Hóa, Khánh Hòa, thủy lợi, Huyện ủy").Norm)
	// Output:
	// Thanh Hóa, Khánh Hòa, thủy lợi, Huyện ủy
	// Thanh Hoá, Khánh Hoà, thuỷ lợi, Huyện uỷ
}

func ExampleFold() {
	fmt.Println(normalize.Fold("Lạng Giang"))
	fmt.Println(normalize.Fold("ĐẮK LẮK"))
	// Output:
	// lang giang
	// dak lak
}

func ExampleKey() {
	fmt.Println(normalize.Key("Thanh Hoá") == normalize.Key("THANH HÓA"))
	fmt.Println(normalize.Key("Thanh Hóa"))
	// Output:
	// true
	// thanh hoá
}

func ExampleDecode() {
	// "Việt Nam" in VNI-Windows: "e" followed by the mark byte 0xE4.
	t, err := normalize.Decode([]byte("Vie\xe4t Nam"), normalize.VNI)
	if err != nil {
		panic(err)
	}
	fmt.Println(t.Norm)
	fmt.Println(t.OrigSpan(0, len("Việt"))) // four letters from five bytes
	// Output:
	// Việt Nam
	// 0 5
}

func ExampleDetect() {
	enc, conf := normalize.Detect([]byte("Ha` No^.i la` thu? ddo^ cu?a Vie^.t Nam."))
	fmt.Printf("%v %.2f\n", enc, conf)
	enc, _ = normalize.Detect([]byte("Hà Nội là thủ đô của Việt Nam."))
	fmt.Println(enc)
	// Output:
	// viqr 1.00
	// utf8
}

func ExampleParseEncoding() {
	enc, err := normalize.ParseEncoding("Windows-1258")
	fmt.Println(enc, err)
	_, err = normalize.ParseEncoding("latin9")
	fmt.Println(err)
	// Output:
	// cp1258 <nil>
	// normalize: unknown encoding: "latin9"
}

func ExampleTokenizer() {
	text := "BẮC GIANG – Ngày 18/7, Huyện ủy Tp. Lạng Giang tăng 13,4%."
	t := normalize.NewTokenizer(text)
	for t.Next() {
		tok := t.Token()
		mark := " "
		if tok.SentenceStart {
			mark = "*"
		}
		fmt.Printf("%s%-6s %-6v %v\n", mark, t.Value(), tok.Kind, tok.Shape)
	}
	// Output:
	// *BẮC    Word   Upper
	//  GIANG  Word   Upper
	//  –      Punct  Other
	// *Ngày   Word   Title
	//  18/7   Number Digit
	//  ,      Punct  Other
	//  Huyện  Word   Title
	//  ủy     Word   Lower
	//  Tp     Word   Title
	//  .      Punct  Other
	//  Lạng   Word   Title
	//  Giang  Word   Title
	//  tăng   Word   Lower
	//  13,4   Number Digit
	//  %      Punct  Other
	//  .      Punct  Other
}
