// Package normalize cleans Vietnamese text without losing track of a byte.
//
// It composes text to NFC, removes the web's invisible debris, converts
// tone-mark placement between the old style (hòa, thủy) and the new style
// (hoà, thuỷ), decodes legacy Vietnamese encodings, folds text to lookup keys
// ("Lạng Giang" → "lang giang") and splits it into syllable tokens. Every
// transform keeps a map from its output back to the caller's original bytes,
// so a span found in normalised text can be reported in the original.
//
// The package knows nothing of entities; it is the ground the gazetteers, the
// date finder and the tagger stand on.
package normalize
