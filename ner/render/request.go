package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

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
	var raw struct {
		ID     json.RawMessage `json:"id"`
		Text   *string         `json:"text"`
		Ref    *string         `json:"ref"`
		Prefer *string         `json:"prefer"`
	}
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return Request{}, errors.New("empty record")
	}
	if data[0] != '{' {
		return Request{}, errors.New("not a JSON object")
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
