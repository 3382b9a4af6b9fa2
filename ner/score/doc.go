// Package score reads gold annotations and tagger output and measures the
// tagger against the gold.
//
// Gold is written in a readable inline markup, one document a line
// (testdata/dev/README.md describes it):
//
//	# ref: 2024-07-18
//	[DATE{2024-07-18 day} Ngày 18/7], [ORG Huyện ủy [LOC Lạng Giang]] họp.
//
// ParseMarkup and ReadMarkup read it into Docs with exact byte offsets;
// ReadJSONL and WriteJSONL read and write the JSONL of examples/INTERFACE.md, so gold
// can be fed to the tagger and its output read back. Score compares two
// lists of Docs and reports precision, recall and F1 per type, on exact
// spans and on overlapping spans, and the accuracy of resolved DATE values.
package score
