// Package graphtest is the conformance suite every graph.Store passes, and
// the batches it writes, which other packages reuse as fixtures.
//
//	func TestStore(t *testing.T) {
//		graphtest.Run(t, func(t *testing.T) graph.Store { return openEmptyStore(t) })
//	}
//
// open must return a fresh, empty store on which Setup has run; it is called
// once per subtest and should register its own cleanup (t.Cleanup).
//
// # Semantics every store shares
//
// Writing. WriteBatch validates first (b.Validate()); on error nothing is
// written and the error has code graph.EINVALID. WriteResult counts the
// records of the batch. Records merge on their keys so that the result does
// not depend on the order, grouping or repetition of writes (MERGE-CONTRACT:
// commutative, associative, idempotent). "Smallest" is byte order, and an
// empty value never wins over a non-empty one:
//
//   - Entities merge by ID: every optional string (Name, ISO2, ISO3,
//     Acronym, Role, Country, OrgID, Subkind, Source) keeps the smallest
//     non-empty value; Aliases and Names (dated names, keyed by the whole
//     NamePeriod) are unions.
//   - Terms merge on (PersonID, OfficeID, From); Memberships on (MemberID,
//     OrgID); To, From and Source keep the smallest non-empty value.
//   - Events merge by ID: the more precise Date wins (DAY > MONTH > YEAR >
//     unknown), at equal precision the smaller Value, at equal Value the
//     smaller Derivation; Granularity and Derivation travel with the chosen
//     Value. Name, PlaceID, Modality, CAMEO, PLOVER and Reason keep the
//     smallest non-empty value; Confidence = max(old, new); Participants =
//     union on (EntityID, Role); Evidence is upserted keyed by ArticleID
//     (an article's record is replaced, never duplicated).
//   - Routes likewise (Kind, Name, CommodityID, FromID, ToID, Share,
//     Modality smallest non-empty; Confidence max; Evidence upserted). Via
//     is kept whole, in order, from the records (route IDs derive from their
//     content, so records of one ID agree; a record without Via keeps it).
//     Halts are a union keyed by Value; of two halts of one Value the
//     smaller Derivation stays.
//   - Mentions upsert on (ArticleID, EntityID), replacing the whole record.
//   - Articles merge by ID: non-empty fields overwrite (an article's fields
//     come from the article itself), a non-zero LoadedAt overwrites.
//
// Reading. Slices come back sorted deterministically: Aliases ascending;
// Participants by (Role, EntityID); Evidence by ArticleID; Halts by Value;
// Names by (From, Name). Empty slices are nil, never empty non-nil. Get*
// return one record per requested ID that exists with the asked-for record
// type, in the requested order, skipping the rest (an event ID passed to
// GetEntities is skipped). Node of a missing ID returns ENOTFOUND; Node.Name
// is an article's Title. Strings compare byte-wise (Cypher's order).
//
// Lists page by keyset. Page.Limit() items per page; HasNext says whether
// more items follow; Total counts every match, ignoring the cursor; Cursors[i]
// is graph.EncodeCursor(sortKey, id) of Items[i]. A cursor that does not
// decode, or whose sort key does not parse, gives EINVALID.
//
//   - ListEvents, Order DATE_DESC (the default, Order ""): Date.Value
//     descending, then ID ascending; undated events ("" sorts lowest) come
//     last. DATE_ASC: Date.Value ascending, then ID ascending (undated first).
//     Dates compare as strings, so "2022-10" sorts before "2022-10-27".
//     CONFIDENCE_DESC: Confidence descending, then ID ascending; its sort key
//     is strconv.FormatFloat(confidence, 'f', 6, 64) and stores compare
//     confidences rounded to 6 decimals. Other orders' sort key is Date.Value.
//     An unknown Order is EINVALID.
//   - ListEntities: Name ascending, ID ascending; sort key Name.
//   - ListRoutes: ID ascending; sort key ID.
//   - ListArticles: Published descending, ID ascending; sort key Published.
//
// Filters: zero fields do not filter; set fields all apply (AND), a list
// matches when any of its values does.
//
//   - EventFilter.Kinds: the event's specific kind. Participants: any of the
//     IDs takes part, in any role. Countries: a participant is a Country
//     entity whose ISO2 is listed, or a Person whose Country is listed.
//     From/To: inclusive, comparing partial dates on their common prefix, so
//     an event dated "2022-10" is inside From "2022-10-27"; undated events are
//     excluded when From or To is set. Modalities: any of. MinConfidence:
//     Confidence >= it. ArticleID: the event has Evidence from that article.
//   - EntityFilter.Kinds; Country: the entity's Country, or a Country
//     entity's ISO2, equals it; Name: case-insensitive prefix of Name.
//   - RouteFilter.Kinds; Countries: an endpoint (FromID, any Via, ToID) is an
//     entity whose ISO2 or Country is listed; CommodityID.
//
// EventsByParticipant returns, per requested ID with at least one matching
// event, up to limit events (limit <= 0 means graph.DefaultPageSize) in
// DATE_DESC order; f.Participants and f.Order are ignored. IDs without events
// have no key in the map.
//
// Terms returns the terms matching every set field of the filter: PersonIDs,
// OfficeIDs, OwnerIDs (an office's owner is its OrgID if set, else the Country
// entity with ID graph.NewID(graph.KindCountry, office.Country)), and At
// (Term.Covers). They are sorted by (From, PersonID, OfficeID). Officeholders
// returns the same terms in the same order, each with its person and office
// records as GetEntities reads them and its office's owner ID ("" when the
// office has neither OrgID nor Country); no match gives nil. Memberships
// filters on member IDs and organisation IDs the same way (an empty list does
// not filter), sorted by (MemberID, OrgID). Mentions filters on article ID
// and entity ID (empty does not filter), sorted by (ArticleID, Start, EntityID).
//
// Relationships. A store keeps exactly these, which Stats counts and
// Neighbourhood and Paths walk:
//
//	(Person)-[:HELD]->(Office)               one per Term
//	(Office)-[:OF]->(Organization|Country)   to OrgID, else the Country node of Entity.Country
//	(Place|Person)-[:IN]->(Country)          to the Country node of Entity.Country
//	(Member)-[:MEMBER_OF]->(Organization)    one per Membership
//	(Entity)-[:PARTICIPATED_IN {role}]->(Event)  one per Participant
//	(Event)-[:AT]->(Place)                   PlaceID
//	(Route)-[:FROM|TO|CARRIES]->(Entity)     FromID, ToID, CommodityID
//	(Route)-[:VIA {order}]->(Entity)         one per Via element
//	(Article)-[:REPORTS]->(Event|Route)      one per Evidence
//	(Article)-[:MENTIONS]->(Entity)          one per Mention
//
// The Country node of an ISO2 code is the node with ID
// graph.NewID(graph.KindCountry, code). OF and IN edges to it exist whenever
// both nodes exist, whichever was written first, and follow the current value
// of Entity.Country; AT, FROM, TO and CARRIES follow the current field value.
//
// Neighbourhood and Paths treat edges as undirected and report them in their
// stored direction; Edge.Role is set only on PARTICIPATED_IN. Neighbourhood
// of a missing node is ENOTFOUND. It returns the start node and every node at
// most depth hops away (depth clamped to 1–3); kinds keeps only nodes of those
// kinds (the start node always stays) but the walk passes through any node.
// limit (<= 0 means 100) caps the nodes, start included, keeping the nearest
// first, ties by ID. Nodes are sorted by ID; Edges are every relationship
// between two returned nodes, sorted by (From, Type, To, Role).
//
// Paths returns the shortest paths between two nodes (all of the shortest
// length, none longer), at most maxHops long (<= 0 means 4, capped at 6), up
// to limit (<= 0 means 10), sorted by their sequence of node IDs. A path's
// Nodes run from `from` to `to` and Edges[i] joins Nodes[i] and Nodes[i+1];
// where parallel edges join two nodes the path counts once and reports the
// first by (Type, Role). A missing endpoint is ENOTFOUND; no path gives nil.
//
// Search matches case-insensitively on whole words and word prefixes of
// entity Name, Aliases and dated Names, event Name, route Name and article
// Title: a node matches when every word of the text is a word, or a prefix of
// a word, of one of its texts ("nur-sultan" finds Astana through its dated
// name Nur-Sultan). Hits come best first (an exact name beats a word in a
// longer text), kinds keeps only those kinds, limit <= 0 means
// graph.DefaultPageSize. Scores are the store's own and only order hits.
//
// CountEvents returns one Count per key with a non-zero count, keys sorted
// ascending. KIND keys are kinds; COUNTRY counts an event once per ISO2 among
// its participating Country entities' ISO2 and participating Persons' Country;
// MONTH keys are YYYY-MM, leaving out undated and year-only events. An unknown
// grouping is EINVALID.
//
// Stats counts nodes (articles, entities, events, routes), the relationships
// above, distinct node IDs, and nodes by their specific kind (Summit,
// Country, …). Saved queries are not counted.
//
// Saved queries. SaveQuery stores the next version (1, 2, …) of q.Name with
// SavedAt set by the store; Owner is kept from version 1 whatever later
// versions say; an empty Name or Document is EINVALID. SavedQuery(name, 0) is
// the latest version; a missing name or version is ENOTFOUND.
// SavedQueryVersions lists oldest first (ENOTFOUND when none).
// ListSavedQueries returns the latest version of each query sorted by Name
// (nil when none). DeleteSavedQuery removes every version (a name saved again
// afterwards starts at version 1); a missing name is ENOTFOUND.
package graphtest
