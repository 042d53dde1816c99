import { describe, expect, it } from "vitest";
import { IsmsValidationError, parseIsms, safeParseIsms, type IsmsIssue } from "../../src/index";
import { deepFreeze } from "../_lib/deepFreeze";
import { smallIsms } from "../fixtures/smallIsms";

/** The issues parseIsms reports for a document, as `code pointer` strings. */
function problems(input: unknown): string[] {
  const result = safeParseIsms(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.code} ${i.pointer}`);
}

function issuesOf(input: unknown): readonly IsmsIssue[] {
  const result = safeParseIsms(input);
  return result.success ? [] : result.error.issues;
}

/** The small valid document with a change applied. */
function withChange(change: (doc: any) => void): unknown {
  const doc = smallIsms() as any;
  change(doc);
  return doc;
}

describe("parseIsms", () => {
  it("reports acceptance authorities that are not a list as a shape problem, and does not throw while checking the method", () => {
    // Found by the 20,000-document agreement run: the method check read `authorities` before the shape was known to be a list.
    for (const authorities of ["ciso", 3, { level: "low" }, true]) {
      const result = safeParseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, riskMethod: { preset: "5x5", acceptance: { maxLevel: "low", authorities } } });
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues.map((i) => `${i.pointer} ${i.code}`)).toEqual(["/riskMethod/acceptance/authorities invalid_type"]);
    }
  });


  it("accepts a valid document and fills absent collections and defaults", () => {
    const isms = parseIsms(smallIsms());
    expect(isms.organization.name).toBe("Tiny Ltd");
    expect(isms.people[0]?.status).toBe("active");
    expect(isms.risks[0]?.threatIds).toEqual(["t-1"]);
    expect(isms.risks[0]?.contextIssueIds).toEqual([]);
    const minimal = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } });
    expect(minimal.risks).toEqual([]);
    expect(minimal.evidence).toEqual([]);
    expect(minimal.scope).toBeUndefined();
  });

  it("does not mutate its input (deep-frozen) and returns new objects", () => {
    const input = deepFreeze(smallIsms());
    const isms = parseIsms(input);
    expect(isms).not.toBe(input);
    expect(isms.people).not.toBe(input.people);
    expect(JSON.stringify(input)).toBe(JSON.stringify(deepFreeze(smallIsms())));
  });

  it("throws one IsmsValidationError with every problem", () => {
    const doc = withChange((d) => {
      d.people[0].name = 42;
      d.risks[0].ownerId = "p-nobody";
    });
    let caught: unknown;
    try {
      parseIsms(doc);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IsmsValidationError);
    const error = caught as IsmsValidationError;
    expect(error.name).toBe("IsmsValidationError");
    expect(error.issues.map((i) => i.pointer)).toEqual(["/people/0/name", "/risks/0/ownerId"]);
    expect(error.message).toContain("Invalid ISMS document: 2 problems");
    expect(error.message).toContain('risks[0].ownerId: no person with id "p-nobody"');
    expect(error.message).toContain("people[0].name: expected string; found 42");
  });

  it("safeParseIsms never throws and mirrors parseIsms", () => {
    expect(safeParseIsms(smallIsms()).success).toBe(true);
    const bad = safeParseIsms({ schemaVersion: "1.0" });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(IsmsValidationError);
      expect(bad.error.issues).toEqual([
        { path: ["organization"], pointer: "/organization", code: "invalid_type", message: "missing required field (expected object {name, legalName?, industry?, employees?, locations?, website?, certification?, extensions?})" },
      ]);
    }
  });

  describe("input that is not a document", () => {
    it.each([
      [null, "null"],
      ["text", '"text"'],
      [42, "42"],
      [[1, 2], "an array of 2"],
      [undefined, "nothing"],
    ])("rejects %j at the root", (input, found) => {
      expect(issuesOf(input)).toEqual([
        { path: [], pointer: "", code: "invalid_type", message: `expected an ISMS document (a JSON object); found ${found}` },
      ]);
    });
  });

  describe("shape", () => {
    it("rejects a wrong schemaVersion", () => {
      expect(problems(withChange((d) => (d.schemaVersion = "2.0")))).toEqual(["invalid_value /schemaVersion"]);
      expect(issuesOf(withChange((d) => (d.schemaVersion = "2.0")))[0]?.message).toBe('expected schemaVersion "1.0"; found "2.0"');
    });

    it("rejects unknown fields one by one, never dropping them", () => {
      const doc = withChange((d) => {
        d.risks[0].severity = "high";
        d.risks[0].colour = "red";
        d.organisation = { name: "typo" };
      });
      expect(problems(doc).sort()).toEqual([
        "unrecognized_keys /organisation",
        "unrecognized_keys /risks/0/colour",
        "unrecognized_keys /risks/0/severity",
      ]);
    });

    it("keeps extensions as given", () => {
      const isms = parseIsms(withChange((d) => (d.risks[0].extensions = { "acme:ticket": "SEC-1", "acme:meta": { n: [1, 2] } })));
      expect(isms.risks[0]?.extensions).toEqual({ "acme:ticket": "SEC-1", "acme:meta": { n: [1, 2] } });
    });

    it.each(["2026-02-30", "2025-02-29", "2026-13-01", "2026-1-1", "26-01-01", "2026-01-01T00:00:00Z", ""])(
      "rejects the impossible or malformed date %j",
      (date) => {
        const issues = issuesOf(withChange((d) => (d.risks[0].identifiedOn = date)));
        expect(issues.map((i) => `${i.code} ${i.pointer}`)).toEqual(["invalid_format /risks/0/identifiedOn"]);
        expect(issues[0]?.message).toBe(`expected a calendar date YYYY-MM-DD that exists; found ${JSON.stringify(date)}`);
      },
    );

    it("accepts 29 February in a leap year", () => {
      expect(problems(withChange((d) => (d.risks[0].identifiedOn = "2024-02-29")))).toEqual([]);
    });

    it("rejects an enum typo and says what was found", () => {
      const issues = issuesOf(withChange((d) => (d.risks[0].treatment.option = "mitigate")));
      expect(issues.map((i) => `${i.code} ${i.pointer}`)).toEqual(["invalid_value /risks/0/treatment/option"]);
      expect(issues[0]?.message).toContain('"modify"');
      expect(issues[0]?.message).toContain('found "mitigate"');
    });

    it("rejects a string where an array is expected", () => {
      expect(problems(withChange((d) => (d.risks[0].assetIds = "a-1")))).toEqual(["invalid_type /risks/0/assetIds"]);
    });

    it("rejects empty and padded ids", () => {
      // The references to the person now dangle too: both are reported.
      for (const id of ["", " p "]) {
        expect(problems(withChange((d) => (d.people[2].id = id)))).toEqual([
          "invalid_format /people/2/id",
          "dangling_reference /auditProgramme/plannedAudits/0/auditorIds/0",
          "dangling_reference /audits/0/auditorIds/0",
        ]);
      }
    });

    it("rejects a risk method with both or neither of preset and matrix", () => {
      expect(problems(withChange((d) => delete d.riskMethod.preset))).toEqual(["custom /riskMethod/preset"]);
    });

    it("rejects an invalid Annex A or clause id where only those are allowed", () => {
      expect(problems(withChange((d) => (d.documents[0].clauseIds = ["5.2", "11"])))).toEqual(["invalid_value /documents/0/clauseIds/1"]);
    });

    it("rejects NaN and Infinity in numbers", () => {
      expect(problems(withChange((d) => (d.measurements[0].results[0].value = Number.NaN)))).toEqual([
        "invalid_union /measurements/0/results/0/value",
      ]);
      expect(problems(withChange((d) => (d.organization.employees = Number.POSITIVE_INFINITY)))).toEqual([
        "invalid_type /organization/employees",
      ]);
    });
  });

  describe("duplicate ids", () => {
    it("reports a duplicate within a collection at the later place", () => {
      const issues = issuesOf(withChange((d) => (d.people[2].id = "p-ceo")));
      expect(issues.map((i) => `${i.code} ${i.pointer}`)).toContain("duplicate_id /people/2/id");
      expect(issues.find((i) => i.code === "duplicate_id")?.message).toBe(
        'duplicate id "p-ceo": already used by a person at people[0]; ids must be unique in the whole document',
      );
    });

    it("reports a duplicate across collections and nested entities", () => {
      expect(problems(withChange((d) => (d.assets[0].id = "risk-1")))).toContain("duplicate_id /risks/0/id");
      expect(problems(withChange((d) => (d.treatmentPlans[0].actions[0].id = "tp-1")))).toContain(
        "duplicate_id /treatmentPlans/0/actions/0/id",
      );
    });
  });

  describe("references", () => {
    it("reports a dangling reference with its exact pointer", () => {
      const issues = issuesOf(withChange((d) => (d.risks[0].threatIds = ["t-1", "t-9"])));
      expect(issues).toEqual([
        { path: ["risks", 0, "threatIds", 1], pointer: "/risks/0/threatIds/1", code: "dangling_reference", message: 'no threat with id "t-9"' },
      ]);
    });

    it("reports a reference to the wrong kind of entity", () => {
      const issues = issuesOf(withChange((d) => (d.risks[0].ownerId = "a-1")));
      expect(issues).toEqual([
        {
          path: ["risks", 0, "ownerId"],
          pointer: "/risks/0/ownerId",
          code: "wrong_reference_kind",
          message: 'expected the id of a person; "a-1" is an asset (assets[0])',
        },
      ]);
    });

    it("resolves control references to Annex A ids or the organisation's own controls", () => {
      expect(problems(withChange((d) => (d.risks[0].treatment.controlIds = ["5.1", "8.34", "ctl-own"])))).toEqual([]);
      const issues = issuesOf(withChange((d) => (d.risks[0].treatment.controlIds = ["8.35"])));
      expect(issues.map((i) => `${i.code} ${i.pointer}`)).toEqual(["dangling_reference /risks/0/treatment/controlIds/0"]);
      expect(issues[0]?.message).toContain('no control with id "8.35"');
    });

    it("requires Annex A ids where only Annex A controls make sense", () => {
      expect(problems(withChange((d) => (d.controls[2].custom.relatedAnnexAIds = ["ctl-own"])))).toEqual([
        "dangling_reference /controls/2/custom/relatedAnnexAIds/0",
      ]);
    });

    it.each([
      ["scope.documentId", (d: any) => (d.scope.documentId = "x"), "/scope/documentId"],
      ["role holder", (d: any) => (d.roles[0].holderIds = ["x"]), "/roles/0/holderIds/0"],
      ["plan action owner", (d: any) => (d.treatmentPlans[0].actions[0].ownerId = "x"), "/treatmentPlans/0/actions/0/ownerId"],
      ["plan approver", (d: any) => (d.treatmentPlans[0].approvals[0].approvedById = "x"), "/treatmentPlans/0/approvals/0/approvedById"],
      ["audit finding NC", (d: any) => (d.audits[0].findings[0].nonconformityId = "x"), "/audits/0/findings/0/nonconformityId"],
      ["NC audit finding", (d: any) => (d.nonconformities[0].auditFindingId = "x"), "/nonconformities/0/auditFindingId"],
      ["competence holder", (d: any) => (d.competences[0].holders[0].personId = "x"), "/competences/0/holders/0/personId"],
      ["planned audit", (d: any) => (d.audits[0].plannedAuditId = "x"), "/audits/0/plannedAuditId"],
      ["review action owner", (d: any) => (d.managementReviews[0].actions[0].ownerId = "x"), "/managementReviews/0/actions/0/ownerId"],
      ["requirement control", (d: any) => (d.interestedParties[0].requirements[0].controlIds = ["x"]), "/interestedParties/0/requirements/0/controlIds/0"],
      ["climate issue", (d: any) => (d.context.climateChange.issueIds = ["x"]), "/context/climateChange/issueIds/0"],
      ["evidence on control", (d: any) => (d.controls[0].evidenceIds = ["x"]), "/controls/0/evidenceIds/0"],
    ])("checks %s", (_name, change, pointer) => {
      expect(problems(withChange(change))).toEqual([`dangling_reference ${pointer}`]);
    });
  });

  describe("control records", () => {
    it("rejects a control id that is not in Annex A without a custom block", () => {
      const issues = issuesOf(withChange((d) => d.controls.push({ id: "9.9", applicable: true })));
      expect(issues.map((i) => `${i.code} ${i.pointer}`)).toEqual(["unknown_control /controls/3/id"]);
      expect(issues[0]?.message).toContain('"9.9" is not an ISO/IEC 27001:2022 Annex A control id');
    });

    it("rejects a custom control that reuses an Annex A id", () => {
      expect(problems(withChange((d) => (d.controls[2].id = "5.20")))).toEqual(["invalid_custom_control /controls/2/id", "dangling_reference /risks/0/treatment/controlIds/1"]);
    });

    it("accepts an undecided control (applicable: null)", () => {
      expect(problems(withChange((d) => d.controls.push({ id: "5.1", applicable: null })))).toEqual([]);
    });
  });

  describe("dates in order", () => {
    it.each([
      ["action completed before it started", (d: any) => (d.treatmentPlans[0].actions[0].completedOn = "2026-01-15"), "/treatmentPlans/0/actions/0/completedOn", "completedOn (2026-01-15) is before startedOn (2026-02-01)"],
      ["acceptance expiring before it was given", (d: any) => (d.risks[0].acceptance.expiresOn = "2026-01-01"), "/risks/0/acceptance/expiresOn", "expiresOn (2026-01-01) is before acceptedOn (2026-02-02)"],
      ["evidence valid until before collected", (d: any) => (d.evidence[0].validUntil = "2026-02-28"), "/evidence/0/validUntil", "validUntil (2026-02-28) is before collectedOn (2026-03-01)"],
      ["NC closed before raised", (d: any) => (d.nonconformities[0].closedOn = "2026-05-01"), "/nonconformities/0/closedOn", "closedOn (2026-05-01) is before raisedOn (2026-05-02)"],
      ["audit programme ending before it starts", (d: any) => (d.auditProgramme.period.end = "2025-12-31"), "/auditProgramme/period/end", "end (2025-12-31) is before start (2026-01-01)"],
      ["person leaving before starting", (d: any) => (d.people[1].leftOn = "2023-12-31"), "/people/1/leftOn", "leftOn (2023-12-31) is before startedOn (2024-01-01)"],
    ])("rejects %s", (_name, change, pointer, message) => {
      expect(issuesOf(withChange(change))).toEqual([
        { path: pointer.slice(1).split("/").map((s) => (/^\d+$/.test(s) ? Number(s) : s)), pointer, code: "date_order", message },
      ]);
    });

    it("accepts equal dates", () => {
      expect(problems(withChange((d) => (d.treatmentPlans[0].actions[0].completedOn = "2026-02-01")))).toEqual([]);
    });
  });

  describe("records that contradict themselves", () => {
    it("rejects an audit performed before the day it was planned for", () => {
      const doc = withChange((d) => Object.assign(d.audits[0], { plannedOn: "2026-05-10", performedOn: "2026-05-01" }));
      expect(issuesOf(doc).map((i) => `${i.pointer} ${i.code}: ${i.message}`)).toEqual([
        "/audits/0/performedOn date_order: performedOn (2026-05-01) is before plannedOn (2026-05-10)",
      ]);
      expect(problems(withChange((d) => Object.assign(d.audits[0], { plannedOn: "2026-05-01", performedOn: "2026-05-01" })))).toEqual([]);
    });

    it("rejects a completed audit without the day it was performed", () => {
      const doc = withChange((d) => delete d.audits[0].performedOn);
      expect(issuesOf(doc).map((i) => `${i.pointer} ${i.code}: ${i.message}`)).toEqual([
        '/audits/0/performedOn missing_date: a completed audit needs the day it was performed (performedOn)',
      ]);
      expect(problems(withChange((d) => Object.assign(d.audits[0], { status: "planned", performedOn: undefined, plannedOn: "2026-12-01" })))).toEqual([]);
    });

    it("rejects assets whose dependencies form a cycle, once per cycle", () => {
      const doc = withChange((d) => {
        d.assets.push(
          { id: "a-2", name: "App", type: "service", dependsOnAssetIds: ["a-3"] },
          { id: "a-3", name: "Database", type: "service", dependsOnAssetIds: ["a-4"] },
          { id: "a-4", name: "Storage", type: "service", dependsOnAssetIds: ["a-2", "a-1"] },
          { id: "a-5", name: "Self", type: "service", dependsOnAssetIds: ["a-5"] },
        );
      });
      expect(issuesOf(doc).map((i) => `${i.pointer} ${i.code}: ${i.message}`)).toEqual([
        '/assets/1/dependsOnAssetIds dependency_cycle: assets "a-2", "a-3", "a-4" depend on each other in a cycle (a-2 → a-3 → a-4 → a-2); an asset cannot depend on itself',
        '/assets/4/dependsOnAssetIds dependency_cycle: asset "a-5" depends on itself',
      ]);
    });

    it("finds cycles safely among assets that are not objects or share an id", () => {
      const result = safeParseIsms(withChange((d) => {
        d.assets = [null, 7, { id: "a-1", name: "A", type: "service", dependsOnAssetIds: ["a-1"] }, { id: "a-1", name: "Twin", type: "service", dependsOnAssetIds: ["a-1"] }];
      }));
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.issues.filter((i) => i.code === "dependency_cycle").map((i) => i.pointer)).toEqual(["/assets/2/dependsOnAssetIds"]);
    });

    it("accepts a long chain of dependencies without a cycle", () => {
      const doc = withChange((d) => {
        for (let i = 0; i < 5_000; i++) d.assets.push({ id: `chain-${i}`, name: `Chain ${i}`, type: "service", dependsOnAssetIds: i === 0 ? [] : [`chain-${i - 1}`] });
      });
      expect(problems(doc)).toEqual([]);
    });

    it.each([
      ["sha256", 64],
      ["sha384", 96],
      ["sha512", 128],
    ])("rejects a %s digest that does not have %i hexadecimal digits", (algorithm, digits) => {
      const set = (value: string) => withChange((d) => (d.evidence[0].hash = { algorithm, value }));
      expect(problems(set("a".repeat(digits)))).toEqual([]);
      expect(issuesOf(set("a".repeat(digits - 1))).map((i) => `${i.pointer} ${i.message}`)).toEqual([
        `/evidence/0/hash/value expected a ${algorithm} digest of ${digits} hexadecimal digits; found "${"a".repeat(Math.min(digits - 1, 57))}${digits - 1 > 60 ? "..." : ""}"`,
      ]);
    });
  });

  describe("ids that look alike", () => {
    const warningsOf = (input: unknown) => {
      const result = safeParseIsms(input);
      return result.warnings.map((w) => `${w.pointer} ${w.code}: ${w.message}`);
    };

    it.each([
      ["by case", "RISK-1", '"RISK-1"'],
      ["by a Unicode hyphen (U+2010)", "risk\u20101", '"risk\u20101"'],
      ["by fullwidth letters", "ｒｉｓｋ-1", '"ｒｉｓｋ-1"'],
      ["by a zero-width space", "risk-\u200b1", '"risk-\\u200b1"'],
      ["by a bidi control", "risk-1\u202c", '"risk-1\\u202c"'],
    ])("warns about ids that differ only %s, and the document stays valid", (_how, id, shown) => {
      const doc = withChange((d) => d.risks.push({ id, title: "Twin", ownerId: "p-ceo" }));
      const result = safeParseIsms(doc);
      expect(result.success).toBe(true);
      expect(warningsOf(doc)).toContainEqual(`/risks/1/id similar_id: id ${shown} differs from "risk-1" (at risks[0]) only by case or by characters that look alike; are they meant to be one?`);
    });

    it("warns about NFC and NFD spellings of the same id", () => {
      const doc = withChange((d) => d.people.push({ id: "p-ren\u00e9", name: "René" }, { id: "p-rene\u0301", name: "René again" }));
      expect(warningsOf(doc)).toEqual([
        '/people/4/id similar_id: id "p-rene\u0301" differs from "p-ren\u00e9" (at people[3]) only by case or by characters that look alike; are they meant to be one?',
      ]);
    });

    it("warns about an id with invisible characters even without a twin", () => {
      expect(warningsOf(withChange((d) => d.risks.push({ id: "r\u200d-2", title: "Hidden", ownerId: "p-ceo" })))).toEqual([
        '/risks/1/id invisible_character: id "r\\u200d-2" holds an invisible character (U+200D); it will not match the id people type',
      ]);
    });

    it("gives no warning for a document without look-alikes, and warnings with errors too", () => {
      expect(safeParseIsms(smallIsms()).warnings).toEqual([]);
      const invalid = safeParseIsms(withChange((d) => {
        d.people[0].name = 42;
        d.risks.push({ id: "Risk-1", title: "Twin", ownerId: "p-ceo" });
      }));
      expect(invalid.success).toBe(false);
      expect(invalid.warnings.map((w) => w.code)).toEqual(["similar_id"]);
    });

    it("hints at the look-alike when a reference does not resolve", () => {
      const doc = withChange((d) => (d.treatmentPlans[0].riskIds = ["Risk-1"]));
      expect(issuesOf(doc).map((i) => i.message)).toEqual(['no risk with id "Risk-1" (did you mean "risk-1"?)']);
    });
  });

  describe("risk method and ratings", () => {
    it("rejects an unknown preset", () => {
      const issues = issuesOf(withChange((d) => (d.riskMethod.preset = "6x6")));
      expect(issues.map((i) => `${i.code} ${i.pointer}`)).toEqual(["invalid_risk_method /riskMethod/preset"]);
      expect(issues[0]?.message).toContain('unknown preset "6x6" (expected one of "3x3"');
    });

    it("reports an invalid embedded matrix at the offending cell", () => {
      const doc = withChange((d) => {
        delete d.riskMethod.preset;
        d.riskMethod.matrix = {
          id: "ours",
          likelihood: [{ id: "lo", label: "Lo" }, { id: "hi", label: "Hi" }],
          impact: [{ id: "lo", label: "Lo" }, { id: "hi", label: "Hi" }],
          levels: [{ id: "low", label: "Low" }, { id: "high", label: "High" }],
          grid: [[0, 0], [0, 7]],
        };
        d.assets[0].valuation = { confidentiality: "hi" };
      });
      expect(problems(doc)).toEqual(["invalid_risk_method /riskMethod/matrix/grid/1/1"]);
    });

    it("rejects acceptance criteria naming a level the matrix lacks", () => {
      expect(problems(withChange((d) => (d.riskMethod.acceptance.maxLevel = "tolerable")))).toEqual([
        "invalid_risk_method /riskMethod/acceptance/maxLevel",
      ]);
    });

    it("rejects ratings and valuations that are not on the method's scales", () => {
      const issues = issuesOf(
        withChange((d) => {
          d.risks[0].inherent = { likelihood: "often", impact: "major" };
          d.risks[0].residual = { likelihood: "rare", impact: "minor", level: "high" };
          d.risks[0].acceptance.acceptedRating = { likelihood: "rare", impact: "tiny" };
          d.assets[0].valuation = { integrity: "huge" };
        }),
      );
      expect(issues.map((i) => `${i.code} ${i.pointer}`)).toEqual([
        "invalid_rating /risks/0/inherent/likelihood",
        "invalid_rating /risks/0/residual/level",
        "invalid_rating /risks/0/acceptance/acceptedRating/impact",
        "invalid_rating /assets/0/valuation/integrity",
      ]);
      expect(issues[0]?.message).toBe(
        '"often" is not on the likelihood scale of risk matrix "5x5" (expected one of "rare", "unlikely", "possible", "likely", "almost-certain")',
      );
      expect(issues[1]?.message).toBe('level "high" does not match the matrix: rare × minor is "low"');
    });
  });

  describe("hostile input", () => {
    it("refuses __proto__ keys anywhere, without polluting prototypes", () => {
      const doc = JSON.parse(`{"schemaVersion":"1.0","organization":{"name":"A"},"extensions":{"__proto__":{"polluted":true}}}`);
      expect(problems(doc)).toEqual(["forbidden_key /extensions/__proto__"]);
      expect(({} as any).polluted).toBeUndefined();
      const top = JSON.parse(`{"__proto__":{"polluted":true},"schemaVersion":"1.0","organization":{"name":"A"}}`);
      expect(problems(top)).toEqual(["forbidden_key /__proto__"]);
      expect(({} as any).polluted).toBeUndefined();
    });

    it("treats constructor and prototype keys as plain data or unknown fields", () => {
      const ext = JSON.parse(`{"schemaVersion":"1.0","organization":{"name":"A"},"extensions":{"constructor":{"prototype":{"x":1}}}}`);
      expect(parseIsms(ext).extensions).toEqual({ constructor: { prototype: { x: 1 } } });
      const field = JSON.parse(`{"schemaVersion":"1.0","organization":{"name":"A","constructor":1}}`);
      expect(problems(field)).toEqual(["unrecognized_keys /organization/constructor"]);
    });

    it("refuses deep nesting without overflowing the stack", () => {
      let deep: unknown = "x";
      for (let i = 0; i < 100_000; i++) deep = [deep];
      const issues = issuesOf({ schemaVersion: "1.0", organization: { name: "A" }, extensions: { deep } });
      expect(issues).toHaveLength(1);
      expect(issues[0]?.code).toBe("too_deep");
    });

    it("refuses circular structures", () => {
      const doc: any = { schemaVersion: "1.0", organization: { name: "A" }, extensions: { a: {} } };
      doc.extensions.a.self = doc.extensions;
      expect(problems(doc)).toEqual(["circular_structure /extensions/a/self"]);
    });

    it("accepts shared (non-circular) objects", () => {
      const shared = { id: "x" };
      const doc = { schemaVersion: "1.0", organization: { name: "A" }, extensions: { a: shared, b: shared } };
      expect(problems(doc)).toEqual([]);
    });
  });
});
