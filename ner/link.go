package ner

import (
	"strings"

	"github.com/vntag/vntag/normalize"
)

// linkRoles gives each person the roles they hold: a title right before the
// name ("Đại tá Nguyễn Văn A"), titles in apposition after it ("Tạ Huy Cần,
// Bí thư Huyện ủy, Chủ tịch HĐND huyện Lạng Giang"), and "X giữ chức Y".
// ents are sorted and in the caller's offsets.
func linkRoles(p *parse, nt *normalize.Text, ents []Entity) {
	text := nt.Orig
	var roles []int
	for i, e := range ents {
		if e.Type == ROLE {
			roles = append(roles, i)
		}
	}
	if len(roles) == 0 {
		return
	}
	outer := func(i int) bool { // not nested in another ROLE
		for _, r := range roles {
			if r != i && ents[r].Start <= ents[i].Start && ents[i].End <= ents[r].End && (ents[r].End-ents[r].Start) > (ents[i].End-ents[i].Start) {
				return false
			}
		}
		return true
	}
	for pi := range ents {
		per := &ents[pi]
		if per.Type != PER {
			continue
		}
		// Title before the name.
		for _, r := range roles {
			if ents[r].End <= per.Start && strings.TrimSpace(text[ents[r].End:per.Start]) == "" && outer(r) {
				per.Roles = append(per.Roles, ref(ents[r]))
			}
		}
		// Apposition after it, and "giữ chức".
		pos := per.End
		for {
			next := -1
			for _, r := range roles {
				if ents[r].Start >= pos && outer(r) {
					next = r
					break
				}
			}
			if next < 0 {
				break
			}
			gap := strings.TrimSpace(text[pos:ents[next].Start])
			switch strings.ToLower(gap) {
			case ",", "kiêm", ", kiêm", "và", "giữ chức", "làm", "- ", "–", "(", "là", "hiện là", "nguyên":
			default:
				if !(pos > per.End && gap == ",") {
					next = -1
				}
			}
			if next < 0 {
				break
			}
			per.Roles = append(per.Roles, ref(ents[next]))
			pos = ents[next].End
		}
	}
	_ = p
}

func ref(e Entity) Ref { return Ref{Start: e.Start, End: e.End, Text: e.Text} }
