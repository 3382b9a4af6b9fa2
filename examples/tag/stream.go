package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
)

// streamAbove is the number of entities above which a json or jsonl answer
// is written entity by entity (see writeJSON). An article has tens of
// entities; only a long text has thousands.
const streamAbove = 1 << 10

// A jsonWriter writes json and jsonl answers entity by entity. render's
// Encoder builds each answer whole in one buffer, and encoding/json builds
// it twice more (its own buffer, and the indented copy): for a text of
// megabytes with a hundred thousand entities that is several copies of an
// answer larger than the text. The bytes written are those of the
// Encoder, whose own answer for the document without its entities gives
// everything around them.
type jsonWriter struct {
	w      io.Writer
	format render.Format // render.JSON (indented) or render.JSONL
	buf    bytes.Buffer
	enc    *json.Encoder // encodes one entity into buf
}

func newJSONWriter(w io.Writer, format render.Format) *jsonWriter {
	jw := &jsonWriter{w: w, format: format}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	if format == render.JSON {
		// The entities are the elements of an array in an object.
		jw.enc.SetIndent("    ", "  ")
	}
	return jw
}

// write writes the answer for doc.
func (jw *jsonWriter) write(doc *ner.Document, info render.Info) error {
	// The Encoder's answer for the document without entities: it ends
	// with the empty list of entities, "[]", and what closes the object.
	var frame bytes.Buffer
	bare := *doc
	bare.Entities = nil
	enc, err := render.NewEncoder(&frame, jw.format, render.Options{})
	if err == nil {
		err = enc.EncodeInfo(&bare, info)
	}
	if err != nil {
		return err
	}
	cut := bytes.LastIndex(frame.Bytes(), []byte("[]"))
	if len(doc.Entities) == 0 {
		_, err := jw.w.Write(frame.Bytes())
		return err
	}
	if cut < 0 {
		return errors.New("internal error: no list of entities in the answer")
	}
	head, tail := frame.Bytes()[:cut+1], frame.Bytes()[cut+1:]
	// Indented, each entity is on lines of its own inside the list.
	first, sep, last := "", ",", ""
	if jw.format == render.JSON {
		first, sep, last = "\n    ", ",\n    ", "\n  "
	}
	if _, err := jw.w.Write(head); err != nil {
		return err
	}
	for i := range doc.Entities {
		jw.buf.Reset()
		if i == 0 {
			jw.buf.WriteString(first)
		} else {
			jw.buf.WriteString(sep)
		}
		if err := jw.enc.Encode(&doc.Entities[i]); err != nil {
			return err
		}
		jw.buf.Truncate(jw.buf.Len() - 1) // the newline Encode adds
		if _, err := jw.w.Write(jw.buf.Bytes()); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(jw.w, last); err != nil {
		return err
	}
	_, err = jw.w.Write(tail)
	return err
}
