import { describe, expectTypeOf, it } from "vitest";
import type { Catalog } from "../../../src/catalog/index";
import {
  fromOscalCatalog,
  toOscalCatalog,
  toOscalPoam,
  type OscalCatalog,
  type OscalPoam,
} from "../../../src/export/oscal/index";

describe("types of isms-kit/oscal", () => {
  it("types the documents and the loaded catalog", () => {
    expectTypeOf(toOscalCatalog).returns.toEqualTypeOf<OscalCatalog>();
    expectTypeOf(toOscalPoam).returns.toEqualTypeOf<OscalPoam>();
    expectTypeOf(fromOscalCatalog).returns.toEqualTypeOf<Catalog>();
  });

  it("requires asOf", () => {
    // @ts-expect-error: asOf is required
    expectTypeOf(toOscalPoam).toBeCallableWith({} as never, {});
  });
});
