package ner

import (
	"time"
)

// Options configure a Tagger. The zero value tags every type.
type Options struct {
	// Types restricts the output to these types; empty means all.
	Types []Type
}

// A Tagger finds entities in text. It is safe for concurrent use.
type Tagger struct {
	opts Options
}

// New builds a Tagger. Building is cheap: data is parsed once, lazily.
func New(opts Options) (*Tagger, error) {
	return &Tagger{opts: opts}, nil
}

// Tag finds the entities of text. ref is the reference time that resolves
// dates lacking a year and relative expressions; its zone is the zone of
// the resolved times.
func (t *Tagger) Tag(text string, ref time.Time) *Document {
	return &Document{Text: text, Entities: []Entity{}}
}
