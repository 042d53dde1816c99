// What the package's `#fastIsmsParser` import gives outside Node.js (browsers among them): no generated
// validator; the closures compiled from the schema validate in place instead.
import type { FastIsmsParserModule } from "./fastIsmsParserModule";

/** No generated validator on this platform. */
export const fastIsmsParser: FastIsmsParserModule | undefined = undefined;
