package ner_test

import (
	"os"
	"strings"
	"testing"

	"github.com/vntag/vntag/ner"
)

// newsCorpus is the benchmark corpus of real news shape shared by the
// benchmarks of normalize, dates and ner: the text of the real-news gold
// sets, one document a line (CC BY-SA 4.0, like the gold).
const newsCorpus = "../testdata/realnews/news.txt"

// TestNewsCorpus checks that the benchmark corpus is the text of the
// real-news gold, so that it cannot drift from it; -update rewrites it.
func TestNewsCorpus(t *testing.T) {
	var b strings.Builder
	for _, d := range readGold(t, "../testdata/realnews/*/*.txt") {
		b.WriteString(d.Text)
		b.WriteByte('\n')
	}
	if b.Len() == 0 {
		t.Skip("no real-news gold")
	}
	if *update {
		if err := os.WriteFile(newsCorpus, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(newsCorpus)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if string(got) != b.String() {
		t.Errorf("%s is not the text of the real-news gold; rerun with -update", newsCorpus)
	}
}

// loadNews returns the real-news corpus repeated to about 1 MB.
func loadNews(b *testing.B) string {
	data, err := os.ReadFile(newsCorpus)
	if err != nil {
		b.Skip(err)
	}
	return strings.Repeat(string(data), 1<<20/len(data)+1)
}

// BenchmarkTagNews tags real news (translated international and native
// Vietnamese) repeated to 1 MB: denser in names than the sample article.
func BenchmarkTagNews(b *testing.B) { benchTag(b, newTagger(b), loadNews(b)) }

// BenchmarkTagNewsLines tags the same corpus one document (line) at a
// time, as a JSONL pipeline does.
func BenchmarkTagNewsLines(b *testing.B) { benchTagLines(b, newTagger(b), loadNews(b)) }

// BenchmarkTagNewsDates tags the real-news corpus for DATE alone: only
// the stages that dates need run (no gazetteer matching, no names).
func BenchmarkTagNewsDates(b *testing.B) {
	tg, err := ner.New(ner.Options{Types: []ner.Type{ner.DATE}})
	if err != nil {
		b.Fatal(err)
	}
	benchTag(b, tg, loadNews(b))
}
