package main

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// chromium finds a headless-capable Chromium, or skips the test with a
// message that says how to get one.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on this machine: the page is not tested in a browser (on Debian: apt-get install chromium; .ci/run installs it)")
	return ""
}

// TestPageInBrowser loads the page in headless Chromium with ?sample=1,
// which tags the sample article as the button does, and reads the DOM the
// page's script built: the marks, the table of entities with their
// resolved dates, units and roles, and the reference date. The page's
// strict CSP is in force, so a blocked script shows as an empty table.
func TestPageInBrowser(t *testing.T) {
	bin := chromium(t)
	if testing.Short() {
		t.Skip("starts a browser")
	}
	s, err := newServer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.routes()) // loopback only
	defer ts.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--virtual-time-budget=15000", "--dump-dom", ts.URL+"/?sample=1")
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	dom := string(out)
	_, table, _ := strings.Cut(dom, `id="ents"`)
	table, _, _ = strings.Cut(table, "</table>")
	for _, want := range []string{
		"Reference date in use: 2024-07-18",
		"Huyện Lạng Giang, in Bắc Giang",    // a unit with its parent
		"district, until 2025-06-30",        // its era
		"succeeded by Lạng Giang (commune)", // its successors
		"2024-01-01 … 2024-06-30",           // a date interval
		"roles: Bí thư Huyện ủy",            // a person's roles
		`<mark data-type="PER">PER</mark>`,  // the type, coloured
	} {
		if !strings.Contains(table, want) && !strings.Contains(dom, want) {
			t.Errorf("the page in a browser lacks %q", want)
		}
	}
	if !strings.Contains(table, "<tr>") || strings.HasPrefix(table, " hidden") {
		t.Errorf("the entity table is empty: the script did not run (CSP?)")
	}
	if !strings.Contains(dom, `class="vntag-text"`) || !strings.Contains(dom, `data-type="LOC"`) {
		t.Errorf("the highlighted text is missing")
	}
	if t.Failed() {
		t.Logf("DOM:\n%.3000s", dom)
	}
}
