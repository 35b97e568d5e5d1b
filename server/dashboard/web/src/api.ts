// The dashboard's only way to the server: the public GraphQL API over HTTP
// and websocket (graphql-transport-ws), with the API key the viewer gave.

export type Vars = Record<string, unknown>;

export class GraphQLError extends Error {}

export function apiKey(): string {
  return localStorage.getItem("geograph.apiKey") ?? "";
}

export function setAPIKey(key: string): void {
  if (key) localStorage.setItem("geograph.apiKey", key);
  else localStorage.removeItem("geograph.apiKey");
}

// The page's own documents (server/dashboard/documents), each with the
// SHA-256 hash of its text, put in by the build. The server holds the same
// texts as trusted documents: saved queries named "dashboard.NAME", and the
// subscriptions.
declare const GEOGRAPH_DOCUMENTS: Record<string, { query: string; hash: string }>;
export type DocName = keyof typeof GEOGRAPH_DOCUMENTS;

function document(name: string): { query: string; hash: string } {
  const d = GEOGRAPH_DOCUMENTS[name];
  if (!d) throw new Error(`no document ${name} in the build`);
  return d;
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

// run runs one of the page's documents by its hash alone, as a server that
// runs only trusted documents wants. A server that does not know the hash
// yet (automatic persisted queries) answers PersistedQueryNotFound, and the
// text goes once with the hash.
export async function run<T = any>(name: string, variables: Vars = {}): Promise<T> {
  const d = document(name);
  return byHash<T>(d.query, d.hash, variables);
}

// runSaved runs a saved query's document, fetched from the server, by the
// hash of its text: a server that runs only trusted documents runs it when
// it is the latest version. Only a page served over plain HTTP to another
// host has no SHA-256 (crypto.subtle needs a secure context) and sends the
// text itself, which such a server checks the same way.
export async function runSaved<T = any>(doc: string, variables: Vars = {}): Promise<T> {
  if (!crypto?.subtle) return gql<T>(doc, variables);
  const sum = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(doc)));
  return byHash<T>(doc, [...sum].map((b) => b.toString(16).padStart(2, "0")).join(""), variables);
}

async function byHash<T>(query: string, hash: string, variables: Vars): Promise<T> {
  const body = await post({ variables, extensions: persisted(hash) });
  if (body.errors?.some((e: any) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND" || e.message === "PersistedQueryNotFound")) {
    return data<T>(await post({ query, variables, extensions: persisted(hash) }));
  }
  return data<T>(body);
}

// gql sends a document's text: the editor's mutations, which no saved
// query can hold.
export async function gql<T = any>(query: string, variables: Vars = {}): Promise<T> {
  return data<T>(await post({ query, variables }));
}

async function post(payload: Record<string, unknown>): Promise<any> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  const key = apiKey();
  if (key) headers["Authorization"] = "Bearer " + key;
  const resp = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify(payload) });
  return resp.json().catch(() => ({ errors: [{ message: `HTTP ${resp.status}` }] }));
}

// data returns a response's data, throwing the errors' messages joined when
// there are any.
function data<T>(body: any): T {
  if (body.errors?.length) {
    throw new GraphQLError(body.errors.map((e: { message: string }) => e.message).join("; "));
  }
  return body.data as T;
}

type Handler = (payload: any) => void;

// Live keeps one websocket for every subscription of the page, reconnecting
// (and resubscribing) when it drops.
export class Live {
  private ws?: WebSocket;
  private ready = false;
  private next = 1;
  private subs = new Map<string, { name: string; variables: Vars; on: Handler }>();
  private retry = 500;

  // subscribe starts the page's subscription document name.
  subscribe(name: string, variables: Vars, on: Handler): () => void {
    const id = String(this.next++);
    this.subs.set(id, { name, variables, on });
    if (this.ready) this.send(id);
    else this.connect();
    return () => {
      this.subs.delete(id);
      if (this.ready) this.ws?.send(JSON.stringify({ id, type: "complete" }));
    };
  }

  private send(id: string): void {
    const s = this.subs.get(id);
    if (!s) return;
    // The text goes along: the server checks it against the hash, and the
    // websocket transport has no second try for an unknown hash.
    const d = document(s.name);
    this.ws?.send(JSON.stringify({ id, type: "subscribe", payload: { query: d.query, variables: s.variables, extensions: persisted(d.hash) } }));
  }

  private connect(): void {
    if (this.ws) return;
    const url = location.origin.replace(/^http/, "ws") + "/graphql";
    const ws = new WebSocket(url, "graphql-transport-ws");
    this.ws = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: "connection_init", payload: apiKey() ? { apiKey: apiKey() } : {} }));
    ws.onmessage = (m) => {
      const msg = JSON.parse(m.data);
      switch (msg.type) {
        case "connection_ack":
          this.ready = true;
          this.retry = 500;
          for (const id of this.subs.keys()) this.send(id);
          break;
        case "ping":
          ws.send(JSON.stringify({ type: "pong" }));
          break;
        case "next":
          this.subs.get(msg.id)?.on(msg.payload);
          break;
      }
    };
    ws.onclose = () => {
      this.ws = undefined;
      this.ready = false;
      if (this.subs.size > 0) setTimeout(() => this.connect(), (this.retry = Math.min(this.retry * 2, 10000)));
    };
  }
}
