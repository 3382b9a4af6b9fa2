package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"unicode/utf8"
)

// flatStringBytewise is flatString as first written, one byte at a time,
// for strings without escapes: the reference the whole-pass scanning must
// agree with.
func flatStringBytewise(data []byte, i int) (string, bool) {
	if i >= len(data) || data[i] != '"' {
		return "", false
	}
	var b []byte
	for j := i + 1; j < len(data); j++ {
		switch c := data[j]; {
		case c == '"':
			return string(b), utf8.Valid(b)
		case c < 0x20:
			return "", false
		case c == '\\':
			return "", false // not compared
		default:
			b = append(b, c)
		}
	}
	return "", false
}

// FuzzFlatString checks flatString against a byte-by-byte reading for
// strings without escapes, and against encoding/json for strings with
// them: whenever flatString answers, the answer is the right one, and it
// refuses exactly the strings that hold control bytes or invalid UTF-8.
func FuzzFlatString(f *testing.F) {
	for _, s := range []string{
		`"Ngày 18/7"`, `"a\"b"`, `"a\\"`, "\"a\x01b\"", "\"a\xffb\"", `"Ng\u00e0y \"18/7\"\n"`,
		"\"0123456789abcdef\x1f\"", `"a\ud800b"`, `"x`, `"a\"`, `"\"\"\"\"\""`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, end, ok := flatString(data, 0)
		escaped := bytes.IndexByte(data, '\\') >= 0
		if !escaped {
			want, wok := flatStringBytewise(data, 0)
			if ok != wok || ok && got != want {
				t.Fatalf("flatString(%q) = %q, %v; byte by byte %q, %v", data, got, ok, want, wok)
			}
		}
		if !ok {
			return
		}
		if end < 2 || end > len(data) || data[end-1] != '"' {
			t.Fatalf("flatString(%q) ends at %d", data, end)
		}
		var s string
		if err := json.Unmarshal(data[:end], &s); err != nil || s != got {
			t.Fatalf("flatString(%q) = %q; encoding/json gives %q, %v", data, got, s, err)
		}
	})
}

// BenchmarkDecodeRequest reads the news as JSONL records, as the tag
// program does.
func BenchmarkDecodeRequest(b *testing.B) {
	f, err := os.Open("../../testdata/realnews/news.txt")
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	var recs [][]byte
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		rec, _ := json.Marshal(map[string]string{"id": "d1", "text": sc.Text()})
		recs = append(recs, rec)
		size += len(rec)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range recs {
			if _, err := DecodeRequest(r); err != nil {
				b.Fatal(err)
			}
		}
	}
}
