package memstore

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"sync"

	"geograph/graph"
)

// row is an item's position in a list: its sort key as the cursor spells it,
// the key as a number for numeric orders, and its ID.
type row struct {
	key string
	num float64
	id  string
}

// listOrder compares rows and parses cursor keys for one list order.
type listOrder struct {
	compare func(a, b row) int
	numeric bool
}

var (
	keyAsc  = listOrder{compare: func(a, b row) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.id, b.id)) }}
	keyDesc = listOrder{compare: func(a, b row) int { return cmp.Or(cmp.Compare(b.key, a.key), cmp.Compare(a.id, b.id)) }}
	numDesc = listOrder{compare: func(a, b row) int { return cmp.Or(cmp.Compare(b.num, a.num), cmp.Compare(a.id, b.id)) }, numeric: true}
)

// confidenceRow keys an event by its confidence rounded to 6 decimals, the
// precision of its cursor.
func confidenceRow(c float64, id string) row {
	key := strconv.FormatFloat(c, 'f', 6, 64)
	num, _ := strconv.ParseFloat(key, 64)
	return row{key: key, num: num, id: id}
}

// readCache holds what reads derive from the whole graph: every list sorted
// in each order, and Stats. Writes drop it; the first read after rebuilds.
type readCache struct {
	mu    sync.Mutex
	lists map[string][]row
	stats *graph.Stats
}

func (c *readCache) reset() {
	c.mu.Lock()
	c.lists, c.stats = nil, nil
	c.mu.Unlock()
}

// sorted returns the rows build makes, sorted by ord, from the cache when it
// has them. The caller holds the store's read lock, so the graph cannot
// change while they are built.
func (c *readCache) sorted(name string, ord listOrder, build func() []row) []row {
	c.mu.Lock()
	defer c.mu.Unlock()
	if rows, ok := c.lists[name]; ok {
		return rows
	}
	rows := build()
	slices.SortFunc(rows, ord.compare)
	if c.lists == nil {
		c.lists = map[string][]row{}
	}
	c.lists[name] = rows
	return rows
}

// pageRows returns the page p of the rows (sorted by ord) that match; a nil
// match takes every row. Total counts every match.
func pageRows(rows []row, ord listOrder, p graph.Page, match func(id string) bool) (ids, cursors []string, hasNext bool, total int, err error) {
	key, id, err := graph.DecodeCursor(p.After)
	if err != nil {
		return nil, nil, false, 0, err
	}
	start := 0
	if p.After != "" {
		after := row{key: key, id: id}
		if ord.numeric {
			if after.num, err = strconv.ParseFloat(key, 64); err != nil {
				return nil, nil, false, 0, graph.Errorf(graph.EINVALID, "malformed cursor")
			}
		}
		start = sort.Search(len(rows), func(i int) bool { return ord.compare(rows[i], after) > 0 })
	}
	limit := p.Limit()
	take := func(r row) {
		if len(ids) == limit {
			hasNext = true
			return
		}
		ids = append(ids, r.id)
		cursors = append(cursors, graph.EncodeCursor(r.key, r.id))
	}
	if match == nil {
		for _, r := range rows[start:min(start+limit+1, len(rows))] {
			take(r)
		}
		return ids, cursors, hasNext, len(rows), nil
	}
	for i, r := range rows {
		if match(r.id) {
			total++
			if i >= start {
				take(r)
			}
		}
	}
	return ids, cursors, hasNext, total, nil
}

// sortRows sorts rows by ord and returns them, for lists built per call.
func sortRows(rows []row, ord listOrder) []row {
	slices.SortFunc(rows, ord.compare)
	return rows
}

// smallest returns the k smallest items by compare, sorted, without sorting
// all of them: a bounded max-heap keeps the k best seen so far.
func smallest[T any](items []T, k int, compare func(a, b T) int) []T {
	if len(items) <= k {
		slices.SortFunc(items, compare)
		return items
	}
	h := slices.Clone(items[:k])
	// The heap's root, h[0], is its largest item.
	less := func(i, j int) bool { return compare(h[i], h[j]) > 0 }
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			if r := l + 1; r < len(h) && less(r, l) {
				l = r
			}
			if !less(l, i) {
				return
			}
			h[i], h[l] = h[l], h[i]
			i = l
		}
	}
	for i := len(h)/2 - 1; i >= 0; i-- {
		down(i)
	}
	for _, x := range items[k:] {
		if compare(x, h[0]) < 0 {
			h[0] = x
			down(0)
		}
	}
	slices.SortFunc(h, compare)
	return h
}
