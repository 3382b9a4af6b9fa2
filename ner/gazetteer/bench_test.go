package gazetteer

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/vntag/vntag/normalize"
)

// BenchmarkBuild measures parsing every embedded list and unit into the
// index, the work done once per process. It reports the heap kept.
func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	var kept uint64
	for i := 0; i < b.N; i++ {
		kept = keptHeap(b, func() any {
			bs, err := buildBase()
			if err != nil {
				b.Fatal(err)
			}
			return bs
		})
	}
	b.ReportMetric(float64(kept)/(1<<20), "MB-heap")
}

// keptHeap runs build, timed, and returns the heap that what it returns
// keeps alive, measured untimed around it.
func keptHeap(b *testing.B, build func() any) uint64 {
	b.StopTimer()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.StartTimer()
	v := build()
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.StartTimer()
	runtime.KeepAlive(v)
	return after.HeapAlloc - before.HeapAlloc
}

// sampleArticle returns the sample article repeated to about n bytes.
func sampleArticle(tb testing.TB, n int) string {
	data, err := os.ReadFile(sampleFile)
	if err != nil {
		tb.Skip(err)
	}
	return strings.Repeat(string(data)+"\n", n/len(data)+1)
}

func BenchmarkMatch(b *testing.B) {
	g := Default()
	text := sampleArticle(b, 1<<20)
	toks := normalize.Tokens(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Match(text, toks)
	}
}

// BenchmarkBuildLazy measures the parts built on first use: the 24,000
// foreign names (Has, Lookup) and the Viet74K dictionary (IsWord).
func BenchmarkBuildLazy(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		bs := &base{}
		bs.foreign()
		bs.loadWords()
	}
}

func BenchmarkResolve(b *testing.B) {
	g := Default()
	at := time.Date(2024, 7, 18, 0, 0, 0, 0, time.UTC)
	ctx := []*AdminUnit{g.Unit("old-p-24")}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g.Resolve("Tân Thành", "xã", at, ctx)
	}
}

func BenchmarkHas(b *testing.B) {
	g := Default()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g.Has(KindSurname, "Nguyễn")
	}
}

func BenchmarkIsWord(b *testing.B) {
	g := Default()
	g.IsWord("a")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g.IsWord("phát triển")
	}
}

// sampleFile is the sample article of the project (dated 2024-07-18).
const sampleFile = "../../testdata/sample/article.txt"
