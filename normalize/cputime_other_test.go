//go:build !linux

package normalize

import "testing"

// cpuBench runs f b.N times; CPU time is measured on Linux only.
func cpuBench(b *testing.B, size int, f func()) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		f()
	}
}
