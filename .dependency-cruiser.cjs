/**
 * The one-way house (STYLE.md §1): every import in src/ points down the list of rooms, and nothing
 * imports in a circle. `npm run lint:layers` runs it; CI fails on any violation.
 *
 *   core → method → model → catalog → mappings → import → risk → treatment → conformity → export → cli
 *
 * A room may import itself and any room before it in this list; the entry files at the top of src/
 * (src/index.ts) may import any room.
 */
const rooms = ["core", "method", "model", "catalog", "mappings", "import", "risk", "treatment", "conformity", "export", "cli"];

/** For each room, a rule that forbids importing the rooms after it. */
const upward = rooms.slice(0, -1).map((room, i) => ({
  name: `no-upward-from-${room}`,
  comment: `src/${room} may import only ${rooms.slice(0, i + 1).join(", ")} (the rooms below it)`,
  severity: "error",
  from: { path: `^src/${room}/` },
  to: { path: `^src/(${rooms.slice(i + 1).join("|")})/` },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "modules import each other in a circle",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-private-lib-across-rooms",
      comment: "a room's _lib/ is private to that room; share through src/core instead",
      severity: "error",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/[^/]+/.*_lib/", pathNot: "^src/$1/" },
    },
    {
      name: "rooms-only",
      comment: "every source file lives in one of the rooms (or is an entry file at the top of src/)",
      severity: "error",
      from: { path: "^src/", pathNot: `^src/(${rooms.join("|")})/|^src/[^/]+\\.ts$` },
      to: {},
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.json$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
