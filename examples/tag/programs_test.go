package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vntag/vntag/examples/internal/legacytest"
	"github.com/vntag/vntag/ner"
)

// fixedNow is the clock of the in-process runs below.
func fixedNow() time.Time { return time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC) }

func runIn(t *testing.T, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var o, e bytes.Buffer
	status = run(args, env{stdin: strings.NewReader(stdin), stdout: &o, stderr: &e, now: fixedNow})
	return o.String(), e.String(), status
}

// TestRefSaid checks that the reference date in use is never silent: on
// standard error for text input when it defaulted to today, in every JSON
// answer, and that a zone-less time is Vietnam time.
func TestRefSaid(t *testing.T) {
	const text = "Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) họp."
	_, stderr, _ := runIn(t, text)
	if !strings.Contains(stderr, "reference date 2026-03-01 16:30 (today in Vietnam)") {
		t.Errorf("the default date is not said: stderr %q", stderr)
	}
	if _, stderr, _ := runIn(t, text, "-ref", "2024-07-18"); stderr != "" {
		t.Errorf("a date given is said again: %q", stderr)
	}
	for _, tt := range []struct{ ref, want string }{
		{"", "2026-03-01T16:30:00+07:00"},
		{"2024-07-18", "2024-07-18T00:00:00+07:00"},
		{"2024-07-18T08:00", "2024-07-18T08:00:00+07:00"},
		{"2024-07-18T08:00:30", "2024-07-18T08:00:30+07:00"},
		{"2017-02-02T03:55:00-02:00", "2017-02-02T03:55:00-02:00"},
	} {
		args := []string{"-out", "json"}
		if tt.ref != "" {
			args = append(args, "-ref", tt.ref)
		}
		stdout, stderr, status := runIn(t, text, args...)
		if status != 0 || !strings.Contains(stdout, `"ref": "`+tt.want+`"`) {
			t.Errorf("-ref %q: status %d, want ref %s in %s (stderr %q)", tt.ref, status, tt.want, stdout, stderr)
		}
	}
	// The era of a place follows the date.
	stdout, _, _ := runIn(t, text, "-out", "jsonl", "-ref", "2024-07-18T08:00")
	if !strings.Contains(stdout, `"valid_to":"2025-06-30"`) {
		t.Errorf("Lạng Giang on 2024-07-18 is not the district of before the reform: %s", stdout)
	}
	// JSONL answers carry the ref of their line.
	stdout, _, _ = runIn(t, `{"text": "Hà Nội", "ref": "2024-07-18T08:00"}`+"\n"+`{"text": "Hà Nội"}`+"\n", "-in", "jsonl", "-out", "jsonl")
	as := decodeAnswers(t, stdout)
	var refs []string
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		_, r, _ := strings.Cut(line, `"ref":"`)
		r, _, _ = strings.Cut(r, `"`)
		refs = append(refs, r)
	}
	if len(as) != 2 || refs[0] != "2024-07-18T08:00:00+07:00" || refs[1] != "2026-03-01T16:30:00+07:00" {
		t.Errorf("jsonl refs = %q", refs)
	}
}

// TestLegacyEncodings tags text in each legacy encoding: detected when it
// is not UTF-8 (or named with -from), with offsets into the bytes given.
func TestLegacyEncodings(t *testing.T) {
	const text = "Đồng chí Tạ Huy Cần, Bí thư Huyện ủy, phát biểu tại huyện Lạng Giang."
	for _, tt := range []struct {
		enc  string
		args []string
	}{
		{"tcvn3", nil},
		{"vni", nil},
		{"viscii", nil},
		{"cp1258", nil},
		{"tcvn3", []string{"-from", "tcvn3"}},
		{"viqr", []string{"-from", "viqr"}},
	} {
		in := legacytest.Encode(t, text, tt.enc)
		args := append([]string{"-out", "json", "-ref", "2024-07-18"}, tt.args...)
		stdout, stderr, status := runTag(t, in, args...)
		if status != 0 {
			t.Errorf("%s %v: status %d: %s", tt.enc, tt.args, status, stderr)
			continue
		}
		as := decodeAnswers(t, stdout)
		var per, loc bool
		for _, e := range as[0].Entities {
			if e.Start < 0 || e.End > len(in) || e.Start >= e.End {
				t.Errorf("%s: %s [%d,%d) outside the %d input bytes", tt.enc, e.Type, e.Start, e.End, len(in))
			}
			per = per || e.Type == ner.PER && e.Text == "Tạ Huy Cần"
			loc = loc || e.Type == ner.LOC && e.Unit != nil && e.Unit.Name == "Lạng Giang"
		}
		if !per || !loc {
			t.Errorf("%s %v: the person or the place is lost: %s", tt.enc, tt.args, stdout)
		}
		if tt.args == nil && !strings.Contains(strings.ToLower(stderr), "read as") {
			t.Errorf("%s: the encoding detected is not said: %q", tt.enc, stderr)
		}
		// Pretty output shows the decoded text.
		stdout, _, _ = runTag(t, in, append([]string{"-ref", "2024-07-18"}, tt.args...)...)
		if !strings.Contains(stdout, "[PER Tạ Huy Cần]") {
			t.Errorf("%s: pretty output:\n%s", tt.enc, stdout)
		}
	}
	if _, stderr, status := runTag(t, []byte("x"), "-from", "ebcdic"); status != 2 || !strings.Contains(stderr, "-from") {
		t.Errorf("-from ebcdic: status %d, stderr %q", status, stderr)
	}
}

// TestPrettyShowsValues checks that pretty output prints what the README's
// headline line shows: dates, units with their era, roles.
func TestPrettyShowsValues(t *testing.T) {
	stdout, _, status := runTag(t, nil, "-sample")
	if status != 0 {
		t.Fatal(status)
	}
	for _, want := range []string{
		"[DATE Ngày 18/7] → 2024-07-18\n",
		"[DATE 6 tháng đầu năm] → 2024-01-01..2024-06-30\n",
		"[LOC Lạng Giang] → Huyện Lạng Giang (Bắc Giang), until 2025-06-30, succeeded by ",
		"[PER Tạ Huy Cần] → Bí thư Huyện ủy",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("pretty output lacks %q:\n%s", want, stdout)
		}
	}
}

// TestNotASample checks that only a terminal or the null device stands for
// "no input": another character device is input, and a missing file is an
// error with nothing on standard output.
func TestNotASample(t *testing.T) {
	zero, err := os.Open("/dev/zero")
	if err != nil {
		t.Skip("no /dev/zero")
	}
	defer zero.Close()
	cmd := exec.Command(binary, "-out", "jsonl")
	cmd.Stdin = zero
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	if err == nil || strings.Contains(o.String(), "Lạng Giang") || !strings.Contains(e.String(), "longer than 32 MiB") {
		t.Errorf("tag < /dev/zero: %v, stdout %.200q, stderr %q", err, o.String(), e.String())
	}
	null, _ := os.Open(os.DevNull)
	defer null.Close()
	cmd = exec.Command(binary, "-out", "jsonl")
	cmd.Stdin = null
	if out, err := cmd.Output(); err != nil || !strings.Contains(string(out), "Lạng Giang") {
		t.Errorf("tag < /dev/null does not tag the sample: %v", err)
	}
	missing := filepath.Join(t.TempDir(), "missing.txt")
	for _, f := range []string{"pretty", "html", "json"} {
		stdout, stderr, status := runTag(t, nil, "-out", f, missing)
		if status != 1 || stdout != "" || !strings.Contains(stderr, "missing.txt") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("-out %s of a missing file: status %d, stdout %q, stderr %q", f, status, stdout, stderr)
		}
	}
}

// TestMessages checks help and errors: help on standard output with status
// 0, errors on one line without a package's prefix.
func TestMessages(t *testing.T) {
	stdout, stderr, status := runTag(t, nil, "-h")
	if status != 0 || stderr != "" || !strings.HasPrefix(stdout, "usage: tag ") {
		t.Errorf("-h: status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
	for _, word := range []string{"-from", "-prefer", "progress", "today", "130"} {
		if !strings.Contains(stdout, word) {
			t.Errorf("-h does not mention %s", word)
		}
	}
	for _, args := range [][]string{{"-ref", "2024-13-45"}, {"-types", "FOO"}, {"-prefer", "sometimes"}} {
		_, stderr, status := runTag(t, nil, args...)
		if status != 2 || !strings.HasPrefix(stderr, "tag: "+args[0]+": ") || strings.Contains(stderr, "ner:") {
			t.Errorf("%v: status %d, stderr %q", args, status, stderr)
		}
	}
}

// TestPrefer checks that -prefer reaches the date finder.
func TestPrefer(t *testing.T) {
	values := map[string]string{}
	for _, p := range []string{"past", "future"} {
		stdout, stderr, status := runIn(t, "Ngày 20/7 khai mạc.", "-out", "jsonl", "-ref", "2024-07-18", "-prefer", p)
		if status != 0 {
			t.Fatalf("-prefer %s: %d %s", p, status, stderr)
		}
		values[p] = stdout
	}
	if !strings.Contains(values["past"], `"start":"2023-07-20"`) || !strings.Contains(values["future"], `"start":"2024-07-20"`) {
		t.Errorf("-prefer past / future: %s / %s", values["past"], values["future"])
	}
}

// TestInterrupt sends SIGINT to a run in the middle of its output: the
// answer being written is finished, the output flushed, the status 130.
func TestInterrupt(t *testing.T) {
	cmd := exec.Command(binary, "-in", "jsonl", "-out", "jsonl", "-ref", "2024-07-18")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		line := []byte(`{"text": "Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) tổ chức hội nghị sơ kết 6 tháng đầu năm."}` + "\n")
		for range 200000 { // bounded: the pipe closes when the program ends
			if _, err := stdin.Write(line); err != nil {
				return
			}
		}
		stdin.Close()
	}()
	var out bytes.Buffer
	br := bufio.NewReader(stdout)
	for range 20 { // a few answers, then the signal
		l, err := br.ReadBytes('\n')
		if err != nil {
			t.Fatalf("reading answers: %v", err)
		}
		out.Write(l)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	rest, _ := io.ReadAll(br)
	out.Write(rest)
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errorsAs(err, &exit) || exit.ExitCode() != 130 {
		t.Errorf("status after SIGINT: %v, want 130", err)
	}
	s := out.String()
	if !strings.HasSuffix(s, "\n") {
		t.Errorf("output cut in the middle of a line: ...%q", s[max(0, len(s)-80):])
	}
	decodeAnswers(t, s) // every line whole
}

// TestProgressText checks progress for text input: the total and the
// time left are known from the file's size.
func TestProgressText(t *testing.T) {
	path := writeFile(t, "big.txt", []byte(strings.Repeat(sample, 40)))
	var o, e bytes.Buffer
	status := run([]string{"-ref", "2024-07-18", "-out", "jsonl", path}, env{
		stdout: &o, stderr: &e, stderrTerminal: true, now: fixedNow, progressEvery: time.Millisecond,
	})
	if status != 0 {
		t.Fatalf("status %d: %s", status, e.String())
	}
	if p := e.String(); !strings.Contains(p, " of 0.") || !strings.Contains(p, "(100%)") || !strings.HasSuffix(p, "\n") {
		t.Errorf("progress = %q", p)
	}
}

func errorsAs(err error, target **exec.ExitError) bool {
	e, ok := err.(*exec.ExitError)
	if ok {
		*target = e
	}
	return ok
}

// TestWindow checks the window of the pipeline: it counts bytes, not
// documents, so that thousands of short documents can be in flight while
// the writer waits for a slow one, and a document larger than the window
// still goes, alone.
func TestWindow(t *testing.T) {
	w := newWindow(1000)
	for i := range 100 { // 100 documents of 10 bytes: no wait
		if !w.acquire(10) {
			t.Fatalf("document %d refused", i)
		}
	}
	got := make(chan bool)
	go func() { got <- w.acquire(1) }()
	select {
	case <-got:
		t.Fatal("a full window took one more byte")
	case <-time.After(50 * time.Millisecond):
	}
	w.release(10)
	if !<-got {
		t.Fatal("a released window refused")
	}
	for range 99 {
		w.release(10)
	}
	w.release(1)
	if !w.acquire(5000) { // larger than the window, but alone
		t.Fatal("a large document never goes")
	}
	go func() { got <- w.acquire(1) }()
	select {
	case <-got:
		t.Fatal("a document went beside one larger than the window")
	case <-time.After(50 * time.Millisecond):
	}
	w.close()
	if <-got {
		t.Fatal("a closed window admitted a document")
	}
}

// TestWindowLongLines stalls the output with documents of 360 KB each:
// the reader stops after about the window's worth.
func TestWindowLongLines(t *testing.T) {
	// Each line has thousands of dates: its answer is far larger than the
	// output buffer, which must not hold answers for hundreds of lines.
	line := []byte(`{"text": "` + strings.Repeat("ngày 18/7, ", 32000) + `"}` + "\n")
	in := &endless{line: line, stop: make(chan struct{})}
	out := &stalled{release: make(chan struct{})}
	done := make(chan int)
	go func() {
		done <- run([]string{"-in", "jsonl", "-out", "jsonl"}, env{stdin: in, stdout: out, stderr: io.Discard, now: time.Now})
	}()
	time.Sleep(time.Second)
	read := in.read.Load()
	// The window, a line that goes alone, the read buffer, what the
	// output buffer holds, and the answer blocked in the stalled write.
	if limit := int64(defaultWindow + 4*len(line) + 512<<10); read > limit {
		t.Errorf("read %d bytes ahead of a stalled output, want at most %d", read, limit)
	}
	close(out.release)
	close(in.stop)
	<-done
}
