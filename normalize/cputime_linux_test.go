package normalize

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

// threadCPU returns the CPU time of the calling thread.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	const rusageThread = 1 // RUSAGE_THREAD
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuBench runs f b.N times and also reports the throughput in CPU time
// of the benchmark's thread (cpu-MB/s), which stays meaningful when other
// processes share the machine. Garbage collection on other threads is not
// counted.
func cpuBench(b *testing.B, size int, f func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	start := threadCPU()
	n := 0
	for b.Loop() {
		f()
		n++
	}
	if d := threadCPU() - start; d > 0 {
		b.ReportMetric(float64(size)*float64(n)/d.Seconds()/1e6, "cpu-MB/s")
	}
}
