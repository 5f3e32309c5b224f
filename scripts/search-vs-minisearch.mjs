// Huquq's search beside MiniSearch on the same articles and the same queries, in one run.
//
// Usage: node search-vs-minisearch.mjs CORPUS.json HUQUQ_REPORT.json
//   CORPUS.json        `huquq content search-corpus`
//   HUQUQ_REPORT.json  `huquq --json content search-quality` (hits and latency from the core)
//
// MiniSearch is set up the way the Integreat app sets it up (digitalfabrik/integreat-app,
// shared/hooks/useSearch.ts, read 2026-12-07 at commits 7e4010e and 0245b3f): fields title and
// content, title boost 2, prefix search, fuzzy true (MiniSearch's 0.2), default OR. Integreat
// searches the content of the language the app is in, so each query searches the articles of its
// locale. A second configuration is the one issue 14 describes (fuzzy 0.25, AND); a third gives
// MiniSearch Huquq's search keywords too, to tell the engine apart from the content.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const require = createRequire(process.cwd() + "/");
const MiniSearch = require("minisearch");

const [corpusFile, reportFile] = process.argv.slice(2);
const corpus = JSON.parse(readFileSync(corpusFile, "utf8"));
const huquq = JSON.parse(readFileSync(reportFile, "utf8"));
const ROUNDS = 5;

const configurations = [
  {
    name: "MiniSearch as Integreat ships it",
    fields: ["title", "content"],
    searchOptions: { boost: { title: 2 }, fuzzy: true, prefix: true },
    keywords: false,
  },
  {
    name: "MiniSearch, fuzzy 0.25, AND",
    fields: ["title", "content"],
    searchOptions: { boost: { title: 2 }, fuzzy: 0.25, prefix: true, combineWith: "AND" },
    keywords: false,
  },
  {
    name: "MiniSearch as shipped + Huquq's keywords",
    fields: ["title", "content", "keywords"],
    searchOptions: { boost: { title: 2, keywords: 2 }, fuzzy: true, prefix: true },
    keywords: true,
  },
];

function percentile(sorted, share) {
  return sorted[Math.floor((sorted.length - 1) * share)];
}

function score(hitsOf) {
  const tally = { tuning: [0, 0, 0], heldOut: [0, 0, 0] };
  for (const q of huquq.queries) {
    const hits = hitsOf(q);
    const rank = hits.findIndex((id) => q.expected.includes(id));
    const t = q.held_out ? tally.heldOut : tally.tuning;
    t[0] += 1;
    if (rank === 0) t[1] += 1;
    if (rank >= 0 && rank < 3) t[2] += 1;
  }
  return tally;
}

const pct = (n, of) => (of === 0 ? 0 : (100 * n) / of).toFixed(1).padStart(5) + "%";
const ms = (micros) => (micros / 1000).toFixed(2).padStart(6) + " ms";

function row(name, tally, p50, p99) {
  const { tuning: t, heldOut: h } = tally;
  console.log(
    `${name.padEnd(44)} ${pct(t[1], t[0])} ${pct(t[2], t[0])}   ${pct(h[1], h[0])} ${pct(h[2], h[0])}   ${ms(p50)} ${ms(p99)}`,
  );
}

console.log(`${huquq.queries.length} queries in ${new Set(huquq.queries.map((q) => q.locale)).size} locales, ${corpus.length} article texts`);
console.log(`${"engine".padEnd(44)} tuning hit@1 hit@3   held-out hit@1 hit@3   p50       p99`);
row(
  "Huquq (core: query to screen model)",
  score((q) => q.hits),
  huquq.p50_micros,
  huquq.p99_micros,
);

for (const config of configurations) {
  const engines = new Map();
  for (const text of corpus) {
    if (!engines.has(text.locale)) {
      engines.set(
        text.locale,
        new MiniSearch({ idField: "key", fields: config.fields, storeFields: ["id"], searchOptions: config.searchOptions }),
      );
    }
    engines.get(text.locale).add({
      key: `${text.id}/${text.locale}`,
      id: text.id,
      title: text.title,
      content: text.content,
      keywords: config.keywords ? text.keywords.join(", ") : "",
    });
  }
  const search = (q) => (engines.get(q.locale)?.search(q.query) ?? []).map((r) => r.id);
  const results = new Map(huquq.queries.map((q) => [q, search(q)]));
  const latencies = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of huquq.queries) {
      const start = performance.now();
      search(q);
      latencies.push((performance.now() - start) * 1000);
    }
  }
  latencies.sort((a, b) => a - b);
  row(config.name, score((q) => results.get(q)), percentile(latencies, 0.5), percentile(latencies, 0.99));
}
