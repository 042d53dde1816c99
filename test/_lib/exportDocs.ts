import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** An exported declaration of a source file, with what its TSDoc says. */
export interface ExportDoc {
  readonly file: string;
  readonly name: string;
  /** Whether it has a TSDoc block at all. */
  readonly hasDoc: boolean;
  /** The TSDoc summary, trimmed ("" when there is none). */
  readonly summary: string;
  readonly category: string | undefined;
  /** The code of each ```ts block in its `@example` tags. */
  readonly examples: readonly string[];
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** Every exported declaration of `dir/file` with its TSDoc summary, category and example code blocks. */
export function exportDocs(dir: string, file: string): ExportDoc[] {
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: ExportDoc[] = [];
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    const names: string[] = [];
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) names.push(declaration.name.getText(source));
    } else if (
      ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement)
    ) {
      if (statement.name) names.push(statement.name.text);
    }
    const docs = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc);
    const tags = docs.flatMap((doc) => [...(doc.tags ?? [])]);
    const category = tags.find((tag) => tag.tagName.text === "category");
    const summary = docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "").join("").trim();
    const examples = tags
      .filter((tag) => tag.tagName.text === "example")
      .flatMap((tag) => [...(ts.getTextOfJSDocComment(tag.comment) ?? "").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? ""));
    for (const name of names) {
      out.push({
        file,
        name,
        hasDoc: docs.length > 0,
        summary,
        category: category ? ts.getTextOfJSDocComment(category.comment)?.trim() : undefined,
        examples,
      });
    }
  }
  return out;
}
