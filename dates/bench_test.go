package dates

import (
	"os"
	"strings"
	"testing"

	"github.com/vntag/vntag/normalize"
)

// BenchmarkFindNews scans the sample article repeated to about 1 MB.
func BenchmarkFindNews(b *testing.B) { benchFind(b, "testdata/news-2024-07-18.txt") }

// BenchmarkFindRealNews scans the real-news text of the gold sets (NTREX
// and UD-VTB, ../testdata/realnews/news.txt) repeated to about 1 MB.
func BenchmarkFindRealNews(b *testing.B) { benchFind(b, "../testdata/realnews/news.txt") }

// benchFind scans the text of the file at path repeated to about 1 MB.
func benchFind(b *testing.B, path string) {
	art, err := os.ReadFile(path)
	if err != nil {
		b.Skip(err)
	}
	text := strings.Repeat(string(art)+"\n", 1<<20/len(art)+1)
	f := NewFinder(Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f.Find(text, ref)
	}
}

// BenchmarkParse parses one short expression.
func BenchmarkParse(b *testing.B) {
	f := NewFinder(Options{})
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := f.Parse("từ ngày 1/7 đến 15/7/2024", ref); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindTokensRealNews is BenchmarkFindRealNews with the tokens
// given, as the ner tagger calls it: the time of the grammar alone.
func BenchmarkFindTokensRealNews(b *testing.B) {
	art, err := os.ReadFile("../testdata/realnews/news.txt")
	if err != nil {
		b.Skip(err)
	}
	lines := strings.Split(string(art), "\n")
	toks := make([][]normalize.Token, len(lines))
	for i, l := range lines {
		toks[i] = normalize.Tokens(l)
	}
	f := NewFinder(Options{})
	b.SetBytes(int64(len(art)))
	b.ReportAllocs()
	for b.Loop() {
		for i, l := range lines {
			f.FindTokens(l, toks[i], ref)
		}
	}
}
