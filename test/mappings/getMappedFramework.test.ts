import { describe, expect, it } from "vitest";
import { getFramework, getFrameworkMapping, getMappedFramework } from "../../src/mappings/index";
import { thrownIssues } from "../_lib/thrownIssues";

describe("getMappedFramework", () => {
  it("hands out each framework mapped onto ISO/IEC 27001:2022 with its mapping, the built-in data itself", () => {
    for (const id of ["nis2", "gdpr", "dora", "soc2", "nist-csf-2.0", "iso27001-2013"]) {
      const { framework, mapping } = getMappedFramework(id);
      expect(framework).toBe(getFramework(id));
      expect(mapping).toBe(getFrameworkMapping(id, "iso27001-2022"));
      expect(Object.isFrozen(mapping.pairs)).toBe(true);
    }
  });

  it("refuses ISO/IEC 27001:2022 itself and unknown ids, listing the frameworks it knows", () => {
    for (const id of ["iso27001-2022", "pci-dss", 42]) {
      expect(thrownIssues(() => getMappedFramework(id as never))).toEqual([
        expect.stringMatching(/^\/id invalid_value: expected a framework mapped onto ISO\/IEC 27001:2022 \("iso27001-2013", "nist-csf-2.0", "nis2", "gdpr", "dora", "soc2"\); found /),
      ]);
    }
  });
});
