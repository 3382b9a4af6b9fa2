package render

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vntag/vntag/ner"
)

// A Request is one record of JSONL input (examples/INTERFACE.md):
//
//	{"id": "doc-1", "text": "Ngày 18/7, …", "ref": "2024-07-18"}
//
// Ref is kept as written; the caller parses it (empty means its default).
// Prefer, "past" or "future", is read by the HTTP server: where a date
// lacking its year falls (empty means the tagger's default).
type Request struct {
	ID     string
	Text   string
	Ref    string
	Prefer string
}

// DecodeRequest decodes one JSON object into a Request. It fails when data
// is not a JSON object, when "text" is missing or not a string, or when
// "id" or "ref" has the wrong type; the returned Request still carries the
// id when it could be read, so that the error can name it. A numeric id is
// taken as written. Invalid UTF-8 inside strings becomes U+FFFD, as
// encoding/json does.
func DecodeRequest(data []byte) (Request, error) {
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return Request{}, errors.New("empty record")
	}
	if data[0] != '{' {
		return Request{}, errors.New("not a JSON object")
	}
	if req, ok := decodeFlat(data); ok {
		return req, nil
	}
	return decodeJSON(data)
}

// decodeJSON is DecodeRequest by encoding/json, for any object.
func decodeJSON(data []byte) (Request, error) {
	var raw struct {
		ID     json.RawMessage `json:"id"`
		Text   *string         `json:"text"`
		Ref    *string         `json:"ref"`
		Prefer *string         `json:"prefer"`
	}
	err := json.Unmarshal(data, &raw)
	var req Request
	var idErr error
	if len(raw.ID) > 0 {
		req.ID, idErr = decodeID(raw.ID)
	}
	if err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return req, errors.New("field \"" + te.Field + "\" must be a string, not " + te.Value)
		}
		return req, errors.New("invalid JSON: " + strings.TrimPrefix(err.Error(), "json: "))
	}
	if idErr != nil {
		return req, idErr
	}
	if raw.Text == nil {
		return req, errors.New("missing \"text\"")
	}
	req.Text = *raw.Text
	if raw.Ref != nil {
		req.Ref = *raw.Ref
	}
	if raw.Prefer != nil {
		req.Prefer = *raw.Prefer
	}
	return req, nil
}

func decodeID(m json.RawMessage) (string, error) {
	switch m[0] {
	case '"':
		var s string
		if err := json.Unmarshal(m, &s); err != nil {
			return "", err
		}
		return s, nil
	case 'n': // null
		return "", nil
	case '{', '[', 't', 'f':
		return "", errors.New("field \"id\" must be a string")
	}
	return string(m), nil // a number, as written
}

// ParseRef is ner.ParseRef with an error that carries no package prefix,
// so that a program can show it after its flag name.
func ParseRef(s string) (time.Time, error) {
	t, err := ner.ParseRef(s)
	if err != nil {
		return t, fmt.Errorf("reference time must be YYYY-MM-DD, YYYY-MM-DDTHH:MM (UTC+7) or RFC 3339: %q", s)
	}
	return t, nil
}

// ErrorText returns err's message without the package prefixes ("ner: ",
// "dates: " …) the library puts before it: a program already says who is
// speaking.
func ErrorText(err error) string {
	s := err.Error()
	for {
		t := s
		for _, p := range []string{"ner: ", "render: ", "normalize: ", "dates: ", "gazetteer: ", "score: "} {
			t = strings.TrimPrefix(t, p)
		}
		if t == s {
			return s
		}
		s = t
	}
}

// decodeFlat decodes the record every JSONL writer produces: one flat
// object whose keys are exactly "id", "text", "ref" or "prefer", each once,
// with string values (a number for the id), "text" among them. It reports
// false for anything else (other keys, other cases of the keys, which
// encoding/json would match, null, invalid UTF-8, lone surrogates, errors),
// which DecodeRequest then reads with encoding/json: both give the same
// Request. Reading the JSONL of news with encoding/json took a quarter of
// the time of finding its dates.
func decodeFlat(data []byte) (Request, bool) {
	var req Request
	var seen [4]bool
	i := skipSpace(data, 1)
	for {
		key, j, ok := flatString(data, i)
		if !ok {
			return req, false
		}
		k := slices.Index(requestKeys[:], key)
		if k < 0 || seen[k] {
			return req, false
		}
		seen[k] = true
		if i = skipSpace(data, j); i >= len(data) || data[i] != ':' {
			return req, false
		}
		i = skipSpace(data, i+1)
		var v string
		if k == 0 && i < len(data) && data[i] != '"' {
			v, j, ok = flatNumber(data, i)
		} else {
			v, j, ok = flatString(data, i)
		}
		if !ok {
			return req, false
		}
		switch k {
		case 0:
			req.ID = v
		case 1:
			req.Text = v
		case 2:
			req.Ref = v
		default:
			req.Prefer = v
		}
		if i = skipSpace(data, j); i >= len(data) {
			return req, false
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
			continue
		case '}':
			return req, seen[1] && skipSpace(data, i+1) == len(data)
		}
		return req, false
	}
}

// requestKeys are the keys decodeFlat reads, in the order of its seen.
var requestKeys = [...]string{"id", "text", "ref", "prefer"}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// flatString reads the JSON string at data[i:] and returns it and where it
// ends, or false when it is not a valid string or holds what decodeFlat
// leaves to encoding/json.
//
// The closing quote is found with bytes.IndexByte, and the string between
// is checked for escapes, control bytes and invalid UTF-8 in whole passes:
// byte by byte, this loop was most of the time of reading news.
func flatString(data []byte, i int) (string, int, bool) {
	if i >= len(data) || data[i] != '"' {
		return "", i, false
	}
	start := i + 1
	n := bytes.IndexByte(data[start:], '"')
	if n < 0 {
		return "", len(data), false
	}
	raw := data[start : start+n]
	if bytes.IndexByte(raw, '\\') >= 0 {
		return unquoteFlat(data, start)
	}
	if hasControl(raw) || !utf8.Valid(raw) {
		return "", start + n, false // encoding/json makes U+FFFD of bad UTF-8
	}
	return string(raw), start + n + 1, true
}

// hasControl reports whether b holds a byte below 0x20, which JSON does
// not allow unescaped in a string. It tests eight bytes at a time: a byte
// x < 0x20 is one where x-0x20 borrows while x's top bit is clear; a
// borrow can only make a false positive above a true one, so the answer is
// exact.
func hasControl(b []byte) bool {
	const hi, below = 0x8080808080808080, 0x20 * 0x0101010101010101
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		if (x-below)&^x&hi != 0 {
			return true
		}
		b = b[8:]
	}
	for _, c := range b {
		if c < 0x20 {
			return true
		}
	}
	return false
}

// unquoteFlat reads a JSON string with escapes, from its first byte
// data[start:] to its closing quote. The runs between escapes are copied
// whole; q, the next quote at or after j, is searched again only once j
// has passed it, so that many escapes before a far quote stay linear.
func unquoteFlat(data []byte, start int) (string, int, bool) {
	// The string is at most the rest of the record; a Builder of that
	// size is written once and gives its string without a copy.
	var b strings.Builder
	b.Grow(len(data) - start)
	q := -1
	for j := start; j < len(data); {
		if q < j {
			if q = bytes.IndexByte(data[j:], '"'); q < 0 {
				return "", len(data), false
			}
			q += j
		}
		k := q
		if e := bytes.IndexByte(data[j:q], '\\'); e >= 0 {
			k = j + e
		}
		if hasControl(data[j:k]) {
			return "", j, false
		}
		b.Write(data[j:k])
		if j = k; j == q {
			if !utf8.ValidString(b.String()) {
				return "", j, false
			}
			return b.String(), j + 1, true
		}
		if j+1 >= len(data) {
			return "", j, false
		}
		switch e := data[j+1]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, n := flatRune(data, j)
			if n == 0 {
				return "", j, false
			}
			b.WriteRune(r)
			j += n
			continue
		default:
			return "", j, false
		}
		j += 2
	}
	return "", len(data), false
}

// flatRune reads the \uXXXX escape at data[j:], or a surrogate pair of
// two, and returns its rune and length; 0 for a lone surrogate or a bad
// escape.
func flatRune(data []byte, j int) (rune, int) {
	r, ok := hex4(data, j)
	if !ok {
		return 0, 0
	}
	if !utf16.IsSurrogate(r) {
		return r, 6
	}
	r2, ok := hex4(data, j+6)
	if !ok {
		return 0, 0
	}
	if p := utf16.DecodeRune(r, r2); p != utf8.RuneError {
		return p, 12
	}
	return 0, 0
}

// hex4 reads the four hex digits of the \u escape at data[j:].
func hex4(data []byte, j int) (rune, bool) {
	if j+6 > len(data) || data[j] != '\\' || data[j+1] != 'u' {
		return 0, false
	}
	v, err := strconv.ParseUint(string(data[j+2:j+6]), 16, 32)
	return rune(v), err == nil
}

// flatNumber reads the JSON number at data[i:], as written.
func flatNumber(data []byte, i int) (string, int, bool) {
	j := i
	if j < len(data) && data[j] == '-' {
		j++
	}
	digits := func() bool {
		k := j
		for j < len(data) && '0' <= data[j] && data[j] <= '9' {
			j++
		}
		return j > k
	}
	if j < len(data) && data[j] == '0' {
		j++
	} else if !digits() {
		return "", j, false
	}
	if j < len(data) && data[j] == '.' {
		if j++; !digits() {
			return "", j, false
		}
	}
	if j < len(data) && (data[j] == 'e' || data[j] == 'E') {
		if j++; j < len(data) && (data[j] == '+' || data[j] == '-') {
			j++
		}
		if !digits() {
			return "", j, false
		}
	}
	return string(data[i:j]), j, true
}
