# geograph's checks. `make test` is the one test command (README, .ci/run).
GO ?= go
GOFILES = $(shell git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*')

.PHONY: test check fmt-check vet staticcheck generate-check dashboard-check neo4j-start neo4j-stop unit bench build

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
	GEOGRAPH_TEST_NEO4J_URI=$(TEST_NEO4J_URI) GEOGRAPH_TEST_NEO4J_KILL_PORT=$(TEST_NEO4J_KILL_PORT) GEOGRAPH_REQUIRE_NEO4J=1 $(GO) tool gotestsum --format pkgname --jsonfile $(TESTJSON) -- -race -count=1 -timeout 30m ./...
	@for store in neo4jstore memstore; do \
	  pass=$$(grep -c "\"Action\":\"pass\",\"Package\":\"geograph/graph/$$store\",\"Test\":\"TestConformance/" $(TESTJSON)); \
	  skip=$$(grep -c "\"Action\":\"skip\",\"Package\":\"geograph/graph/$$store\",\"Test\":\"TestConformance" $(TESTJSON)); \
	  echo "conformance suite on $$store: $$pass subtests passed, $$skip skipped"; \
	  [ "$$pass" -gt 0 ] && [ "$$skip" -eq 0 ] || exit 1; \
	done

check: fmt-check vet staticcheck generate-check dashboard-check

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
