package dates

import (
	"strconv"
	"time"
)

func sortDates(ds []Mention) []Mention {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
	return ds
}

// weekdayDate resolves a weekday against pub: the same day or the latest
// before it for past events, the next one for future events. strict ("last
// Monday", "next Monday") never gives pub itself.
func weekdayDate(pub time.Time, wd time.Weekday, future, strict bool) (time.Time, string) {
	diff := int(wd) - int(pub.Weekday())
	if future {
		if diff < 0 || (diff == 0 && strict) {
			diff += 7
		}
		return pub.AddDate(0, 0, diff), "the next such day from"
	}
	if diff > 0 || (diff == 0 && strict) {
		diff -= 7
	}
	return pub.AddDate(0, 0, diff), "the latest such day up to"
}

// nearestMonth resolves a month name against pub: the latest such month up
// to pub for the past ("in June", "last June"), the next for the future.
func nearestMonth(pub time.Time, mo time.Month, future, strict bool) time.Time {
	y := pub.Year()
	if future {
		if mo < pub.Month() || (mo == pub.Month() && strict) {
			y++
		}
	} else if mo > pub.Month() || (mo == pub.Month() && strict) {
		y--
	}
	return time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
}

// nearestMonthDay resolves "October 27" without a year to the year that puts
// it nearest pub, on the side the tense asks for.
func NearestMonthDay(pub time.Time, mo time.Month, day string, future bool) (time.Time, bool) {
	d, _ := strconv.Atoi(day)
	if d < 1 || d > 31 || mo == 0 {
		return time.Time{}, false
	}
	t := time.Date(pub.Year(), mo, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	switch {
	case future && t.Before(pub.AddDate(0, 0, -14)):
		t = t.AddDate(1, 0, 0)
	case !future && t.After(pub.AddDate(0, 0, 14)):
		t = t.AddDate(-1, 0, 0)
	}
	return t, true
}
