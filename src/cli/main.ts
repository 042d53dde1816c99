// The isms-kit command line (issue 8). Placeholder until the commands land.
console.error("isms-kit: the command line is not built yet");
process.exitCode = 2;
