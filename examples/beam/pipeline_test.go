package main

import (
	"encoding/json"
	"flag"
	"strings"
	"testing"
	"time"
)

func newTagger(t *testing.T, types string) *tagger {
	t.Helper()
	g := &tagger{Ref: "2024-07-18T00:00:00+07:00", Types: types}
	if err := g.setup(); err != nil {
		t.Fatal(err)
	}
	return g
}

// TestTagRecord checks the answer or the dead letter of single records,
// without a runner.
func TestTagRecord(t *testing.T) {
	g := newTagger(t, "")
	tests := []struct {
		name, line string
		wantID     string
		wantDate   string // the start of the first DATE, for answers
		wantErr    string // a part of the dead letter's error
	}{
		{"default ref", `{"id": "a", "text": "Ngày 18/7, Huyện ủy Lạng Giang họp."}`, "a", "2024-07-18", ""},
		{"own ref", `{"id": "b", "text": "Ngày 18/7, Huyện ủy Lạng Giang họp.", "ref": "2021-01-05"}`, "b", "2021-07-18", ""},
		{"numeric id", `{"id": 7, "text": "Ngày 18/7"}`, "7", "2024-07-18", ""},
		{"empty text", `{"id": "e", "text": ""}`, "e", "", ""},
		{"not JSON", `Ngày 18/7`, "", "", "not a JSON object"},
		{"truncated", `{"id": "t", "text": "Ngày`, "", "", "invalid JSON"},
		{"no text", `{"id": "n"}`, "n", "", `missing "text"`},
		{"bad ref", `{"id": "r", "text": "x", "ref": "2024-13-45"}`, "r", "", "ref: "},
		{"invalid UTF-8", "{\"id\": \"u\", \"text\": \"Ng\xe0y 18/7\"}", "u", "2024-07-18", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			answer, doc, dead := g.tag(record{file: "in.jsonl", line: []byte(tt.line), jsonl: true})
			if tt.wantErr != "" {
				if doc != nil || answer != "" {
					t.Fatalf("tagged %q, want a dead letter", tt.line)
				}
				var d struct{ ID, File, Error string }
				if err := json.Unmarshal([]byte(dead), &d); err != nil {
					t.Fatalf("dead letter %q: %v", dead, err)
				}
				if d.ID != tt.wantID || d.File != "in.jsonl" || !strings.Contains(d.Error, tt.wantErr) {
					t.Errorf("dead letter %s, want id %q, file in.jsonl, error containing %q", dead, tt.wantID, tt.wantErr)
				}
				return
			}
			if doc == nil || dead != "" {
				t.Fatalf("dead letter %s, want an answer", dead)
			}
			if strings.Contains(answer, "\n") {
				t.Errorf("answer %q spans lines", answer)
			}
			var a struct {
				ID       string
				Entities []struct {
					Type  string
					Value *struct{ Start string }
				}
			}
			if err := json.Unmarshal([]byte(answer), &a); err != nil {
				t.Fatalf("answer %q: %v", answer, err)
			}
			if a.ID != tt.wantID {
				t.Errorf("id %q, want %q", a.ID, tt.wantID)
			}
			date := ""
			for _, e := range a.Entities {
				if e.Type == "DATE" && e.Value != nil {
					date = e.Value.Start
					break
				}
			}
			if date != tt.wantDate {
				t.Errorf("first DATE starts %q, want %q (answer %s)", date, tt.wantDate, answer)
			}
		})
	}
}

// TestTagText checks that a text document is tagged whole, under its
// file's name, with the types asked for only.
func TestTagText(t *testing.T) {
	g := newTagger(t, "DATE")
	text := "Ngày 18/7, Huyện ủy Lạng Giang họp.\nÔng Nguyễn Văn A phát biểu."
	_, doc, dead := g.tag(record{file: "/corpus/a.txt", text: []byte(text)})
	if doc == nil {
		t.Fatalf("dead letter %s", dead)
	}
	if doc.ID != "/corpus/a.txt" {
		t.Errorf("id %q, want the file name", doc.ID)
	}
	if len(doc.Entities) == 0 {
		t.Fatal("no entity")
	}
	for _, e := range doc.Entities {
		if e.Type != "DATE" {
			t.Errorf("%s entity %q with -types DATE", e.Type, e.Text)
		}
		if text[e.Start:e.End] != e.Text {
			t.Errorf("offsets %d:%d give %q, not %q", e.Start, e.End, text[e.Start:e.End], e.Text)
		}
	}
}

// TestShardName checks that shards are named so that a glob lists them in
// order.
func TestShardName(t *testing.T) {
	if got, want := shardName("out/tagged", 3, 12), "out/tagged-00003-of-00012.jsonl"; got != want {
		t.Errorf("shardName = %q, want %q", got, want)
	}
}

// TestConfigFromFlags checks the flags' defaults and errors.
func TestConfigFromFlags(t *testing.T) {
	now := time.Date(2026, 1, 2, 20, 0, 0, 0, time.UTC)
	tests := []struct {
		args    map[string]string
		wantErr string
		check   func(Config) bool
	}{
		{map[string]string{"input": "a/*.jsonl, b.jsonl", "output": "out/t"}, "", func(c Config) bool {
			// now is 03:00 the next day in Vietnam.
			return len(c.Inputs) == 2 && c.Inputs[1] == "b.jsonl" && !c.Text &&
				c.DeadLetter == "out/t.errors" && c.Ref == "2026-01-03T03:00:00+07:00"
		}},
		{map[string]string{"input": "a", "output": "o", "in": "text", "ref": "2024-07-18", "types": "per,loc"}, "", func(c Config) bool {
			return c.Text && c.Ref == "2024-07-18T00:00:00+07:00" && c.Types == "per,loc"
		}},
		{map[string]string{"output": "o"}, "--input is required", nil},
		{map[string]string{"input": "a"}, "--output is required", nil},
		{map[string]string{"input": "a", "output": "o", "in": "csv"}, "--in", nil},
		{map[string]string{"input": "a", "output": "o", "ref": "2024-13-45"}, "--ref", nil},
		{map[string]string{"input": "a", "output": "o", "types": "PER,FOO"}, "--types", nil},
	}
	defaults := map[string]string{}
	for _, name := range []string{"input", "in", "output", "dead_letter", "ref", "types"} {
		defaults[name] = flag.Lookup(name).DefValue
	}
	defer setFlags(t, defaults)
	for _, tt := range tests {
		setFlags(t, defaults)
		setFlags(t, tt.args)
		cfg, err := configFromFlags(now)
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%v: error %v, want one about %s", tt.args, err, tt.wantErr)
			}
		case err != nil:
			t.Errorf("%v: %v", tt.args, err)
		case !tt.check(cfg):
			t.Errorf("%v: unexpected config %+v", tt.args, cfg)
		}
	}
}

func setFlags(t *testing.T, m map[string]string) {
	t.Helper()
	for k, v := range m {
		if err := flag.Set(k, v); err != nil {
			t.Fatal(err)
		}
	}
}

// FuzzTagRecord checks that any line gets exactly one of an answer and a
// dead letter, each one line of valid JSON.
func FuzzTagRecord(f *testing.F) {
	f.Add(`{"id": "a", "text": "Ngày 18/7, Huyện ủy Lạng Giang họp.", "ref": "2024-07-18"}`)
	f.Add(`{"id": 1, "text": "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Bắc Giang"}`)
	f.Add(`{"text": "\u0000\ud800"}`)
	f.Add("{\"id\": \"x\", \"text\": \"\xff\xfe\"}")
	f.Add(`[1, 2]`)
	g := &tagger{Ref: "2024-07-18T00:00:00+07:00"}
	if err := g.setup(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, line string) {
		answer, doc, dead := g.tag(record{file: "f.jsonl", line: []byte(line), jsonl: true})
		if (answer == "") == (dead == "") || (doc == nil) != (answer == "") {
			t.Fatalf("answer %q, dead letter %q, document %v", answer, dead, doc != nil)
		}
		out := answer + dead
		if strings.Contains(out, "\n") || !json.Valid([]byte(out)) {
			t.Fatalf("not one line of JSON: %q", out)
		}
	})
}
