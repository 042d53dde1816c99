import { describe, expectTypeOf, it } from "vitest";
import type { Catalog } from "../../../src/catalog/index";
import {
  fromOscalCatalog,
  mapControls,
  toOscalCatalog,
  toOscalPoam,
  type MappedControl,
  type MappingFramework,
  type OscalCatalog,
  type OscalPoam,
} from "../../../src/export/oscal/index";

describe("types of isms-kit/oscal", () => {
  it("types the documents and the loaded catalog", () => {
    expectTypeOf(toOscalCatalog).returns.toEqualTypeOf<OscalCatalog>();
    expectTypeOf(toOscalPoam).returns.toEqualTypeOf<OscalPoam>();
    expectTypeOf(fromOscalCatalog).returns.toEqualTypeOf<Catalog>();
    expectTypeOf(mapControls).returns.toEqualTypeOf<readonly MappedControl[]>();
  });

  it("accepts only the frameworks it knows", () => {
    expectTypeOf(mapControls).parameter(0).toEqualTypeOf<MappingFramework>();
    // @ts-expect-error: not a framework of mapControls
    const call = () => mapControls("nist-800-53", "csf-2.0", "AC-1");
    void call;
    // @ts-expect-error: asOf is required
    expectTypeOf(toOscalPoam).toBeCallableWith({} as never, {});
  });
});
