import type { CommandEntry } from "../_lib/Command";

/**
 * Every command, in the order `isms-kit --help` lists them. Each is loaded only when it is used, so
 * `isms-kit --help` loads none of them and `isms-kit validate` only what validating needs.
 */
export const commands: readonly CommandEntry[] = [
  { name: "init", synopsis: "[dir]", summary: "start an ISMS: a minimal valid document to fill in, YAML or JSON", load: async () => (await import("./init")).init },
  { name: "validate", synopsis: "<file>", summary: "check an ISMS document and list every problem with its file, line and column", load: async () => (await import("./validate")).validate },
  { name: "risks", synopsis: "<file>", summary: "the risk register: every risk scored, its acceptance and assessment state", load: async () => (await import("./risks")).risks },
  { name: "priorities", synopsis: "<file>", summary: "the remediation queue: open vulnerabilities and actions by risk level, deadline and age, each with why", load: async () => (await import("./priorities")).priorities },
  { name: "deadlines", synopsis: "<file>", summary: "every incident notification deadline (GDPR, NIS2, DORA, contracts): met, late, overdue or open", load: async () => (await import("./deadlines")).deadlines },
  { name: "suggest", synopsis: "<file> <risk>", summary: "suggest Annex A controls for a risk, from its threats, assets and affected properties", load: async () => (await import("./suggest")).suggest },
  { name: "soa", synopsis: "<file>", summary: "the Statement of Applicability as CSV, Markdown, JSON or Excel", load: async () => (await import("./soa")).soa },
  { name: "soa diff", synopsis: "<old> <new>", summary: "what changed between two Statements of Applicability", load: async () => (await import("./soaDiff")).soaDiff },
  { name: "import", synopsis: "<kind> <file>", summary: "import an SoA or a risk register from a spreadsheet (CSV or Excel) into document fragments", load: async () => (await import("./import")).importCommand },
  { name: "check", synopsis: "<file>", summary: "check conformity clause by clause, as an auditor would (exit 1 on nonconformities)", load: async () => (await import("./check")).check },
  { name: "coverage", synopsis: "<file>", summary: "how much of NIS2, GDPR, DORA, SOC 2 or NIST CSF 2.0 the ISMS covers (exit 1 on gaps)", load: async () => (await import("./coverage")).coverage },
  { name: "report", synopsis: "<file>", summary: "the audit pack: one self-contained HTML page (or PDF) for management and auditors", load: async () => (await import("./report")).report },
  { name: "certification status", synopsis: "<file>", summary: "where the organisation stands in its certification cycle, and what is due next", load: async () => (await import("./certificationStatus")).certificationStatus },
  { name: "catalog", synopsis: "", summary: "list the Annex A 2022 controls, filtered by theme and ISO/IEC 27002 attributes", load: async () => (await import("./catalog")).catalog },
  { name: "schema", synopsis: "", summary: "print the JSON Schema of an ISMS document (for editors and other languages)", load: async () => (await import("./schema")).schema },
  { name: "oscal", synopsis: "<kind> [file]", summary: "export NIST OSCAL: catalog, profile (SoA), assessment results or POA&M", load: async () => (await import("./oscal")).oscal },
  { name: "demo", synopsis: "[file]", summary: "run the built-in example (or your document) through everything and write the results", load: async () => (await import("./demo")).demo },
];
