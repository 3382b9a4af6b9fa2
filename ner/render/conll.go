package render

import (
	"strings"

	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/normalize"
)

// AppendCoNLL appends doc in CoNLL form to b: a comment line "# id = …"
// when the document has an id, then one token a line, "token<TAB>tag", the
// tokens being those of normalize.Tokens over the original text and the
// tags B-TYPE, I-TYPE or O of the outermost entity layer. A blank line
// separates sentences, but never splits an entity. A token that an entity
// only partly covers takes the entity's tag.
func AppendCoNLL(b []byte, doc *ner.Document) []byte {
	if doc.ID != "" {
		b = append(b, "# id = "...)
		b = append(b, oneLine(doc.ID)...)
		b = append(b, '\n')
	}
	text := doc.Text
	flat := doc.Flat()
	k := 0     // the first entity of flat not wholly before the token
	prev := -1 // the entity of the previous token, or -1
	for i, tok := range normalize.Tokens(text) {
		for k < len(flat) && flat[k].End <= tok.Start {
			k++
		}
		cur := -1
		if k < len(flat) && flat[k].Start < tok.End {
			cur = k
		}
		if i > 0 && tok.SentenceStart && (cur < 0 || cur != prev) {
			b = append(b, '\n')
		}
		b = append(b, tokenText(text[tok.Start:tok.End])...)
		b = append(b, '\t')
		switch {
		case cur < 0:
			b = append(b, 'O')
		case cur == prev:
			b = append(b, "I-"...)
			b = append(b, flat[cur].Type...)
		default:
			b = append(b, "B-"...)
			b = append(b, flat[cur].Type...)
		}
		b = append(b, '\n')
		prev = cur
	}
	return b
}

// tokenText makes a token safe for a tab-separated line. Tokens never hold
// spaces; this guards against invalid UTF-8 only.
func tokenText(s string) string {
	return strings.ToValidUTF8(s, "\uFFFD")
}
