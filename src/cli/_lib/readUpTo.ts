import { readSync } from "node:fs";

/** Waits `ms` milliseconds without a busy loop (for a stream that has nothing to read yet). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Reads an open file (a regular file, a pipe, standard input) to its end, or to `limit` + 1 bytes,
 * enough to tell that it is too large: a stream without end is never read whole.
 */
export function readUpTo(fd: number, limit: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A terminal or pipe in non-blocking mode with nothing yet to read.
      if ((error as { code?: unknown }).code === "EAGAIN") {
        pause(10);
        continue;
      }
      throw error;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) break;
  }
  return Buffer.concat(chunks, total);
}
