// Secondary suppression by the hypercube method (Repsilber's GHMITER, as in tau-Argus): each
// primary cell is protected by a k-dimensional box of suppressed cells, one "partner" level per
// axis, the 2^k corners all suppressed. Write every margin with the opposite sign of its parts
// (y = (−1)^(number of Total coordinates) · x): then every line of the table with its margin sums
// to zero, and adding +d, −d, −d, +d … around the box's corners (sign −1 per axis moved) keeps
// every published equation true. Back in counts a corner moves by ±d with sign
// Π over moved axes of (−1 if neither end is a Total, else +1). The box can move until a
// decreasing corner reaches zero, so the primary cell's value is consistent with the whole range
// [x − D, x + U], D = min of corners moving with it, U = min of corners moving against it. Any
// further suppression only adds unknowns, so that range can only grow.

import { coordinatesOf, type Grid } from './_grid.js';

/** @internal Cell states. */
export const PUBLISHED = 0;
/** @internal */
export const PRIMARY = 1;
/** @internal */
export const SECONDARY = 2;
/** @internal A cell of the cross-classification that no published table shows: free to use. */
export const UNPUBLISHED = 3;

/** @internal The box chosen for one primary cell. */
export interface Box {
  readonly cell: number;
  /** The other corners, flat indices. */
  readonly corners: readonly number[];
  /** How far the cell can go down / up with the box alone (`Infinity` when nothing limits it). */
  readonly down: number;
  readonly up: number;
  /** Whether the rules' protection interval is met. */
  readonly met: boolean;
}

/**
 * @internal Protects each primary cell in turn (in `order`), marking the corners it needs as
 * SECONDARY in `state`. Boxes are chosen by least new suppression: the sum of the values of cells
 * not yet suppressed, then their number, then the first found. When no box gives the protection
 * asked for, the one giving the most is taken and `met` is false.
 */
export function hypercube(
  grid: Grid,
  state: Uint8Array,
  order: readonly number[],
  protection: number,
): Box[] {
  const k = grid.sizes.length;
  const { values, present, strides, sizes, totalAt } = grid;
  const corners = (1 << k) - 1;
  const boxes: Box[] = [];
  const partner = new Array<number>(k);
  const pos = new Int32Array(k);
  const candidates = sizes.map((size) => new Int32Array(Math.max(0, size - 1)));
  const prices = sizes.map((size) => new Float64Array(Math.max(0, size - 1)));
  const delta = new Float64Array(k);
  const flips = new Uint8Array(k);
  const cornerAt = new Float64Array(1 << k);

  for (const cell of order) {
    const c = coordinatesOf(grid, cell);
    const x = values[cell]!;
    const needDown = Math.min(x, protection);
    let best: { parts: number[]; down: number; up: number; cost: number; added: number } | null =
      null;
    let bestMet = false;
    let bestScore = -1;
    // Partner levels on each axis, cheapest neighbour first (already suppressed counts as free),
    // so a cheap box is found early and bounds the rest of the search.
    for (let a = 0; a < k; a++) {
      // Levels whose neighbouring corner is already suppressed (free) first, so that a box
      // costing nothing is found at once; no full sort, which would cost more than the search.
      // The buffers are reused from cell to cell: allocating them each time cost more still.
      const size = sizes[a]!;
      const list = candidates[a]!;
      const price = prices[a]!;
      let front = 0;
      let back = size - 2;
      for (let level = 0; level < size; level++) {
        if (level === c[a]) continue;
        const flat = cell + (level - c[a]!) * strides[a]!;
        const p = !present[flat] ? Infinity : state[flat] === PUBLISHED ? values[flat]! : 0;
        if (p === 0 && present[flat]) {
          list[front] = level;
          price[front++] = 0;
        } else {
          // The rest from the back, so in reverse table order: any fixed order will do.
          list[back] = level;
          price[back--] = p;
        }
      }
    }
    if (candidates.some((list) => list.length === 0)) {
      boxes.push({ cell, corners: [], down: 0, up: 0, met: false });
      continue;
    }
    pos.fill(0);
    for (let a = 0; a < k; a++) partner[a] = candidates[a]![0]!;
    search: for (;;) {
      for (let a = 0; a < k; a++) {
        delta[a] = (partner[a]! - c[a]!) * strides[a]!;
        flips[a] = partner[a] === totalAt[a] || c[a] === totalAt[a] ? 1 : 0;
      }
      let down = x;
      let up = Infinity;
      let cost = 0;
      let added = 0;
      let usable = true;
      for (let mask = 1; mask <= corners; mask++) {
        let flat = cell;
        let sign = 1;
        for (let a = 0; a < k; a++) {
          if ((mask >> a) & 1) {
            flat += delta[a]!;
            if (!flips[a]) sign = -sign;
          }
        }
        if (!present[flat]) {
          usable = false;
          break;
        }
        const v = values[flat]!;
        if (sign > 0) down = Math.min(down, v);
        else up = Math.min(up, v);
        if (state[flat] === PUBLISHED) {
          cost += v;
          added++;
        }
        cornerAt[mask] = flat;
        if (bestMet && (cost > best!.cost || (cost === best!.cost && added >= best!.added))) {
          usable = false;
          break;
        }
      }
      if (usable) {
        const met = down >= needDown && up >= protection;
        const score = Math.min(down, needDown) + Math.min(up, protection);
        const better =
          best === null ||
          (met && !bestMet) ||
          (met === bestMet &&
            (met
              ? cost < best.cost || (cost === best.cost && added < best.added)
              : score > bestScore || (score === bestScore && cost < best.cost)));
        if (better) {
          const parts: number[] = [];
          for (let mask = 1; mask <= corners; mask++) parts.push(cornerAt[mask]!);
          best = { parts, down, up, cost, added };
          bestMet = met;
          bestScore = score;
          if (met && added === 0) break search;
        }
      }
      // Next partner tuple.
      let a = k - 1;
      for (; a >= 0; a--) {
        const list = candidates[a]!;
        // The price of the corner next to the cell is a lower bound on the cost of any box using
        // that level: levels dearer than the best box so far are skipped.
        const price = prices[a]!;
        while (++pos[a]! < list.length && bestMet && price[pos[a]!]! > best!.cost);
        if (pos[a]! < list.length) {
          partner[a] = list[pos[a]!]!;
          break;
        }
        pos[a] = 0;
        partner[a] = list[0]!;
      }
      if (a < 0) break;
    }
    if (best === null) {
      boxes.push({ cell, corners: [], down: 0, up: 0, met: false });
      continue;
    }
    for (const flat of best.parts) if (state[flat] === PUBLISHED) state[flat] = SECONDARY;
    boxes.push({ cell, corners: best.parts, down: best.down, up: best.up, met: bestMet });
  }
  return boxes;
}
