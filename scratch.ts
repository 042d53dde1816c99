import { importRecords } from "./src/import/index";
const good = Array.from({ length: 50 }, (_, i) => `ts-${i},Source ${i},NTP`);
const r = importRecords("timeSources", ["Id,Name,Reference", ...good, "ts-bad,,NTP"].join("\n"));
console.log(r.problems);
