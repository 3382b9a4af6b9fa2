// Package gazetteer holds the word lists of the tagger — Vietnamese
// administrative units of both eras (before and after 2025-07-01), titles,
// organisation heads, abbreviations, Vietnamese and foreign names, countries
// and world places — and finds them in tokenised text.
//
// Phrases are stored in a trie over folded syllable keys (normalize.Fold), so
// a match is found whatever the case, tone-mark style (hòa/hoà), Unicode form
// or spacing of the text ("Tp . Hồ Chí Minh", "TP.HCM", "Bà Rịa-Vũng Tàu").
// A match whose diacritics differ from the entry ("Lang Giang" for
// "Lạng Giang") is reported only when no entry matches exactly, and it is
// marked Folded so that a caller can refuse it.
//
// The embedded data is parsed once per process, on first use; Default
// returns the shared gazetteer, and New adds a caller's own entries on top of
// it without copying the base.
package gazetteer
