package dates

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestFindDates(t *testing.T) {
	pub := time.Date(2022, 10, 27, 0, 0, 0, 0, time.UTC) // a Thursday
	ctx := Context{Pub: pub, Anchor: pub, Known: true}
	tests := []struct {
		text   string
		future bool
		want   []string // value/granularity of each date found, in order
	}{
		{"Michel called on Thursday for closer ties.", false, []string{"2022-10-27 DAY"}},
		{"Tokayev met Putin on Monday.", false, []string{"2022-10-24 DAY"}},
		{"Michel is expected in Tashkent on Friday.", true, []string{"2022-10-28 DAY"}},
		{"They clashed publicly in June.", false, []string{"2022-06 MONTH"}},
		{"In early July, Tokayev pledged cooperation.", false, []string{"2022-07 MONTH"}},
		{"It happened last October.", false, []string{"2021-10 MONTH"}},
		{"The visit comes two weeks after the summit.", false, []string{"2022-10 MONTH"}},
		{"The deal was signed on October 3, 2019.", false, []string{"2019-10-03 DAY"}},
		{"The deal was signed on 3 October 2019.", false, []string{"2019-10-03 DAY"}},
		{"Talks resumed on Oct. 20.", false, []string{"2022-10-20 DAY"}},
		{"Sanctions imposed in 2014 remain.", false, []string{"2014 YEAR"}},
		{"The summit was held in March 2021.", false, []string{"2021-03 MONTH"}},
		{"He said yesterday that prices rose.", false, []string{"2022-10-26 DAY"}},
		{"Trade grew last year.", false, []string{"2021 YEAR"}},
		{"Officials met last week.", false, []string{"2022-10 MONTH"}},
		{"Leaders may meet again.", false, nil},
		{"The two men last met in the middle of November.", false, []string{"2021-11 MONTH"}},
		{"It took the name at last year's summit, held in Istanbul in March.", false, []string{"2021-03 MONTH", "2021-03 MONTH"}},
		{"They first met in March last year.", false, []string{"2021-03 MONTH", "2021-03 MONTH"}},
		{"Sanctions imposed in 2014 were tightened in March.", false, []string{"2014 YEAR", "2022-03 MONTH"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, d := range Find(tt.text, 0, ctx, tt.future) {
				got = append(got, d.Date.Value+" "+string(d.Date.Granularity))
				if d.Date.Derivation == "" {
					t.Errorf("%q: no derivation", tt.text)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findDates(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
