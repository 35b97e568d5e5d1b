// Package graph is geograph's domain vocabulary: the nodes, relationships,
// evidence and dates of the knowledge graph, the Batch a loader writes, and the
// Store contract every storage technology implements.
//
// It imports no other package of this module. Stores live beside it, one
// package per technology (neo4jstore, memstore), and all pass graphtest.
package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Kind is a node label. The set is fixed: stores build Cypher labels only from
// these values, never from user input.
type Kind string

// Entity kinds.
const (
	KindArticle      Kind = "Article"
	KindCountry      Kind = "Country"
	KindOrganization Kind = "Organization"
	KindPerson       Kind = "Person"
	KindOffice       Kind = "Office"
	KindPlace        Kind = "Place"
	KindInitiative   Kind = "Initiative"
	KindCommodity    Kind = "Commodity"
)

// Event kinds. Every event node also carries the label Event.
const (
	KindSummit         Kind = "Summit"
	KindMeeting        Kind = "Meeting"
	KindVisit          Kind = "Visit"
	KindSanction       Kind = "Sanction"
	KindAgreement      Kind = "Agreement"
	KindMilitaryAction Kind = "MilitaryAction"
	KindStatement      Kind = "Statement"
)

// Route kinds. Every route node also carries the label TradeRoute.
const (
	KindTradeRoute       Kind = "TradeRoute"
	KindExportDependency Kind = "ExportDependency"
)

// EntityKinds lists the kinds an Entity may have.
var EntityKinds = []Kind{KindCountry, KindOrganization, KindPerson, KindOffice, KindPlace, KindInitiative, KindCommodity}

// EventKinds lists the kinds an Event may have.
var EventKinds = []Kind{KindSummit, KindMeeting, KindVisit, KindSanction, KindAgreement, KindMilitaryAction, KindStatement}

// RouteKinds lists the kinds a Route may have.
var RouteKinds = []Kind{KindTradeRoute, KindExportDependency}

// IsEntity reports whether k is an entity kind.
func (k Kind) IsEntity() bool { return contains(EntityKinds, k) }

// IsEvent reports whether k is an event kind.
func (k Kind) IsEvent() bool { return contains(EventKinds, k) }

// IsRoute reports whether k is a route kind.
func (k Kind) IsRoute() bool { return contains(RouteKinds, k) }

// Valid reports whether k is any known kind.
func (k Kind) Valid() bool { return k == KindArticle || k.IsEntity() || k.IsEvent() || k.IsRoute() }

func contains(ks []Kind, k Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// idPrefix is the first segment of every node ID of a kind, so an ID alone
// tells what it names and IDs of different kinds never collide.
var idPrefix = map[Kind]string{
	KindArticle:          "article",
	KindCountry:          "country",
	KindOrganization:     "org",
	KindPerson:           "person",
	KindOffice:           "office",
	KindPlace:            "place",
	KindInitiative:       "initiative",
	KindCommodity:        "commodity",
	KindSummit:           "summit",
	KindMeeting:          "meeting",
	KindVisit:            "visit",
	KindSanction:         "sanction",
	KindAgreement:        "agreement",
	KindMilitaryAction:   "military",
	KindStatement:        "statement",
	KindTradeRoute:       "route",
	KindExportDependency: "dependency",
}

// KindOfID returns the kind an ID names, from its prefix, or "" if none.
func KindOfID(id string) Kind {
	prefix, _, ok := strings.Cut(id, ":")
	if !ok {
		return ""
	}
	for k, p := range idPrefix {
		if p == prefix {
			return k
		}
	}
	return ""
}

// NewID builds a node ID from its kind and key parts, e.g.
// NewID(KindCountry, "KZ") = "country:kz" and
// NewID(KindPerson, "Kassym-Jomart Tokayev") = "person:kassym-jomart-tokayev".
// Parts are slugged: lower case, accents folded, runs of other characters
// turned into one hyphen.
func NewID(k Kind, parts ...string) string {
	slugs := make([]string, 0, len(parts))
	for _, p := range parts {
		if s := Slug(p); s != "" {
			slugs = append(slugs, s)
		}
	}
	return idPrefix[k] + ":" + strings.Join(slugs, ":")
}

// HashID builds a node ID for facts whose natural key is long (events,
// routes, articles): the kind's prefix and a short hash of the key parts.
func HashID(k Kind, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return idPrefix[k] + ":" + hex.EncodeToString(h.Sum(nil))[:16]
}

// Slug folds s to lower-case ASCII letters and digits joined by hyphens.
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	return b.String()
}
