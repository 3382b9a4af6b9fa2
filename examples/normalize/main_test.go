package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vntag/vntag/normalize"
)

func TestRun(t *testing.T) {
	tests := []struct {
		from, tone string
		fold       bool
		in, want   string
	}{
		{"auto", "keep", false, "Thanh Hóa\u00a0 và Hòa Bình", "Thanh Hóa và Hòa Bình"},
		{"auto", "new", false, "Thanh Hóa và Hòa Bình", "Thanh Hoá và Hoà Bình"},
		{"utf8", "old", false, "Thanh Hoá và Hoà Bình", "Thanh Hóa và Hòa Bình"},
		{"auto", "keep", true, "Lạng Giang", "lang giang"},
		{"vni", "new", false, "Vie\xe4t Nam, Thanh Ho\xf9a", "Việt Nam, Thanh Hoá"},
		{"auto", "keep", false, "Vie\xe4t Nam \xf1\xf6\xf4\xf8ng Tha\xf8nh pho\xe1", "Việt Nam đường Thành phố"},
		{"viqr", "keep", false, "Ha` No^.i", "Hà Nội"},
		{"tcvn3", "keep", false, "\xae\xad\xeang", "đường"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		err := run(tt.from, tt.tone, tt.fold, false, nil, strings.NewReader(tt.in), &out, &errOut)
		if err != nil {
			t.Fatal(err)
		}
		if out.String() != tt.want {
			t.Errorf("run(-from %s -tone %s -fold=%v, %q) = %q, want %q", tt.from, tt.tone, tt.fold, tt.in, out.String(), tt.want)
		}
	}
}

func TestRunFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Hòa\n"), 0o644)
	os.WriteFile(b, []byte("Vie^.t Nam, ddu+o+`ng pho^'\n"), 0o644)
	var out, errOut bytes.Buffer
	if err := run("auto", "new", false, true, []string{a, b}, nil, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if want := "Hoà\nViệt Nam, đường phố\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	if !strings.Contains(errOut.String(), "viqr") {
		t.Errorf("-v did not report the encoding: %q", errOut.String())
	}
}

func TestRunErrors(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run("latin9", "keep", false, false, nil, strings.NewReader("x"), &out, &errOut); !errors.Is(err, normalize.ErrUnknownEncoding) {
		t.Errorf("unknown encoding: err = %v", err)
	}
	if err := run("auto", "middle", false, false, nil, strings.NewReader("x"), &out, &errOut); !errors.Is(err, errTone) {
		t.Errorf("unknown tone: err = %v", err)
	}
	if err := run("auto", "keep", false, false, []string{"/nonexistent/file"}, nil, &out, &errOut); err == nil {
		t.Errorf("missing file: no error")
	}
}

// TestCLI checks help and errors as the other programs give them: help on
// standard output with status 0, a one-line error without a package
// prefix and status 2 for a bad flag.
func TestCLI(t *testing.T) {
	var out, errOut bytes.Buffer
	if st := cli([]string{"-h"}, nil, &out, &errOut); st != 0 || !strings.HasPrefix(out.String(), "usage: normalize") || errOut.Len() != 0 {
		t.Errorf("-h: status %d, stdout %q, stderr %q", st, out.String(), errOut.String())
	}
	for _, tt := range []struct {
		args   []string
		status int
		prefix string
	}{
		{[]string{"-from", "latin9"}, 2, "normalize: -from: unknown encoding"},
		{[]string{"-tone", "middle"}, 2, "normalize: -tone: "},
		{[]string{"-nosuch"}, 2, "normalize: flag provided but not defined"},
		{[]string{"/nonexistent/file"}, 1, "normalize: open /nonexistent/file"},
	} {
		out.Reset()
		errOut.Reset()
		st := cli(tt.args, strings.NewReader("x"), &out, &errOut)
		msg := errOut.String()
		if st != tt.status || !strings.HasPrefix(msg, tt.prefix) || strings.Count(msg, "\n") != 1 || strings.Count(msg, "normalize:") != 1 {
			t.Errorf("%v: status %d, stderr %q; want %d and %q", tt.args, st, msg, tt.status, tt.prefix)
		}
	}
}
