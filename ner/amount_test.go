package ner

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAmountOf(t *testing.T) {
	for _, tc := range []struct {
		in   string
		typ  Type
		want *Amount
	}{
		{"6.123 tỷ đồng", MONEY, &Amount{6.123e12, "VND"}},
		{"2.090 tỷ đồng", MONEY, &Amount{2.09e12, "VND"}},
		{"5,2 triệu USD", MONEY, &Amount{5.2e6, "USD"}},
		{"1.234,5 nghìn tỷ đồng", MONEY, &Amount{1.2345e15, "VND"}},
		{"125 triệu bảng Anh", MONEY, &Amount{1.25e8, "GBP"}},
		{"300 peso", MONEY, &Amount{300, "peso"}},
		{"13,4%", PERCENT, &Amount{13.4, "%"}},
		{"13,4 %", PERCENT, &Amount{13.4, "%"}},
		{"16 phần trăm", PERCENT, &Amount{16, "%"}},
		{"120 km/h", QUANTITY, &Amount{120, "km/h"}},
		{"2.000 tấn", QUANTITY, &Amount{2000, "tấn"}},
		{"1.5 triệu tấn", QUANTITY, &Amount{1.5e6, "tấn"}},
		{"52,3 km²", QUANTITY, &Amount{52.3, "km²"}},
		{"5m", QUANTITY, &Amount{5, "m"}},
		{"tỷ đồng", MONEY, nil},
		{"1,2,3 đồng", MONEY, nil},
		{"", MONEY, nil},
	} {
		if got := amountOf(tc.in, tc.typ); !cmp.Equal(got, tc.want) {
			t.Errorf("amountOf(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func FuzzAmountOf(f *testing.F) {
	for _, s := range []string{"6.123 tỷ đồng", "13,4%", "1.234,5 nghìn", "5m", ".,", "9.999.999,99 USD"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ty := range []Type{MONEY, PERCENT, QUANTITY} {
			amountOf(s, ty) // must not panic
		}
	})
}
