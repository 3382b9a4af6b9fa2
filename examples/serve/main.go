// Command serve answers tagging requests over HTTP.
//
// Usage:
//
//	serve [-addr 127.0.0.1:8080] [-max-body 8388608]
//
// Endpoints:
//
//	POST /v1/tag   a JSON object {"id", "text", "ref"}: answers the JSON of
//	               INTERFACE.md, {"id", "entities": [...]}; with
//	               ?format=html, an html fragment with the entities
//	               highlighted; with ?format=both, a JSON object
//	               {"html": fragment, "document": the JSON}. A JSONL batch (Content-Type
//	               application/x-ndjson, or several objects in the body) is
//	               answered in JSONL, one line per input line, a malformed
//	               line getting an error line. A text/plain body is the text
//	               itself. ?types=PER,LOC keeps only those types; ?ref= sets
//	               the reference date of requests that give none.
//	GET  /         a page where one pastes text and sees it highlighted
//	GET  /healthz  "ok"
//
// Bad input is answered 400 with {"error": "..."}; a body over the limit
// 413. At most 2×GOMAXPROCS requests are read and tagged at once; the others
// wait (503 if their client gives up first). The server stops gracefully on
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
	"syscall"
	"time"
)

func main() {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	maxBody := fs.Int64("max-body", defaultMaxBody, "largest request body accepted, in bytes")
	if err := fs.Parse(os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(2)
	}
	if *maxBody <= 0 {
		fmt.Fprintln(os.Stderr, "serve: -max-body must be positive")
		os.Exit(2)
	}
	s, err := newServer(Options{MaxBody: *maxBody})
	if err != nil {
		fmt.Fprintf(os.Stderr, "serve: %v\n", err)
		os.Exit(1)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(os.Stderr, "serve: %v\n", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Printf("serving on http://%s/", ln.Addr())
	if err := serve(ctx, ln, s, os.Stderr); err != nil {
		log.Printf("serve: %v", err)
		os.Exit(1)
	}
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
