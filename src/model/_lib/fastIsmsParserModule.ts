import type { FastParser } from "./compileFastParser";
import type { IntegrityScan } from "./scanIntegrity";
import type { RatedDocument } from "./riskRatingsFit";

/**
 * What the `#fastIsmsParser` import gives: on Node.js, the validators of `IsmsSchema` and the
 * integrity scan generated at build time (src/model/_lib/fastIsmsParser.generated.ts); elsewhere
 * `undefined`, and the closures compiled from the schema and `scanIntegrity` do the work. The
 * generated code is some 9 kB (min+gzip) that a browser bundle need not carry for documents of the
 * size a browser handles.
 */
export interface FastIsmsParserModule {
  /** The validator that completes a tree `JSON.parse` made (the `"in-place"` mode). */
  readonly inPlace: GeneratedParser;
  /** The validator that builds a new document from any value (the `"copy"` mode). */
  readonly copy: GeneratedParser;
  /**
   * `riskRatingsFit` (`riskRatingsFit.ts`), carried here so that only Node.js loads it: elsewhere
   * the fast path asks `checkRiskRatings`, the same answer, and the bundles stay their size.
   */
  readonly ratingsFit: (doc: RatedDocument) => boolean;
  /** `scanIntegrity`'s walk written as code: the same answer on a document whose shape is valid. */
  readonly scan: {
    create(helpers: {
      isAnnexAControlId(id: string): boolean;
      compareMoments(a: string, b: string): number;
      findDependencyCycles(doc: unknown): readonly unknown[];
    }): (doc: unknown) => IntegrityScan | undefined;
  };
}

/** One generated validator, and the nodes of the schema it hands to the closures. */
export interface GeneratedParser {
  /** The nodes the generated code hands to the closures: each one's path from `IsmsSchema` (`shape` and a key, `innerType`, `element`), and whether all of it or only its checks. */
  readonly slots: readonly { readonly path: readonly string[]; readonly use: "parse" | "checks" }[];
  /** The validator, given the value that means "rejected" and the parsers of `slots` (compiled in the same mode), in order. */
  create(FAIL: symbol, slots: readonly FastParser[]): FastParser;
}
