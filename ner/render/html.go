package render

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vntag/vntag/ner"
)

// CSS is the style sheet of the html output, for pages that embed
// fragments written by AppendHTML. Each entity is a <mark> with a
// data-type attribute; its label is drawn by the style sheet, so that the
// page's text content is exactly the document's text.
const CSS = `.vntag-doc{margin:1.5em 0;padding:0 0 1em;border-bottom:1px solid #ddd}
.vntag-doc h2{font-size:1em;color:#555;margin:0 0 .5em}
.vntag-text{white-space:pre-wrap;line-height:2.6;font-size:1.05em}
.vntag-text mark{background:#eee;color:inherit;padding:.15em .3em;margin:0 .1em;border:1px solid #999;border-radius:.35em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.vntag-text mark mark{padding:.05em .2em}
.vntag-text mark::after{content:attr(data-type);font-size:.72em;font-weight:bold;vertical-align:middle;margin-left:.35em;color:#333;letter-spacing:.02em}
.vntag-text mark:hover{outline:2px solid #333}
.vntag-error{color:#a00;font-family:monospace}
.vntag-ref{color:#444;margin:.5em 0}
.vntag-legend{display:flex;flex-wrap:wrap;row-gap:.4em}
.vntag-legend mark{padding:.1em .4em;border:1px solid #999;border-radius:.35em;margin-right:.3em}
.vntag-legend span{margin-right:1.2em;white-space:nowrap}
mark[data-type="PER"]{background:#ddd5fe;border-color:#aa9cfc}
mark[data-type="ROLE"]{background:#e0f2f1;border-color:#80cbc4}
mark[data-type="ORG"]{background:#c8f4f4;border-color:#5bc9c9}
mark[data-type="LOC"]{background:#ffe0cc;border-color:#ff9561}
mark[data-type="DATE"]{background:#fff1b8;border-color:#e0b400}
mark[data-type="DOC"]{background:#ecdcfd;border-color:#c887fb}
mark[data-type="MONEY"]{background:#d8f5c8;border-color:#6fb83f}
mark[data-type="PERCENT"]{background:#fde0ec;border-color:#e57aa6}
mark[data-type="QUANTITY"]{background:#e3e8f8;border-color:#8193d6}
`

// AppendHTML appends doc as an html fragment to b: an <article> holding
// the text, in which every entity is a <mark> nested inside the entities
// that contain it. A mark carries data-type, data-i (the entity's index in
// doc.Entities), data-start and data-end (byte offsets), and a title
// listing the entity's attributes, shown on hover. An entity that crosses
// another is split into several marks with the same data-i. All text is
// escaped; invalid UTF-8 and control characters become U+FFFD. The
// fragment is well-formed XML as well as html.
func AppendHTML(b []byte, doc *ner.Document) []byte {
	b = append(b, `<article class="vntag-doc"`...)
	if doc.ID != "" {
		b = append(b, ` data-id="`...)
		b = appendEscaped(b, doc.ID)
		b = append(b, '"')
	}
	b = append(b, '>')
	if doc.ID != "" {
		b = append(b, "<h2>"...)
		b = appendEscaped(b, doc.ID)
		b = append(b, "</h2>"...)
	}
	b = append(b, `<div class="vntag-text">`...)
	ents := doc.Entities
	walk(doc.Text, ents, func(i int) {
		e := &ents[i]
		b = append(b, `<mark data-type="`...)
		b = appendEscaped(b, string(e.Type))
		b = append(b, `" data-i="`...)
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, `" data-start="`...)
		b = strconv.AppendInt(b, int64(e.Start), 10)
		b = append(b, `" data-end="`...)
		b = strconv.AppendInt(b, int64(e.End), 10)
		b = append(b, `" title="`...)
		b = appendEscaped(b, Describe(e))
		b = append(b, `">`...)
	}, func(int) {
		b = append(b, "</mark>"...)
	}, func(s string) {
		b = appendEscapedText(b, s)
	})
	b = append(b, "</div></article>\n"...)
	return b
}

// Describe returns a few lines that describe an entity and its attributes
// (value, unit, roles, expansion, rule), for a tooltip.
func Describe(e *ner.Entity) string {
	var s strings.Builder
	s.WriteString(string(e.Type))
	if d := TypeDescription(e.Type); d != "" {
		s.WriteString(" (" + d + ")")
	}
	s.WriteString(": " + e.Text)
	s.WriteString(" [" + strconv.Itoa(e.Start) + ":" + strconv.Itoa(e.End) + "]")
	if v := e.Value; v != nil {
		s.WriteString("\nvalue: " + v.Kind)
		if v.Start != "" || v.End != "" {
			s.WriteString(" " + v.Start)
			if v.End != v.Start {
				s.WriteString(" … " + v.End)
			}
		}
		if v.Grain != "" {
			s.WriteString(", grain " + v.Grain)
		}
		if v.Timex != "" {
			s.WriteString(", timex " + v.Timex)
		}
		if v.Approx {
			s.WriteString(", approximate")
		}
	}
	if u := e.Unit; u != nil {
		s.WriteString("\nunit: ")
		if u.FullName != "" {
			s.WriteString(u.FullName)
		} else {
			s.WriteString(u.Name)
		}
		s.WriteString(" (" + u.Level)
		if u.Code != "" {
			s.WriteString(", code " + u.Code)
		}
		s.WriteString(")")
		if p := u.Parent; p != nil {
			s.WriteString(", in " + p.Name)
		}
		if u.ValidFrom != "" || u.ValidTo != "" {
			s.WriteString("\nvalid: " + u.ValidFrom + " … " + u.ValidTo)
		}
		if len(u.Successors) > 0 {
			s.WriteString("\nsucceeded by: ")
			for i, r := range u.Successors {
				if i > 0 {
					s.WriteString(", ")
				}
				s.WriteString(r.Name)
				if r.Level != "" {
					s.WriteString(" (" + r.Level + ")")
				}
			}
		}
	}
	if len(e.Roles) > 0 {
		s.WriteString("\nroles: ")
		for i, r := range e.Roles {
			if i > 0 {
				s.WriteString("; ")
			}
			s.WriteString(r.Text)
		}
	}
	if e.Expansion != "" {
		s.WriteString("\nexpansion: " + e.Expansion)
	}
	if e.Rule != "" {
		s.WriteString("\nrule: " + e.Rule)
	}
	return s.String()
}

// appendEscaped appends s escaped for html text and attribute values:
// markup characters as character references, line feeds as &#10; (so that
// attributes keep them), invalid UTF-8 and control characters as U+FFFD.
func appendEscaped(b []byte, s string) []byte {
	return appendEsc(b, s, true)
}

// appendEscapedText is appendEscaped for text content, where line feeds stay
// as they are.
func appendEscapedText(b []byte, s string) []byte {
	return appendEsc(b, s, false)
}

func appendEsc(b []byte, s string, attr bool) []byte {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case r == '\n' && !attr:
			b = append(b, '\n')
		case r == '<':
			b = append(b, "&lt;"...)
		case r == '>':
			b = append(b, "&gt;"...)
		case r == '&':
			b = append(b, "&amp;"...)
		case r == '"':
			b = append(b, "&#34;"...)
		case r == '\'':
			b = append(b, "&#39;"...)
		case r == '\n':
			b = append(b, "&#10;"...)
		case r == '\t' || r == '\r':
			b = append(b, byte(r))
		case r == utf8.RuneError && n <= 1, r < ' ', r == 0x7f, 0x80 <= r && r < 0xa0,
			r == 0xfffe || r == 0xffff:
			b = append(b, "\uFFFD"...)
		default:
			b = append(b, s[:n]...)
		}
		s = s[n:]
	}
	return b
}

func appendHTMLHead(b []byte, opts Options) []byte {
	title := opts.Title
	if title == "" {
		title = "vntag"
	}
	b = append(b, "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"/>"...)
	b = append(b, `<meta name="viewport" content="width=device-width, initial-scale=1"/><title>`...)
	b = appendEscaped(b, title)
	b = append(b, "</title>\n<style>\nbody{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}\n"...)
	b = append(b, CSS...)
	b = append(b, "</style></head>\n<body>\n<h1>"...)
	b = appendEscaped(b, title)
	b = append(b, "</h1>\n"...)
	b = AppendLegendHTML(b, opts.Types)
	return b
}

// AppendLegendHTML appends a legend of the given types (ner.Types when nil)
// as an html fragment styled by CSS.
func AppendLegendHTML(b []byte, types []ner.Type) []byte {
	if types == nil {
		types = ner.Types
	}
	b = append(b, `<p class="vntag-legend">`...)
	for _, t := range types {
		b = append(b, `<span><mark data-type="`...)
		b = appendEscaped(b, string(t))
		b = append(b, `">`...)
		b = appendEscaped(b, string(t))
		b = append(b, "</mark>"...)
		b = appendEscaped(b, TypeDescription(t))
		b = append(b, "</span>"...)
	}
	b = append(b, "</p>\n"...)
	return b
}

// appendHTMLRef appends the line that tells the reference date in use.
func appendHTMLRef(b []byte, ref time.Time) []byte {
	b = append(b, `<p class="vntag-ref">Reference date: <time datetime="`...)
	b = append(b, ref.Format(time.RFC3339)...)
	b = append(b, `">`...)
	b = append(b, FormatRef(ref)...)
	b = append(b, "</time></p>\n"...)
	return b
}

// FormatRef formats a reference time for people: the date alone at
// midnight, the date and the clock time otherwise, with the zone offset
// unless it is Vietnam's (UTC+7).
func FormatRef(ref time.Time) string {
	layout := "2006-01-02"
	if h, m, s := ref.Clock(); h != 0 || m != 0 || s != 0 || ref.Nanosecond() != 0 {
		layout = "2006-01-02 15:04"
	}
	if _, off := ref.Zone(); off != 7*3600 {
		layout += " -07:00"
	}
	return ref.Format(layout)
}

func appendHTMLError(b []byte, de *DocError) []byte {
	b = append(b, `<p class="vntag-error">error: `...)
	b = appendEscaped(b, de.Error())
	b = append(b, "</p>\n"...)
	return b
}

func (e *Encoder) appendHTMLTail(b []byte) []byte {
	b = append(b, `<p class="vntag-summary">`...)
	b = strconv.AppendInt(b, int64(e.n), 10)
	b = append(b, " document(s)"...)
	for _, t := range e.opts.Types {
		if c := e.counts[t]; c > 0 {
			b = append(b, ", "...)
			b = strconv.AppendInt(b, int64(c), 10)
			b = append(b, ' ')
			b = appendEscaped(b, string(t))
		}
	}
	b = append(b, ".</p>\n</body></html>\n"...)
	return b
}
