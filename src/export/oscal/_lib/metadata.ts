import { OscalError } from "../OscalError";
import { OSCAL_VERSION } from "../OSCAL_VERSION";
import type { OscalMetadata, OscalParty, OscalRole } from "../OscalMetadata";
import type { OscalProperty } from "../OscalProperty";
import { oscalIssue } from "./oscalIssue";
import { compact, nonEmpty } from "./props";
import { oneLine, prose } from "./text";

/**
 * The metadata of a document, its keys in OSCAL's order; empty lists are left out. A title or
 * version that is blank once on one line (only possible through the options) throws.
 */
export function metadata(input: {
  title: string;
  lastModified: string;
  version: string;
  props?: OscalProperty[] | undefined;
  roles?: readonly OscalRole[];
  parties?: readonly OscalParty[];
  responsibleParties?: readonly { "role-id": string; "party-uuids": string[] }[];
  remarks?: string | undefined;
}): OscalMetadata {
  const title = oneLine(input.title);
  const version = oneLine(input.version);
  const issues = [
    ...(title === "" ? [oscalIssue(["options", "title"], "too_small", "expected a non-empty title")] : []),
    ...(version === "" ? [oscalIssue(["options", "version"], "too_small", "expected a non-empty version")] : []),
  ];
  if (issues.length > 0) throw new OscalError("Cannot write the OSCAL metadata", issues);
  return compact<OscalMetadata>({
    title,
    "last-modified": input.lastModified,
    version,
    "oscal-version": OSCAL_VERSION,
    props: input.props,
    roles: nonEmpty(input.roles ?? []),
    parties: nonEmpty(input.parties ?? []),
    "responsible-parties": nonEmpty(input.responsibleParties ?? []),
    remarks: prose(input.remarks),
  });
}
