package dates

func (p *parser) relDayAt(i int) (int, val, bool)     { return 0, val{}, false }
func (p *parser) holidayDayAt(i int) (int, val, bool) { return 0, val{}, false }
func (p *parser) canChiAt(i int) (int, int, bool)     { return 0, 0, false }
func (p *parser) lunarYearRes(y int) res              { return res{} }
func (p *parser) quarterAt(i int) (int, val, bool)    { return 0, val{}, false }
func (p *parser) partsAt(i int) (int, val, bool)      { return 0, val{}, false }
func (p *parser) relativeAt(i int) (int, val, bool)   { return 0, val{}, false }
func (p *parser) decadeAt(i int) (int, val, bool)     { return 0, val{}, false }
func (p *parser) holidayAt(i int) (int, val, bool)    { return 0, val{}, false }
func (p *parser) durationAt(i int) (int, val, bool)   { return 0, val{}, false }
func (p *parser) setAt(i int) (int, val, bool)        { return 0, val{}, false }
func (p *parser) clockAt(i int) (int, val, bool)      { return 0, val{}, false }
func (p *parser) podAt(i int) (int, val, bool)        { return 0, val{}, false }
func (p *parser) weekdayAt(i int) (int, val, bool)    { return 0, val{}, false }
func (p *parser) weekdayCue(i int) bool               { return false }

type body struct{}

func compileBodies(bs []Body) []body { return nil }
