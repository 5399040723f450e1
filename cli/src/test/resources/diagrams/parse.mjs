// Parses each Mermaid file named on the command line with Mermaid itself (in jsdom, as Node has no
// DOM); prints "ok FILE TYPE" or "FAIL FILE message" per file and exits 1 when any failed.
import { JSDOM } from 'jsdom';
import fs from 'node:fs';
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window; globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
let bad = 0;
for (const f of process.argv.slice(2)) {
  try { const r = await mermaid.parse(fs.readFileSync(f, 'utf8')); console.log('ok', f, r.diagramType); }
  catch (e) { bad++; console.log('FAIL', f, e.message.split('\n').slice(0,4).join(' | ')); }
}
process.exit(bad ? 1 : 0);
