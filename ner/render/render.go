package render

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/vntag/vntag/ner"
)

// Format names an output format of examples/INTERFACE.md.
type Format string

// The output formats.
const (
	Pretty Format = "pretty" // the text with entities marked, and a legend
	JSON   Format = "json"   // one indented JSON object per document
	JSONL  Format = "jsonl"  // one JSON object a line
	CoNLL  Format = "conll"  // a token a line with its BIO tag
	HTML   Format = "html"   // one self-contained page
)

// Formats lists the output formats in the order the documentation gives them.
var Formats = []Format{Pretty, JSON, JSONL, CoNLL, HTML}

// ParseFormat returns the Format named s, or an error naming the formats
// there are.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown output format %q (want %s)", s, strings.Join(names, ", "))
}

// Options configure an Encoder. The zero value is plain, uncoloured output.
type Options struct {
	// Color makes pretty output use ANSI colours; set it when the output
	// is a terminal.
	Color bool
	// Title is the title of the html page.
	Title string
	// Types are the types the legend of pretty and html output explains;
	// nil means ner.Types.
	Types []ner.Type
}

// A DocError is the answer for an input record that could not be tagged,
// written by Encoder.EncodeError. Its JSON form is the error line of
// examples/INTERFACE.md: {"id": ..., "error": ...} with the input position beside.
type DocError struct {
	ID   string `json:"id"`             // the record's id, when it could be read
	File string `json:"file,omitempty"` // the input file, if any
	Line int    `json:"line,omitempty"` // the 1-based line number, if any
	Err  string `json:"error"`          // what is wrong
}

// Error formats e as "file:line: id: message", leaving out what is unknown.
func (e *DocError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(":")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "%d:", e.Line)
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	if e.ID != "" {
		fmt.Fprintf(&b, "%q: ", e.ID)
	}
	b.WriteString(e.Err)
	return b.String()
}

// An Encoder writes tagged documents to an output stream in one Format.
// Encode and EncodeError write each answer in one Write call; Close writes
// what ends the stream. An Encoder is not safe for concurrent use.
type Encoder struct {
	w      io.Writer
	f      Format
	opts   Options
	buf    []byte
	n      int              // documents and errors written
	counts map[ner.Type]int // entities per type, for the legend
	err    error            // the first write error
}

// NewEncoder returns an Encoder writing format f to w.
func NewEncoder(w io.Writer, f Format, opts Options) (*Encoder, error) {
	if _, err := ParseFormat(string(f)); err != nil {
		return nil, err
	}
	if opts.Types == nil {
		opts.Types = ner.Types
	}
	return &Encoder{w: w, f: f, opts: opts, counts: map[ner.Type]int{}}, nil
}

// Info is what an answer says about the input it answers besides the
// document itself.
type Info struct {
	// Line is the 1-based line of JSONL input the document came from;
	// zero leaves it out.
	Line int
	// Ref is the reference time that resolved the document's dates and
	// places; the zero time leaves it out.
	Ref time.Time
}

// Encode writes one tagged document.
func (e *Encoder) Encode(doc *ner.Document) error {
	return e.EncodeInfo(doc, Info{})
}

// EncodeInfo writes one tagged document with what is known of its input:
// json and jsonl carry "line" and "ref" (RFC 3339), html shows the
// reference date above the text.
func (e *Encoder) EncodeInfo(doc *ner.Document, info Info) error {
	if e.err != nil {
		return e.err
	}
	b := e.buf[:0]
	switch e.f {
	case Pretty:
		if e.n > 0 {
			b = append(b, '\n')
		}
		b = e.appendPretty(b, doc)
	case JSON:
		b = appendJSON(b, doc, info, true)
	case JSONL:
		b = appendJSON(b, doc, info, false)
	case CoNLL:
		if e.n > 0 {
			b = append(b, '\n')
		}
		b = AppendCoNLL(b, doc)
	case HTML:
		if e.n == 0 {
			b = appendHTMLHead(b, e.opts)
		}
		if !info.Ref.IsZero() {
			b = appendHTMLRef(b, info.Ref)
		}
		b = AppendHTML(b, doc)
	}
	for _, en := range doc.Entities {
		e.counts[en.Type]++
	}
	e.n++
	return e.write(b)
}

// EncodeError writes the answer for a record that could not be tagged: an
// error line in json and jsonl, a comment line in conll, a marked line in
// pretty and html.
func (e *Encoder) EncodeError(de *DocError) error {
	if e.err != nil {
		return e.err
	}
	b := e.buf[:0]
	switch e.f {
	case Pretty:
		if e.n > 0 {
			b = append(b, '\n')
		}
		b = append(b, "error: "...)
		b = append(b, oneLine(de.Error())...)
		b = append(b, '\n')
	case JSON, JSONL:
		b = appendJSONValue(b, de, e.f == JSON)
	case CoNLL:
		if e.n > 0 {
			b = append(b, '\n')
		}
		b = append(b, "# error = "...)
		b = append(b, oneLine(de.Error())...)
		b = append(b, '\n')
	case HTML:
		if e.n == 0 {
			b = appendHTMLHead(b, e.opts)
		}
		b = appendHTMLError(b, de)
	}
	e.n++
	return e.write(b)
}

// Close ends the stream: it writes the legend of pretty output and the end
// of the html page (a whole empty page if nothing was encoded). It does not
// close the underlying writer.
func (e *Encoder) Close() error {
	if e.err != nil {
		return e.err
	}
	var b []byte
	switch e.f {
	case Pretty:
		b = e.appendLegend(b)
	case HTML:
		if e.n == 0 {
			b = appendHTMLHead(b, e.opts)
		}
		b = e.appendHTMLTail(b)
	}
	return e.write(b)
}

func (e *Encoder) write(b []byte) error {
	e.buf = b
	if len(b) == 0 {
		return nil
	}
	if _, err := e.w.Write(b); err != nil {
		e.err = err
	}
	if cap(e.buf) > 1<<20 {
		e.buf = nil // do not keep a huge document's buffer
	}
	return e.err
}

// docJSON is the JSON form of a tagged document.
type docJSON struct {
	ID       string       `json:"id,omitempty"`
	Line     int          `json:"line,omitempty"`
	Ref      string       `json:"ref,omitempty"`
	Entities []ner.Entity `json:"entities"`
}

func appendJSON(b []byte, doc *ner.Document, info Info, indent bool) []byte {
	d := docJSON{ID: doc.ID, Line: info.Line, Entities: doc.Entities}
	if !info.Ref.IsZero() {
		d.Ref = info.Ref.Format(time.RFC3339)
	}
	if d.Entities == nil {
		d.Entities = []ner.Entity{}
	}
	return appendJSONValue(b, d, indent)
}

// appendJSONValue appends v as JSON and a newline, without escaping HTML
// characters, so that text stays readable.
func appendJSONValue(b []byte, v any, indent bool) []byte {
	w := byteWriter{b}
	enc := json.NewEncoder(&w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		// Only unsupported values fail; none of ours are.
		panic("render: " + err.Error())
	}
	return w.b
}

type byteWriter struct{ b []byte }

func (w *byteWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

// oneLine replaces line breaks and other control characters by spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
