import { daysBetween } from "../../core/calendar";
import { builtInRule } from "../_lib/builtInRule";
import { shiftDays } from "../_lib/dates";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { activeAccounts, gradeLapses, located, unlessRecords } from "../_lib/operations";
import { amountOf, describeParameter } from "../_lib/parameters";
import { quote } from "../_lib/text";

/** Annex A 5.18: access is removed when people leave or move. @category Conformity */
export const accessRemovedOnTime = builtInRule({
  id: "A.5.18-access-removed-on-time",
  controlId: "5.18",
  title: "Leavers' and movers' access is removed on time",
  description: `When control 5.18 is applicable, access is removed within the organisation's limit (\`parameters.leaverAccessRemovalDays\`) after a leaver's last day or a mover's move: a leaver or mover event whose access was removed later, or not yet removed after the limit, is a finding; so is an active account of a person who has left (\`people[].leftOn\`) longer ago than the limit. Minor for each person, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the leavers, movers and departed account holders judged).`,
  severity: "minor",
  stage: 2,
  hint: "Remove the access now, record when (`accessRemovedOn`, account `status`), and find out why the leaver process missed it.",
  reads: ["accessEvents", "accounts", "people"],
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const limit = parameters.leaverAccessRemovalDays;
    const events = located(isms.accessEvents, "accessEvents", (e) => (e.type === "leaver" || (e.type === "mover" && e.accessRemovedOn !== undefined)) && e.effectiveOn <= asOf);
    const departed = activeAccounts(isms, (value) => {
      const person = value.personId === undefined ? undefined : index.people.get(value.personId)?.value;
      return person?.status === "left" && person.leftOn !== undefined && shiftDays(person.leftOn, limit.value) < asOf;
    });
    const skip = unlessRecords("5.18", index, [...events, ...departed], "no leaver or mover is recorded");
    if (skip) return skip;
    const lapses: { item: string; message: string; refs: string[]; parameters: (typeof limit)[] }[] = [];
    const judged = new Set<string>();
    for (const { value: e, pointer } of events) {
      judged.add(e.personId);
      const due = shiftDays(e.effectiveOn, limit.value);
      const who = quote(index.people.get(e.personId)?.value.name ?? e.personId);
      if (e.accessRemovedOn === undefined) {
        if (due < asOf) lapses.push({ item: e.personId, message: `the ${e.type} ${who} (last day ${e.effectiveOn}) still had access on ${asOf}: no removal is recorded, due by ${due} (${describeParameter(limit)})`, refs: [pointer], parameters: [limit] });
      } else if (e.accessRemovedOn > due) {
        lapses.push({
          item: e.personId,
          message: `the ${e.type} ${who}'s access was removed on ${e.accessRemovedOn}, ${amountOf(daysBetween(e.effectiveOn, e.accessRemovedOn), "days")} after ${e.type === "leaver" ? "the last day" : "the move"} (${e.effectiveOn}; limit ${describeParameter(limit)})`,
          refs: [`${pointer}/accessRemovedOn`],
          parameters: [limit],
        });
      }
    }
    const byPerson = new Map<string, string[]>();
    for (const { value, pointer } of departed) byPerson.set(value.personId!, [...(byPerson.get(value.personId!) ?? []), pointer]);
    const lapsed = new Set(lapses.map((l) => l.item));
    for (const [personId, refs] of byPerson) {
      if (lapsed.has(personId)) continue;
      judged.add(personId);
      const person = index.people.get(personId)!.value;
      lapses.push({ item: personId, message: `${quote(person.name)} left on ${person.leftOn} but still has ${refs.length === 1 ? "an active account" : `${refs.length} active accounts`} (limit ${describeParameter(limit)})`, refs, parameters: [limit] });
    }
    return gradeLapses(lapses, judged.size, gradingPolicy, "leavers and movers kept access past the limit", (id) => id);
  },
});
