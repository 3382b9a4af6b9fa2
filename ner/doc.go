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
//
// The tagger is a table of rules over a read-only View of each document
// (its tokens, their keys, the gazetteer's matches): rules of closed
// patterns (dates, amounts, datelines), a grammar of names tried at each
// token, and document rules that read what the others found, among them
// the name stage that weighs the capitalised names no cue announced and
// says its evidence in Entity.Rule. BuiltinRules lists the table;
// Options.Disable turns rows off and Options.Rules adds the caller's own,
// which see the same View.
package ner
