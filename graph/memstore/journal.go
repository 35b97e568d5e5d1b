package memstore

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The journal is the store's append-only log. Every write is appended to it
// and fsynced before it is applied, so a write costs the size of the write,
// not of the graph; a snapshot written in the background (see compact.go)
// later makes the records it covers unnecessary.
//
// It is a series of generation files beside the snapshot, graph.json.log.1,
// graph.json.log.2, …; a compaction starts a new generation and deletes the
// older ones once the snapshot holding them is in place. Each record is
//
//	length   uint32  payload bytes, little-endian
//	checksum uint32  CRC-32C of sequence and payload
//	sequence uint64  1, 2, 3, … across generations
//	payload          JSON of an entry
//
// The snapshot stores the sequence number of the last record it includes, so
// replay skips what the snapshot already holds, whichever files are left.

const headerSize = 16

// maxRecord bounds a record's length, so a corrupt header cannot make replay
// allocate gigabytes.
const maxRecord = 1 << 30

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// journal appends to the newest generation file. The store's writer lock
// guards it.
type journal struct {
	base string   // snapshot path; generation files are base.log.N
	gen  int      // generation of f
	f    *os.File // open for appending
	size int64    // bytes in f
	// broken is set when a failed append could not be cut back: the file
	// may end in a partial record, so no record may follow it.
	broken error
}

func genName(base string, gen int) string { return base + ".log." + strconv.Itoa(gen) }

// generations lists the generation numbers on disk, oldest first.
func generations(base string) ([]int, error) {
	matches, err := filepath.Glob(base + ".log.*")
	if err != nil {
		return nil, err
	}
	var gens []int
	for _, m := range matches {
		n, err := strconv.Atoi(strings.TrimPrefix(m, base+".log."))
		if err == nil && n > 0 {
			gens = append(gens, n)
		}
	}
	slices.Sort(gens)
	return gens, nil
}

// frame returns the record for payload with sequence number seq.
func frame(seq uint64, payload []byte) []byte {
	rec := make([]byte, headerSize+len(payload))
	binary.LittleEndian.PutUint32(rec[0:], uint32(len(payload)))
	binary.LittleEndian.PutUint64(rec[8:], seq)
	copy(rec[headerSize:], payload)
	binary.LittleEndian.PutUint32(rec[4:], crc32.Checksum(rec[8:], castagnoli))
	return rec
}

// errTorn marks a record cut short or garbled, as a crash mid-append leaves
// the last one.
var errTorn = errors.New("unreadable record")

// readRecord reads the next record; io.EOF at a clean end of file.
func readRecord(r *bufio.Reader) (seq uint64, payload []byte, n int64, err error) {
	var h [headerSize]byte
	if k, err := io.ReadFull(r, h[:]); err != nil {
		if k == 0 && errors.Is(err, io.EOF) {
			return 0, nil, 0, io.EOF
		}
		return 0, nil, 0, fmt.Errorf("%w: header cut short", errTorn)
	}
	size := binary.LittleEndian.Uint32(h[0:])
	if size > maxRecord {
		return 0, nil, 0, fmt.Errorf("%w: length %d", errTorn, size)
	}
	payload = make([]byte, size)
	if _, err := io.ReadFull(r, payload); err != nil {
		return 0, nil, 0, fmt.Errorf("%w: payload cut short", errTorn)
	}
	crc := crc32.Update(crc32.Checksum(h[8:], castagnoli), castagnoli, payload)
	if crc != binary.LittleEndian.Uint32(h[4:]) {
		return 0, nil, 0, fmt.Errorf("%w: checksum mismatch", errTorn)
	}
	return binary.LittleEndian.Uint64(h[8:]), payload, headerSize + int64(size), nil
}

// replayJournal calls apply on every record of every generation, oldest
// first, and opens the newest generation for appending (creating
// generation 1 when there is none). A torn record at the very end of the
// newest generation is what a crash during an append leaves: it was never
// acknowledged, so it is cut off and logged. Anything else that does not
// read is an error, since records after it were acknowledged.
func replayJournal(base string, log *slog.Logger, apply func(seq uint64, payload []byte) error) (*journal, error) {
	gens, err := generations(base)
	if err != nil {
		return nil, err
	}
	j := &journal{base: base, gen: 1}
	for i, gen := range gens {
		last := i == len(gens)-1
		good, err := replayFile(genName(base, gen), apply)
		var torn error
		if errors.As(err, new(tornAt)) {
			torn, err = err, nil
		}
		if err != nil {
			return nil, err
		}
		if torn != nil && !last {
			return nil, fmt.Errorf("journal %s: %w, and newer generations follow", genName(base, gen), torn)
		}
		if torn != nil {
			if err := os.Truncate(genName(base, gen), good); err != nil {
				return nil, fmt.Errorf("cut torn record off the journal: %w", err)
			}
			log.Warn("memstore: dropped a torn record at the end of the journal, left by an interrupted write that was never acknowledged",
				"file", genName(base, gen), "offset", good, "reason", torn)
		}
		j.gen, j.size = gen, good
	}
	f, err := os.OpenFile(genName(base, j.gen), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open journal: %w", err)
	}
	j.f = f
	if len(gens) == 0 {
		if err := syncDir(filepath.Dir(base)); err != nil {
			f.Close()
			return nil, err
		}
	}
	return j, nil
}

// tornAt is a torn record at a byte offset of a file.
type tornAt struct {
	offset int64
	err    error
}

func (t tornAt) Error() string { return fmt.Sprintf("%v at byte %d", t.err, t.offset) }
func (t tornAt) Unwrap() error { return t.err }

// replayFile applies the records of one file and returns the length of its
// readable prefix; a torn record ends it with a tornAt error.
func replayFile(name string, apply func(seq uint64, payload []byte) error) (int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, fmt.Errorf("open journal: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	for {
		seq, payload, n, err := readRecord(r)
		if errors.Is(err, io.EOF) {
			return off, nil
		}
		if err != nil {
			// A crash leaves a torn record only at the end, perhaps followed
			// by zeros the file system allocated; anything after it means
			// acknowledged records follow a damaged one.
			rest, rerr := io.ReadAll(r)
			if rerr != nil {
				return off, fmt.Errorf("read journal %s: %w", name, rerr)
			}
			if slices.ContainsFunc(rest, func(b byte) bool { return b != 0 }) {
				return off, fmt.Errorf("journal %s is damaged at byte %d (%w) and records follow", name, off, err)
			}
			return off, tornAt{offset: off, err: err}
		}
		if err := apply(seq, payload); err != nil {
			return off, fmt.Errorf("journal %s at byte %d: %w", name, off, err)
		}
		off += n
	}
}

// append writes one record and fsyncs it. On failure it cuts the file back,
// so a later append does not follow a partial record; if even that fails the
// journal is unusable and the error says so.
func (j *journal) append(seq uint64, payload []byte) error {
	if j.broken != nil {
		return fmt.Errorf("journal unusable since an earlier failure, reopen the store: %w", j.broken)
	}
	if len(payload) > maxRecord {
		return fmt.Errorf("append to journal: a write of %d bytes is larger than the %d a record may hold; write it in smaller batches", len(payload), maxRecord)
	}
	rec := frame(seq, payload)
	_, err := j.f.Write(rec)
	if err == nil {
		err = j.f.Sync()
	}
	if err != nil {
		if terr := j.f.Truncate(j.size); terr != nil {
			j.broken = terr
			return fmt.Errorf("append to journal: %w; cutting back the partial record failed too: %w", err, terr)
		}
		return fmt.Errorf("append to journal: %w", err)
	}
	j.size += int64(len(rec))
	return nil
}

// rotate starts the next generation and returns the number of the one it
// closed, which a snapshot taken now covers.
func (j *journal) rotate() (int, error) {
	if j.broken != nil {
		return 0, fmt.Errorf("journal unusable since an earlier failure: %w", j.broken)
	}
	next := j.gen + 1
	f, err := os.OpenFile(genName(j.base, next), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return 0, fmt.Errorf("start journal generation: %w", err)
	}
	if err := syncDir(filepath.Dir(j.base)); err != nil {
		f.Close()
		os.Remove(f.Name())
		return 0, err
	}
	old := j.gen
	j.f.Close() // every record in it was fsynced when appended
	j.f, j.gen, j.size = f, next, 0
	return old, nil
}

// removeUpTo deletes the generations up to and including gen, which a
// snapshot on disk now covers.
func removeUpTo(base string, gen int) error {
	gens, err := generations(base)
	if err != nil {
		return err
	}
	for _, g := range gens {
		if g <= gen {
			if err := os.Remove(genName(base, g)); err != nil {
				return fmt.Errorf("remove compacted journal: %w", err)
			}
		}
	}
	return syncDir(filepath.Dir(base))
}

func (j *journal) close() error {
	if j == nil || j.f == nil {
		return nil
	}
	err := j.f.Close()
	j.f = nil
	return err
}
