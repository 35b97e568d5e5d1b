package memstore_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"geograph/graph"
	"geograph/graph/graphtest"
	"geograph/graph/memstore"
)

// filled returns a store holding the reference data and n generated events
// (with n/4 persons and articles, n/10 routes), written in batches of 100.
func filled(b *testing.B, path string, n int) *memstore.Store {
	b.Helper()
	s, err := memstore.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.WriteBatch(b.Context(), graphtest.ReferenceBatch()); err != nil {
		b.Fatal(err)
	}
	for i := range n / 100 {
		if _, err := s.WriteBatch(b.Context(), graphtest.GeneratedBatch(fmt.Sprint("p", i), 100)); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkWriteBatch writes a 100-event batch into a store of 40,000 events.
func BenchmarkWriteBatch(b *testing.B) {
	for _, persist := range []bool{false, true} {
		b.Run(fmt.Sprint("persist=", persist), func(b *testing.B) {
			path := ""
			if persist {
				path = filepath.Join(b.TempDir(), "graph.json")
			}
			s := filled(b, path, 40000)
			batch := graphtest.GeneratedBatch("bench", 100)
			b.ResetTimer()
			for b.Loop() {
				if _, err := s.WriteBatch(b.Context(), batch); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReads runs the common reads over a store of 40,000 events.
func BenchmarkReads(b *testing.B) {
	s := filled(b, "", 40000)
	ctx := b.Context()
	reads := map[string]func() error{
		"ListEvents": func() error {
			_, err := s.ListEvents(ctx, graph.EventFilter{Countries: []string{"KZ"}}, graph.Page{First: 50})
			return err
		},
		"EventsByParticipant": func() error {
			_, err := s.EventsByParticipant(ctx, []string{graphtest.CountryKZ, graphtest.CountryTR}, graph.EventFilter{}, 10)
			return err
		},
		"Search": func() error { _, err := s.Search(ctx, "nur-sultan", nil, 10); return err },
		"Neighbourhood": func() error {
			_, err := s.Neighbourhood(ctx, graphtest.PlaceAstana, 2, nil, 100)
			return err
		},
		"Paths": func() error { _, err := s.Paths(ctx, graphtest.CountryCN, graphtest.PlaceAstana, 4, 10); return err },
		"CountEvents": func() error {
			_, err := s.CountEvents(ctx, graph.EventFilter{}, graph.ByMonth)
			return err
		},
		"Stats": func() error { _, err := s.Stats(ctx); return err },
	}
	for name, read := range reads {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := read(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
