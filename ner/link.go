package ner

import (
	"sort"
	"strings"

	"github.com/vntag/vntag/normalize"
)

// linkRoles gives each person the roles they hold: a title right before the
// name ("Đại tá Nguyễn Văn A"), titles in apposition after it ("Tạ Huy Cần,
// Bí thư Huyện ủy, Chủ tịch HĐND huyện Lạng Giang"), and "X giữ chức Y".
// ents are sorted and in the caller's offsets.
func linkRoles(nt *normalize.Text, ents []Entity) {
	text := nt.Orig
	// The outermost roles, in order; a role nested in another is part of it.
	var roles []int
	end := -1
	for i, e := range ents {
		if e.Type != ROLE {
			continue
		}
		if e.Start >= end {
			roles = append(roles, i)
			end = e.End
		}
	}
	if len(roles) == 0 {
		return
	}
	titleOfNext := titlesOfNames(text, ents)
	for pi := range ents {
		per := &ents[pi]
		if per.Type != PER {
			continue
		}
		// The first outer role that starts at or after the name's end.
		k := sort.Search(len(roles), func(k int) bool { return ents[roles[k]].Start >= per.End })
		// Title before the name.
		if k > 0 {
			// A role that holds the name ("Hiệu trưởng Đại học Hoa
			// Sen" around a person "Hoa Sen") ends after it starts: no
			// gap to read.
			r := ents[roles[k-1]]
			if r.End <= per.Start {
				if gap := strings.TrimSpace(text[r.End:per.Start]); gap == "" || gap == "." && abbreviation(r.Text) {
					per.Roles = append(per.Roles, ref(r))
				}
			}
		}
		// Apposition after it, and "giữ chức".
		pos := per.End
		for ; k < len(roles); k++ {
			r := ents[roles[k]]
			if r.Start-pos > maxGap {
				break
			}
			gap := strings.ToLower(strings.TrimSpace(text[pos:r.Start]))
			if !appositionGap[gap] && !(pos > per.End && gap == ",") || titleOfNext(r) {
				break
			}
			per.Roles = append(per.Roles, ref(r))
			pos = r.End
		}
	}
}

// maxGap bounds the bytes between a name and a role it holds.
const maxGap = 24

// appositionGap are the texts between a name and the roles it holds.
var appositionGap = map[string]bool{
	",": true, "kiêm": true, ", kiêm": true, "và": true, "giữ chức": true, "làm": true, "-": true, "–": true,
	"(": true, "là": true, "hiện là": true, "nguyên": true, ", nguyên": true, ", hiện là": true,
}

// abbreviation reports whether a title is written as an abbreviation,
// which a dot may close before the name: "TT. Trump".
func abbreviation(s string) bool {
	return len(s) <= 4 && strings.ToUpper(s) == s
}

func ref(e Entity) Ref { return Ref{Start: e.Start, End: e.End, Text: e.Text} }

// titlesOfNames returns a test of whether a role stands right before a
// person's name: then it is that person's title, not the role of a name
// before it ("Phó Thủ tướng A và Bộ trưởng B": B's title is no role of A).
func titlesOfNames(text string, ents []Entity) func(Entity) bool {
	perAt := map[int]bool{}
	for _, e := range ents {
		if e.Type == PER {
			perAt[e.Start] = true
		}
	}
	return func(r Entity) bool {
		for k := r.End; k < len(text) && k-r.End <= 2; k++ {
			if perAt[k] {
				return true
			}
			if text[k] != ' ' && text[k] != '.' {
				break
			}
		}
		return false
	}
}
