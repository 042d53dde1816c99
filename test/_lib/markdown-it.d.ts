// The few parts of markdown-it (a CommonMark renderer, a dependency of typedoc) the tests use.
declare module "markdown-it" {
  export default class MarkdownIt {
    constructor(options?: { html?: boolean; linkify?: boolean });
    render(source: string): string;
  }
}
