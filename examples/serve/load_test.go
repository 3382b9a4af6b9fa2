package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// raceEnabled is set under the race detector, which slows tagging tenfold.
var raceEnabled bool

// loadMemoryBound is the bound on the test process's resident memory that
// the README states for the server under TestLoad's traffic.
const loadMemoryBound = 512 << 20

// rss returns the resident memory of the process, or 0 where /proc is not.
func rss() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// dense is text with an entity every few words, the costliest to tag.
func dense(n int) string {
	const s = "Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang), Bí thư Tạ Huy Cần, UBND tỉnh Hà Nam đạt 13,4% và 6.123 tỷ đồng. "
	return strings.Repeat(s, n/len(s)+1)[:n/len(s)*len(s)]
}

// TestLoad runs the server on loopback under a bounded mix of traffic for
// a few seconds: slow senders that never finish their body, clients that
// send large batches and never read the answer, clients that send the
// largest dense documents allowed, and normal short requests, which must
// each be answered within a second while the process stays under
// loadMemoryBound. Every loop is bounded in count and time.
func TestLoad(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("a load test: not in -short mode nor under the race detector")
	}
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(1 << 30)) // serve's default -max-memory
	s, err := newServer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serve(ctx, ln, s, io.Discard) }()

	var conns []net.Conn
	var mu sync.Mutex
	keep := func(c net.Conn) { mu.Lock(); conns = append(conns, c); mu.Unlock() }
	defer func() {
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		cancel()
		select {
		case err := <-served:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Errorf("the server did not stop")
		}
	}()

	// Memory, sampled all along.
	stopSampling := make(chan struct{})
	peak := make(chan int64)
	go func() {
		var max int64
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stopSampling:
				peak <- max
				return
			case <-tick.C:
				max = maxOf(max, rss())
			}
		}
	}()

	// Slow senders: headers and part of a body, then nothing.
	for range 8 {
		keep(slowSender(t, addr))
	}
	// Non-reading clients: a batch of 8 dense documents of 400 KB, whose
	// answer they never read.
	var batch bytes.Buffer
	for i := range 8 {
		fmt.Fprintf(&batch, "{\"id\": \"%d\", \"text\": %q}\n", i, dense(400<<10))
	}
	for range 4 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		keep(c)
		fmt.Fprintf(c, "POST /v1/tag HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: %d\r\n\r\n", batch.Len())
		go c.Write(batch.Bytes())
	}
	// Heavy readers: the largest dense documents, three times each.
	var wg sync.WaitGroup
	heavy := dense(defaultMaxDoc - 1000)
	client := &http.Client{Timeout: 60 * time.Second}
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				res, err := client.Post("http://"+addr+"/v1/tag", "text/plain", strings.NewReader(heavy))
				if err != nil {
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
			}
		}()
	}

	// Normal traffic: short requests, one after the other.
	time.Sleep(200 * time.Millisecond)
	var worst time.Duration
	normal := &http.Client{Timeout: 5 * time.Second}
	for i := range 40 {
		start := time.Now()
		res, err := normal.Post("http://"+addr+"/v1/tag", "application/json",
			strings.NewReader(`{"text": "Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) tổ chức hội nghị.", "ref": "2024-07-18"}`))
		if err != nil {
			t.Errorf("normal request %d: %v", i, err)
			continue
		}
		body, _ := io.ReadAll(bufio.NewReader(res.Body))
		res.Body.Close()
		d := time.Since(start)
		worst = max(worst, d)
		if res.StatusCode != 200 || !bytes.Contains(body, []byte("Lạng Giang")) {
			t.Errorf("normal request %d: status %d: %.200s", i, res.StatusCode, body)
		}
		if d > time.Second {
			t.Errorf("normal request %d took %v", i, d)
		}
		time.Sleep(75 * time.Millisecond)
	}
	wg.Wait()
	close(stopSampling)
	p := <-peak
	t.Logf("normal requests: worst %v; peak RSS %d MB", worst, p>>20)
	if p > loadMemoryBound {
		t.Errorf("peak RSS %d MB, over the bound of %d MB", p>>20, loadMemoryBound>>20)
	}
}

func maxOf(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}

// TestMemoryGivenBack tags a burst of large documents and checks that,
// once the server is idle, the memory it freed is given back to the system
// rather than kept by the runtime.
func TestMemoryGivenBack(t *testing.T) {
	if testing.Short() {
		t.Skip("tags 5 MB")
	}
	s, err := newServer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := s.routes()
	text := []byte(dense(400 << 10))
	for range 12 {
		if rec := do(t, h, "POST", "/v1/tag", "text/plain", text); rec.Code != 200 {
			t.Fatalf("status %d", rec.Code)
		}
	}
	time.Sleep(1500 * time.Millisecond)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if kept := ms.HeapIdle - ms.HeapReleased; kept > 16<<20 {
		t.Errorf("%d MB of idle heap kept after the burst", kept>>20)
	}
}
