// Package ner finds people, roles, places, organisations, dates and other
// entities in Vietnamese text, following the project's ANNOTATION.md, and
// resolves them: a date to its calendar interval, a place to the
// administrative unit it denoted on the reference date, a person to the
// roles they hold.
//
// A Tagger is built once with New and is safe for concurrent use:
//
//	t, err := ner.New(ner.Options{})
//	doc := t.Tag("Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) …", ref)
//	for _, e := range doc.Entities {
//		fmt.Println(e.Type, e.Text)
//	}
package ner
