# geograph's checks. `make test` is the one test command (README, .ci/run).
GO ?= go
GOFILES = $(shell git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*')

.PHONY: test check tidy-check fmt-check vet staticcheck generate-check dashboard-check neo4j-start neo4j-stop unit bench build soak fuzz fuzz-ci fuzz-variables neo4j-restart-test bench-graphql

TESTJSON ?= $(or $(TMPDIR),/tmp)/geograph-test.json

# The test Neo4j: scripts/neo4j's own instance on its own port (never the
# 7687 of a user's or the production Neo4j). Tests read only
# GEOGRAPH_TEST_NEO4J_URI, and refuse a database they did not create.
TEST_NEO4J_PORT ?= 7688
TEST_NEO4J_URI = bolt://127.0.0.1:$(TEST_NEO4J_PORT)
# The fault tests (cmd/geograph) start, SIGKILL and restart a Neo4j of their
# own on this port, never the shared test instance above.
TEST_NEO4J_KILL_PORT ?= 7689

# Every test, the Neo4j ones required; then a line per store saying how much
# of the conformance suite ran on it, so a skipped store cannot pass unseen.
test: check neo4j-start
	GEOGRAPH_TEST_NEO4J_URI=$(TEST_NEO4J_URI) GEOGRAPH_TEST_NEO4J_KILL_PORT=$(TEST_NEO4J_KILL_PORT) GEOGRAPH_REQUIRE_NEO4J=1 $(GO) tool gotestsum --format pkgname --jsonfile $(TESTJSON) -- -race -count=1 -timeout 40m ./...
	@for store in neo4jstore memstore; do \
	  pass=$$(grep -c "\"Action\":\"pass\",\"Package\":\"geograph/graph/$$store\",\"Test\":\"TestConformance/" $(TESTJSON)); \
	  skip=$$(grep -c "\"Action\":\"skip\",\"Package\":\"geograph/graph/$$store\",\"Test\":\"TestConformance" $(TESTJSON)); \
	  echo "conformance suite on $$store: $$pass subtests passed, $$skip skipped"; \
	  [ "$$pass" -gt 0 ] && [ "$$skip" -eq 0 ] || exit 1; \
	done

check: tidy-check fmt-check vet staticcheck generate-check dashboard-check

# go.mod and go.sum must be what `go mod tidy` makes of the code.
tidy-check:
	@$(GO) mod tidy -diff || { echo "go.mod or go.sum is not tidy: run 'go mod tidy' and commit"; exit 1; }

fmt-check:
	@out=$$(gofmt -l $(GOFILES)); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

staticcheck:
	$(GO) tool staticcheck ./...

# Regenerates the gqlgen code and fails when it differs from what is committed.
generate-check:
	@before=$$(find server/generated -type f -exec sha256sum {} + 2>/dev/null | sort); \
	$(GO) generate ./... || exit 1; \
	after=$$(find server/generated -type f -exec sha256sum {} + 2>/dev/null | sort); \
	if [ "$$before" != "$$after" ]; then echo "go generate changed server/generated: run 'go generate ./...' and commit"; exit 1; fi

# Rebuilds the dashboard's front end from server/dashboard/web and fails when
# it differs from the committed server/dashboard/dist (needs npm).
dashboard-check:
	scripts/dashboard-assets --check

neo4j-start:
	GEOGRAPH_NEO4J_PORT=$(TEST_NEO4J_PORT) scripts/neo4j start

neo4j-stop:
	GEOGRAPH_NEO4J_PORT=$(TEST_NEO4J_PORT) scripts/neo4j stop

# Tests without the local Neo4j (its tests skip).
unit:
	$(GO) test ./...

# Extraction and ingest next to baselines from the same run (geograph bench).
# Neo4j is measured only when GEOGRAPH_BENCH_NEO4J_URI names an empty database.
BENCH_ARTICLES ?= 10000
bench:
	$(GO) run ./cmd/geograph bench --articles $(BENCH_ARTICLES) fixtures/articles

build:
	$(GO) build -o geograph ./cmd/geograph

# A soak of the API: serves the fixtures on the embedded store on loopback,
# measures the rate four clients sustain, then sends half of it for
# SOAK_DURATION and fails on any error or on server memory growing over 10 %.
SOAK_DURATION ?= 30m
SOAK_ADDR ?= 127.0.0.1:8089
soak: build
	@data=$$(mktemp -d); ./geograph serve --addr $(SOAK_ADDR) --data $$data --load fixtures/articles 2>$$data/serve.log & pid=$$!; \
	$(GO) run ./cmd/soak -addr $(SOAK_ADDR) -pid $$pid -duration $(SOAK_DURATION) $(SOAK_FLAGS); rc=$$?; \
	kill $$pid; wait $$pid; rm -rf $$data; exit $$rc

# GraphQL under load from a second process on loopback: fixed-rate steps of
# the country lookup and the README dashboard, each next to `{ __typename }`
# at the same rate, and the README queries' latency as the graph grows; on
# Neo4j too, with @neo4j/graphql as the peer, when GEOGRAPH_BENCH_NEO4J_URI
# names an empty database (never NEO4J_URI). See cmd/benchgql.
bench-graphql: build
	$(GO) run ./cmd/benchgql -geograph ./geograph $(BENCH_GRAPHQL_FLAGS)

# Fuzzing (scripts/fuzz). FUZZTIME is per target: 10 minutes for
# `make fuzz` (the documented run), 8 s for `make fuzz-ci` (CI); FUZZFLAGS
# adds go test flags (e.g. -parallel 1). A crasher is written to the
# package's testdata/fuzz and fails the run; commit it, and `go test` keeps
# running it as a seed.
ifeq ($(MAKECMDGOALS),fuzz-ci)
FUZZTIME ?= 8s
endif
FUZZTIME ?= 10m
FUZZFLAGS ?=

# The GraphQL-variables fuzz target for FUZZTIME (CI runs its seeds in `make test`).
fuzz-variables:
	$(GO) test ./server -run '^$$' -fuzz '^FuzzVariables$$' -fuzztime $(FUZZTIME) -timeout 0 $(FUZZFLAGS)

# Every fuzz target in the tree (each `func Fuzz…` of a _test.go file), one
# after another, for FUZZTIME each: article readers, HTML, date resolver,
# extraction, syntax, frames and GraphQL variables (inputs up to 1 MB).
fuzz:
	FUZZTIME='$(FUZZTIME)' FUZZFLAGS='$(FUZZFLAGS)' GO='$(GO)' scripts/fuzz

# Every fuzz target for 8 s (FUZZTIME) each: CI's bounded run, under two
# minutes with the instrumented build on a fresh cache.
fuzz-ci: fuzz

# Stops and starts a test Neo4j under a running server (/readyz, UNAVAILABLE,
# recovery). Needs GEOGRAPH_TEST_NEO4J_URI, GEOGRAPH_NEO4J_PORT and
# GEOGRAPH_NEO4J_HOME naming an instance of its own, never a shared one.
neo4j-restart-test:
	GEOGRAPH_TEST_NEO4J_RESTART=1 $(GO) test -count=1 -v -run '^TestServeAcrossNeo4jRestart$$' ./cmd/geograph
