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

// gql runs one operation and returns its data, throwing the errors'
// messages joined when there are any.
export async function gql<T = any>(query: string, variables: Vars = {}): Promise<T> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  const key = apiKey();
  if (key) headers["Authorization"] = "Bearer " + key;
  const resp = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = await resp.json().catch(() => ({ errors: [{ message: `HTTP ${resp.status}` }] }));
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
  private subs = new Map<string, { query: string; variables: Vars; on: Handler }>();
  private retry = 500;

  subscribe(query: string, variables: Vars, on: Handler): () => void {
    const id = String(this.next++);
    this.subs.set(id, { query, variables, on });
    if (this.ready) this.send(id);
    else this.connect();
    return () => {
      this.subs.delete(id);
      if (this.ready) this.ws?.send(JSON.stringify({ id, type: "complete" }));
    };
  }

  private send(id: string): void {
    const s = this.subs.get(id);
    if (s) this.ws?.send(JSON.stringify({ id, type: "subscribe", payload: { query: s.query, variables: s.variables } }));
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
