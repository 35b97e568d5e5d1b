package loader

import "testing"

func TestHeaderDate(t *testing.T) {
	tests := []struct {
		line string
		want string
		ok   bool
	}{
		{"October 27, 2022", "2022-10-27", true},
		{"Thursday, October 27, 2022 10:15 am", "2022-10-27", true},
		{"2022-10-27T09:00:00Z", "2022-10-27", true},
		{"27 Oct 2022", "2022-10-27", true},
		{"Kazakhstan signed a deal on October 27, 2022", "", false},
		{"EU Chief Courts Moscow's Central Asia Allies", "", false},
	}
	for _, tt := range tests {
		got, ok := headerDate(tt.line)
		if got != tt.want || ok != tt.ok {
			t.Errorf("headerDate(%q) = %q, %v; want %q, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}
