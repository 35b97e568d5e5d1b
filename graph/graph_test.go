package graph

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewID(t *testing.T) {
	tests := []struct {
		kind  Kind
		parts []string
		want  string
	}{
		{KindCountry, []string{"KZ"}, "country:kz"},
		{KindPerson, []string{"Kassym-Jomart Tokayev"}, "person:kassym-jomart-tokayev"},
		{KindPerson, []string{"Recep Tayyip Erdoğan"}, "person:recep-tayyip-erdogan"},
		{KindPlace, []string{"KZ", "Astana"}, "place:kz:astana"},
		{KindOffice, []string{"President of the European Council"}, "office:president-of-the-european-council"},
		{KindOrganization, []string{"  EU  "}, "org:eu"},
		{KindPlace, []string{"UZ", "", "Samarqand"}, "place:uz:samarqand"},
	}
	for _, tt := range tests {
		if got := NewID(tt.kind, tt.parts...); got != tt.want {
			t.Errorf("NewID(%s, %q) = %q, want %q", tt.kind, tt.parts, got, tt.want)
		}
		if got := KindOfID(tt.want); got != tt.kind {
			t.Errorf("KindOfID(%q) = %q, want %q", tt.want, got, tt.kind)
		}
	}
}

func TestHashIDIsStableAndKeyed(t *testing.T) {
	a := HashID(KindSummit, "EU", "KZ", "2022-10-27")
	if a != HashID(KindSummit, "EU", "KZ", "2022-10-27") {
		t.Error("HashID is not deterministic")
	}
	// Parts are separated, so moving a boundary changes the ID.
	if a == HashID(KindSummit, "EUKZ", "2022-10-27") {
		t.Error("HashID ignores part boundaries")
	}
	if KindOfID(a) != KindSummit || !strings.HasPrefix(a, "summit:") {
		t.Errorf("HashID(KindSummit) = %q, want a summit: prefix", a)
	}
}

func TestTermCovers(t *testing.T) {
	term := Term{From: "2019-03-20", To: "2022-09"}
	tests := []struct {
		date string
		want bool
	}{
		{"2019-03-19", false},
		{"2019-03-20", true},
		{"2019-03", true}, // a month overlapping the start
		{"2022-09-30", true},
		{"2022-10-01", false},
		{"", false}, // undated asks for a current term; this one ended
	}
	for _, tt := range tests {
		if got := term.Covers(tt.date); got != tt.want {
			t.Errorf("Term{%s..%s}.Covers(%q) = %v, want %v", term.From, term.To, tt.date, got, tt.want)
		}
	}
	if !(Term{From: "2019"}).Covers("") {
		t.Error("an open term should cover the undated present")
	}
}

func TestDates(t *testing.T) {
	for _, tt := range []struct {
		value string
		gran  Granularity
		valid bool
	}{
		{"2022-10-27", Day, true},
		{"2022-10", Month, true},
		{"2022", Year, true},
		{"", Unknown, true},
		{"2022-13", Month, false},
		{"2022-02-32", Day, false},
		{"22-10-27", Unknown, false},
	} {
		if got := GranularityOf(tt.value); got != tt.gran {
			t.Errorf("GranularityOf(%q) = %s, want %s", tt.value, got, tt.gran)
		}
		if got := ValidDate(tt.value); got != tt.valid {
			t.Errorf("ValidDate(%q) = %v, want %v", tt.value, got, tt.valid)
		}
	}
	if !Compatible("2022-10", "2022-10-27") || Compatible("2022-10-26", "2022-10-27") || !Compatible("", "2022") {
		t.Error("Compatible disagrees with prefix comparison")
	}
}

func TestCursorRoundTrip(t *testing.T) {
	c := EncodeCursor("2022-10-27", "summit:abc")
	key, id, err := DecodeCursor(c)
	if err != nil || key != "2022-10-27" || id != "summit:abc" {
		t.Errorf("DecodeCursor(EncodeCursor) = %q, %q, %v", key, id, err)
	}
	for _, bad := range []string{"!!!", "bm9zZXBhcmF0b3I"} {
		if _, _, err := DecodeCursor(bad); ErrorCode(err) != EINVALID {
			t.Errorf("DecodeCursor(%q) error = %v, want EINVALID", bad, err)
		}
	}
}

func TestValidate(t *testing.T) {
	good := func() *Batch {
		return &Batch{
			Articles: []Article{{ID: "article:1", Published: "2022-10-27"}},
			Entities: []Entity{
				{ID: "country:kz", Kind: KindCountry, Name: "Kazakhstan", ISO2: "KZ"},
				{ID: "org:eu", Kind: KindOrganization, Name: "European Union"},
			},
			Events: []Event{{
				ID: "summit:1", Kind: KindSummit, Date: NewDate("2022-10-27", "explicit"),
				Participants: []Participant{{EntityID: "country:kz", Role: RoleParticipant}, {EntityID: "org:eu", Role: RoleParticipant}},
				Modality:     Asserted, Confidence: 0.9,
				Evidence: []Evidence{{ArticleID: "article:1", Start: 0, End: 10, Confidence: 0.9}},
			}},
		}
	}
	if err := good().Validate(); err != nil {
		t.Fatalf("valid batch rejected: %v", err)
	}
	tests := []struct {
		name    string
		mutate  func(b *Batch)
		message string
	}{
		{"unknown kind", func(b *Batch) { b.Entities[0].Kind = "Planet" }, `kind "Planet" is not an entity kind`},
		{"prefix mismatch", func(b *Batch) { b.Entities[1].ID = "country:eu" }, "id prefix does not match kind Organization"},
		{"dangling participant", func(b *Batch) { b.Events[0].Participants[0].EntityID = "country:ru" }, `participant "country:ru" is not a node of the batch`},
		{"bad date", func(b *Batch) { b.Events[0].Date = Date{Value: "27/10/2022", Granularity: Day} }, "is not YYYY, YYYY-MM or YYYY-MM-DD"},
		{"wrong granularity", func(b *Batch) { b.Events[0].Date.Granularity = Year }, `has granularity "YEAR", want "DAY"`},
		{"modality", func(b *Batch) { b.Events[0].Modality = "MAYBE" }, `modality "MAYBE"`},
		{"confidence", func(b *Batch) { b.Events[0].Confidence = 1.5 }, "confidence 1.5 is outside [0, 1]"},
		{"evidence twice", func(b *Batch) { b.Events[0].Evidence = append(b.Events[0].Evidence, b.Events[0].Evidence[0]) }, "two evidence records from article article:1"},
		{"offsets", func(b *Batch) { b.Events[0].Evidence[0].Start = 20 }, "evidence offsets 20–10 out of order"},
		{"empty name", func(b *Batch) { b.Entities[0].Name = " " }, "empty name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := good()
			tt.mutate(b)
			err := b.Validate()
			if ErrorCode(err) != EINVALID {
				t.Fatalf("Validate() = %v, want an EINVALID error", err)
			}
			if !strings.Contains(ErrorMessage(err), tt.message) {
				t.Errorf("Validate() message %q does not say %q", ErrorMessage(err), tt.message)
			}
		})
	}
}

func TestErrorMapping(t *testing.T) {
	got := []string{ErrorCode(nil), ErrorCode(Errorf(ENOTFOUND, "no %s", "x")), ErrorCode(strings.NewReader("").UnreadByte())}
	if diff := cmp.Diff([]string{"", ENOTFOUND, EINTERNAL}, got); diff != "" {
		t.Errorf("ErrorCode (-want +got):\n%s", diff)
	}
	if msg := ErrorMessage(strings.NewReader("").UnreadByte()); msg != "internal error" {
		t.Errorf("ErrorMessage of an internal error = %q, want it hidden", msg)
	}
}

func TestInRange(t *testing.T) {
	for _, tt := range []struct {
		value, from, to string
		want            bool
	}{
		{"2022-10-27", "", "", true},
		{"", "", "", true},
		{"", "2022", "", false},
		{"2022-10", "2022-10-27", "2022-10-27", true},
		{"2022-10-27", "2022-11", "", false},
		{"2023", "", "2022-12-31", false},
		{"2022-12-31", "2022", "2022", true},
	} {
		if got := InRange(tt.value, tt.from, tt.to); got != tt.want {
			t.Errorf("InRange(%q, %q, %q) = %v, want %v", tt.value, tt.from, tt.to, got, tt.want)
		}
	}
}
