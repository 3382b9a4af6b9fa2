// Package normalize cleans Vietnamese text without losing track of a byte.
//
// A [Normalizer] composes text to NFC, removes the web's invisible debris
// (zero-width and no-break spaces, soft hyphens, byte order marks, control
// characters, runs of spaces) and can move tone marks between the old style
// (hòa, thủy, khỏe) and the new style (hoà, thuỷ, khoẻ). Text that is already
// clean is returned without a copy. The result, a [Text], keeps a compact
// map back to the caller's bytes: [Text.OrigSpan] turns a span found in the
// normalised text into the exact half-open span of the original, whether the
// original was decomposed, full of debris, re-toned or in a legacy encoding.
//
// [Decode] converts TCVN3 (ABC), VNI-Windows, VIQR, VISCII and Windows-1258
// to normalised Unicode with the same kind of map, and [Detect] guesses which
// of them a byte string is in. Valid UTF-8 is never taken for a legacy
// encoding.
//
// [Fold] gives lookup keys without case or diacritics ("Lạng Giang" →
// "lang giang"), for gazetteers and fuzzy matching; [Key] keeps the
// diacritics but ignores case, Unicode form and tone style, so that
// Key("Thanh Hoá") == Key("Thanh Hóa").
//
// A [Tokenizer] splits text into syllables, numbers as Vietnamese writes
// them ("6.123", "13,4", "25/10/2021"), dotted and slashed abbreviations
// ("T.Ư", "TP.HCM", "21-KL/TW") and punctuation, with byte offsets, the
// letter case of each token and sentence starts, and allocates nothing per
// token.
//
// Bad input never panics: invalid UTF-8 becomes U+FFFD (one per invalid
// byte, mapped to that byte), NUL and other control characters become
// spaces, and the offset map always points into the original.
//
// The package knows nothing of entities; it is the ground the gazetteers,
// the date finder and the tagger stand on.
package normalize
