package normalize

import (
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

func unsafeData(s string) *byte { return unsafe.StringData(s) }

func nfd(s string) string { return norm.NFD.String(s) }
