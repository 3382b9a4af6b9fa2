package normalize

import (
	"strings"
	"testing"
)

// benchText returns the sample article repeated to about 1 MB.
func benchText(b *testing.B) string {
	s := readFile(b, "testdata/sample.txt")
	return strings.Repeat(s, (1<<20)/len(s)+1)
}

func benchNormalize(b *testing.B, n *Normalizer, s string) {
	cpuBench(b, len(s), func() { n.String(s) })
}

// BenchmarkNormalizeClean is already-clean NFC text: the fast path.
func BenchmarkNormalizeClean(b *testing.B) {
	benchNormalize(b, New(Options{}), benchText(b))
}

// BenchmarkNormalizeNFD is decomposed text, composed back to NFC.
func BenchmarkNormalizeNFD(b *testing.B) {
	benchNormalize(b, New(Options{}), nfd(benchText(b)))
}

// BenchmarkNormalizeToneNew moves the old-style tones of the sample
// (hóa, ủy) to the new style.
func BenchmarkNormalizeToneNew(b *testing.B) {
	benchNormalize(b, New(Options{Tone: ToneNew}), benchText(b))
}

// BenchmarkNormalizeToneOldClean checks the sample for the old style,
// which it already follows: nothing is copied.
func BenchmarkNormalizeToneOldClean(b *testing.B) {
	s := New(Options{Tone: ToneOld}).String(benchText(b)).Norm
	benchNormalize(b, New(Options{Tone: ToneOld}), s)
}

// BenchmarkNormalizeDebris is text with no-break spaces and zero-width
// spaces.
func BenchmarkNormalizeDebris(b *testing.B) {
	s := strings.ReplaceAll(benchText(b), ", ", ",\u00a0\u200b")
	benchNormalize(b, New(Options{}), s)
}

func BenchmarkTokenizer(b *testing.B) {
	s := benchText(b)
	var t Tokenizer
	cpuBench(b, len(s), func() {
		t.Reset(s)
		for t.Next() {
		}
	})
}

func BenchmarkDecodeVNI(b *testing.B) {
	src, _ := encode(benchText(b), VNI)
	cpuBench(b, len(src), func() { Decode(src, VNI) })
}

func BenchmarkDecodeTCVN3(b *testing.B) {
	src, _ := encode(benchText(b), TCVN3)
	cpuBench(b, len(src), func() { Decode(src, TCVN3) })
}

func BenchmarkDetect(b *testing.B) {
	src, _ := encode(benchText(b), VNI)
	cpuBench(b, len(src), func() { Detect(src) })
}

// BenchmarkFold folds every token of the sample, as the gazetteer does.
func BenchmarkFold(b *testing.B) {
	s := readFile(b, "testdata/sample.txt")
	toks := Tokens(s)
	buf := make([]byte, 0, 64)
	cpuBench(b, len(s), func() {
		for _, t := range toks {
			buf = AppendFold(buf[:0], s[t.Start:t.End])
		}
	})
}

// BenchmarkKey keys every token of the sample, as the tagger does.
func BenchmarkKey(b *testing.B) {
	s := readFile(b, "testdata/sample.txt")
	toks := Tokens(s)
	buf := make([]byte, 0, 64)
	cpuBench(b, len(s), func() {
		for _, t := range toks {
			buf = AppendKey(buf[:0], s[t.Start:t.End])
		}
	})
}

// BenchmarkNormalizeNews and BenchmarkTokenizerNews run on real news, line
// by line as the tag program gives them, where four bytes in ten are not
// ASCII.
func BenchmarkNormalizeNews(b *testing.B) {
	lines := strings.Split(readFile(b, "../testdata/realnews/news.txt"), "\n")
	n := New(Options{})
	cpuBench(b, len(strings.Join(lines, "\n")), func() {
		for _, l := range lines {
			n.String(l)
		}
	})
}

func BenchmarkTokenizerNews(b *testing.B) {
	s := readFile(b, "../testdata/realnews/news.txt")
	var t Tokenizer
	cpuBench(b, len(s), func() {
		t.Reset(s)
		for t.Next() {
		}
	})
}
