// Package gazetteer holds the word lists of the tagger — Vietnamese
// administrative units of both eras (before and after 2025-07-01), titles,
// organisation heads and names, abbreviations, Vietnamese and foreign
// names, countries and world places — and finds them in tokenised text.
//
// Phrases are stored in a trie over folded syllable keys (normalize.Fold), so
// that Match finds them in one pass whatever the case, tone-mark style
// (hòa/hoà), Unicode form or spacing of the text: "Tp . Hồ Chí Minh" (a dot
// after an abbreviation is skipped), "TP.HCM" (one token), "Bà Rịa-Vũng Tàu"
// and "Bà Rịa - Vũng Tàu", "Ea H'Leo" and "Ea H' Leo". Match then applies
// the spelling rules that keep common words out:
//
//   - An entry spelled like the text (diacritics included) hides entries
//     that only fold alike: "Hà Nam" is not "Hạ Nam".
//   - A text without diacritics ("Lang Giang", "Ha Noi") matches as a
//     fallback, marked Match.Folded, for two words or more starting with a
//     capital; a single bare word ("an", "Trong") never does.
//   - Acronyms match only capitals: "NAM" and "CA" are not "năm" and "ca".
//   - Proper names (units, countries, organisations, people, name parts)
//     written with a capital in the data match only capitalised text, and
//     so do one-word organisation heads ("Sở", "Hội"): "văn hóa" is no
//     commune, "pháp" no country. Options.Lowercase lifts this rule.
//
// Has, Lookup and IsWord answer for a phrase given alone; Unit, Parent,
// Successors, UnitsNamed, UnitByCode and Resolve answer questions about
// administrative units, Resolve choosing the unit a name denoted on a given
// day from its type word and the units mentioned nearby.
//
// The embedded data (see data/PROVENANCE.md) is parsed once per process, on
// first use; the 24,000 foreign given names and surnames and the Viet74K
// dictionary are loaded only when asked for. So are, each on the first
// question about its kind (Has, HasFolded, LookupKind), the lists that no
// rule of the tagger reads yet: cities of 50,000 people or more
// (KindCity), football clubs (KindClub), person names of any nationality
// (KindPersonName) and the Sino-Vietnamese readings of Chinese and Korean
// surnames (KindSinoSurname). Match never reports them. Default returns the shared
// gazetteer; New adds a caller's entries (Go values, CSV or JSON files) on
// top of it without copying the base.
package gazetteer
