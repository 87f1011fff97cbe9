// A TypeDoc plugin for `npm run docs` (typedoc.json "plugin").
//
// zod's inferred types contain properties that exist in no source file: the keys of the object
// type an enum schema carries (`z.enum(['all', 'some', 'none'])` has the type
// `ZodEnum<{ all: 'all'; some: 'some'; none: 'none' }>`). TypeDoc lists them as properties of
// the schema's type, and `validation.notDocumented` would ask for a comment on each, although no
// declaration exists to write one on. This plugin removes exactly those properties — ones whose
// symbol has no declaration at all — so that notDocumented still checks every property that is
// declared in `src/`.
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {import('typedoc').Reflection[]} */
  const undeclared = [];
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    if (!reflection.parent?.kindOf(ReflectionKind.TypeLiteral)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    if (symbol && (symbol.declarations ?? []).length === 0) undeclared.push(reflection);
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of undeclared.splice(0)) context.project.removeReflection(reflection);
  });
}
