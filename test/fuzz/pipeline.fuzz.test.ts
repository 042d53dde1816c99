/**
 * Mutation fuzzing of the whole pipeline: documents — the examples, a small complete one, a hostile
 * one and generated ones — mutated, some to break them and most to push them to their edges (days at
 * the ends of the supported years, the largest intervals and matrices, hostile and huge text,
 * look-alike and hostile ids, thousands of risks), then given to parseIsms. Every document it accepts
 * is run through assessRisks, buildStatementOfApplicability, summarizeTreatmentPlans, checkConformity,
 * prepareManagementReview, assessFrameworkCoverage and every exporter, the audit pack included (see
 * runPipeline), on an `asOf` of the supported years.
 *
 * `npm test` tries a few hundred mutants; `npm run fuzz` (FUZZ_RUNS=20000) tries many more, and
 * prints how many were accepted and what the pipeline threw.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, expect, it, vi } from "vitest";
import { safeParseIsms, type IsmsInput } from "../../src/index";
import { describeWithOscal } from "../export/oscal/_oscal";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { hostileIsms } from "../fixtures/hostileIsms";
import { smallIsms } from "../fixtures/smallIsms";
import { anyDay, BREAKING, EDGES, mutate, oneOf, seeded } from "./_lib/mutate";
import { oscalCatalogProblems, runPipeline } from "./_lib/runPipeline";

/** Mutants per run: `FUZZ_RUNS`, or a number `npm test` can afford. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
// A timeout only catches a hang: a long run (`npm run fuzz`) gets time in proportion to its runs.
vi.setConfig({ testTimeout: Math.max(120_000, RUNS * 250) });

const example = (name: string): IsmsInput => JSON.parse(readFileSync(new URL(`../../examples/${name}.isms.json`, import.meta.url), "utf8"));
const seeds: readonly (() => IsmsInput)[] = [smallIsms, hostileIsms, smallIsms, hostileIsms, () => example("startup"), () => example("saas-company")];

const tally = { tried: 0, accepted: 0, rejected: 0, expectedErrors: new Map<string, number>() };

afterAll(() => {
  if (process.env.FUZZ_RUNS === undefined) return;
  const errors = [...tally.expectedErrors].map(([what, n]) => `  ${n} × ${what}`).join("\n");
  console.info(`pipeline fuzz: ${tally.tried} mutants tried, ${tally.accepted} accepted by parseIsms and run through the pipeline, ${tally.rejected} rejected\n${errors || "  no error thrown"}`);
});

describeWithOscal("the pipeline under mutation fuzzing", () => {
  it("writes an OSCAL catalog valid against NIST's schema", () => {
    expect(oscalCatalogProblems()).toEqual([]);
  });

  it("runs every document parseIsms accepts to a result or an expected IsmsKitError, with every output safe and valid", () => {
    const seed = fc.oneof(
      { weight: 5, arbitrary: fc.nat(seeds.length - 1).map((k) => seeds[k]!()) },
      { weight: 2, arbitrary: arbitraryIsms as fc.Arbitrary<IsmsInput> },
    );
    const mutation = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...EDGES) }, { weight: 1, arbitrary: fc.constantFrom(...BREAKING) });
    fc.assert(
      fc.property(seed, fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.integer(), (doc, mutations, randomSeed) => {
        const pick = seeded(randomSeed);
        const mutant = structuredClone(doc);
        mutate(mutant, mutations, pick);
        tally.tried++;
        const parsed = safeParseIsms(mutant);
        if (!parsed.success) {
          tally.rejected++;
          return;
        }
        tally.accepted++;
        const asOf = pick(9) === 0 ? oneOf(["1900-01-01", "2999-12-31"], pick) : anyDay(pick);
        const { problems, expectedErrors } = runPipeline(parsed.data, asOf, pick(99));
        for (const error of expectedErrors) tally.expectedErrors.set(error, (tally.expectedErrors.get(error) ?? 0) + 1);
        expect(problems, `asOf ${asOf}`).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
