package memstore_test

import (
	"encoding/json"
	"fmt"
	"os"
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

// articlesPerBatch is the size of the batches BenchmarkWriteBatch writes:
// GeneratedBatch gives a quarter as many articles as events, about the
// events per article the loader extracts from news.
const articlesPerBatch = 10

// BenchmarkWriteBatch writes a batch of 10 articles' worth of records (40
// events, 10 persons, 4 routes) into a persisted store already holding 1,000
// and then 10,000 articles' worth, fsync and background compaction
// included, and the same into a store in memory (the CPU part of a write).
// The lines of one run show whether a write costs the batch (flat from 1,000
// to 10,000) or the graph (growing); ns/article is the per-article cost. The
// fsync line is the disk's floor: appending a record of the same size to a
// file and fsyncing it. cpu-ns/op is the process's CPU time per write
// (background compaction and garbage collection included), which other
// processes on a busy machine disturb less than the wall-clock ns/op.
func BenchmarkWriteBatch(b *testing.B) {
	for _, c := range []struct {
		store    string
		articles int
	}{{"disk", 1000}, {"disk", 10000}, {"memory", 1000}, {"memory", 10000}} {
		b.Run(fmt.Sprintf("%s/articles=%d", c.store, c.articles), func(b *testing.B) {
			path := ""
			if c.store == "disk" {
				path = filepath.Join(b.TempDir(), "graph.json")
			}
			s, err := memstore.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close(b.Context())
			if _, err := s.WriteBatch(b.Context(), graphtest.ReferenceBatch()); err != nil {
				b.Fatal(err)
			}
			// Filled in batches of 100 articles, so filling takes few fsyncs.
			for i := range c.articles / 100 {
				if _, err := s.WriteBatch(b.Context(), graphtest.GeneratedBatch(fmt.Sprint("fill", i), 400)); err != nil {
					b.Fatal(err)
				}
			}
			// Every run starts from a snapshot and an empty journal; later
			// compactions run in the background as they fall due.
			if err := s.Compact(b.Context()); err != nil {
				b.Fatal(err)
			}
			// Distinct new batches, made before timing starts.
			batches := make([]*graph.Batch, 256)
			for i := range batches {
				batches[i] = graphtest.GeneratedBatch(fmt.Sprint("bench", i), 4*articlesPerBatch)
			}
			i := 0
			cpu := cpuTime()
			for b.Loop() {
				if _, err := s.WriteBatch(b.Context(), batches[i%len(batches)]); err != nil {
					b.Fatal(err)
				}
				i++
			}
			b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*articlesPerBatch), "ns/article")
		})
	}
	b.Run("fsync", func(b *testing.B) {
		rec, err := json.Marshal(graphtest.GeneratedBatch("bench", 4*articlesPerBatch))
		if err != nil {
			b.Fatal(err)
		}
		f, err := os.Create(filepath.Join(b.TempDir(), "append"))
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		for b.Loop() {
			if _, err := f.Write(rec); err != nil {
				b.Fatal(err)
			}
			if err := f.Sync(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*articlesPerBatch), "ns/article")
	})
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
