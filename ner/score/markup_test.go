package score

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/vntag/vntag/ner"
)

// span is an entity in test tables: type, text, and its byte start.
type span struct {
	Type  ner.Type
	Start int
	Text  string
	Value string // FormatDateValue of the value, "" for none
}

func spans(t *testing.T, ents []ner.Entity) []span {
	t.Helper()
	var out []span
	for _, e := range ents {
		s := span{Type: e.Type, Start: e.Start, Text: e.Text}
		if e.Value != nil {
			v, err := FormatDateValue(e.Value)
			if err != nil {
				t.Fatalf("FormatDateValue(%+v): %v", e.Value, err)
			}
			s.Value = v
		}
		out = append(out, s)
	}
	return out
}

func TestParseMarkup(t *testing.T) {
	tests := []struct {
		in   string
		text string
		want []span
	}{
		{"", "", nil},
		{"không có thực thể nào.", "không có thực thể nào.", nil},
		{
			"Đồng chí [PER Tạ Huy Cần] phát biểu.",
			"Đồng chí Tạ Huy Cần phát biểu.",
			[]span{{ner.PER, len("Đồng chí "), "Tạ Huy Cần", ""}},
		},
		{
			"[ROLE Chủ tịch [ORG HĐND [LOC huyện Lạng Giang]]] phát biểu",
			"Chủ tịch HĐND huyện Lạng Giang phát biểu",
			[]span{
				{ner.ROLE, 0, "Chủ tịch HĐND huyện Lạng Giang", ""},
				{ner.ORG, len("Chủ tịch "), "HĐND huyện Lạng Giang", ""},
				{ner.LOC, len("Chủ tịch HĐND "), "huyện Lạng Giang", ""},
			},
		},
		{
			// Two entities sharing a start: the longer comes first.
			"[ORG [LOC Hà Nội] FC] thắng",
			"Hà Nội FC thắng",
			[]span{{ner.ORG, 0, "Hà Nội FC", ""}, {ner.LOC, 0, "Hà Nội", ""}},
		},
		{
			// Same span, two types: ordered as ner.Types.
			"[LOC [PER Hồ Chí Minh]]",
			"Hồ Chí Minh",
			[]span{{ner.PER, 0, "Hồ Chí Minh", ""}, {ner.LOC, 0, "Hồ Chí Minh", ""}},
		},
		{
			"[DATE{2024-01-01..2024-06-30 month} 6 tháng đầu năm] và [DATE{2024-07-18 day} Ngày 18/7]",
			"6 tháng đầu năm và Ngày 18/7",
			[]span{
				{ner.DATE, 0, "6 tháng đầu năm", "2024-01-01..2024-06-30 month"},
				{ner.DATE, len("6 tháng đầu năm và "), "Ngày 18/7", "2024-07-18 day"},
			},
		},
		{
			"lúc [DATE{2024-07-18T08:00..2024-07-18T08:00 minute} 8 giờ sáng nay]",
			"lúc 8 giờ sáng nay",
			[]span{{ner.DATE, len("lúc "), "8 giờ sáng nay", "2024-07-18T08:00 minute"}},
		},
		{
			`a \[b\] \{c\} \\ \# [DOC Nghị quyết số 5\]]`,
			`a [b] {c} \ # Nghị quyết số 5]`,
			[]span{{ner.DOC, len(`a [b] {c} \ # `), "Nghị quyết số 5]", ""}},
		},
		{
			"tăng [PERCENT 13,4%], đạt [MONEY 6.123 tỷ đồng] trên [QUANTITY 50 ha]",
			"tăng 13,4%, đạt 6.123 tỷ đồng trên 50 ha",
			[]span{
				{ner.PERCENT, len("tăng "), "13,4%", ""},
				{ner.MONEY, len("tăng 13,4%, đạt "), "6.123 tỷ đồng", ""},
				{ner.QUANTITY, len("tăng 13,4%, đạt 6.123 tỷ đồng trên "), "50 ha", ""},
			},
		},
		{
			// A closing brace outside a value is plain text.
			"x } y",
			"x } y",
			nil,
		},
	}
	for _, tt := range tests {
		text, ents, err := ParseMarkup(tt.in)
		if err != nil {
			t.Errorf("ParseMarkup(%q): %v", tt.in, err)
			continue
		}
		if text != tt.text {
			t.Errorf("ParseMarkup(%q) text = %q, want %q", tt.in, text, tt.text)
		}
		if diff := cmp.Diff(tt.want, spans(t, ents)); diff != "" {
			t.Errorf("ParseMarkup(%q) entities (-want +got):\n%s", tt.in, diff)
		}
		for _, e := range ents {
			if e.CharStart != utf8.RuneCountInString(text[:e.Start]) || e.CharEnd-e.CharStart != utf8.RuneCountInString(e.Text) {
				t.Errorf("ParseMarkup(%q): %s %q has code point span %d-%d", tt.in, e.Type, e.Text, e.CharStart, e.CharEnd)
			}
		}
	}
}

func TestParseMarkupCharOffsets(t *testing.T) {
	_, ents, err := ParseMarkup("Ở [LOC Đà Nẵng]")
	if err != nil {
		t.Fatal(err)
	}
	// "Ở " is 2 code points but 4 bytes; "Đà Nẵng" 7 code points.
	if e := ents[0]; e.Start != 4 || e.End != 4+len("Đà Nẵng") || e.CharStart != 2 || e.CharEnd != 9 {
		t.Errorf("got bytes %d-%d, chars %d-%d; want 4-%d, 2-9", e.Start, e.End, e.CharStart, e.CharEnd, 4+len("Đà Nẵng"))
	}
}

func TestParseMarkupErrors(t *testing.T) {
	tests := []struct {
		in, errPart string
	}{
		{"[PER Tạ Huy Cần", "unclosed [PER"},
		{"[ORG HĐND [LOC Lạng Giang]", "unclosed [ORG"},
		{"Tạ Huy Cần]", "unbalanced ']'"},
		{"[PER a]]", "unbalanced ']'"},
		{"[FOO bar]", `unknown entity type "FOO"`},
		{"[per bar]", "not followed by an entity type"},
		{"[ bar]", "not followed by an entity type"},
		{"a [b] c", "not followed by an entity type"},
		{"[PERbar]", "one space"},
		{"[PER]", "one space"},
		{"[PER ]", "empty PER"},
		{"[PER  Tạ]", "starts or ends with a space"},
		{"[PER Tạ ]", "starts or ends with a space"},
		{"[ORG{2024-01-01 day} X]", "only a DATE"},
		{"[DATE{2024-01-01 day X]", "unclosed '{'"},
		{"[DATE{2024-13-01 day} X]", "bad date"},
		{"[DATE{2024-01-01 fortnight} X]", "unknown grain"},
		{"[DATE{2024-02-01..2024-01-01 day} X]", "end before start"},
		{"[DATE{2024-01-01} X]", "want START..END GRAIN"},
		{"[DATE{2024-01-01 day}X]", "one space"},
		{"[DATE{2024-01-01..2024-01-02T08:00 day} X]", "both be dates or both be times"},
		{"[DATE{2024-01-01 day soon} X]", `unexpected "soon"`},
		{"[DATE{P3 year} X]", "bad ISO 8601 duration"},
		{`a \b`, "backslash"},
		{`a \`, "backslash"},
		{"[LOC [LOC Hà Nội]]", "duplicate LOC"},
	}
	for _, tt := range tests {
		_, _, err := ParseMarkup(tt.in)
		if err == nil {
			t.Errorf("ParseMarkup(%q): no error, want one containing %q", tt.in, tt.errPart)
			continue
		}
		if !strings.Contains(err.Error(), tt.errPart) {
			t.Errorf("ParseMarkup(%q) error %q, want one containing %q", tt.in, err, tt.errPart)
		}
	}
}

func TestParseDateValue(t *testing.T) {
	tests := []struct {
		in   string
		want ner.DateValue
	}{
		{"2024-07-18 day", ner.DateValue{Kind: "date", Start: "2024-07-18", End: "2024-07-18", Grain: "day"}},
		{"2024-01-01..2024-06-30 month", ner.DateValue{Kind: "interval", Start: "2024-01-01", End: "2024-06-30", Grain: "month"}},
		{"2024-07-01..2024-07-31 month", ner.DateValue{Kind: "date", Start: "2024-07-01", End: "2024-07-31", Grain: "month"}},
		{"2024-01-01..2024-12-31 year", ner.DateValue{Kind: "date", Start: "2024-01-01", End: "2024-12-31", Grain: "year"}},
		{"2020-01-01..2025-12-31 year", ner.DateValue{Kind: "interval", Start: "2020-01-01", End: "2025-12-31", Grain: "year"}},
		{"2024-04-01..2024-06-30 quarter", ner.DateValue{Kind: "date", Start: "2024-04-01", End: "2024-06-30", Grain: "quarter"}},
		{"2024-07-15..2024-07-21 week", ner.DateValue{Kind: "date", Start: "2024-07-15", End: "2024-07-21", Grain: "week"}},
		{"1980-01-01..1989-12-31 decade", ner.DateValue{Kind: "date", Start: "1980-01-01", End: "1989-12-31", Grain: "decade"}},
		{"2023-08-13T12:00..2023-08-13T18:00 hour approx", ner.DateValue{Kind: "time", Start: "2023-08-13T12:00", End: "2023-08-13T18:00", Grain: "hour", Approx: true}},
		{"2024-07-18 day interval", ner.DateValue{Kind: "interval", Start: "2024-07-18", End: "2024-07-18", Grain: "day"}},
		{"P3Y year", ner.DateValue{Kind: "duration", Timex: "P3Y", Grain: "year"}},
		{"PT2H hour", ner.DateValue{Kind: "duration", Timex: "PT2H", Grain: "hour"}},
	}
	for _, tt := range tests {
		got, err := ParseDateValue(tt.in)
		if err != nil {
			t.Errorf("ParseDateValue(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, *got); diff != "" {
			t.Errorf("ParseDateValue(%q) (-want +got):\n%s", tt.in, diff)
		}
		// Formatting and parsing again gives the same value.
		s, err := FormatDateValue(got)
		if err != nil {
			t.Errorf("FormatDateValue(%+v): %v", got, err)
			continue
		}
		again, err := ParseDateValue(s)
		if err != nil || !cmp.Equal(got, again) {
			t.Errorf("round trip of %q via %q gave %+v, %v", tt.in, s, again, err)
		}
	}
}

func TestReadMarkup(t *testing.T) {
	in := "\ufeff# ref: 2024-07-18\n" +
		"# domain: local\n" +
		"# a comment\n" +
		"\n" +
		"[DATE{2024-07-18 day} Ngày 18/7], hội nghị.\r\n" +
		"# id: x-1\n" +
		"# ref: 2025-07-01T08:00:00+07:00\n" +
		"\\# không phải chỉ thị, ở [LOC Huế]\n" +
		"# domain: courts\n" +
		"bị cáo [PER An]\n"
	docs, err := ReadMarkup(strings.NewReader(in), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	type short struct{ ID, Ref, Domain, Text string }
	var got []short
	for _, d := range docs {
		got = append(got, short{d.ID, d.Ref, d.Domain, d.Text})
	}
	want := []short{
		{"t.txt:5", "2024-07-18", "local", "Ngày 18/7, hội nghị."},
		{"x-1", "2025-07-01T08:00:00+07:00", "local", "# không phải chỉ thị, ở Huế"},
		{"t.txt:10", "2025-07-01T08:00:00+07:00", "courts", "bị cáo An"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadMarkup (-want +got):\n%s", diff)
	}
}

func TestReadMarkupErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# ref: 2024-07-18\nok\n[PER x\n", "f.txt:3: col 1: unclosed [PER"},
		{"# ref: 18/7/2024\n", "f.txt:1: ner: reference time must be"},
		{"# id: a\nx\n# id: a\ny\n", `f.txt:4: id "a" already used on line 2`},
		{"x\n# id: b\n", `f.txt:2: id "b" given to no document`},
	}
	for _, tt := range tests {
		_, err := ReadMarkup(strings.NewReader(tt.in), "f.txt")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ReadMarkup(%q) error %v, want prefix %q", tt.in, err, tt.want)
		}
	}
}

func TestFormatMarkupRoundTrip(t *testing.T) {
	lines := []string{
		"[ROLE Chủ tịch [ORG HĐND [LOC huyện Lạng Giang]]] [PER Tạ Huy Cần]",
		`\[x\] [DATE{2023-08-13T12:00..2023-08-13T18:00 hour approx} chiều 13/8] \# \\`,
		"[LOC [PER Hồ Chí Minh]] và [DATE{P3Y year} 3 năm]",
		"[DATE{2024-07-18 day interval} hôm nay]",
	}
	for _, l := range lines {
		text, ents, err := ParseMarkup(l)
		if err != nil {
			t.Fatalf("ParseMarkup(%q): %v", l, err)
		}
		out, err := FormatMarkup(text, ents)
		if err != nil {
			t.Fatalf("FormatMarkup of %q: %v", l, err)
		}
		text2, ents2, err := ParseMarkup(out)
		if err != nil || text2 != text || !cmp.Equal(ents, ents2) {
			t.Errorf("round trip %q -> %q: text %q, err %v, entities equal %v", l, out, text2, err, cmp.Equal(ents, ents2))
		}
	}
}

func TestFormatMarkupErrors(t *testing.T) {
	text := "Hà Nội mùa thu"
	tests := []struct {
		ents []ner.Entity
		want string
	}{
		{[]ner.Entity{{Type: ner.LOC, Start: 0, End: 8}, {Type: ner.ORG, Start: 4, End: 12}}, "partly overlaps"},
		{[]ner.Entity{{Type: ner.LOC, Start: 0, End: 100}}, "outside"},
		{[]ner.Entity{{Type: ner.LOC, Start: 3, End: 3}}, "outside the text or is empty"},
		{[]ner.Entity{{Type: "XYZ", Start: 0, End: 3}}, "unknown entity type"},
		{[]ner.Entity{{Type: ner.LOC, Start: 0, End: 8}, {Type: ner.LOC, Start: 0, End: 8}}, "duplicate"},
	}
	for _, tt := range tests {
		_, err := FormatMarkup(text, tt.ents)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("FormatMarkup(%v) error %v, want %q", tt.ents, err, tt.want)
		}
	}
	if _, err := FormatMarkup("a\nb", nil); err == nil {
		t.Error("FormatMarkup of a text with a line break: no error")
	}
}

func FuzzParseMarkup(f *testing.F) {
	for _, s := range []string{
		"",
		"[ROLE Chủ tịch [ORG HĐND [LOC huyện Lạng Giang]]]",
		"[DATE{2024-01-01..2024-06-30 month} 6 tháng đầu năm]",
		`\[ \] \{ \} \\ \#`,
		"[PER a",
		"a]",
		"[DATE{P3Y year} 3 năm]",
		"\xff[LOC \x00]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		text, ents, err := ParseMarkup(line)
		if err != nil {
			return
		}
		if len(text) > len(line) {
			t.Fatalf("text %q longer than the markup %q", text, line)
		}
		for _, e := range ents {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				t.Fatalf("entity %+v outside text %q", e, text)
			}
			if e.Text != text[e.Start:e.End] {
				t.Fatalf("entity text %q != slice %q", e.Text, text[e.Start:e.End])
			}
			if e.Value != nil && e.Type != ner.DATE {
				t.Fatalf("a %s with a value", e.Type)
			}
		}
		if strings.ContainsAny(text, "\n\r") {
			return
		}
		out, err := FormatMarkup(text, ents)
		if err != nil {
			t.Fatalf("FormatMarkup of parsed %q: %v", line, err)
		}
		text2, ents2, err := ParseMarkup(out)
		if err != nil || text2 != text || !cmp.Equal(ents, ents2) {
			t.Fatalf("round trip %q -> %q differs (err %v)", line, out, err)
		}
	})
}
