package dates

import (
	"strings"
	"testing"
	"time"
)

// Cases in the style of Duckling's Vietnamese time corpus, written for this
// package (not copied): the reference is Duckling's, Tuesday
// 2013-02-12T04:30:00-02:00, and the caller prefers the future, as an
// assistant does. Values are ours, inclusive at their grain: Duckling's
// half-open "2 ngày vừa qua" [2013-02-10, 2013-02-12) is 2013-02-10 ..
// 2013-02-11 here. Each case is "text|start|end|grain" for the one
// expression the whole text must be.
var ducklingCases = []string{
	// now, today and its neighbours
	"bây giờ|2013-02-12T04:30|2013-02-12T04:30|minute",
	"hôm nay|2013-02-12|2013-02-12|day",
	"ngày hôm nay|2013-02-12|2013-02-12|day",
	"bữa nay|2013-02-12|2013-02-12|day",
	"hôm qua|2013-02-11|2013-02-11|day",
	"ngày hôm qua|2013-02-11|2013-02-11|day",
	"ngày mai|2013-02-13|2013-02-13|day",
	"ngày kia|2013-02-14|2013-02-14|day",
	"hôm kia|2013-02-10|2013-02-10|day",
	// weekdays: the next one after the reference day
	"thứ hai|2013-02-18|2013-02-18|day",
	"thứ 2|2013-02-18|2013-02-18|day",
	"thứ ba|2013-02-19|2013-02-19|day",
	"thứ tư|2013-02-13|2013-02-13|day",
	"thứ 4|2013-02-13|2013-02-13|day",
	"thứ năm|2013-02-14|2013-02-14|day",
	"thứ sáu|2013-02-15|2013-02-15|day",
	"thứ bảy|2013-02-16|2013-02-16|day",
	"thứ 7|2013-02-16|2013-02-16|day",
	"chủ nhật|2013-02-17|2013-02-17|day",
	"chúa nhật|2013-02-17|2013-02-17|day",
	"thứ hai ngày 18 tháng 2|2013-02-18|2013-02-18|day",
	"thứ 3 ngày 19 tháng 2|2013-02-19|2013-02-19|day",
	"thứ hai tuần sau|2013-02-18|2013-02-18|day",
	"thứ hai tới|2013-02-18|2013-02-18|day",
	"thứ hai sau|2013-02-18|2013-02-18|day",
	"thứ hai tuần trước|2013-02-04|2013-02-04|day",
	"thứ hai qua|2013-02-11|2013-02-11|day",
	"thứ hai vừa rồi|2013-02-11|2013-02-11|day",
	"chủ nhật tuần trước|2013-02-10|2013-02-10|day",
	"chủ nhật vừa rồi|2013-02-10|2013-02-10|day",
	"thứ 4 tuần tới|2013-02-20|2013-02-20|day",
	"thứ tư tuần sau|2013-02-20|2013-02-20|day",
	"thứ 4 của tuần này|2013-02-13|2013-02-13|day",
	"thứ tư tuần này|2013-02-13|2013-02-13|day",
	"thứ 6 tuần sau|2013-02-22|2013-02-22|day",
	// calendar days
	"ngày 1 tháng 3|2013-03-01|2013-03-01|day",
	"mùng 1 tháng 3|2013-03-01|2013-03-01|day",
	"ngày mùng 1 tháng 3|2013-03-01|2013-03-01|day",
	"1/3|2013-03-01|2013-03-01|day",
	"ngày 15 tháng 3|2013-03-15|2013-03-15|day",
	"15/3|2013-03-15|2013-03-15|day",
	"ngày 15 tháng 2|2013-02-15|2013-02-15|day",
	"15/2|2013-02-15|2013-02-15|day",
	"ngày 3 tháng 3 năm 2015|2015-03-03|2015-03-03|day",
	"3/3/2015|2015-03-03|2015-03-03|day",
	"3/3/15|2015-03-03|2015-03-03|day",
	"ngày 31 tháng 10 năm 1974|1974-10-31|1974-10-31|day",
	"31/10/1974|1974-10-31|1974-10-31|day",
	"31/10/74|1974-10-31|1974-10-31|day",
	"ngày 9 tháng 1 năm 2015|2015-01-09|2015-01-09|day",
	"9 Tháng 1 2015|2015-01-09|2015-01-09|day",
	"ngày 2 tháng 1|2014-01-02|2014-01-02|day",
	"2/1|2014-01-02|2014-01-02|day",
	"ngày 12|2013-02-12|2013-02-12|day",
	"ngày 20|2013-02-20|2013-02-20|day",
	"2015-03-03|2015-03-03|2015-03-03|day",
	// months, quarters, years
	"tháng 3|2013-03-01|2013-03-31|month",
	"tháng ba|2013-03-01|2013-03-31|month",
	"tháng 3 năm 2014|2014-03-01|2014-03-31|month",
	"tháng 1|2014-01-01|2014-01-31|month",
	"tháng này|2013-02-01|2013-02-28|month",
	"tháng trước|2013-01-01|2013-01-31|month",
	"tháng sau|2013-03-01|2013-03-31|month",
	"tháng tới|2013-03-01|2013-03-31|month",
	"tháng tiếp theo|2013-03-01|2013-03-31|month",
	"quý này|2013-01-01|2013-03-31|quarter",
	"quý nay|2013-01-01|2013-03-31|quarter",
	"quý hiện tại|2013-01-01|2013-03-31|quarter",
	"quý sau|2013-04-01|2013-06-30|quarter",
	"quý tiếp|2013-04-01|2013-06-30|quarter",
	"quý tới|2013-04-01|2013-06-30|quarter",
	"quý trước|2012-10-01|2012-12-31|quarter",
	"quý 3|2013-07-01|2013-09-30|quarter",
	"quý 4 năm 2018|2018-10-01|2018-12-31|quarter",
	"quý 4 của năm 2018|2018-10-01|2018-12-31|quarter",
	"năm nay|2013-01-01|2013-12-31|year",
	"năm ngoái|2012-01-01|2012-12-31|year",
	"năm trước|2012-01-01|2012-12-31|year",
	"năm sau|2014-01-01|2014-12-31|year",
	"năm tới|2014-01-01|2014-12-31|year",
	"năm tiếp theo|2014-01-01|2014-12-31|year",
	"năm 2015|2015-01-01|2015-12-31|year",
	"tuần này|2013-02-11|2013-02-17|week",
	"tuần trước|2013-02-04|2013-02-10|week",
	"tuần qua|2013-02-04|2013-02-10|week",
	"tuần sau|2013-02-18|2013-02-24|week",
	"tuần tới|2013-02-18|2013-02-24|week",
	"tuần tiếp theo|2013-02-18|2013-02-24|week",
	// clock times: the next occurrence
	"3 giờ sáng|2013-02-13T03:00|2013-02-13T03:00|minute",
	"lúc 3 giờ sáng|2013-02-13T03:00|2013-02-13T03:00|minute",
	"3h sáng|2013-02-13T03:00|2013-02-13T03:00|minute",
	"3 giờ 18 phút sáng|2013-02-13T03:18|2013-02-13T03:18|minute",
	"3 giờ chiều|2013-02-12T15:00|2013-02-12T15:00|minute",
	"lúc 3 giờ chiều|2013-02-12T15:00|2013-02-12T15:00|minute",
	"15 giờ|2013-02-12T15:00|2013-02-12T15:00|minute",
	"15h|2013-02-12T15:00|2013-02-12T15:00|minute",
	"lúc 3 giờ|2013-02-12T15:00|2013-02-12T15:00|minute",
	"3 giờ|2013-02-12T15:00|2013-02-12T15:00|minute",
	"3 giờ 15 chiều|2013-02-12T15:15|2013-02-12T15:15|minute",
	"15h15|2013-02-12T15:15|2013-02-12T15:15|minute",
	"15:15|2013-02-12T15:15|2013-02-12T15:15|minute",
	"3 giờ 20 chiều|2013-02-12T15:20|2013-02-12T15:20|minute",
	"3:20 chiều|2013-02-12T15:20|2013-02-12T15:20|minute",
	"3 giờ rưỡi chiều|2013-02-12T15:30|2013-02-12T15:30|minute",
	"3 rưỡi chiều|2013-02-12T15:30|2013-02-12T15:30|minute",
	"15:30|2013-02-12T15:30|2013-02-12T15:30|minute",
	"3 giờ kém 15 chiều|2013-02-12T14:45|2013-02-12T14:45|minute",
	"12 giờ trưa|2013-02-12T12:00|2013-02-12T12:00|minute",
	"nửa đêm|2013-02-13T00:00|2013-02-13T00:00|minute",
	"4 giờ sáng|2013-02-13T04:00|2013-02-13T04:00|minute",
	"8 giờ tối|2013-02-12T20:00|2013-02-12T20:00|minute",
	"8 giờ tối nay|2013-02-12T20:00|2013-02-12T20:00|minute",
	"7 giờ tối thứ 6|2013-02-15T19:00|2013-02-15T19:00|minute",
	"10 giờ 30 sáng thứ hai|2013-02-18T10:30|2013-02-18T10:30|minute",
	"9 giờ sáng mai|2013-02-13T09:00|2013-02-13T09:00|minute",
	"ngày mai lúc 9 giờ sáng|2013-02-13T09:00|2013-02-13T09:00|minute",
	"ngày 15 tháng 2 lúc 9 giờ sáng|2013-02-15T09:00|2013-02-15T09:00|minute",
	"15/2, 9 giờ sáng|2013-02-15T09:00|2013-02-15T09:00|minute",
	// parts of the day
	"sáng nay|2013-02-12T04:00|2013-02-12T11:00|hour",
	"chiều nay|2013-02-12T12:00|2013-02-12T18:00|hour",
	"tối nay|2013-02-12T18:00|2013-02-12T23:00|hour",
	"tối mai|2013-02-13T18:00|2013-02-13T23:00|hour",
	"chiều mai|2013-02-13T12:00|2013-02-13T18:00|hour",
	"sáng mai|2013-02-13T04:00|2013-02-13T11:00|hour",
	"tối qua|2013-02-11T18:00|2013-02-11T23:00|hour",
	"trưa nay|2013-02-12T12:00|2013-02-12T13:00|hour",
	// windows of N units
	"2 giây vừa qua|2013-02-12T04:29:58|2013-02-12T04:29:59|second",
	"2 giây vừa rồi|2013-02-12T04:29:58|2013-02-12T04:29:59|second",
	"3 giây tới|2013-02-12T04:30:01|2013-02-12T04:30:03|second",
	"3 giây tiếp theo|2013-02-12T04:30:01|2013-02-12T04:30:03|second",
	"2 phút vừa qua|2013-02-12T04:28|2013-02-12T04:29|minute",
	"2 phút vừa rồi|2013-02-12T04:28|2013-02-12T04:29|minute",
	"3 phút tới|2013-02-12T04:31|2013-02-12T04:33|minute",
	"3 phút tiếp theo|2013-02-12T04:31|2013-02-12T04:33|minute",
	"2 giờ vừa qua|2013-02-12T02:00|2013-02-12T03:00|hour",
	"2 tiếng vừa qua|2013-02-12T02:00|2013-02-12T03:00|hour",
	"3 giờ tới|2013-02-12T05:00|2013-02-12T07:00|hour",
	"3 tiếng tới|2013-02-12T05:00|2013-02-12T07:00|hour",
	"3 tiếng tiếp theo|2013-02-12T05:00|2013-02-12T07:00|hour",
	"2 ngày vừa qua|2013-02-10|2013-02-11|day",
	"2 ngày qua|2013-02-10|2013-02-11|day",
	"3 ngày tới|2013-02-13|2013-02-15|day",
	"3 ngày tiếp theo|2013-02-13|2013-02-15|day",
	"3 ngày sắp tới|2013-02-13|2013-02-15|day",
	"2 tuần vừa qua|2013-01-28|2013-02-10|week",
	"3 tuần tới|2013-02-18|2013-03-10|week",
	"3 tuần tiếp theo|2013-02-18|2013-03-10|week",
	"2 tháng vừa qua|2012-12-01|2013-01-31|month",
	"3 tháng tới|2013-03-01|2013-05-31|month",
	"3 tháng tiếp theo|2013-03-01|2013-05-31|month",
	"2 năm vừa qua|2011-01-01|2012-12-31|year",
	"3 năm tới|2014-01-01|2016-12-31|year",
	"3 năm tiếp theo|2014-01-01|2016-12-31|year",
	"2 quý vừa qua|2012-07-01|2012-12-31|quarter",
	// points N units away
	"3 ngày trước|2013-02-09|2013-02-09|day",
	"3 ngày nữa|2013-02-15|2013-02-15|day",
	"2 tuần nữa|2013-02-25|2013-03-03|week",
	"1 năm trước|2012-01-01|2012-12-31|year",
	"1 tiếng nữa|2013-02-12T05:30|2013-02-12T05:30|minute",
	"2 giờ nữa|2013-02-12T06:30|2013-02-12T06:30|minute",
	"15 phút nữa|2013-02-12T04:45|2013-02-12T04:45|minute",
	"3 ngày sau|2013-02-15|2013-02-15|day",
	"hôm nay lúc 3 giờ chiều|2013-02-12T15:00|2013-02-12T15:00|minute",
	"3 giờ chiều ngày mai|2013-02-13T15:00|2013-02-13T15:00|minute",
	"thứ năm tuần sau lúc 8 giờ tối|2013-02-21T20:00|2013-02-21T20:00|minute",
	"từ thứ 2 đến thứ 6|2013-02-18|2013-02-22|day",
	"4 giờ 23 sáng|2013-02-13T04:23|2013-02-13T04:23|minute",
	"tháng 10 năm ngoái|2012-10-01|2012-10-31|month",
	"ngày lễ tình nhân|2013-02-14|2013-02-14|day",
	"ngày quốc tế phụ nữ|2013-03-08|2013-03-08|day",
	"tết nguyên đán|2014-01-31|2014-01-31|day",
	"quý 1 năm 2014|2014-01-01|2014-03-31|quarter",
	"bữa qua|2013-02-11|2013-02-11|day",
	"01/03|2013-03-01|2013-03-01|day",
	"2015-3-3|2015-03-03|2015-03-03|day",
	"vào ngày 15|2013-02-15|2013-02-15|day",
	"15 tháng 2|2013-02-15|2013-02-15|day",
	"8 tháng 8|2013-08-08|2013-08-08|day",
	"tháng mười năm 2014|2014-10-01|2014-10-31|month",
	"tầm 3 giờ chiều|2013-02-12T15:00|2013-02-12T15:00|minute",
	"3 giờ 15 phút chiều|2013-02-12T15:15|2013-02-12T15:15|minute",
	"thứ 6 ngày 18 tháng 7 năm 2014 lúc 7 giờ 30 tối|2014-07-18T19:30|2014-07-18T19:30|minute",
	"thứ 2 ngày 18 tháng hai|2013-02-18|2013-02-18|day",
	"thứ 4 của tuần tới|2013-02-20|2013-02-20|day",
	"9 giờ sáng thứ 7|2013-02-16T09:00|2013-02-16T09:00|minute",
	"12 giờ đêm|2013-02-13T00:00|2013-02-13T00:00|minute",
	"13:00|2013-02-12T13:00|2013-02-12T13:00|minute",
	// ranges
	"13-15 tháng 7|2013-07-13|2013-07-15|day",
	"từ 13 đến 15 tháng 7|2013-07-13|2013-07-15|day",
	"từ ngày 13 đến ngày 15 tháng 7|2013-07-13|2013-07-15|day",
	"13/7 - 15/7|2013-07-13|2013-07-15|day",
	"từ 9 giờ 30 đến 11 giờ|2013-02-12T09:30|2013-02-12T11:00|minute",
	"từ 3 giờ đến 5 giờ chiều|2013-02-12T15:00|2013-02-12T17:00|minute",
	// holidays
	"giáng sinh|2013-12-25|2013-12-25|day",
	"noel|2013-12-25|2013-12-25|day",
	"ngày quốc tế lao động|2013-05-01|2013-05-01|day",
	"quốc khánh|2013-09-02|2013-09-02|day",
	"ngày phụ nữ việt nam|2013-10-20|2013-10-20|day",
	"ngày nhà giáo việt nam|2013-11-20|2013-11-20|day",
	"tết dương lịch|2014-01-01|2014-01-01|day",
	"năm 500 TCN|-0499-01-01|-0499-12-31|year",
}

// TestDucklingStyle measures how many of the cases above are read right
// and keeps the figure from falling.
func TestDucklingStyle(t *testing.T) {
	ref, err := time.Parse(time.RFC3339, "2013-02-12T04:30:00-02:00")
	if err != nil {
		t.Fatal(err)
	}
	f := NewFinder(Options{Prefer: PreferFuture})
	right, found := 0, 0
	for _, c := range ducklingCases {
		parts := strings.Split(c, "|")
		text, want := parts[0], strings.Join(parts[1:], "|")
		// Find, as a tagger runs it: one expression whose value is right
		if es := f.Find(text, ref); len(es) == 1 && es[0].StartString()+"|"+es[0].EndString()+"|"+string(es[0].Grain) == want {
			found++
		} else {
			t.Logf("Find(%q) = %d expressions", text, len(es))
		}
		e, err := f.Parse(text, ref)
		got := err
		if err == nil {
			g := e.StartString() + "|" + e.EndString() + "|" + string(e.Grain)
			if g == want {
				right++
				continue
			}
			t.Logf("%-34q got %s (%s), want %s", text, g, e.Text, want)
			continue
		}
		t.Logf("%-34q %v, want %s", text, got, want)
	}
	n := float64(len(ducklingCases))
	t.Logf("Duckling-style cases: Parse %d/%d right (%.2f), Find %d/%d (%.2f)", right, len(ducklingCases), float64(right)/n, found, len(ducklingCases), float64(found)/n)
	if min := 0.97; float64(right) < min*n || float64(found) < min*n {
		t.Errorf("below the floor %.2f", min)
	}
}
