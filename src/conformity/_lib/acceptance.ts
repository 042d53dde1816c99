import { getRiskAcceptanceAuthority, type RiskAcceptanceAuthorityInForce } from "../../method/getRiskAcceptanceAuthority";
import type { Isms } from "../../model/IsmsSchema";
import type { Role } from "../../model/RoleSchema";
import type { RiskRegister, RiskRegisterEntry } from "../../risk/assessRisks";
import type { ConformityIndex } from "../ConformityContext";
import { isActivePerson } from "./selectors";

/** The acceptance criteria's rules for the level a risk's acceptance is at, or undefined without criteria or level. */
export function authorityFor(register: RiskRegister, entry: RiskRegisterEntry): RiskAcceptanceAuthorityInForce | undefined {
  const criteria = register.method.acceptance;
  if (criteria === undefined || entry.acceptance.level === undefined) return undefined;
  return getRiskAcceptanceAuthority(register.method.matrix, entry.acceptance.level, criteria);
}

/** {@link authorityFor} for many entries of one register: the criteria read once per level. */
export function authoritiesOf(register: RiskRegister): (entry: RiskRegisterEntry) => RiskAcceptanceAuthorityInForce | undefined {
  const byLevel = new Map<string, RiskAcceptanceAuthorityInForce | undefined>();
  return (entry) => {
    const level = entry.acceptance.level;
    if (level === undefined) return undefined;
    if (!byLevel.has(level)) byLevel.set(level, authorityFor(register, entry));
    return byLevel.get(level);
  };
}

/** Whether a person may accept under an authority: the risk owner (when allowed), active top management (when allowed), or an active holder of a named role. */
export function mayAccept(personId: string | undefined, authority: RiskAcceptanceAuthorityInForce, ownerId: string | undefined, isms: Pick<Isms, "roles">, index: ConformityIndex): boolean {
  if (personId === undefined) return false;
  if (authority.riskOwner && personId === ownerId) return true;
  if (authority.topManagement && index.activeTopManagement.has(personId)) return true;
  if (!isActivePerson(index.people.get(personId)?.value)) return false;
  return holdersOf(authority, isms.roles).has(personId);
}

const holdersByAuthority = new WeakMap<RiskAcceptanceAuthorityInForce, ReadonlySet<string>>();

/**
 * The holders of the roles an authority names, worked out once per authority: a register judges tens
 * of thousands of acceptances against a handful of authorities, each made afresh for its run (so the
 * roles it was first read against are that run's).
 */
function holdersOf(authority: RiskAcceptanceAuthorityInForce, roles: readonly Role[]): ReadonlySet<string> {
  let holders = holdersByAuthority.get(authority);
  if (holders === undefined) {
    const named = new Set<string>();
    for (const r of roles) if (authority.roleIds.includes(r.id)) for (const id of r.holderIds) named.add(id);
    holdersByAuthority.set(authority, (holders = named));
  }
  return holders;
}

/** Who an authority lets accept, in words: "the risk owner or top management". */
export function describeAcceptors(authority: RiskAcceptanceAuthorityInForce, roleNames: ReadonlyMap<string, string>): string {
  const who = [
    ...(authority.riskOwner ? ["the risk owner"] : []),
    ...(authority.topManagement ? ["top management"] : []),
    ...authority.roleIds.map((id) => `the ${roleNames.get(id) ?? id}`),
  ];
  if (who.length === 0) return "nobody";
  return who.length === 1 ? who[0]! : `${who.slice(0, -1).join(", ")} or ${who[who.length - 1]!}`;
}
