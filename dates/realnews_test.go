package dates

import "testing"

// Forms met in real news (UD-VTB, tokenised; NTREX, translated), written
// for this package after them, with the reference of the other cases
// (Thursday 2024-07-18).
var realNewsCases = []findCase{
	// "bây giờ", "hiện giờ" alone are the deictic now of an adverb, as
	// "hiện nay" is: no date in running text
	{"Không phải đợi đến bây giờ đâu", nil},
	{"Bây giờ họ đứng đầu bảng", nil},
	{"Hiện giờ chúng tôi vẫn đấu tranh", nil},
	{"bây giờ là 5 giờ chiều", []string{"5 giờ chiều|time|2024-07-18T17:00|2024-07-18T17:00|minute"}},
	{"từ năm 2020 đến bây giờ", []string{"từ năm 2020 đến bây giờ|interval|2020-01-01|2024-07-18|day"}},
	// a holiday with "này" is the one a bare name gives (Tết: that of
	// the reference's lunar year)
	{"kiếm được trong dịp tết này rất quan trọng", []string{"tết này|date|2024-02-10|2024-02-10|day"}},
	{"Tết này tôi sẽ hấp bánh", []string{"Tết này|date|2024-02-10|2024-02-10|day"}},
	{"Giáng sinh này", []string{"Giáng sinh này|date|2024-12-25|2024-12-25|day"}},
	// a Can Chi year is looked for mostly in the past, and a calendar
	// year of the same name after it wins (Tết 1968 is 29 January in
	// UTC+7, the calendar of the North since 1967)
	{"Tết Mậu Thân , căn nhà bị đốt", []string{"Tết Mậu Thân|date|1968-01-29|1968-01-29|day"}},
	{"Tết Mậu Thân 1968 , căn nhà", []string{"Tết Mậu Thân 1968|date|1968-01-29|1968-01-29|day"}},
	{"Tết Giáp Thìn", []string{"Tết Giáp Thìn|date|2024-02-10|2024-02-10|day"}},
	{"Tết Bính Ngọ", []string{"Tết Bính Ngọ|date|2026-02-17|2026-02-17|day"}},
	{"năm Ất Dậu 1945", []string{"năm Ất Dậu 1945|date|1945-02-13|1946-02-01|year"}},
	// "N unit trước" before a particle or a conjunction is "ago"; "trước
	// đó", "sau đó" count from the date in context
	{"đã đón tin vui từ mười ngày trước rồi .", []string{"mười ngày trước|date|2024-07-08|2024-07-08|day"}},
	{"tìm một người mất tích 35 năm trước như mò kim", []string{"35 năm trước|date|1989-01-01|1989-12-31|year"}},
	{"3 ngày trước khi khai mạc", []string{"3 ngày|duration|||day"}},
	{"Ngày 4/7 , ông đến . Hai ngày trước đó , ông gọi điện", []string{
		"Ngày 4/7|date|2024-07-04|2024-07-04|day", "Hai ngày trước đó|date|2024-07-02|2024-07-02|day"}},
	{"Năm 2011 , ông về hưu . Ba năm sau đó ông mất", []string{
		"Năm 2011|date|2011-01-01|2011-12-31|year", "Ba năm sau đó|date|2014-01-01|2014-12-31|year"}},
	{"vài ngày trước đó", nil},
	// months or quarters sharing the year written after the last are one
	// span, as days sharing a month are
	{"vào khoảng tháng 10 , 11 - 2000 , khi", []string{"tháng 10 , 11 - 2000|interval|2000-10-01|2000-11-30|month"}},
	{"tháng 3 và 5 năm 2023", []string{"tháng 3 và 5 năm 2023|interval|2023-03-01|2023-05-31|month"}},
	{"tháng 12 và 1 năm 2024", []string{"tháng 12|date|2024-12-01|2024-12-31|month", "1 năm 2024|date|2024-01-01|2024-01-31|month"}},
	{"tháng 6 năm 2022 và 7 năm 2023", []string{"tháng 6 năm 2022|date|2022-06-01|2022-06-30|month", "7 năm 2023|date|2023-07-01|2023-07-31|month"}},
	// "đêm khuya" is late night, as "khuya" alone
	{"Đêm khuya hôm trước nổ phát mìn", []string{"Đêm khuya hôm trước|time|2024-07-17T22:00|2024-07-17T23:00|hour"}},
	{"đêm khuya 12 - 8", []string{"đêm khuya 12 - 8|time|2024-08-12T22:00|2024-08-12T23:00|hour"}},
	// a fraction of a noun is no date
	{"đặc biệt trong 1/3 thời gian cuối trận", nil},
	{"thuộc 1/4 dự án cầu đường", nil},
	{"Từ 1/3 , thời gian làm việc thay đổi", []string{"1/3|date|2024-03-01|2024-03-01|day"}},
	{"ngày 1/3 thời tiết xấu", []string{"ngày 1/3|date|2024-03-01|2024-03-01|day"}},
	// a counted unit is not the one next to the reference
	{"Vài tuần sau vụ tấn công , bồi thẩm đoàn", nil},
	{"Vụ tai nạn xảy ra vài tháng sau khi một người", nil},
	{"suốt nhiều tháng qua vì xơ hóa", nil},
	{"trong vài tháng qua", []string{"vài tháng qua|interval|2024-04-01|2024-06-30|month"}},
	{"tuần sau sẽ họp", []string{"tuần sau|date|2024-07-22|2024-07-28|week"}},
	// "đêm thứ hai" in lower case is the second night
	{"Khi đêm thứ hai buông xuống Palu", nil},
	{"trước đó vào đêm thứ Hai đã có mưa", []string{"đêm thứ Hai|time|2024-07-15T18:00|2024-07-15T23:00|hour"}},
	{"cho tới chiều thứ bảy , chúng tôi", []string{"chiều thứ bảy|time|2024-07-13T12:00|2024-07-13T18:00|hour"}},
	{"đêm thứ hai tuần trước", []string{"đêm thứ hai tuần trước|time|2024-07-08T18:00|2024-07-08T23:00|hour"}},
	// "một ngày nào đó" is some day: no amount of time
	{"Tôi hy vọng một ngày nào đó , các cộng sự", nil},
	{"Một ngày nọ , ông lão đi câu", nil},
	{"suốt một ngày đêm", []string{"một ngày|duration|||day"}},
	// British clock times with a dot before a part of the day; a match
	// clock is no time of day
	{"một cốc bia là 5.30 chiều thứ bảy .", []string{"5.30 chiều thứ bảy|time|2024-07-13T17:30|2024-07-13T17:30|minute"}},
	{"đội nhà rút ngắn tỷ số vào phút thứ 13:10 trước khi", nil},
	{"giá 5.30 USD", nil},
	// days before Tết are counted in Tết: "27 tết" is the 27th of the
	// last lunar month
	{"từ 20 - 27 tết chạy bàn , 28 - 30 tết phục vụ", []string{
		"từ 20 - 27 tết|interval|2025-01-19|2025-01-26|day", "28 - 30 tết|interval|2025-01-27|2025-01-28|day"}},
	{"ngày 27 Tết", []string{"ngày 27 Tết|date|2025-01-26|2025-01-26|day"}},
	// "hôm" counts days before sau, trước, nữa, nay
	{"Ngày 5/3 , ông đến . Hai hôm sau , ông về", []string{
		"Ngày 5/3|date|2024-03-05|2024-03-05|day", "Hai hôm sau|date|2024-03-07|2024-03-07|day"}},
	{"ba hôm nay trời mưa", []string{"ba hôm nay|interval|2024-07-16|2024-07-18|day"}},
	// a bare "N g" is an hour where a cue of time says so, else grams
	{"ở nhà một mình từ 8 g - 10 g .", []string{"từ 8 g - 10 g|interval|2024-07-18T08:00|2024-07-18T10:00|minute"}},
	{"la cà bè bạn đến khoảng 10 g mới về .", []string{"10 g|time|2024-07-18T10:00|2024-07-18T10:00|minute"}},
	{"lúc 9 g , anh đến", []string{"9 g|time|2024-07-18T09:00|2024-07-18T09:00|minute"}},
	{"khoảng 10 g muối", nil},
	{"cân nặng 20 g .", nil},
	{"thêm 5 g đường", nil},
	{"- 10 g .", nil},
	{"5 - 10 g .", nil},
	// idioms: year after year, long-standing
	{"tháng này qua tháng khác , năm này qua năm khác cơn giận", nil},
	{"người dẫn chương trình lâu năm này , Kirsty Young", nil},
	{"năm này , ông về hưu", []string{"năm này|date|2024-01-01|2024-12-31|year"}},
	// "ngày" before a holiday is in its span
	{"có tâm trạng chán chường vào Ngày Giáng Sinh -", []string{"Ngày Giáng Sinh|date|2024-12-25|2024-12-25|day"}},
	{"vào ngày lễ Giáng sinh", []string{"ngày lễ Giáng sinh|date|2024-12-25|2024-12-25|day"}},
	{"bánh chưng ngày Tết", []string{"ngày Tết|date|2024-02-10|2024-02-10|day"}},
	// "năm sau đó", "tháng trước đó" count from the date in context
	{"thi đấu tại London năm 2012 . Năm sau đó , Daley thi đấu", []string{
		"năm 2012|date|2012-01-01|2012-12-31|year", "Năm sau đó|date|2013-01-01|2013-12-31|year"}},
	{"Ngày 5/3 , ông đến . Tháng trước đó , ông gọi", []string{
		"Ngày 5/3|date|2024-03-05|2024-03-05|day", "Tháng trước đó|date|2024-02-01|2024-02-29|month"}},
	// a season of "năm ấy", "năm đó": the year in context
	{"Năm 1972 , anh nhập ngũ . Mùa hè năm ấy , anh ra trận", []string{
		"Năm 1972|date|1972-01-01|1972-12-31|year", "Mùa hè năm ấy|date|1972-06-01|1972-08-31|month"}},
	{"vào mùa đông , trời lạnh", nil},
	// the August Revolution is an event; "tháng tám này" this August
	{"Kỷ niệm 59 năm cách mạng Tháng Tám và quốc khánh 2 - 9 .", []string{
		"59 năm|duration|||year", "quốc khánh 2 - 9|date|2024-09-02|2024-09-02|day"}},
	{"Tôi định tháng tám này sẽ cùng Fred sang Hà Nội", []string{"tháng tám này|date|2024-08-01|2024-08-31|month"}},
	{"vào tháng 12 này", []string{"tháng 12 này|date|2024-12-01|2024-12-31|month"}},
}

func TestFindRealNews(t *testing.T) { runFind(t, defaultFinder, ref, realNewsCases) }

// TestParseNow: asked for one expression, Parse reads "bây giờ" as the
// reference time, as Duckling does.
func TestParseNow(t *testing.T) {
	for _, s := range []string{"bây giờ", "Hiện giờ"} {
		e, err := Parse(s, ref)
		if err != nil || e.Kind != KindTime || !e.From.Equal(ref) {
			t.Errorf("Parse(%q) = %v, %v; want the reference time", s, show(e), err)
		}
	}
}
