package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/vntag/vntag/examples/internal/legacytest"
	"github.com/vntag/vntag/ner"
)

// TestCharset checks that text/plain is read in its charset, or in the
// encoding detected when it gives none and is not UTF-8, with offsets into
// the bytes sent.
func TestCharset(t *testing.T) {
	h := newTestServer(t, 0)
	const text = "Đồng chí Tạ Huy Cần phát biểu tại huyện Lạng Giang."
	for _, tt := range []struct{ enc, ct string }{
		{"tcvn3", "text/plain; charset=tcvn3"},
		{"cp1258", "text/plain; charset=windows-1258"},
		{"vni", "text/plain; charset=VNI"},
		{"viqr", "text/plain; charset=viqr"},
		{"vni", "text/plain"}, // detected
	} {
		body := legacytest.Encode(t, text, tt.enc)
		rec := do(t, h, "POST", "/v1/tag?ref=2024-07-18", tt.ct, body)
		if rec.Code != 200 {
			t.Errorf("%s: %d %s", tt.ct, rec.Code, rec.Body.String())
			continue
		}
		per := false
		for _, e := range decode(t, rec.Body.String())[0].Entities {
			if e.Start < 0 || e.End > len(body) || e.Start >= e.End {
				t.Errorf("%s: %s [%d,%d) outside the %d bytes sent", tt.ct, e.Type, e.Start, e.End, len(body))
			}
			per = per || e.Type == ner.PER && e.Text == "Tạ Huy Cần"
		}
		if !per {
			t.Errorf("%s (%s): the person is lost: %s", tt.ct, tt.enc, rec.Body.String())
		}
	}
}

// TestDocumentCap checks that one document over the cap on work is a 413
// with a JSON error, alone or as a batch line.
func TestDocumentCap(t *testing.T) {
	s, err := newServer(Options{MaxDoc: 1000})
	if err != nil {
		t.Fatal(err)
	}
	h := s.routes()
	big := strings.Repeat("Hà Nội ", 200)
	rec := do(t, h, "POST", "/v1/tag", "text/plain", []byte(big))
	if rec.Code != 413 || !json.Valid(rec.Body.Bytes()) || !strings.Contains(rec.Body.String(), "several documents") {
		t.Errorf("a long text: %d %s", rec.Code, rec.Body.String())
	}
	batch := fmt.Sprintf("{\"text\": %q}\n{\"text\": \"Hà Nội\"}\n", big)
	rec = do(t, h, "POST", "/v1/tag", "application/x-ndjson", []byte(batch))
	as := decode(t, rec.Body.String())
	if rec.Code != 200 || len(as) != 2 || !strings.Contains(as[0].Error, "larger than") || as[1].Error != "" {
		t.Errorf("a batch with a long line: %d %s", rec.Code, rec.Body.String())
	}
}

func TestHelp(t *testing.T) {
	var out, errOut bytes.Buffer
	if st := cli([]string{"-h"}, &out, &errOut); st != 0 || !strings.HasPrefix(out.String(), "usage: serve") || errOut.Len() != 0 {
		t.Errorf("-h: status %d, stdout %q, stderr %q", st, out.String(), errOut.String())
	}
	out.Reset()
	if st := cli([]string{"-max-body", "-1"}, &out, &errOut); st != 2 || out.Len() != 0 || !strings.HasPrefix(errOut.String(), "serve: -max-body: ") {
		t.Errorf("-max-body -1: status %d, stderr %q", st, errOut.String())
	}
}

// slowSender opens a connection and sends the headers of a request and a
// part of its body, then nothing: a client on a very slow line.
func slowSender(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(c, "POST /v1/tag HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"text\": \"Hà")
	return c
}

// TestSlowClientsHoldNoSlot starts more slow senders than there are
// slots: a normal request must still be answered at once.
func TestSlowClientsHoldNoSlot(t *testing.T) {
	s, err := newServer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.routes())
	defer ts.Close()
	addr := ts.Listener.Addr().String()
	for range cap(s.busy) + 4 {
		c := slowSender(t, addr)
		defer c.Close()
	}
	time.Sleep(100 * time.Millisecond)
	client := &http.Client{Timeout: 5 * time.Second}
	start := time.Now()
	res, err := client.Post(ts.URL+"/v1/tag", "application/json", strings.NewReader(`{"text": "Ngày 18/7, Huyện ủy Lạng Giang họp."}`))
	if err != nil {
		t.Fatalf("a normal request behind slow clients: %v", err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if d := time.Since(start); res.StatusCode != 200 || d > time.Second {
		t.Errorf("a normal request behind slow clients: status %d after %v", res.StatusCode, d)
	}
}
