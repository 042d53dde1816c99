import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    pool: "threads",
    testTimeout: 30_000,
    typecheck: { enabled: false },
  },
});
