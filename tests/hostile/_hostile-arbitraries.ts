// Generators of hostile rows for the hostile-input suite (issue 13): keys from Object.prototype,
// sparse arrays, throwing getters, revoked proxies, and values that are not records at all.
import { fc } from '@fast-check/vitest';

export const PROTOTYPE_KEYS = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];

/** An object with the given own keys, set with defineProperty (so __proto__ is an own key). */
export const ownObject = (entries: readonly (readonly [string, unknown])[]): object => {
  const o: object = {};
  for (const [key, value] of entries)
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
};

const keyArb = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.constantFrom('familyId', 'workerId', 'wave', 'pilotId', 'usage', 'measures', 'cohort'),
  fc.string({ maxLength: 6 }),
);
const leafArb = fc.oneof(
  fc.constantFrom(null, undefined, NaN, Infinity, -0, '', 'T1', 'T2', 'all', 'none', 'F-1'),
  fc.integer({ min: -3, max: 12 }),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
);

/** An object whose keys come largely from Object.prototype's members. */
export const prototypeKeyedArb = fc
  .array(fc.tuple(keyArb, fc.oneof(leafArb, fc.array(leafArb, { maxLength: 3 }))), {
    maxLength: 6,
  })
  .map(ownObject);

/**
 * A placeholder for a row fast-check cannot hold (it probes generated values, and a revoked proxy
 * throws on every probe): {@link materialise} turns it into the real thing inside the test.
 */
export class Exotic {
  constructor(readonly kind: 'revoked' | 'getter' | 'ownKeys') {}
}

export const exoticArb = fc
  .constantFrom('revoked', 'getter', 'ownKeys')
  .map((kind) => new Exotic(kind as Exotic['kind']));

const make = (kind: Exotic['kind']): object => {
  if (kind === 'revoked') {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }
  if (kind === 'ownKeys') {
    return new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
        get() {
          throw new Error('get');
        },
      },
    );
  }
  const o = {};
  for (const key of ['familyId', 'workerId', 'wave', 'usage', 'caseId', 'score', 'cohort', 'x'])
    Object.defineProperty(o, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  return o;
};

/** The rows with each placeholder made real (holes stay holes: map skips them). */
export const materialise = (rows: readonly unknown[]): unknown[] =>
  rows.map((row) => (row instanceof Exotic ? make(row.kind) : row));

/** Anything in place of a record, with some plausible records mixed in. */
export const hostileRowArb = (plausible: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: plausible },
    { weight: 2, arbitrary: prototypeKeyedArb },
    { weight: 1, arbitrary: exoticArb },
    { weight: 1, arbitrary: leafArb },
  );

/** A list of rows, sometimes sparse (holes are rows too). */
export const hostileRowsArb = (plausible: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> =>
  fc.oneof(
    fc.array(hostileRowArb(plausible), { maxLength: 8 }),
    fc.sparseArray(hostileRowArb(plausible), { maxLength: 8 }),
  );

/** A snapshot of the global state a hostile row might reach: Object's and Array's prototypes. */
export const globalState = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((proto) =>
    Object.getOwnPropertyNames(proto)
      .sort()
      .map((name) => {
        const d = Object.getOwnPropertyDescriptor(proto, name)!;
        return [name, d.value ?? d.get, d.set];
      }),
  );
