// Validates each AsyncAPI document named on the command line with the AsyncAPI parser: prints
// "ok <file>" for a valid one and every diagnostic of an invalid one (errors, and warnings too, so
// that the test can hold the documents to no warnings at all); exits 1 when any is invalid or warns.
import { readFileSync } from "node:fs";
import { Parser } from "@asyncapi/parser";

const parser = new Parser();
let failed = false;
for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await parser.parse(readFileSync(file, "utf8"), {
    source: file,
  });
  // Severity 0 is an error, 1 a warning; information and hints are not findings.
  const findings = diagnostics.filter((d) => d.severity <= 1);
  if (document === undefined || findings.length > 0) {
    failed = true;
    for (const d of findings) {
      console.log(`${file}: ${d.code} ${d.message} at ${d.path.join("/")}`);
    }
    if (document === undefined) {
      console.log(`${file}: not a valid AsyncAPI document`);
    }
  } else {
    console.log(`ok ${file}`);
  }
}
process.exit(failed ? 1 : 0);
