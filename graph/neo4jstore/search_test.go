package neo4jstore

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Nur-Sultan", []string{"nur", "sultan"}},
		{"People's Republic of China", []string{"people", "s", "republic", "of", "china"}},
		{"  Türkiye, G20!  ", []string{"turkiye", "g20"}},
		{"António Costa", []string{"antonio", "costa"}},
		{"EU–Central Asia", []string{"eu", "central", "asia"}},
		{"+-&|!(){}[]^\"~*?:\\/", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, words(tt.in)); diff != "" {
			t.Errorf("words(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestLuceneQuery(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"nur", "sultan"}, "+nur* +sultan*"},
		{[]string{"and"}, "+and*"},
		{[]string{`a:b`, `(x)`, `*`, `\`}, `+a\:b* +\(x\)* +\** +\\*`},
	}
	for _, tt := range tests {
		if got := luceneQuery(tt.in); got != tt.want {
			t.Errorf("luceneQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatchQuality(t *testing.T) {
	tests := []struct {
		query, text string
		want        int
	}{
		{"astana", "Astana", 3},
		{"nur-sultan", "Nur-Sultan", 3},
		{"astana", "EU and Central Asian leaders meet in Astana", 2},
		{"central asia summit", "EU–Central Asia summit", 2},
		{"kazakhs", "President of Kazakhstan", 1},
		{"central asia summit", "EU and Central Asian leaders meet in Astana", 0},
		{"sultan", "Nursultan Nazarbayev", 0},
	}
	for _, tt := range tests {
		if got := matchQuality(words(tt.query), words(tt.text)); got != tt.want {
			t.Errorf("matchQuality(%q, %q) = %d, want %d", tt.query, tt.text, got, tt.want)
		}
	}
}
