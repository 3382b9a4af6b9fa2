package score

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vntag/vntag/ner"
)

// A Doc is one annotated document: a line of a markup file or a line of
// JSONL. Entities carry exact UTF-8 byte offsets into Text, and the same
// span in code points in CharStart and CharEnd.
type Doc struct {
	ID       string
	Ref      string // reference date or time, as written (2024-07-18 or RFC 3339)
	Domain   string // label of the `# domain:` directive, if any
	Text     string
	Entities []ner.Entity
}

// escapable lists the characters that a backslash escapes in markup.
const escapable = `[]{}\#`

// maxLine bounds the length of one markup or JSONL line.
const maxLine = 64 << 20

// ParseMarkup parses one line of gold markup (see testdata/dev/README.md):
// entities written inline as [TYPE text], nested freely, a DATE optionally
// carrying its value as [DATE{2024-01-01..2024-06-30 month} text], and the
// escapes \[ \] \{ \} \\ \#. It returns the text with the markup removed and
// the entities, sorted by start and then longer first, with byte and code
// point offsets into that text. Directive lines (starting with '#') are not
// special here; ReadMarkup handles them.
func ParseMarkup(line string) (text string, ents []ner.Entity, err error) {
	type open struct {
		typ   ner.Type
		start int
		value *ner.DateValue
		col   int
	}
	var (
		buf   = make([]byte, 0, len(line))
		stack []open
	)
	for i := 0; i < len(line); {
		c := line[i]
		switch c {
		case '\\':
			if i+1 >= len(line) || strings.IndexByte(escapable, line[i+1]) < 0 {
				return "", nil, fmt.Errorf("col %d: backslash must escape one of %s", i+1, escapable)
			}
			buf = append(buf, line[i+1])
			i += 2
		case '[':
			j := i + 1
			for j < len(line) && line[j] >= 'A' && line[j] <= 'Z' {
				j++
			}
			name := line[i+1 : j]
			typ, ok := knownType(name)
			if !ok {
				if name == "" {
					return "", nil, fmt.Errorf("col %d: '[' not followed by an entity type (escape a literal bracket as \\[)", i+1)
				}
				return "", nil, fmt.Errorf("col %d: unknown entity type %q", i+1, name)
			}
			o := open{typ: typ, col: i + 1}
			if j < len(line) && line[j] == '{' {
				k := strings.IndexByte(line[j:], '}')
				if k < 0 {
					return "", nil, fmt.Errorf("col %d: unclosed '{' of a value", j+1)
				}
				if typ != ner.DATE {
					return "", nil, fmt.Errorf("col %d: only a DATE carries a value, not %s", j+1, typ)
				}
				v, err := ParseDateValue(line[j+1 : j+k])
				if err != nil {
					return "", nil, fmt.Errorf("col %d: %v", j+1, err)
				}
				o.value = v
				j += k + 1
			}
			if j >= len(line) || line[j] != ' ' {
				return "", nil, fmt.Errorf("col %d: [%s must be followed by one space", i+1, name)
			}
			o.start = len(buf)
			stack = append(stack, o)
			i = j + 1
		case ']':
			if len(stack) == 0 {
				return "", nil, fmt.Errorf("col %d: unbalanced ']' (escape a literal bracket as \\])", i+1)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			end := len(buf)
			if end == o.start {
				return "", nil, fmt.Errorf("col %d: empty %s entity", o.col, o.typ)
			}
			if isSpace(buf[o.start]) || isSpace(buf[end-1]) {
				return "", nil, fmt.Errorf("col %d: %s entity %q starts or ends with a space", o.col, o.typ, buf[o.start:end])
			}
			ents = append(ents, ner.Entity{Type: o.typ, Start: o.start, End: end, Value: o.value})
			i++
		default:
			// Copy the run of plain bytes up to the next markup character.
			j := strings.IndexAny(line[i:], `[]\`)
			if j < 0 {
				j = len(line) - i
			}
			buf = append(buf, line[i:i+j]...)
			i += j
		}
	}
	if len(stack) > 0 {
		o := stack[len(stack)-1]
		return "", nil, fmt.Errorf("col %d: unclosed [%s", o.col, o.typ)
	}
	text = string(buf)
	SortEntities(ents)
	for k := range ents {
		e := &ents[k]
		if k > 0 && ents[k-1].Type == e.Type && ents[k-1].Start == e.Start && ents[k-1].End == e.End {
			return "", nil, fmt.Errorf("duplicate %s entity %q", e.Type, text[e.Start:e.End])
		}
		e.Text = text[e.Start:e.End]
	}
	fillChars(text, ents)
	return text, ents, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

func knownType(name string) (ner.Type, bool) {
	for _, t := range ner.Types {
		if string(t) == name {
			return t, true
		}
	}
	return "", false
}

// SortEntities sorts entities as examples/INTERFACE.md lists them: by start, then
// longer first, then by type in the order of ner.Types.
func SortEntities(ents []ner.Entity) {
	sort.SliceStable(ents, func(i, j int) bool {
		a, b := ents[i], ents[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return typeRank(a.Type) < typeRank(b.Type)
	})
}

func typeRank(t ner.Type) int {
	for i, u := range ner.Types {
		if u == t {
			return i
		}
	}
	return len(ner.Types)
}

// fillChars sets CharStart and CharEnd from the byte offsets.
func fillChars(text string, ents []ner.Entity) {
	for k := range ents {
		e := &ents[k]
		if e.Start < 0 || e.End > len(text) || e.Start > e.End {
			continue
		}
		e.CharStart = utf8.RuneCountInString(text[:e.Start])
		e.CharEnd = e.CharStart + utf8.RuneCountInString(text[e.Start:e.End])
	}
}

// ReadMarkup reads a markup file (see testdata/dev/README.md): one document
// a line, with the directives "# ref:", "# domain:" and "# id:". name is
// used in error messages, which read name:line: problem, and in default
// document ids, name:line.
func ReadMarkup(r io.Reader, name string) ([]Doc, error) {
	var (
		docs           []Doc
		ref, domain    string
		nextID         string
		ln             int
		sc             = bufio.NewScanner(r)
		seenIDs        = map[string]int{}
		errAt          = func(f string, a ...any) error { return fmt.Errorf("%s:%d: %s", name, ln, fmt.Sprintf(f, a...)) }
		directiveValue = func(line, key string) (string, bool) {
			rest := strings.TrimSpace(strings.TrimPrefix(line, "#"))
			if v, ok := strings.CutPrefix(rest, key+":"); ok {
				return strings.TrimSpace(v), true
			}
			return "", false
		}
	)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	for sc.Scan() {
		ln++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if ln == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if line[0] == '#' {
			if v, ok := directiveValue(line, "ref"); ok {
				if _, err := ner.ParseRef(v); err != nil {
					return nil, errAt("%v", err)
				}
				ref = v
			} else if v, ok := directiveValue(line, "domain"); ok {
				domain = v
			} else if v, ok := directiveValue(line, "id"); ok {
				if v == "" {
					return nil, errAt("empty id")
				}
				nextID = v
			}
			continue
		}
		text, ents, err := ParseMarkup(line)
		if err != nil {
			return nil, errAt("%v", err)
		}
		id := nextID
		if id == "" {
			id = fmt.Sprintf("%s:%d", name, ln)
		}
		if prev, ok := seenIDs[id]; ok {
			return nil, errAt("id %q already used on line %d", id, prev)
		}
		seenIDs[id] = ln
		nextID = ""
		docs = append(docs, Doc{ID: id, Ref: ref, Domain: domain, Text: text, Entities: ents})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", name, ln+1, err)
	}
	if nextID != "" {
		return nil, fmt.Errorf("%s:%d: id %q given to no document", name, ln, nextID)
	}
	return docs, nil
}

// FormatMarkup writes text and its entities as one line of markup, the
// inverse of ParseMarkup. The entities must nest properly (no two partly
// overlap, whatever their types), be non-empty, and lie on the text; only
// a DATE's value is written. Characters that the markup would read as
// syntax are escaped; a text holding a line break cannot be written.
func FormatMarkup(text string, ents []ner.Entity) (string, error) {
	if strings.ContainsAny(text, "\n\r") {
		return "", fmt.Errorf("text holds a line break")
	}
	sorted := append([]ner.Entity(nil), ents...)
	SortEntities(sorted)
	for k, e := range sorted {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			return "", fmt.Errorf("entity %d (%s %d-%d) lies outside the text or is empty", k, e.Type, e.Start, e.End)
		}
		if _, ok := knownType(string(e.Type)); !ok {
			return "", fmt.Errorf("unknown entity type %q", e.Type)
		}
		if isSpace(text[e.Start]) || isSpace(text[e.End-1]) {
			return "", fmt.Errorf("%s entity %q starts or ends with a space", e.Type, text[e.Start:e.End])
		}
		if k > 0 && sorted[k-1].Type == e.Type && sorted[k-1].Start == e.Start && sorted[k-1].End == e.End {
			return "", fmt.Errorf("duplicate %s entity %q", e.Type, text[e.Start:e.End])
		}
	}
	var b strings.Builder
	var stack []int // end offsets of the open entities
	k := 0
	for i := 0; i <= len(text); i++ {
		for len(stack) > 0 && stack[len(stack)-1] == i {
			b.WriteByte(']')
			stack = stack[:len(stack)-1]
		}
		for k < len(sorted) && sorted[k].Start == i {
			e := sorted[k]
			if len(stack) > 0 && e.End > stack[len(stack)-1] {
				return "", fmt.Errorf("%s entity %q partly overlaps another", e.Type, text[e.Start:e.End])
			}
			b.WriteByte('[')
			b.WriteString(string(e.Type))
			if e.Type == ner.DATE && e.Value != nil {
				v, err := FormatDateValue(e.Value)
				if err != nil {
					return "", err
				}
				b.WriteByte('{')
				b.WriteString(v)
				b.WriteByte('}')
			}
			b.WriteByte(' ')
			stack = append(stack, e.End)
			k++
		}
		if i == len(text) {
			break
		}
		c := text[i]
		if strings.IndexByte(escapable, c) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String(), nil
}
