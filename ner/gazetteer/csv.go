package gazetteer

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A table is a CSV file read into memory, with its columns by name.
type table struct {
	file string
	cols map[string]int
}

// readTable calls fn for each data row of the CSV r, with the 1-based line
// number of the row. Every error names the file and the line.
func readTable(r io.Reader, file string, fn func(t *table, line int, rec []string) error) error {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err == io.EOF {
		return fmt.Errorf("%s: empty file, want a header row", file)
	}
	if err != nil {
		return csvError(file, err)
	}
	t := &table{file: file, cols: make(map[string]int, len(head))}
	for i, h := range head {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := t.cols[h]; dup {
			return fmt.Errorf("%s:1: duplicate column %q", file, h)
		}
		t.cols[h] = i
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return csvError(file, err)
		}
		line, _ := cr.FieldPos(0)
		if err := fn(t, line, rec); err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
	}
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d: %v", file, pe.Line, pe.Err)
	}
	return fmt.Errorf("%s: %w", file, err)
}

// col returns the index of column name, or -1.
func (t *table) col(name string) int {
	if i, ok := t.cols[name]; ok {
		return i
	}
	return -1
}

// field returns rec[i], or "" when i is -1.
func field(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return rec[i]
}

// splitList splits a "|"-separated list, dropping empty items.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	j := 0
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			parts[j] = p
			j++
		}
	}
	if j == 0 {
		return nil
	}
	return parts[:j]
}

// eachLine calls fn for each non-empty line of data but a first line
// starting with "# Code generated ".
func eachLine(data string, fn func(string)) {
	if strings.HasPrefix(data, generatedPrefix) {
		_, data, _ = strings.Cut(data, "\n")
	}
	for len(data) > 0 {
		i := strings.IndexByte(data, '\n')
		var line string
		if i < 0 {
			line, data = data, ""
		} else {
			line, data = data[:i], data[i+1:]
		}
		if line = strings.TrimSpace(line); line != "" {
			fn(line)
		}
	}
}

// generatedPrefix starts the first line of the files written by
// internal/gen.
const generatedPrefix = "# Code generated "

// readTableString is readTable for the embedded files: a small CSV reader
// (RFC 4180, header row, fixed field count) whose fields are substrings of
// data, so that parsing allocates almost nothing. A first line starting
// with "# Code generated " is skipped.
func readTableString(data, file string, fn func(t *table, line int, rec []string) error) error {
	var t *table
	rec := make([]string, 0, 16)
	line := 1
	pos := 0
	if strings.HasPrefix(data, generatedPrefix) {
		// The first line of a file written by internal/gen says so.
		if pos = strings.IndexByte(data, '\n') + 1; pos == 0 {
			pos = len(data)
		}
		line++
	}
	for pos < len(data) {
		recLine := line
		rec = rec[:0]
		if c := data[pos]; c == '\n' || c == '\r' { // a blank line
			pos++
			if c == '\r' && pos < len(data) && data[pos] == '\n' {
				pos++
			}
			line++
			continue
		}
		// Fast path: a line without quotes is cut at its commas with
		// IndexByte, several times faster than looking at every byte.
		nl := strings.IndexByte(data[pos:], '\n')
		ln := ""
		if nl >= 0 {
			ln = strings.TrimSuffix(data[pos:pos+nl], "\r")
		}
		if nl >= 0 && strings.IndexByte(ln, '"') < 0 && strings.IndexByte(ln, '\r') < 0 {
			pos += nl + 1
			line++
			for {
				c := strings.IndexByte(ln, ',')
				if c < 0 {
					rec = append(rec, ln)
					break
				}
				rec = append(rec, ln[:c])
				ln = ln[c+1:]
			}
		} else {
			var err error
			if pos, line, rec, err = readRecord(data, file, pos, line, rec); err != nil {
				return err
			}
		}
		if t == nil {
			t = &table{file: file, cols: make(map[string]int, len(rec))}
			for i, h := range rec {
				t.cols[strings.TrimPrefix(h, "\ufeff")] = i
			}
			continue
		}
		if len(rec) != len(t.cols) {
			return fmt.Errorf("%s:%d: %d fields, want %d", file, recLine, len(rec), len(t.cols))
		}
		if err := fn(t, recLine, rec); err != nil {
			return fmt.Errorf("%s:%d: %w", file, recLine, err)
		}
	}
	if t == nil {
		return fmt.Errorf("%s: empty file, want a header row", file)
	}
	return nil
}

// readRecord appends to rec the fields of the record at data[pos:], which
// starts on line line, quoted fields and all. It returns the position and
// the line after the record.
func readRecord(data, file string, pos, line int, rec []string) (int, int, []string, error) {
	recLine := line
	for {
		if pos < len(data) && data[pos] == '"' {
			i := pos + 1
			esc := false
			for {
				q := strings.IndexByte(data[i:], '"')
				if q < 0 {
					return pos, line, rec, fmt.Errorf("%s:%d: unterminated quoted field", file, recLine)
				}
				line += strings.Count(data[i:i+q], "\n")
				i += q
				if i+1 < len(data) && data[i+1] == '"' {
					esc = true
					i += 2
					continue
				}
				break
			}
			f := data[pos+1 : i]
			if esc {
				f = strings.ReplaceAll(f, `""`, `"`)
			}
			rec = append(rec, f)
			pos = i + 1
		} else {
			end := pos
			for end < len(data) && data[end] != ',' && data[end] != '\n' && data[end] != '\r' {
				end++
			}
			f := data[pos:end]
			if strings.IndexByte(f, '"') >= 0 {
				return pos, line, rec, fmt.Errorf("%s:%d: bare \" in a field", file, line)
			}
			rec = append(rec, f)
			pos = end
		}
		if pos >= len(data) {
			return pos, line, rec, nil
		}
		switch data[pos] {
		case ',':
			pos++
		case '\r':
			pos++
			if pos < len(data) && data[pos] == '\n' {
				pos++
			}
			return pos, line + 1, rec, nil
		case '\n':
			return pos + 1, line + 1, rec, nil
		default:
			return pos, line, rec, fmt.Errorf("%s:%d: text after a quoted field", file, line)
		}
	}
}
