// Package render writes tagged documents in the output formats of the
// project's examples/INTERFACE.md — pretty, json, jsonl, conll and html — and reads
// the JSONL input records that the command-line tagger and the HTTP server
// accept.
//
// An Encoder writes a stream of documents in one format:
//
//	enc, err := render.NewEncoder(os.Stdout, render.HTML, render.Options{Title: "Lạng Giang"})
//	for _, text := range texts {
//		enc.Encode(tagger.Tag(text, ref))
//	}
//	enc.Close() // writes the legend or the end of the page
//
// Every renderer shows nested entities: pretty and html nest their
// brackets and highlights, json and jsonl list every entity, conll tags the
// outermost layer. Offsets of entities that do not fit the text are ignored
// by the text renderers rather than trusted.
package render
