// The example the demo runs on, embedded in the bundle (esbuild inlines JSON imports), so
// `isms-kit demo` works from an installed package without the repository's examples/ folder.
import saasCompany from "../../../examples/saas-company.isms.json" with { type: "json" };

/** The built-in example document: Northwind Cloud, examples/saas-company.isms.json. */
export const exampleDocument: unknown = saasCompany;

/** Where the example comes from, for messages. */
export const exampleName = "examples/saas-company.isms.json";

/** The day the example tells its story as of (examples/README.md): the demo's default `--as-of`. */
export const exampleAsOf = "2026-11-28";
