import type { Person } from "../../../model/PersonSchema";
import type { OscalParty } from "../OscalMetadata";
import { oscalUuid } from "./oscalUuid";
import { oneLine } from "./text";

/** The UUID of the organization's party. */
export function organizationUuid(name: string): string {
  return oscalUuid("party", "organization", name);
}

/** The organization as an OSCAL party. */
export function organizationParty(name: string): OscalParty {
  return { uuid: organizationUuid(name), type: "organization", name: oneLine(name) };
}

/** The UUID of a person's party (from the person's id in the ISMS document). */
export function personUuid(personId: string): string {
  return oscalUuid("party", "person", personId);
}

/** A person of the ISMS as an OSCAL party, member of the organization. */
export function personParty(person: Pick<Person, "id" | "name">, organizationName: string): OscalParty {
  return {
    uuid: personUuid(person.id),
    type: "person",
    name: oneLine(person.name) || person.id,
    "member-of-organizations": [organizationUuid(organizationName)],
  };
}
