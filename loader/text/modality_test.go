package text

import (
	"strings"
	"testing"

	"geograph/graph"
)

func TestModality(t *testing.T) {
	tests := []struct {
		sentence, trigger string
		want              graph.Modality
	}{
		{"The EU imposed sanctions on Russia.", "sanctions", graph.Asserted},
		{"The EU will consider new sanctions on Russia.", "sanctions", graph.Threatened},
		{"Washington threatened sanctions against Ankara.", "sanctions", graph.Threatened},
		{"Michel is due to meet Mirziyoyev on Friday.", "meet", graph.Planned},
		{"The two leaders will sign a treaty next month.", "treaty", graph.Planned},
		{"Xi did not hold a meeting with Modi.", "meeting", graph.Negated},
		{"If talks fail, a summit could be called.", "summit", graph.Hypothetical},
		{"Putin held talks with Xi in Samarkand.", "talks", graph.Asserted},
		{"Crude is not covered by the sanctions imposed on Russia.", "sanctions", graph.Asserted},
	}
	for _, tt := range tests {
		ts := strings.Index(tt.sentence, tt.trigger)
		neg := 30
		if tt.trigger == "sanctions" {
			neg = 16
		}
		got, why := ModalityWithin(tt.sentence, ts, ts+len(tt.trigger), neg)
		if got != tt.want {
			t.Errorf("modality of %q in %q = %s (%s), want %s", tt.trigger, tt.sentence, got, why, tt.want)
		}
	}
}

func TestFutureAt(t *testing.T) {
	tests := []struct {
		sentence, date string
		want           bool
	}{
		{"Michel is expected in Tashkent on Friday.", "Friday", true},
		{"Leaders welcomed Assad on Friday at a summit that was expected to confront the war.", "Friday", false},
		{"On Friday the leaders will sign a treaty.", "Friday", true},
		{"Putin met Xi on Monday.", "Monday", false},
	}
	for _, tt := range tests {
		if got := FutureAt(tt.sentence)(strings.Index(tt.sentence, tt.date)); got != tt.want {
			t.Errorf("futureAt(%q) at %q = %v, want %v", tt.sentence, tt.date, got, tt.want)
		}
	}
}
