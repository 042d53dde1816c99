import type { SourceLocation } from "isms-kit/source";

/** How GitHub Actions shows an annotation. */
export type AnnotationLevel = "error" | "warning" | "notice";

const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/**
 * A GitHub Actions workflow command that annotates a file (`::error file=…,line=…::message`), so a
 * pull request shows the problem on its line. Without a location it annotates the run, not a file.
 */
export function githubAnnotation(level: AnnotationLevel, title: string, message: string, location: SourceLocation | undefined, fallbackFile?: string): string {
  const properties: string[] = [];
  if (location) {
    properties.push(
      `file=${escapeProperty(location.file)}`,
      `line=${location.line}`,
      `col=${location.column}`,
      `endLine=${location.endLine}`,
      ...(location.endLine === location.line ? [`endColumn=${location.endColumn}`] : []),
    );
  } else if (fallbackFile !== undefined) {
    properties.push(`file=${escapeProperty(fallbackFile)}`);
  }
  properties.push(`title=${escapeProperty(title)}`);
  return `::${level} ${properties.join(",")}::${escapeData(message)}\n`;
}
