// The peer of cmd/benchgql: @neo4j/graphql answering GraphQL over the graph
// geograph wrote to Neo4j, so the two can be timed on the same data.
//
//   NEO4J_URI=bolt://127.0.0.1:7707 PEER_ADDR=127.0.0.1:8092 node server.mjs
//
// It maps only what the country-with-officeholders lookup needs: a Country,
// the Offices that are OF it, and the Persons who HELD them, with the
// term's dates on the relationship. It listens on loopback only, prints
// "listening" once its schema is built, and answers POST /graphql.
import http from "node:http";
import { graphql } from "graphql";
import neo4j from "neo4j-driver";
import { Neo4jGraphQL } from "@neo4j/graphql";

const typeDefs = /* GraphQL */ `
  type Country @node(labels: ["Country"]) {
    id: ID!
    name: String
    iso2: String
    offices: [Office!]! @relationship(type: "OF", direction: IN)
  }

  type Office @node(labels: ["Office"]) {
    id: ID!
    name: String
    holders: [Person!]! @relationship(type: "HELD", direction: IN, properties: "Term")
  }

  type Person @node(labels: ["Person"]) {
    id: ID!
    name: String
  }

  type Term @relationshipProperties {
    from: String
    to: String
  }
`;

const uri = process.env.NEO4J_URI;
if (!uri) {
  console.error("peer: NEO4J_URI is not set");
  process.exit(2);
}
const [host, port] = (process.env.PEER_ADDR || "127.0.0.1:8092").split(":");
if (host !== "127.0.0.1" && host !== "localhost") {
  console.error(`peer: PEER_ADDR ${host} is not a loopback address`);
  process.exit(2);
}

const auth = process.env.NEO4J_USERNAME
  ? neo4j.auth.basic(process.env.NEO4J_USERNAME, process.env.NEO4J_PASSWORD || "")
  : undefined;
const driver = neo4j.driver(uri, auth);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const database = process.env.NEO4J_DATABASE;

// Reads the request body (bounded, a benchmark's queries are small) and runs it.
async function answer(req, res) {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 1 << 20) {
      res.writeHead(413).end();
      return;
    }
  }
  let result;
  try {
    const { query, variables } = JSON.parse(body);
    const contextValue = database ? { sessionConfig: { database } } : {};
    result = await graphql({ schema, source: query, variableValues: variables, contextValue });
  } catch (err) {
    result = { errors: [{ message: String(err) }] };
  }
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify(result));
}

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/readyz") {
    res.writeHead(200).end("ok");
  } else if (req.method === "POST" && req.url === "/graphql") {
    answer(req, res);
  } else {
    res.writeHead(404).end();
  }
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), host, () => console.log(`listening on ${host}:${port}`));

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    server.close();
    driver.close().finally(() => process.exit(0));
  });
}
