// The `isms-kit` command line (dist/cli.js). Everything it does is in runCli; this file only connects
// it to the real process.
import { processIo } from "./_lib/CliIo";
import { EXIT } from "./_lib/CliError";
import { runCli } from "./runCli";

// `isms-kit catalog | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
