package ner_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/gazetteer"
	"github.com/vntag/vntag/normalize"
)

var ref = time.Date(2024, 7, 18, 0, 0, 0, 0, dates.UTC7())

func newTagger(t testing.TB) *ner.Tagger {
	t.Helper()
	tg, err := ner.New(ner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// checkInvariants asserts what every tagged document must satisfy: spans in
// range, text equal to its slice, sorted by start then longer first, char
// offsets consistent, no two entities of one type partly overlapping and
// no LOC inside another.
func checkInvariants(t *testing.T, text string, d *ner.Document) {
	t.Helper()
	for i, e := range d.Entities {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			t.Fatalf("entity %d %+v out of range of %d bytes", i, e, len(text))
		}
		if text[e.Start:e.End] != e.Text {
			t.Fatalf("entity %d text %q != slice %q", i, e.Text, text[e.Start:e.End])
		}
		if strings.Contains(e.Text, "\n") {
			t.Fatalf("entity %d %q runs over a line break", i, e.Text)
		}
		if cs := utf8.RuneCountInString(text[:e.Start]); cs != e.CharStart {
			t.Fatalf("entity %d char start %d, want %d", i, e.CharStart, cs)
		}
		if ce := utf8.RuneCountInString(text[:e.End]); ce != e.CharEnd {
			t.Fatalf("entity %d char end %d, want %d", i, e.CharEnd, ce)
		}
		if i > 0 {
			p := d.Entities[i-1]
			if p.Start > e.Start || p.Start == e.Start && p.End < e.End {
				t.Fatalf("entities %d and %d out of order: %+v, %+v", i-1, i, p, e)
			}
		}
		for _, f := range d.Entities[:i] {
			if f.Type == e.Type && f.Start < e.End && e.Start < f.End {
				inside := f.Start <= e.Start && e.End <= f.End || e.Start <= f.Start && f.End <= e.End
				if !inside || f.Start == e.Start && f.End == e.End {
					t.Fatalf("%s entities overlap: %q [%d,%d) and %q [%d,%d)", e.Type, f.Text, f.Start, f.End, e.Text, e.Start, e.End)
				}
				if e.Type == ner.LOC {
					// ANNOTATION.md: one flat LOC per part, never nested.
					t.Fatalf("LOC %q nested in LOC %q", e.Text, f.Text)
				}
			}
		}
	}
}

type want struct {
	typ  ner.Type
	text string
}

func has(d *ner.Document, w want) bool {
	for _, e := range d.Entities {
		if e.Type == w.typ && e.Text == w.text {
			return true
		}
	}
	return false
}

// Each case is a rule of ANNOTATION.md; the entities listed must be found,
// those in not must not.
func TestTagRules(t *testing.T) {
	tg := newTagger(t)
	tests := []tagCase{
		{"apposition and nested roles",
			"Đồng chí Tạ Huy Cần, Bí thư Huyện ủy, Chủ tịch HĐND huyện Lạng Giang phát biểu.",
			[]want{{ner.PER, "Tạ Huy Cần"}, {ner.ROLE, "Bí thư Huyện ủy"}, {ner.ROLE, "Chủ tịch HĐND huyện Lạng Giang"},
				{ner.ORG, "HĐND huyện Lạng Giang"}, {ner.LOC, "huyện Lạng Giang"}},
			[]want{{ner.ORG, "Huyện ủy"}, {ner.PER, "Đồng chí Tạ Huy Cần"}}},
		{"either tone style",
			"Bí thư Huyện uỷ Lạng Giang thăm Thanh Hoá và Khánh Hoà.",
			[]want{{ner.ROLE, "Bí thư Huyện uỷ Lạng Giang"}, {ner.ORG, "Huyện uỷ Lạng Giang"}, {ner.LOC, "Thanh Hoá"}, {ner.LOC, "Khánh Hoà"}}, nil},
		{"party committee with its place",
			"Huyện ủy Lạng Giang (Bắc Giang) tổ chức hội nghị.",
			[]want{{ner.ORG, "Huyện ủy Lạng Giang"}, {ner.LOC, "Lạng Giang"}, {ner.LOC, "Bắc Giang"}}, nil},
		{"bare bodies are no organisations",
			"Các nghị quyết của T.Ư, Tỉnh ủy, Ban Thường vụ Tỉnh ủy và Chính phủ.",
			nil,
			[]want{{ner.ORG, "T.Ư"}, {ner.ORG, "Tỉnh ủy"}, {ner.ORG, "Ban Thường vụ Tỉnh ủy"}, {ner.ORG, "Chính phủ"}}},
		{"honorific outside the name",
			"Ông Cần cho biết huyện sẽ hoàn thành kế hoạch.",
			[]want{{ner.PER, "Cần"}}, []want{{ner.PER, "Ông Cần"}}},
		{"person versus city",
			"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Anh sống tại TP Hồ Chí Minh.",
			[]want{{ner.PER, "Hồ Chí Minh"}, {ner.LOC, "TP Hồ Chí Minh"}}, nil},
		{"dateline in capitals",
			"BẮC GIANG – Ngày 18/7, hội nghị diễn ra.",
			[]want{{ner.LOC, "BẮC GIANG"}, {ner.DATE, "Ngày 18/7"}}, nil},
		{"byline",
			"Các đại biểu dự hội nghị.\nTin, ảnh: Quốc Phương\n",
			[]want{{ner.PER, "Quốc Phương"}}, nil},
		{"amounts, percentages and documents",
			"Tổng vốn đầu tư đạt 6.123 tỷ đồng, tăng 13,4%, theo Kết luận số 21-KL/TW và Nghị định 100/2019/NĐ-CP.",
			[]want{{ner.MONEY, "6.123 tỷ đồng"}, {ner.PERCENT, "13,4%"}, {ner.DOC, "Kết luận số 21-KL/TW"}, {ner.DOC, "Nghị định 100/2019/NĐ-CP"}},
			[]want{{ner.DATE, "21-KL/TW"}, {ner.DATE, "100/2019"}}},
		{"a currency word that starts another word",
			"Bị cáo cùng 85 đồng phạm chiếm đoạt 304.000 tỷ đồng. Theo Reuters, giá tăng.",
			[]want{{ner.MONEY, "304.000 tỷ đồng"}},
			[]want{{ner.MONEY, "85 đồng"}, {ner.PER, "Theo Reuters"}}},
		{"title before a name",
			"Thượng tướng Tô Lâm và Phó Thủ tướng Trần Hồng Hà dự lễ.",
			[]want{{ner.ROLE, "Phó Thủ tướng"}, {ner.PER, "Trần Hồng Hà"}, {ner.PER, "Tô Lâm"}}, nil},
		{"department with its province",
			"Giám đốc Sở Y tế tỉnh Bắc Ninh kiểm tra Bệnh viện Đa khoa tỉnh Bắc Ninh.",
			[]want{{ner.ROLE, "Giám đốc Sở Y tế tỉnh Bắc Ninh"}, {ner.ORG, "Sở Y tế tỉnh Bắc Ninh"}, {ner.LOC, "tỉnh Bắc Ninh"}}, nil},
		{"nationality and language are no places",
			"Người Mỹ học tiếng Anh, còn người dân Pháp thì không.",
			[]want{{ner.LOC, "Pháp"}}, []want{{ner.LOC, "Mỹ"}, {ner.LOC, "Anh"}}},
		{"tokenised text",
			"Ông Nguyễn Văn An sống ở Tp . Hồ Chí Minh , còn em gái ở Thanh Hóa .",
			[]want{{ner.PER, "Nguyễn Văn An"}, {ner.LOC, "Tp . Hồ Chí Minh"}, {ner.LOC, "Thanh Hóa"}}, nil},
		{"no entity over a line break",
			"Đẩy mạnh phong trào thi đua của huyện.\nTin, ảnh: Quốc Phương\nĐường Láng\nHà Nội",
			[]want{{ner.PER, "Quốc Phương"}},
			[]want{{ner.LOC, "huyện.\nTin"}, {ner.LOC, "Đường Láng\nHà Nội"}}},
		{"lower-case descriptions anchored by a rank or a place",
			"Trung tâm Dự báo khí tượng thủy văn quốc gia và Cục Quản lý thị trường tỉnh Lạng Sơn họp, còn Sở Y tế tổ chức hội nghị tại tỉnh Bắc Ninh.",
			[]want{{ner.ORG, "Trung tâm Dự báo khí tượng thủy văn quốc gia"}, {ner.ORG, "Cục Quản lý thị trường tỉnh Lạng Sơn"}, {ner.LOC, "tỉnh Bắc Ninh"}},
			[]want{{ner.ORG, "Sở Y tế tổ chức hội nghị tại tỉnh Bắc Ninh"}, {ner.ORG, "Sở Y tế"}}},
		{"schools after people, hospitals after wards, titles holding bodies",
			"Học sinh Trường THCS Nguyễn Du được đưa vào Bệnh viện Bạch Mai. Ông Lê Minh Hưng, Ủy viên Bộ Chính trị, phát biểu.",
			[]want{{ner.PER, "Nguyễn Du"}, {ner.LOC, "Bạch Mai"}, {ner.ROLE, "Ủy viên Bộ Chính trị"}, {ner.ORG, "Bộ Chính trị"}},
			[]want{{ner.LOC, "Nguyễn Du"}, {ner.PER, "Bạch Mai"}}},
		{"a country, then a name",
			"Tổng Bí thư tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki, rồi tới Công ty TNHH MTV Xổ số kiến thiết Vĩnh Long trên quốc lộ 1A.",
			[]want{{ner.LOC, "Việt Nam"}, {ner.PER, "Ito Naoki"}, {ner.ORG, "Công ty TNHH MTV Xổ số kiến thiết Vĩnh Long"}, {ner.LOC, "quốc lộ 1A"}},
			[]want{{ner.PER, "Nam Ito Naoki"}}},
		{"all caps headline",
			"THANH HÓA: MƯA LỚN GÂY NGẬP",
			nil, []want{{ner.PER, "MƯA LỚN"}}},
		{"a headline in capitals names places, not people",
			"BẮT GIỮ NGHI PHẠM SÁT HẠI NỮ SINH Ở HÀ NAM",
			[]want{{ner.LOC, "HÀ NAM"}},
			[]want{{ner.PER, "SÁT HẠI NỮ SINH"}, {ner.PER, "Ở HÀ NAM"}, {ner.ORG, "NAM"}}},
		{"former titles and company heads before foreign names",
			"Ông Vũ Đức Đam, nguyên Phó Thủ tướng, gặp Chủ tịch Samsung Lee Jae-yong.",
			[]want{{ner.ROLE, "Phó Thủ tướng"}, {ner.ROLE, "Chủ tịch Samsung"}, {ner.ORG, "Samsung"}, {ner.PER, "Lee Jae-yong"}},
			[]want{{ner.ROLE, "nguyên Phó Thủ tướng"}}},
		{"text without diacritics",
			"Ong Nguyen Van Binh song o Ha Noi.",
			nil, []want{{ner.PER, "Ha Noi"}}},
		{"a type word that is the last given name",
			"Giáo sư Ngô Bảo Châu giảng bài; chị Nguyễn Thị Châu bán hàng; du lịch Châu Á tăng.",
			[]want{{ner.PER, "Ngô Bảo Châu"}, {ner.PER, "Nguyễn Thị Châu"}, {ner.LOC, "Châu Á"}},
			[]want{{ner.PER, "Ngô Bảo"}}},
		{"long Ê Đê names",
			"Ông Y Thanh Hà Niê Kđăm, nguyên Chủ nhiệm Ủy ban Dân tộc, dự lễ.",
			[]want{{ner.PER, "Y Thanh Hà Niê Kđăm"}, {ner.ORG, "Ủy ban Dân tộc"}, {ner.ROLE, "Chủ nhiệm Ủy ban Dân tộc"}},
			[]want{{ner.PER, "Dân"}}},
		{"hãng, tờ and tạp chí stay outside, at the start of a sentence too",
			"Hãng Boeing giao máy bay. Tờ New York Times đưa tin. Tạp chí Forbes xếp hạng.",
			[]want{{ner.ORG, "Boeing"}, {ner.ORG, "New York Times"}, {ner.ORG, "Forbes"}},
			[]want{{ner.ORG, "Hãng Boeing"}, {ner.ORG, "Tờ New York Times"}, {ner.ORG, "Tạp chí Forbes"}}},
		{"national departments with a lower-case field",
			"Cục Cảnh sát giao thông (Bộ Công an) ra quân; Cục An toàn thực phẩm cảnh báo; Vụ Pháp chế soạn thảo; Cục Thuế cho biết; Viện Vệ sinh dịch tễ Trung ương xét nghiệm; Cục Phòng cháy, chữa cháy và cứu nạn, cứu hộ tập huấn.",
			[]want{{ner.ORG, "Cục Cảnh sát giao thông"}, {ner.ORG, "Bộ Công an"}, {ner.ORG, "Cục An toàn thực phẩm"}, {ner.ORG, "Vụ Pháp chế"},
				{ner.ORG, "Cục Thuế"}, {ner.ORG, "Viện Vệ sinh dịch tễ Trung ương"}, {ner.ORG, "Cục Phòng cháy, chữa cháy và cứu nạn, cứu hộ"}},
			[]want{{ner.LOC, "Pháp"}, {ner.ORG, "Cục An toàn thực phẩm cảnh báo"}}},
		{"a field word that is mostly a verb ends the name",
			"Bộ Công an khởi tố vụ án; Cục Thuế điều tra; Cục Cảnh sát giao thông điều tra vụ tai nạn.",
			[]want{{ner.ORG, "Bộ Công an"}, {ner.ORG, "Cục Thuế"}, {ner.ORG, "Cục Cảnh sát giao thông"}}, nil},
		{"links named after both ends",
			"Dự án cao tốc Bắc - Nam đoạn qua Thanh Hóa; cảng Cái Mép - Thị Vải đón tàu; cao tốc Hà Nội - Hải Phòng thông xe.",
			[]want{{ner.LOC, "cao tốc Bắc - Nam"}, {ner.LOC, "cảng Cái Mép - Thị Vải"}, {ner.LOC, "cao tốc Hà Nội"}, {ner.LOC, "Hải Phòng"}},
			[]want{{ner.LOC, "cao tốc Bắc"}}},
		{"rates keep their second unit",
			"Xe chạy 120 km/h; lưu lượng 5.000 m3/s; dài 20 m / 3 đoạn.",
			[]want{{ner.QUANTITY, "120 km/h"}, {ner.QUANTITY, "5.000 m3/s"}, {ner.QUANTITY, "20 m"}},
			[]want{{ner.QUANTITY, "120 km"}}},
		{"a type word names a unit of its level only",
			"Phó Chủ tịch Thường trực UBND tỉnh Lê Hồng Vinh báo cáo; Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải phát biểu; về xã Lê Hồng.",
			[]want{{ner.PER, "Lê Hồng Vinh"}, {ner.LOC, "tỉnh Hà Tĩnh"}, {ner.PER, "Võ Trọng Hải"}, {ner.LOC, "xã Lê Hồng"}},
			[]want{{ner.LOC, "tỉnh Lê Hồng"}}},
		{"upper and lower houses named by their country",
			"Ông tiếp Chủ tịch Hạ viện Nhật Bản; Thượng viện Pháp họp.",
			[]want{{ner.ROLE, "Chủ tịch Hạ viện Nhật Bản"}, {ner.ORG, "Hạ viện Nhật Bản"}, {ner.ORG, "Thượng viện Pháp"}, {ner.LOC, "Pháp"}}, nil},
		{"long heads that take a place",
			"Ban Chấp hành Đảng bộ tỉnh Nghệ An họp; Ban quản lý các khu công nghiệp tỉnh Bắc Ninh cấp phép; Công an tỉnh Nghệ An bắt giữ.",
			[]want{{ner.ORG, "Ban Chấp hành Đảng bộ tỉnh Nghệ An"}, {ner.ORG, "Đảng bộ tỉnh Nghệ An"}, {ner.LOC, "tỉnh Nghệ An"}, {ner.ORG, "Ban quản lý các khu công nghiệp tỉnh Bắc Ninh"},
				{ner.LOC, "tỉnh Bắc Ninh"}, {ner.ORG, "Công an tỉnh Nghệ An"}},
			[]want{{ner.LOC, "khu công nghiệp tỉnh Bắc Ninh"}}},
		{"single-member limited companies",
			"Công ty TNHH Một thành viên Xổ số kiến thiết Vĩnh Long nộp thuế; Công ty TNHH MTV Cấp nước Sóc Trăng thông báo.",
			[]want{{ner.ORG, "Công ty TNHH Một thành viên Xổ số kiến thiết Vĩnh Long"}, {ner.ORG, "Công ty TNHH MTV Cấp nước Sóc Trăng"}},
			[]want{{ner.ORG, "Công ty TNHH Một"}}},
		{"a listed company before a commune of the same name",
			"Hòa Phát báo lãi lớn; về thăm xã Hòa Phát, huyện Hòa Vang.",
			[]want{{ner.ORG, "Hòa Phát"}, {ner.LOC, "xã Hòa Phát"}}, nil},
		{"an economic indicator before a place",
			"Ngân hàng Thế giới dự báo GDP Việt Nam tăng; vốn FDI Hà Nội tăng.",
			[]want{{ner.LOC, "Việt Nam"}, {ner.LOC, "Hà Nội"}}, nil},
		{"a capitalised preposition opening the sentence",
			"Theo Nguyễn Văn Hải, dự án sẽ xong. Tại Hà Nội, trời mưa. Ở Quảng Ninh, du lịch tăng.",
			[]want{{ner.PER, "Nguyễn Văn Hải"}, {ner.LOC, "Hà Nội"}, {ner.LOC, "Quảng Ninh"}},
			[]want{{ner.PER, "Theo Nguyễn Văn Hải"}}},
		{"initials, their dots and the dot that ends a sentence",
			"Khởi tố ông Nguyễn Văn A.\nLê Văn T. cho biết anh bị lừa. Bị can Trần Thị H. (SN 1990) bị bắt. Anh Lê Văn X. trú tại H. Lạng Giang.",
			[]want{{ner.PER, "Nguyễn Văn A"}, {ner.PER, "Lê Văn T."}, {ner.PER, "Trần Thị H."}, {ner.PER, "Lê Văn X."}, {ner.LOC, "H. Lạng Giang"}},
			[]want{{ner.PER, "Nguyễn Văn A."}, {ner.PER, "Trần Thị"}}},
		{"a closing signature is a byline",
			"Hà Nội khởi công dự án mới.\nDự án có tổng vốn lớn.\nMinh Anh",
			[]want{{ner.PER, "Minh Anh"}}, nil},
		{"the EU is an organisation; Nhà Trắng is not Nha Trang; a part of a named place",
			"Liên minh châu Âu (EU) áp thuế; Nhà Trắng cho biết; du khách đến Nha Trang; Israel không kích miền Nam Dải Gaza; mưa ở miền Tây Nam Bộ.",
			[]want{{ner.ORG, "Liên minh châu Âu"}, {ner.ORG, "EU"}, {ner.LOC, "Nhà Trắng"}, {ner.LOC, "Nha Trang"}, {ner.LOC, "Dải Gaza"}, {ner.LOC, "miền Tây Nam Bộ"}},
			[]want{{ner.LOC, "Liên minh châu Âu"}, {ner.LOC, "miền Nam Dải Gaza"}}},
		{"a province after a cue that addresses no one is a place",
			"Hơn 30.000 sinh viên TP.HCM tham gia; 500 học sinh Hà Nội dự thi; anh Hải Dương cho biết; ca sĩ Hà Anh Tuấn hát.",
			[]want{{ner.LOC, "TP.HCM"}, {ner.LOC, "Hà Nội"}, {ner.PER, "Hải Dương"}, {ner.PER, "Hà Anh Tuấn"}},
			[]want{{ner.PER, "Hà Nội"}, {ner.LOC, "Hải Dương"}}},
		{"parents and places nested in listed organisations",
			"Đại hội đồng Liên hợp quốc họp; bầu cử Nghị viện châu Âu; Tập đoàn Hòa Phát báo lãi.",
			[]want{{ner.ORG, "Đại hội đồng Liên hợp quốc"}, {ner.ORG, "Liên hợp quốc"}, {ner.ORG, "Nghị viện châu Âu"}, {ner.LOC, "châu Âu"}, {ner.ORG, "Tập đoàn Hòa Phát"}},
			[]want{{ner.ORG, "Hòa Phát"}}},
		{"a power of a unit",
			"Diện tích 52,3 km² và lưu lượng 5 m³/s.",
			[]want{{ner.QUANTITY, "52,3 km²"}, {ner.QUANTITY, "5 m³/s"}}, nil},
		{"a type word after a word it could close, before a name",
			"Bắc qua sông Hồng; phân luồng qua cầu Trung Hà; xuất phát từ đường Nguyễn Huệ; lễ hội chùa Hương; yêu cầu Bộ Y tế; đề nghị qua cầu.",
			[]want{{ner.LOC, "sông Hồng"}, {ner.LOC, "cầu Trung Hà"}, {ner.LOC, "đường Nguyễn Huệ"}, {ner.LOC, "chùa Hương"}, {ner.ORG, "Bộ Y tế"}},
			[]want{{ner.LOC, "cầu Bộ Y tế"}}},
		{"a country whose list name has a bracket",
			"Đội tuyển nữ Việt Nam thắng Myanmar 2-0; Miến Điện xưa.",
			[]want{{ner.LOC, "Myanmar"}, {ner.LOC, "Miến Điện"}}, nil},
		{"schools named after a person; a place in brackets after an organisation",
			"Học sinh Trường THPT chuyên Lê Hồng Phong (TP.HCM) giành giải; các tuyến phố Hàng Mã, Lương Văn Can đông người; Liên đoàn Bóng đá Việt Nam (VFF) họp.",
			[]want{{ner.ORG, "Trường THPT chuyên Lê Hồng Phong"}, {ner.PER, "Lê Hồng Phong"}, {ner.LOC, "TP.HCM"}, {ner.LOC, "Hàng Mã"}, {ner.LOC, "Lương Văn Can"}, {ner.ORG, "VFF"}},
			[]want{{ner.LOC, "Hồng Phong"}, {ner.ORG, "TP.HCM"}, {ner.LOC, "phố Hàng Mã"}}},
		{"investigation agencies nest the police they belong to",
			"Cơ quan CSĐT Công an tỉnh Long An khởi tố; Cơ quan Cảnh sát điều tra Công an TP.HCM bắt giữ.",
			[]want{{ner.ORG, "Cơ quan CSĐT Công an tỉnh Long An"}, {ner.ORG, "Công an tỉnh Long An"}, {ner.ORG, "Cơ quan Cảnh sát điều tra Công an TP.HCM"}, {ner.ORG, "Công an TP.HCM"}}, nil},
		{"names that nameRun stops short of",
			"Thông xe đường Vành đai 3 trên cao; tàu cập Cảng Lạch Huyện; về xã Tân Phú, huyện Đồng Phú.",
			[]want{{ner.LOC, "đường Vành đai 3"}, {ner.LOC, "Cảng Lạch Huyện"}, {ner.LOC, "xã Tân Phú"}, {ner.LOC, "huyện Đồng Phú"}},
			[]want{{ner.LOC, "Cảng Lạch"}}},
		{"a given name alone opening a clause, before what people do",
			"Do mâu thuẫn, Bảo dùng dao đâm anh Lê Văn T. cho đến chết; sau đó, Hùng đã chiếm đoạt tiền; tại cơ quan công an, Tình khai nhận. Theo đó, Bộ cho biết.",
			[]want{{ner.PER, "Bảo"}, {ner.PER, "Hùng"}, {ner.PER, "Lê Văn T."}, {ner.PER, "Tình"}},
			[]want{{ner.PER, "Bộ"}}},
		{"laws are documents",
			"Quốc hội thông qua Luật Thanh tra; theo Bộ luật Hình sự năm 2015; Luật Đất đai 2024 có hiệu lực; Luật Phòng, chống tham nhũng; luật sư Trần Văn An bào chữa; Tòa án Hiến pháp Thái Lan họp.",
			[]want{{ner.DOC, "Luật Thanh tra"}, {ner.DOC, "Bộ luật Hình sự"}, {ner.DATE, "năm 2015"}, {ner.DOC, "Luật Đất đai 2024"}, {ner.DOC, "Luật Phòng, chống tham nhũng"}, {ner.PER, "Trần Văn An"}},
			[]want{{ner.DOC, "Hiến pháp"}}},
		{"an organisation that starts inside a title",
			"Ông Lê Văn A, Phó Trưởng phòng Kinh tế huyện Yên Thế, bị kỷ luật; Trưởng phòng GD&ĐT quận 9 phát biểu; Phó Trưởng phòng Tham mưu Công an TP.HCM cho biết.",
			[]want{{ner.ROLE, "Phó Trưởng phòng Kinh tế huyện Yên Thế"}, {ner.ORG, "phòng Kinh tế huyện Yên Thế"}, {ner.ORG, "phòng GD&ĐT quận 9"},
				{ner.LOC, "quận 9"}, {ner.ORG, "phòng Tham mưu Công an TP.HCM"}, {ner.ORG, "Công an TP.HCM"}},
			[]want{{ner.PER, "Kinh"}, {ner.PER, "Tham"}, {ner.PER, "GD&ĐT"}}},
		{"military units named by a number",
			"Thiếu tướng Nguyễn Minh Tuấn, Phó Tư lệnh Quân khu 4; Sư đoàn 312 diễn tập.",
			[]want{{ner.ROLE, "Phó Tư lệnh Quân khu 4"}, {ner.ORG, "Quân khu 4"}, {ner.ORG, "Sư đoàn 312"}}, nil},
		{"landmarks; a listed body that ends a title",
			"Kỳ họp khai mạc tại Nhà Quốc hội; người dân đổ về Dinh Độc Lập; biểu tình ở quảng trường Thiên An Môn; ông Lương Cường, Thường trực Ban Bí thư, phát biểu.",
			[]want{{ner.LOC, "Nhà Quốc hội"}, {ner.LOC, "Dinh Độc Lập"}, {ner.LOC, "quảng trường Thiên An Môn"}, {ner.ROLE, "Thường trực Ban Bí thư"}, {ner.ORG, "Ban Bí thư"}},
			[]want{{ner.LOC, "Thiên An Môn"}}},
		{"a police department's long field, joined by về",
			"Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Nghệ An bắt giữ; Cục Cảnh sát giao thông về làm việc.",
			[]want{{ner.ORG, "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Nghệ An"}, {ner.ORG, "Công an tỉnh Nghệ An"}, {ner.ORG, "Cục Cảnh sát giao thông"}},
			[]want{{ner.ORG, "Cục Cảnh sát giao thông về"}}},
		{"a form of address inside the name of a mountain or a shrine",
			"Cháy rừng trên núi Bà Đen; lễ hội đền Bà Chúa Kho; khách về bãi biển Mỹ Khê; anh ở trên núi với bà Lan.",
			[]want{{ner.LOC, "núi Bà Đen"}, {ner.LOC, "đền Bà Chúa Kho"}, {ner.LOC, "bãi biển Mỹ Khê"}, {ner.PER, "Lan"}}, nil},
		{"a club named by a river and its province nests the province",
			"Sông Lam Nghệ An trụ hạng; CLB Hà Nội thắng Hoàng Anh Gia Lai.",
			[]want{{ner.ORG, "Sông Lam Nghệ An"}, {ner.LOC, "Nghệ An"}, {ner.ORG, "CLB Hà Nội"}, {ner.LOC, "Hà Nội"}, {ner.LOC, "Gia Lai"}},
			[]want{{ner.LOC, "Sông Lam"}}},
		{"a place inside an organisation's name is nested once",
			"Bệnh viện Đa khoa tỉnh Thanh Hóa quá tải.",
			[]want{{ner.ORG, "Bệnh viện Đa khoa tỉnh Thanh Hóa"}, {ner.LOC, "tỉnh Thanh Hóa"}},
			[]want{{ner.LOC, "Thanh Hóa"}}},
		{"a project board with a long description and its place",
			"Dự án do Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ninh làm chủ đầu tư.",
			[]want{{ner.ORG, "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ninh"}, {ner.LOC, "tỉnh Quảng Ninh"}}, nil},
		{"a holiday that is a given name",
			"Ông Đặng Quốc Khánh và bà Nguyễn Thị Trung Thu dự Tết Trung Thu; nhân dịp Quốc khánh 2/9, ông Lê Ba tặng quà.",
			[]want{{ner.PER, "Đặng Quốc Khánh"}, {ner.PER, "Nguyễn Thị Trung Thu"}, {ner.DATE, "Tết Trung Thu"}, {ner.DATE, "Quốc khánh 2/9"}},
			[]want{{ner.DATE, "Quốc Khánh"}, {ner.PER, "Đặng"}}},
	}
	runTagCases(t, tg, tests)
}

// A tagCase is a text with the entities it must and must not give.
type tagCase struct {
	name string
	text string
	want []want
	not  []want
}

func runTagCases(t *testing.T, tg *ner.Tagger, tests []tagCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := tg.Tag(tc.text, ref)
			checkInvariants(t, tc.text, d)
			for _, w := range tc.want {
				if !has(d, w) {
					t.Errorf("missing %s %q in %v", w.typ, w.text, summary(d))
				}
			}
			for _, w := range tc.not {
				if has(d, w) {
					t.Errorf("unexpected %s %q in %v", w.typ, w.text, summary(d))
				}
			}
		})
	}
}

// TestAbolishedBodies checks that a body abolished before the reference
// date is still an organisation: news keeps naming former bodies.
func TestAbolishedBodies(t *testing.T) {
	tg := newTagger(t)
	after := time.Date(2025, 8, 1, 0, 0, 0, 0, dates.UTC7())
	d := tg.Tag("Ông Hầu A Lềnh, nguyên Chủ nhiệm Ủy ban Dân tộc, và Huyện ủy Lạng Giang (cũ) đã bàn giao hồ sơ cho Bộ Dân tộc và Tôn giáo.", after)
	for _, w := range []string{"Ủy ban Dân tộc", "Huyện ủy Lạng Giang", "Bộ Dân tộc và Tôn giáo"} {
		if !has(d, want{ner.ORG, w}) {
			t.Errorf("no ORG %s in %v", w, summary(d))
		}
	}
	if has(d, want{ner.PER, "Dân"}) {
		t.Errorf("PER Dân in %v", summary(d))
	}
}

func summary(d *ner.Document) []string {
	var s []string
	for _, e := range d.Entities {
		s = append(s, string(e.Type)+":"+e.Text)
	}
	return s
}

func TestRolesLinked(t *testing.T) {
	tg := newTagger(t)
	for _, tc := range []struct {
		text  string
		roles map[string]string // person → roles, joined by |
	}{
		{"Đồng chí Tạ Huy Cần, Bí thư Huyện ủy, Chủ tịch HĐND huyện Lạng Giang phát biểu.",
			map[string]string{"Tạ Huy Cần": "Bí thư Huyện ủy|Chủ tịch HĐND huyện Lạng Giang"}},
		// Coordination: each holds the title before their own name only.
		{"Phó Thủ tướng Trần Hồng Hà và Bộ trưởng Bộ Y tế Đào Hồng Lan dự lễ.",
			map[string]string{"Trần Hồng Hà": "Phó Thủ tướng", "Đào Hồng Lan": "Bộ trưởng Bộ Y tế"}},
		{"TT. Trump phát biểu.", map[string]string{"Trump": "TT"}},
	} {
		d := tg.Tag(tc.text, ref)
		for name, want := range tc.roles {
			found := false
			for _, e := range d.Entities {
				if e.Type != ner.PER || e.Text != name {
					continue
				}
				found = true
				var got []string
				for _, r := range e.Roles {
					got = append(got, r.Text)
				}
				if g := strings.Join(got, "|"); g != want {
					t.Errorf("%s: roles of %q = %q, want %q", tc.text, name, g, want)
				}
			}
			if !found {
				t.Errorf("%s: no PER %q in %v", tc.text, name, summary(d))
			}
		}
	}
}

// The same place resolves to the unit it denoted on the reference date,
// unless its context names the level: in 2026 the district party committee
// is that of the former district, still an organisation.
func TestUnitByDate(t *testing.T) {
	tg := newTagger(t)
	for _, tc := range []struct {
		text  string
		ref   time.Time
		level string
	}{
		{"Huyện ủy Lạng Giang (Bắc Giang) họp.", time.Date(2024, 7, 18, 0, 0, 0, 0, dates.UTC7()), "district"},
		{"Người dân Lạng Giang (Bắc Ninh) đón Tết.", time.Date(2026, 1, 1, 0, 0, 0, 0, dates.UTC7()), "commune"},
		{"Huyện ủy Lạng Giang (cũ) đã hoàn thành nhiệm vụ.", time.Date(2026, 1, 1, 0, 0, 0, 0, dates.UTC7()), "district"},
	} {
		d := tg.Tag(tc.text, tc.ref)
		if strings.HasPrefix(tc.text, "Huyện ủy") && !has(d, want{ner.ORG, "Huyện ủy Lạng Giang"}) {
			t.Errorf("%s: no ORG Huyện ủy Lạng Giang in %v", tc.ref.Format("2006-01-02"), summary(d))
		}
		found := false
		for _, e := range d.Entities {
			if e.Type == ner.LOC && e.Text == "Lạng Giang" {
				found = true
				if e.Unit == nil || e.Unit.Level != tc.level {
					t.Errorf("%s: unit %+v, want level %s", tc.ref.Format("2006-01-02"), e.Unit, tc.level)
				}
			}
		}
		if !found {
			t.Errorf("no LOC Lạng Giang in %v", summary(d))
		}
	}
}

// Offsets point into the caller's bytes whatever the input's encoding
// problems: NFD text, invalid bytes, NUL, zero-width characters.
func TestOffsetsIntoOriginal(t *testing.T) {
	tg := newTagger(t)
	for _, text := range []string{
		"Ông Ta\u0323 Huy Câ\u0300n ở huyê\u0323n La\u0323ng Giang.",
		"\xff\xfeÔng Tạ Huy Cần\x00 ở \u200bhuyện Lạng Giang.",
		"",
		"\x00\x00\x00",
	} {
		d := tg.Tag(text, ref)
		checkInvariants(t, text, d)
	}
}

// Text in a legacy encoding is tagged with offsets into its own bytes.
func TestTagBytesLegacy(t *testing.T) {
	tg := newTagger(t)
	// "Ông Tạ Huy Cần ở huyện Lạng Giang." in VNI-Windows.
	vni := []byte("O\xe2ng Ta\xef Huy Ca\xe0n \xf4\xfb huye\xe4n La\xefng Giang.")
	enc, conf := normalize.Detect(vni)
	if enc != normalize.VNI {
		t.Fatalf("Detect = %v (%.2f), want VNI", enc, conf)
	}
	d, err := tg.TagBytes(vni, enc, ref)
	if err != nil {
		t.Fatal(err)
	}
	if !has(d, want{ner.PER, "Tạ Huy Cần"}) || !has(d, want{ner.LOC, "huyện Lạng Giang"}) {
		t.Fatalf("entities of VNI text: %v", summary(d))
	}
	for _, e := range d.Entities {
		if e.Start < 0 || e.End > len(vni) || e.Start >= e.End {
			t.Errorf("%s %q: span [%d,%d) outside the %d input bytes", e.Type, e.Text, e.Start, e.End, len(vni))
		}
		back, err := normalize.Decode(vni[e.Start:e.End], normalize.VNI)
		if err != nil || back.Norm != e.Text {
			t.Errorf("%s: bytes [%d,%d) decode to %q, want %q", e.Type, e.Start, e.End, back.Norm, e.Text)
		}
	}
	if _, err := tg.TagBytes(vni, normalize.Encoding(99), ref); err == nil {
		t.Error("an unknown encoding was accepted")
	}
}

func TestTypesOption(t *testing.T) {
	tg, err := ner.New(ner.Options{Types: []ner.Type{ner.DATE}})
	if err != nil {
		t.Fatal(err)
	}
	d := tg.Tag("Ngày 18/7, ông Tạ Huy Cần phát biểu.", ref)
	for _, e := range d.Entities {
		if e.Type != ner.DATE {
			t.Errorf("type %s kept by Types: [DATE]", e.Type)
		}
	}
	// A tagger of dates alone builds no gazetteer up front, but still
	// asks it whether a holiday is a person's given name.
	d = tg.Tag("Ông Đặng Quốc Khánh nghỉ dịp Quốc khánh.", ref)
	var got []string
	for _, e := range d.Entities {
		got = append(got, e.Text)
	}
	if want := []string{"Quốc khánh"}; !slices.Equal(got, want) {
		t.Errorf("dates alone found %q, want %q", got, want)
	}
}

func TestUserRules(t *testing.T) {
	tg, err := ner.New(ner.Options{Rules: []ner.Rule{
		{Name: "product", Type: ner.QUANTITY, Pattern: `(?<=mẫu )(?<e>iPhone \d+)`},
	}})
	if err != nil {
		t.Fatal(err)
	}
	d := tg.Tag("Anh mua mẫu iPhone 15 ở Hà Nội.", ref)
	if !has(d, want{ner.QUANTITY, "iPhone 15"}) {
		t.Errorf("user rule not applied: %v", summary(d))
	}
	if _, err := ner.New(ner.Options{Rules: []ner.Rule{{Name: "bad", Type: ner.ORG, Pattern: "("}}}); err == nil {
		t.Error("a bad pattern was accepted")
	}
}

func TestExpansion(t *testing.T) {
	d := newTagger(t).Tag("Chủ tịch HĐND huyện Lạng Giang phát biểu.", ref)
	for _, e := range d.Entities {
		if e.Type == ner.ORG && e.Text == "HĐND huyện Lạng Giang" {
			if e.Expansion != "Hội đồng nhân dân huyện Lạng Giang" {
				t.Errorf("expansion of %q = %q", e.Text, e.Expansion)
			}
			return
		}
	}
	t.Fatalf("no ORG HĐND huyện Lạng Giang in %v", summary(d))
}

// A caller's own entries reach the tagger through Options.Gazetteer: names
// the built-in data and rules do not know become entities.
func TestUserGazetteer(t *testing.T) {
	text := "Hôm qua Bống tặng quà cho Mầm Xanh Lab."
	wants := []want{{ner.PER, "Bống"}, {ner.ORG, "Mầm Xanh Lab"}}
	before := newTagger(t).Tag(text, ref)
	for _, w := range wants {
		if has(before, w) {
			t.Fatalf("the built-in tagger finds %s %q already; the test needs unknown names", w.typ, w.text)
		}
	}
	g, err := gazetteer.New(gazetteer.Options{Entries: []gazetteer.Entry{
		{Kind: gazetteer.KindPerson, Name: "Bống"},
		{Kind: gazetteer.KindOrgName, Name: "Mầm Xanh Lab"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	tg, err := ner.New(ner.Options{Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	d := tg.Tag(text, ref)
	checkInvariants(t, text, d)
	for _, w := range wants {
		if !has(d, w) {
			t.Errorf("missing %s %q in %v", w.typ, w.text, summary(d))
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	tg := newTagger(t)
	text := "Đồng chí Tạ Huy Cần, Bí thư Huyện ủy Lạng Giang, phát biểu ngày 18/7."
	want := tg.Tag(text, ref)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				got := tg.Tag(text, ref)
				if len(got.Entities) != len(want.Entities) {
					t.Errorf("concurrent Tag gave %d entities, want %d", len(got.Entities), len(want.Entities))
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestBuffersReused checks that the buffers a Tagger reuses between
// documents never leak from one document into another: documents of
// different sizes tagged at once, in any order, give what each gives alone,
// and a Document stays as it was while later ones are tagged.
func TestBuffersReused(t *testing.T) {
	tg := newTagger(t)
	sample, err := os.ReadFile("../examples/tag/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(sample),
		"Ngày 18/7, Huyện ủy Lạng Giang họp.",
		strings.Repeat("Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Bắc Giang, làm việc tại Hà Nội ngày 2/9/2024. ", 40),
		"",
		"Thủ tướng Phạm Minh Chính và Bộ trưởng Bộ Y tế Đào Hồng Lan.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = jsonOf(t, tg.Tag(s, ref))
	}
	first := tg.Tag(texts[0], ref)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3*len(texts); i++ {
				k := (i*7 + g) % len(texts)
				if got := jsonOf(t, tg.Tag(texts[k], ref)); got != want[k] {
					t.Errorf("text %d tagged among others differs from alone:\n%s", k, cmp.Diff(want[k], got))
					return
				}
			}
		}()
	}
	wg.Wait()
	if got := jsonOf(t, first); got != want[0] {
		t.Errorf("a Document changed while others were tagged:\n%s", cmp.Diff(want[0], got))
	}
}

func jsonOf(t *testing.T, d *ner.Document) string {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestJSONShape(t *testing.T) {
	d := newTagger(t).Tag("Ngày 18/7, Huyện ủy Lạng Giang họp.", ref)
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Entities []map[string]any `json:"entities"`
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	for _, e := range back.Entities {
		for _, k := range []string{"type", "start", "end", "text", "char_start", "char_end"} {
			if _, ok := e[k]; !ok {
				t.Errorf("entity JSON %v lacks %q", e, k)
			}
		}
		if e["type"] == "DATE" && e["value"] == nil {
			t.Errorf("DATE without value: %v", e)
		}
	}
}

func TestParseTypes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"", "", true},
		{"PER,LOC", "PER LOC", true},
		{" per , date,PER", "PER DATE", true},
		{"PER,PLACE", "", false},
		{",", "", false},
	} {
		got, err := ner.ParseTypes(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("ParseTypes(%q) error %v", tc.in, err)
			continue
		}
		var s []string
		for _, ty := range got {
			s = append(s, string(ty))
		}
		if strings.Join(s, " ") != tc.want {
			t.Errorf("ParseTypes(%q) = %v, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseRef(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"2024-07-18", "2024-07-18T00:00:00+07:00", true},
		{"2017-02-02T03:55:00-02:00", "2017-02-02T03:55:00-02:00", true},
		{"2024-07-18T08:00", "2024-07-18T08:00:00+07:00", true}, // zone-less: Vietnam time
		{"2024-07-18T08:00:30", "2024-07-18T08:00:30+07:00", true},
		{"2024-07-18T25:00", "", false},
		{"2024-13-45", "", false},
		{"18/7/2024", "", false},
		{"", "", false},
	} {
		got, err := ner.ParseRef(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("ParseRef(%q) error %v", tc.in, err)
			continue
		}
		if tc.ok && got.Format(time.RFC3339) != tc.want {
			t.Errorf("ParseRef(%q) = %s, want %s", tc.in, got.Format(time.RFC3339), tc.want)
		}
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Đồng chí Tạ Huy Cần, Bí thư Huyện ủy, Chủ tịch HĐND huyện Lạng Giang",
		"BẮC GIANG – Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang)",
		"Tp . Hồ Chí Minh , 6.123 tỷ đồng 13,4% 21-KL/TW",
		"\xff\x00Ta\u0323 Huy",
		"",
	} {
		f.Add(s)
	}
	tg, err := ner.New(ner.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, tg.Tag(text, ref))
	})
}

func loadSample(b *testing.B) string {
	data, err := os.ReadFile("../testdata/sample/article.txt")
	if err != nil {
		b.Skip(err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.Write(data)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func BenchmarkTag(b *testing.B) { benchTag(b, newTagger(b), loadSample(b)) }

// BenchmarkTagShort tags the sample one line at a time, as a pipeline of
// short documents does: the cost per document shows here.
func BenchmarkTagShort(b *testing.B) { benchTagLines(b, newTagger(b), loadSample(b)) }

// benchTag tags text as one document.
func benchTag(b *testing.B, tg *ner.Tagger, text string) {
	tg.Tag(text[:4096], ref) // build the lazily loaded tables outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Tag(text, ref)
	}
}

// benchTagLines tags each line of text as a document of its own.
func benchTagLines(b *testing.B, tg *ner.Tagger, text string) {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	tg.Tag(lines[0], ref)
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			tg.Tag(l, ref)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ner.New(ner.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzTagBytes(f *testing.F) {
	f.Add([]byte("O\xe2ng Ta\xef Huy Ca\xe0n"), uint8(normalize.VNI))
	f.Add([]byte("Ngày 18/7, Huyện ủy Lạng Giang"), uint8(normalize.UTF8))
	f.Add([]byte("\xb8 \xf5 Hu\xd6n"), uint8(normalize.TCVN3))
	f.Add([]byte("Ho^`i nghi.  La.ng Giang"), uint8(normalize.VIQR))
	tg, err := ner.New(ner.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte, enc uint8) {
		d, err := tg.TagBytes(b, normalize.Encoding(enc), ref)
		if err != nil {
			return // an unknown encoding is an error value, not a panic
		}
		prev := -1
		for _, e := range d.Entities {
			if e.Start < 0 || e.End > len(b) || e.Start >= e.End || e.Start < prev {
				t.Fatalf("%s %q: span [%d,%d) bad for %d bytes", e.Type, e.Text, e.Start, e.End, len(b))
			}
			prev = e.Start
		}
	})
}

func FuzzParseRefAndTypes(f *testing.F) {
	for _, s := range []string{"2024-07-18", "2017-02-02T03:55:00-02:00", "PER,loc", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if r, err := ner.ParseRef(s); err == nil && r.IsZero() {
			t.Errorf("ParseRef(%q) gave the zero time without an error", s)
		}
		if ts, err := ner.ParseTypes(s); err == nil {
			for _, ty := range ts {
				if !slices.Contains(ner.Types, ty) {
					t.Errorf("ParseTypes(%q) gave unknown type %q", s, ty)
				}
			}
		}
	})
}

// Each type alone runs only the rules it needs; none of those subsets
// may fail on text that the full tagger reads, and each finds what the
// full tagger finds of its type.
func TestEachTypeAlone(t *testing.T) {
	data, err := os.ReadFile("../testdata/sample/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data) + "\nDoanh thu 6.123 tỷ đồng, tăng 13,4%, đường dài 120 km. Kết luận số 21-KL/TW."
	all := newTagger(t).Tag(text, ref)
	for _, ty := range ner.Types {
		tg, err := ner.New(ner.Options{Types: []ner.Type{ty}})
		if err != nil {
			t.Fatal(err)
		}
		d := tg.Tag(text, ref)
		var want, got []string
		for _, e := range all.Entities {
			if e.Type == ty {
				want = append(want, e.Text)
			}
		}
		for _, e := range d.Entities {
			got = append(got, e.Text)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s alone differs from the full tagger's %s (-full +alone):\n%s", ty, ty, d)
		}
	}
}

// FuzzTagTypes tags any text with any subset of the types: each subset
// runs its own part of the rule table.
func FuzzTagTypes(f *testing.F) {
	f.Add("Doanh thu 6.123 tỷ đồng, tăng 13,4% ngày 18/7 tại Hà Nội.", uint16(1<<4|1<<6))
	f.Add("Kết luận số 21-KL/TW", uint16(1<<5))
	f.Add("\xff 5m", uint16(1<<8))
	taggers := map[uint16]*ner.Tagger{}
	f.Fuzz(func(t *testing.T, text string, mask uint16) {
		mask &= 1<<len(ner.Types) - 1
		tg := taggers[mask]
		if tg == nil {
			var types []ner.Type
			for i, ty := range ner.Types {
				if mask&(1<<i) != 0 {
					types = append(types, ty)
				}
			}
			var err error
			if tg, err = ner.New(ner.Options{Types: types}); err != nil {
				t.Fatal(err)
			}
			taggers[mask] = tg
		}
		checkInvariants(t, text, tg.Tag(text, ref))
	})
}
