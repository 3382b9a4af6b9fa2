//go:build !linux

package main

import "os"

// isTerminal reports whether f is a character device other than the null
// device: a terminal, as far as the standard library can tell.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(fi, null) {
		return false
	}
	return true
}
