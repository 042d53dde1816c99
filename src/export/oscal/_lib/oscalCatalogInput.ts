import * as z from "zod";
import { TOKEN } from "./text";

/**
 * The parts of an OSCAL 1.2.1 catalog that `fromOscalCatalog` reads, as zod schemas. Catalog,
 * group, control, part and prop are strict — OSCAL allows no other keys on them, so an unknown key
 * is a mistake worth reporting — while metadata, parameters, links and back matter are read
 * loosely: their other fields are valid OSCAL that the catalog model has no place for.
 */

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;

const tokenSchema = z.string({ error: "expected a token (text)" }).regex(TOKEN, {
  error: "expected an OSCAL token: a letter or _, then letters, digits, '.', '-' or '_'",
});
const textSchema = z.string({ error: "expected a text" });

export interface OscalPropInput {
  name: string;
  uuid?: string | undefined;
  ns?: string | undefined;
  value: string;
  class?: string | undefined;
  group?: string | undefined;
  remarks?: string | undefined;
}

export const PropInputSchema: z.ZodType<OscalPropInput> = z.strictObject({
  name: tokenSchema,
  uuid: textSchema.optional(),
  ns: textSchema.optional(),
  value: textSchema,
  class: textSchema.optional(),
  group: textSchema.optional(),
  remarks: textSchema.optional(),
});

const LinkInputSchema = z.looseObject({ href: textSchema });

export interface OscalPartInput {
  id?: string | undefined;
  name: string;
  ns?: string | undefined;
  class?: string | undefined;
  title?: string | undefined;
  props?: OscalPropInput[] | undefined;
  prose?: string | undefined;
  parts?: OscalPartInput[] | undefined;
  links?: unknown[] | undefined;
}

export const PartInputSchema: z.ZodType<OscalPartInput> = z.lazy(() =>
  z.strictObject({
    id: tokenSchema.optional(),
    name: tokenSchema,
    ns: textSchema.optional(),
    class: textSchema.optional(),
    title: textSchema.optional(),
    props: z.array(PropInputSchema).optional(),
    prose: textSchema.optional(),
    parts: z.array(PartInputSchema).optional(),
    links: z.array(LinkInputSchema).optional(),
  }),
);

export interface OscalParamInput {
  id: string;
  label?: string | undefined;
  values?: string[] | undefined;
  select?: { "how-many"?: string | undefined; choice?: string[] | undefined } | undefined;
  [key: string]: unknown;
}

export const ParamInputSchema: z.ZodType<OscalParamInput> = z.looseObject({
  id: tokenSchema,
  label: textSchema.optional(),
  values: z.array(textSchema).optional(),
  select: z.looseObject({ "how-many": textSchema.optional(), choice: z.array(textSchema).optional() }).optional(),
});

export interface OscalControlInput {
  id: string;
  class?: string | undefined;
  title: string;
  params?: OscalParamInput[] | undefined;
  props?: OscalPropInput[] | undefined;
  links?: unknown[] | undefined;
  parts?: OscalPartInput[] | undefined;
  controls?: OscalControlInput[] | undefined;
}

export const ControlInputSchema: z.ZodType<OscalControlInput> = z.lazy(() =>
  z.strictObject({
    id: tokenSchema,
    class: textSchema.optional(),
    title: textSchema,
    params: z.array(ParamInputSchema).optional(),
    props: z.array(PropInputSchema).optional(),
    links: z.array(LinkInputSchema).optional(),
    parts: z.array(PartInputSchema).optional(),
    controls: z.array(ControlInputSchema).optional(),
  }),
);

export interface OscalGroupInput {
  id?: string | undefined;
  class?: string | undefined;
  title: string;
  params?: OscalParamInput[] | undefined;
  props?: OscalPropInput[] | undefined;
  links?: unknown[] | undefined;
  parts?: OscalPartInput[] | undefined;
  groups?: OscalGroupInput[] | undefined;
  controls?: OscalControlInput[] | undefined;
}

export const GroupInputSchema: z.ZodType<OscalGroupInput> = z.lazy(() =>
  z.strictObject({
    id: tokenSchema.optional(),
    class: textSchema.optional(),
    title: textSchema,
    params: z.array(ParamInputSchema).optional(),
    props: z.array(PropInputSchema).optional(),
    links: z.array(LinkInputSchema).optional(),
    parts: z.array(PartInputSchema).optional(),
    groups: z.array(GroupInputSchema).optional(),
    controls: z.array(ControlInputSchema).optional(),
  }),
);

export const CatalogDocumentInputSchema = z.strictObject({
  $schema: textSchema.optional(),
  catalog: z.strictObject({
    uuid: z.string({ error: "expected a UUID (text)" }).regex(UUID, { error: "expected a version 4 or 5 UUID" }),
    metadata: z.looseObject({
      title: textSchema,
      "last-modified": textSchema,
      version: textSchema,
      "oscal-version": textSchema,
      props: z.array(PropInputSchema).optional(),
    }),
    params: z.array(ParamInputSchema).optional(),
    controls: z.array(ControlInputSchema).optional(),
    groups: z.array(GroupInputSchema).optional(),
    "back-matter": z.looseObject({}).optional(),
  }),
});
