/**
 * Options of {@link importSarif} and {@link importCycloneDx}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: ImportScanOptions = { assetIds: ["a-portal"], identifiedOn: "2026-11-02" };
 * ```
 */
export interface ImportScanOptions {
  /** The assets the scanned code or software is part of: every vulnerability found is linked to them. */
  readonly assetIds?: readonly string[];
  /** Risks every vulnerability found feeds. */
  readonly riskIds?: readonly string[];
  /** The day the scan found them (the remediation clock starts here); default: the scan's own date in the file. */
  readonly identifiedOn?: string;
  /** The start of the vulnerabilities' ids; default `sarif` (`cdx` for CycloneDX). Ids are made from the findings, so a scan imported again updates them. */
  readonly idPrefix?: string;
  /** SARIF: import results of every rule, not only those of security rules (a `security` tag, a CWE or a `security-severity`). */
  readonly allResults?: boolean;
  /** The ISMS the vulnerabilities go into: references are checked, and a finding the scan no longer reports (`baselineState: "absent"`) marks its open vulnerability remediated. */
  readonly isms?: object;
}
