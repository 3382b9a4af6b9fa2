module github.com/vntag/vntag

go 1.26.0

require (
	github.com/dlclark/regexp2 v1.12.0
	github.com/google/go-cmp v0.7.0
	golang.org/x/text v0.44.0
)
