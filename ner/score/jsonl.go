package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/vntag/vntag/ner"
)

// jsonDoc is one line of the JSONL of examples/INTERFACE.md, input and output merged:
// a gold file written by WriteJSONL carries the text, and the tagger's
// output carries the entities (and perhaps no text).
type jsonDoc struct {
	ID       string       `json:"id,omitempty"`
	Text     *string      `json:"text,omitempty"`
	Ref      string       `json:"ref,omitempty"`
	Domain   string       `json:"domain,omitempty"`
	Entities []ner.Entity `json:"entities"`
	Error    string       `json:"error,omitempty"`
}

// ReadJSONL reads documents in the JSONL of examples/INTERFACE.md, one object a line:
// {"id", "text", "ref", "entities": [...]} (and "domain", which WriteJSONL
// writes). Blank lines are skipped. The text may be missing, as in the
// tagger's output; when it is present, every entity must lie on it and its
// "text", when given, must equal its slice, and the code point offsets are
// recomputed. A line of the tagger's error form {"id", "error"} gives a
// document with no entities. Errors name the line.
func ReadJSONL(r io.Reader) ([]Doc, error) {
	var docs []Doc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	ln := 0
	for sc.Scan() {
		ln++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var jd jsonDoc
		if err := json.Unmarshal(line, &jd); err != nil {
			return nil, fmt.Errorf("line %d: %v", ln, err)
		}
		d := Doc{ID: jd.ID, Ref: jd.Ref, Domain: jd.Domain, Entities: jd.Entities}
		if jd.Text != nil {
			d.Text = *jd.Text
		}
		for k := range d.Entities {
			e := &d.Entities[k]
			if e.Start < 0 || e.End < e.Start {
				return nil, fmt.Errorf("line %d: entity %d has bad offsets %d-%d", ln, k, e.Start, e.End)
			}
			if jd.Text == nil {
				continue
			}
			if e.End > len(d.Text) {
				return nil, fmt.Errorf("line %d: entity %d (%d-%d) lies past the end of the text (%d bytes)", ln, k, e.Start, e.End, len(d.Text))
			}
			if e.Text != "" && e.Text != d.Text[e.Start:e.End] {
				return nil, fmt.Errorf("line %d: entity %d text %q differs from its slice %q", ln, k, e.Text, d.Text[e.Start:e.End])
			}
			e.Text = d.Text[e.Start:e.End]
		}
		if jd.Text != nil {
			fillChars(d.Text, d.Entities)
		}
		SortEntities(d.Entities)
		if d.Entities == nil {
			d.Entities = []ner.Entity{}
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %v", ln+1, err)
	}
	return docs, nil
}

// WriteJSONL writes docs as JSONL, one object a line, in the form ReadJSONL
// reads and the tagger's -in jsonl accepts: {"id", "text", "ref", "domain",
// "entities"}. HTML characters are not escaped.
func WriteJSONL(w io.Writer, docs []Doc) error {
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range docs {
		d := &docs[i]
		text := d.Text
		ents := d.Entities
		if ents == nil {
			ents = []ner.Entity{}
		}
		buf.Reset()
		if err := enc.Encode(jsonDoc{ID: d.ID, Text: &text, Ref: d.Ref, Domain: d.Domain, Entities: ents}); err != nil {
			return fmt.Errorf("document %d (%s): %v", i, d.ID, err)
		}
		if _, err := io.WriteString(w, buf.String()); err != nil {
			return err
		}
	}
	return nil
}
