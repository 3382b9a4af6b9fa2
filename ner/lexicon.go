package ner

import (
	"strings"

	"github.com/vntag/vntag/normalize"
)

// Closed word classes of the grammar, keyed by lower case in both tone
// styles. Open classes
// (names, places, titles, organisations) live in the gazetteer.

// personCues are words before a name that make it a person and stay outside
// the PER span (ANNOTATION.md: honorifics, kinship words, legal status).
var personCues = set(
	"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "cháu", "bé", "thầy", "ngài", "cậu", "mợ", "dì",
	"đồng chí", "đ/c", "bị cáo", "bị can", "nghi phạm", "nghi can", "đối tượng", "nạn nhân",
	"bị hại", "phạm nhân", "bệnh nhân", "vợ", "chồng", "con trai", "con gái", "mẹ", "bố", "cha",
	"tử tù", "tay vợt", "cầu thủ", "VĐV", "thủ môn", "tiền đạo", "tiền vệ", "hậu vệ",
	"ca sĩ", "nhạc sĩ", "nhà văn", "nhà thơ", "nghệ sĩ", "diễn viên", "đạo diễn", "nhà báo", "luật sư",
	"họa sĩ", "tác giả", "học sinh", "sinh viên", "thí sinh", "nữ sinh", "nam sinh", "chiến sĩ",
	"thương binh", "liệt sĩ", "công nhân", "nông dân", "tài xế", "lái xe", "chủ tàu", "chủ nhà",
	"hoa hậu", "á hậu", "người mẫu", "doanh nhân", "tỷ phú", "danh thủ", "võ sĩ", "kỳ thủ", "xạ thủ",
	"cơ thủ", "chàng trai", "cô gái", "cậu bé", "cô bé", "thượng tọa", "hòa thượng",
	"ni sư", "linh mục", "mục sư", "giám mục", "tân binh", "trung vệ", "thủ thành", "tuyển thủ",
	"ngôi sao", "ngoại binh", "vận động viên", "trọng tài", "bác sĩ", "BS", "nhà khoa học",
	"chuyên gia", "kỹ sư", "giáo viên", "cô giáo", "thầy giáo", "thượng sĩ", "trung sĩ", "hạ sĩ", "binh nhất",
)

// personCuesRole are cue words that are also titles (ROLE) in the gold
// conventions when capitalised; they make the next name a person.
// orgConnectors may join the parts of an organisation name: "Kế hoạch và
// Đầu tư", "Lao động - Thương binh và Xã hội", "GD&ĐT".
var orgConnectors = set("và", "&", "-")

// locCues before a bare capitalised run make it a place.
var locCues = set("tại", "ở", "đến", "tới", "về", "từ", "qua", "sang", "khắp", "trên", "thăm", "rời")

// set returns the set of the keys of the words (normalize.Key: lower
// case, tone marks where the new style puts them), the key the View gives
// every token, so that the text finds them whatever its tone style.
func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[normalize.Key(w)] = true
	}
	return m
}

// keyed returns m with its keys replaced by their normalize.Key.
func keyed(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[normalize.Key(k)] = v
	}
	return out
}

// roleOccupations are the occupation titles that are ROLEs of their own
// (the gold sets tag "HLV Kim Sang-sik" as ROLE + PER); other occupations
// ("cầu thủ", "ca sĩ") are only cues for the name after them.
var roleOccupations = set("huấn luyện viên", "huấn luyện viên trưởng", "HLV", "HLV trưởng")

// placePrefixes and placeSuffixes are the English words that make a
// foreign-spelled name a place rather than a person: "West Virginia",
// "New Haven", "John Street", "Grayson Mews".
var (
	placePrefixes = set("west", "east", "north", "south", "new", "port", "fort", "mount", "lake", "cape", "san", "santa", "los", "las")
	placeSuffixes = set("street", "road", "avenue", "lane", "mews", "square", "drive", "boulevard", "park", "bridge",
		"hill", "city", "county", "valley", "beach", "island", "bay", "harbour", "harbor", "airport", "station")
)

// partyHeads start a party's name, which after a title is the holder's
// affiliation rather than the body the title is of.
var partyHeads = set("đảng")

// legislators are the titles whose party, written after them, is an
// affiliation: "Nghị sĩ Đảng Lao động", "Thượng nghị sĩ Đảng Dân chủ".
var legislators = set("nghị sĩ", "thượng nghị sĩ", "hạ nghị sĩ", "dân biểu", "ứng cử viên", "ứng viên")

// professions are titles of the lists that name a trade, not an office a
// person holds: no ROLE ("[PER X], luật sư của bị cáo"), but a cue for
// the name after them.
var professions = set("luật sư", "LS", "công chứng viên", "thừa phát lại", "chấp hành viên", "phóng viên", "PV",
	"biên tập viên", "BTV", "nhà báo", "bác sĩ", "BS", "BS.", "dược sĩ", "DS.", "điều dưỡng", "ĐD", "y sĩ", "y tá", "lương y")

// plurals before a type word make it the type of a list, which stays
// outside the places: "hai tỉnh [Hà Giang], [Cao Bằng]".
var plurals = set("các", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "những", "nhiều", "mấy", "một số", "cả", "hàng", "2", "3", "4", "5", "6", "7", "8", "9", "10")

// directions are compass words that the world-place lists hold as regions
// but that are never a place alone (ANNOTATION.md).
var directions = set("bắc", "nam", "đông", "tây", "trung", "đông bắc", "tây bắc", "đông nam", "tây nam", "miền", "phía")

// nameParticles are lower-case words inside foreign names: "Ursula von der
// Leyen", "Ludwig van Beethoven", "bin Salman".
var nameParticles = set("von", "van", "der", "de", "del", "della", "di", "da", "du", "le", "la", "bin", "al", "el", "ibn", "dos", "das", "ter", "den")

// teamCues before a club's name make a listed team an organisation even when
// it is also a city's name: "CLB Hà Nội".
var teamCues = set("CLB", "câu lạc bộ", "đội bóng", "đội", "FC")

// countryBodies are bodies named by a country that are organisations with
// the country nested (ANNOTATION.md: [Quốc hội [Mỹ]]); others, like
// "Chính phủ Mỹ", leave only the country.
var countryBodies = set("Quốc hội", "Thượng viện", "Hạ viện", "Nghị viện", "Đại sứ quán", "Tổng lãnh sự quán", "Lãnh sự quán", "Bộ Ngoại giao", "Bộ Quốc phòng", "Quân đội")

// placeHeads are organisation heads that take the place they serve, as
// local bodies do: "Công an [tỉnh Nghệ An]", "TAND [TP Hà Nội]". The
// gazetteer lists some only with their type word ("Công an tỉnh") or as
// abbreviations.
var placeHeads = set("công an", "TAND", "VKSND", "tòa án nhân dân", "viện kiểm sát nhân dân", "ủy ban nhân dân",
	"UBND", "HĐND", "hội đồng nhân dân", "MTTQ", "ủy ban MTTQ", "Ủy ban MTTQ Việt Nam", "liên đoàn lao động",
	"đoàn đại biểu quốc hội", "đoàn ĐBQH", "ủy ban bầu cử", "bộ chỉ huy quân sự", "bộ chỉ huy bộ đội biên phòng",
	"cục thuế", "chi cục thuế", "kho bạc nhà nước", "bảo hiểm xã hội", "BHXH", "cục hải quan", "đồn biên phòng",
	"sở", "CDC", "trung tâm y tế", "thanh tra", "hội nông dân", "hội liên hiệp phụ nữ", "hội cựu chiến binh",
	"đoàn thanh niên", "tỉnh đoàn", "thành đoàn", "ban quản lý các KCN", "ban quản lý các khu công nghiệp",
	"ban chấp hành đảng bộ", "đảng bộ", "ủy ban kiểm tra", "TAND khu vực", "VKSND khu vực", "tòa án nhân dân khu vực",
	"đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán", "cơ quan CSĐT", "cơ quan cảnh sát điều tra",
	"cơ quan ANĐT", "cơ quan an ninh điều tra")

// Keys of single words the grammar tests for, computed once.
var (
	keyVanPhong  = normalize.Key("văn phòng")
	keyDoiTuyen  = normalize.Key("đội tuyển")
	keyBac       = normalize.Key("bác")
	keyHo        = normalize.Key("hồ")
	keyHoChiMinh = normalize.Key("hồ chí minh")
	keyViet      = normalize.Key("việt")
	keyVa        = normalize.Key("và")
	keyVe        = normalize.Key("về")
	keyBanQuanLy = normalize.Key("ban quản lý")
	keyLuat      = normalize.Key("luật")
	keyBoLuat    = normalize.Key("bộ luật")
	keyHienPhap  = normalize.Key("hiến pháp")
	keySo        = normalize.Key("số")
	keyTuoi      = normalize.Key("tuổi")
	keySinhNam   = normalize.Key("sinh năm")
	keyTruong    = normalize.Key("trường")
)

// fieldWords may continue the field of a body in lower case: Cục Cảnh sát
// [giao thông], Cục An toàn [thực phẩm], Viện Vệ sinh [dịch tễ] Trung ương.
// Words that are mostly verbs in the news (quản lý, điều tra, phát triển)
// are left out: "Cục Thuế [điều tra]" reads as a sentence.
var fieldWords = set(
	"giao thông", "hình sự", "kinh tế", "ma túy", "môi trường", "thực phẩm", "dự phòng", "dịch tễ", "thị trường",
	"cứu nạn", "cứu hộ", "chữa cháy", "phòng cháy", "xuất nhập khẩu", "xuất nhập cảnh", "đường bộ", "đường thủy",
	"đường sắt", "nội địa", "hàng hải", "hàng không", "thông tin", "điện tử", "năng lượng", "khoáng sản", "địa chất",
	"lâm nghiệp", "kiểm lâm", "thủy sản", "chăn nuôi", "trồng trọt", "thực vật", "thú y", "tội phạm", "an ninh",
	"quốc tế", "dân số", "gia đình", "trẻ em", "văn hóa", "cơ sở", "du lịch", "thể dục", "thể thao", "điện ảnh",
	"xuất bản", "báo chí", "phát thanh", "truyền hình", "bưu chính", "viễn thông", "tần số", "vô tuyến điện",
	"an toàn", "lao động", "việc làm", "xã hội", "giáo dục", "đào tạo", "nghề nghiệp", "khảo thí", "chất lượng",
	"y tế", "dược", "cổ truyền", "sức khỏe", "hạ tầng", "nhà ở", "kiến trúc", "quy hoạch", "đô thị", "nông thôn",
	"tài chính", "ngân sách", "tài sản", "thống kê", "hải quan", "thuế", "cán bộ", "pháp chế", "thi hành án",
	"dân sự", "hành chính", "tư pháp", "hộ tịch", "quốc tịch", "lãnh sự", "lễ tân", "biên giới", "cơ yếu",
	"quân y", "hậu cần", "kỹ thuật", "tác chiến", "cảnh vệ", "buôn lậu", "tham nhũng", "khí tượng", "thủy văn",
	"khí hậu", "tài nguyên", "nước", "đất đai", "đo đạc", "bản đồ", "viễn thám", "biển", "hải đảo", "điện lực",
	"dầu khí", "hóa chất", "công nghiệp", "thương mại", "cạnh tranh", "người tiêu dùng", "sở hữu trí tuệ",
	"tiêu chuẩn", "đo lường", "hạt nhân", "bức xạ", "dân tộc", "tôn giáo", "thi đua", "khen thưởng", "văn thư",
	"lưu trữ", "công chức", "viên chức", "tiền lương", "bình đẳng giới", "tệ nạn", "vệ sinh", "bệnh tật",
	"khám", "chữa bệnh", "hàng giả", "gian lận thương mại", "công nghệ cao", "mạng", "chống buôn lậu",
	"chống tham nhũng", "chống khủng bố", "chính quyền", "địa phương",
	"điều tra tội phạm", "trật tự", "quản lý hành chính", "sinh sản", "phụ nữ", "người cao tuổi", "người khuyết tật",
	"cộng đồng", "phát triển", "nghiên cứu", "bảo tồn", "pháp lý",
)

// honorifics are the person cues that address someone: after them a
// place name is a person's name ("anh Hải Dương"), after other cues
// ("sinh viên Hà Nội") it is the place.
var honorifics = set("ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "cháu", "bé", "thầy", "ngài", "cậu",
	"mợ", "dì", "đồng chí", "đ/c")

// motionWords make dictionary words with a type word after them ("qua
// sông", "từ đường", "hội chùa") and yet come before places: "qua [sông
// Hồng]", "từ [đường Nguyễn Huệ]", "lễ hội [chùa Hương]". Before a name
// the type word is the place's.
var motionWords = set("qua", "từ", "hội", "lễ", "sang", "ra", "về", "vượt", "trên", "dưới", "bên", "đi", "lên", "xuống")

// personPredicates are what a person does in the news, after a given name
// alone: "[Tình] khai nhận", "[Bảo] dùng dao".
var personPredicates = set("khai", "khai nhận", "thừa nhận", "thú nhận", "cho biết", "kể", "kể lại", "dùng", "đâm",
	"chiếm đoạt", "bỏ trốn", "ra đầu thú", "nhận tội", "khai báo", "chia sẻ", "tâm sự", "bày tỏ", "nhớ lại",
	"đã chiếm đoạt", "đã dùng", "đã khai", "đã bỏ trốn", "rút dao", "lái xe", "điều khiển", "mua", "bán")

// leadWords open a sentence with a capital and are no part of the name
// after them: "Theo [Nguyễn Văn Hải]", "Với [Hà Nội]".
var leadWords = set("theo", "với", "của", "cùng", "sau", "trước", "tại", "từ", "đến", "cho", "về", "khi", "nhưng",
	"và", "còn", "do", "bởi", "vì", "nếu", "để", "trong", "ngoài", "gặp", "hỏi", "gửi", "thưa", "kính", "chúc", "mời",
	"ở", "như", "riêng", "đối với", "giữa", "nhờ", "qua", "thay", "cả", "tuy", "dù", "hoặc", "nghe", "rồi", "bỗng",
	"chợt", "lúc", "nên", "song", "hễ", "thấy", "nhìn", "bảo", "biết", "sang", "vào", "ra", "lên", "xuống")

// indicators are economic measures written in capitals that come before
// the place they measure, no part of its name: "GDP [Việt Nam]".
var indicators = set("GDP", "GRDP", "GNI", "CPI", "FDI", "ODA", "PCI", "PAPI", "HDI", "IIP", "PMI", "GNP")

// numberedUnits are the military units named by a number: "Quân khu 4",
// "Sư đoàn 312", "Quân đoàn 12".
var numberedUnits = set("quân khu", "quân đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "hải đoàn")

// nationalLocalHeads are national bodies whose names also head local ones.
var nationalLocalHeads = set("cục thuế", "cục hải quan")

// nationalHeads name national bodies by their field alone: "Bộ Y tế", "Cục
// Thuế".
var nationalHeads = set("bộ", "cục", "tổng cục", "vụ", "ban", "ủy ban")

// firstWords returns the set of the first words of the keys of the sets.
func firstWords(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for k := range s {
			if i := strings.IndexByte(k, ' '); i >= 0 {
				k = k[:i]
			}
			m[k] = true
		}
	}
	return m
}

// starters are the first words of the closed-class phrases that can start
// a name phrase in lower case; a lower-case token that is none of them and
// starts no gazetteer phrase starts nothing.
var starters = firstWords(personCues, placeHeads, nameHeads, bareBodies, map[string]bool{keySo: true})

// subunits are the lower-case unit words that start an organisation inside
// a title: Trưởng [phòng Tham mưu …].
var subunits = set("phòng", "ban", "cục", "vụ", "sở", "khoa", "viện", "trung tâm", "chi cục")

// ranks name a body by its rank instead of its place: "TAND Tối cao".
var ranks = set("tối cao", "cấp cao", "trung ương", "quốc gia")

// placeCues are the words after which an unknown capitalised name is a
// place (DESIGN-NOTES: type by context, "tại X").
var placeCues = set("tại", "ở")

// tailStops end the search for an organisation's lower-case description:
// prepositions, auxiliaries and the verbs that follow a body's name.
var tailStops = set("tại", "ở", "của", "cho", "với", "và", "đã", "đang", "sẽ", "vừa", "được", "bị", "là", "có",
	"trong", "trên", "từ", "đến", "về", "theo", "do", "vào", "ra", "các", "những", "này", "đó",
	"tổ chức", "kiểm tra", "cho biết", "phối hợp", "triển khai", "thực hiện", "yêu cầu", "chỉ đạo", "công bố",
	"thông báo", "đề nghị", "ban hành", "tiếp nhận", "tiến hành", "xử lý", "hướng dẫn", "báo cáo", "quyết định")

// formerWords before a title say its holder held it once; they stay outside
// the ROLE: "nguyên [Phó Thủ tướng]".
var formerWords = set("nguyên", "cựu")
