// Package dates finds date expressions in text (full dates, weekdays,
// months, "last week", "two days ago") and resolves them against the
// article's publication date, telling what is to come from what is past.
package dates
