// Command serve answers tagging requests over HTTP.
//
// Usage:
//
//	serve [-addr 127.0.0.1:8080] [-max-body 8388608] [-max-doc 524288]
//
// Endpoints:
//
//	POST /v1/tag   a JSON object {"id", "text", "ref", "prefer"}: answers the
//	               JSON of examples/INTERFACE.md, {"id", "ref", "entities": [...]};
//	               with ?format=html, an html fragment with the entities
//	               highlighted; with ?format=both, a JSON object {"html":
//	               fragment, "ref": the date used, "document": the JSON}. A
//	               JSONL batch (Content-Type application/x-ndjson, or several
//	               objects in the body, one a line) is answered in JSONL,
//	               one line per input line, each with its "line", a malformed
//	               line getting an error line. A text/plain body is the text
//	               itself, in its charset (utf-8, or tcvn3, vni, viqr,
//	               viscii, windows-1258; detected when none is given and
//	               the body is not UTF-8). ?types=PER,LOC keeps only those
//	               types; ?ref= sets the reference date of requests that
//	               give none (default: now in Vietnam); ?prefer=past|future
//	               places dates lacking their year.
//	GET  /         a page where one pastes text (or tries the sample) and
//	               sees it highlighted beside a table of what its entities
//	               resolve to
//	GET  /healthz  "ok"
//
// Every error is answered as JSON {"error": "..."}: 400 for bad input, 404
// and 405 for a wrong path or method, 413 for a body or a document over
// its limit, 415 for a content type other than JSON, JSONL or text, 503
// when the server is busy. A body is read before the request waits for a
// tagging slot (GOMAXPROCS of them for documents over 16 KiB, as many
// again for shorter ones, so that these never queue behind long ones); a
// slot is held only while a document is tagged, and answers are streamed
// afterwards, so slow clients hold no slot. Memory is bounded: bodies held at once (64 MiB), the text of one
// document (-max-doc), and a soft memory limit (-max-memory); memory is
// given back to the system after a burst. The server stops gracefully on
// SIGINT and SIGTERM.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"
)

func main() {
	os.Exit(cli(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: serve [flags]

Answers tagging requests over HTTP: POST /v1/tag, and a page at GET /.

Flags:
  -addr HOST:PORT    address to listen on; default 127.0.0.1:8080
  -max-body BYTES    largest request body accepted; default 8388608 (8 MiB)
  -max-doc BYTES     largest text of one document (a batch line); default
                     524288 (512 KiB): tagging dense text takes up to some
                     140 times its size in memory
  -max-memory BYTES  soft memory limit of the process (the Go runtime's);
                     default 1073741824 (1 GiB); 0 leaves it unset
`

// cli runs the program: help on standard output and 0 for -h, a one-line
// error and 2 for a bad flag, 1 when the server cannot start.
func cli(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addr := fs.String("addr", "127.0.0.1:8080", "")
	maxBody := fs.Int64("max-body", defaultMaxBody, "")
	maxDoc := fs.Int("max-doc", defaultMaxDoc, "")
	maxMem := fs.Int64("max-memory", 1<<30, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 2
	}
	if *maxBody <= 0 {
		fmt.Fprintln(stderr, "serve: -max-body: must be positive")
		return 2
	}
	if *maxDoc <= 0 {
		fmt.Fprintln(stderr, "serve: -max-doc: must be positive")
		return 2
	}
	if *maxMem < 0 {
		fmt.Fprintln(stderr, "serve: -max-memory: must not be negative")
		return 2
	}
	if *maxMem > 0 {
		debug.SetMemoryLimit(*maxMem)
	}
	s, err := newServer(Options{MaxBody: *maxBody, MaxDoc: *maxDoc})
	if err != nil {
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger := log.New(stderr, "", log.LstdFlags)
	logger.Printf("serving on http://%s/", ln.Addr())
	if err := serve(ctx, ln, s, stderr); err != nil {
		logger.Printf("serve: %v", err)
		return 1
	}
	return 0
}

// shutdownGrace is how long requests in flight may run on after a signal.
const shutdownGrace = 15 * time.Second

// serve answers requests on ln until ctx is done, then shuts down
// gracefully: it stops accepting, lets requests in flight finish (for up to
// shutdownGrace) and returns.
func serve(ctx context.Context, ln net.Listener, s *server, logw io.Writer) error {
	srv := &http.Server{
		Handler:           s.routes(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(logw, "serve: ", log.LstdFlags),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
