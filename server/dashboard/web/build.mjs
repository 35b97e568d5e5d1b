// Builds the dashboard into ../dist: one minified script, one stylesheet,
// the page, and the licences of the packages bundled. The output depends
// only on the sources and the locked packages, so rebuilding gives the same
// bytes (the Makefile's drift check relies on it).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";

const out = "../dist";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The page's GraphQL documents, the same files the server trusts, with
// the SHA-256 hashes the page sends instead of their text.
const documents = {};
for (const file of readdirSync("../documents").filter((f) => f.endsWith(".graphql")).sort()) {
  const query = readFileSync(`../documents/${file}`, "utf8");
  documents[file.replace(/\.graphql$/, "")] = { query, hash: createHash("sha256").update(query).digest("hex") };
}

const result = await build({
  define: { GEOGRAPH_DOCUMENTS: JSON.stringify(documents) },
  entryPoints: { app: "src/main.ts", style: "src/style.css" },
  outdir: out,
  bundle: true,
  minify: true,
  format: "esm",
  splitting: true, // cytoscape.js in its own file, loaded with the first graph
  chunkNames: "chunk-[hash]",
  target: "es2020",
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});
copyFileSync("index.html", `${out}/index.html`);

// The licences of what the bundle holds, read from the packages themselves.
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const bundled = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) bundled.add(m[1]);
}
let notices = "Packages bundled in app.js, with their licences.\n";
for (const name of [...bundled].sort()) {
  const version = lock.packages[`node_modules/${name}`]?.version ?? "?";
  notices += `\n==== ${name}@${version}\n`;
  for (const file of ["LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "license", "NOTICE"]) {
    try { notices += readFileSync(`node_modules/${name}/${file}`, "utf8").trim() + "\n"; } catch { /* not in this package */ }
  }
}
writeFileSync(`${out}/THIRD_PARTY_LICENSES.txt`, notices);
