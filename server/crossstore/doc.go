// Package crossstore holds only tests: they serve the same fixtures from
// the embedded store and from Neo4j and check both give the analysts'
// example queries the same answers. It lives apart so that the server
// package itself never imports the Neo4j driver, not even in its tests.
package crossstore
