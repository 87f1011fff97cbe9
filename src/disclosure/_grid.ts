// A table as a dense grid of cells: one axis per dimension, each axis holding its levels and,
// when margins are published, one more index for 'Total'. Cell values are counts; `present`
// marks the cells that exist (every margin; an inner cell only if some row gave it).

/** @internal */
export interface Grid {
  /** Cells per axis, the Total included when margins are published. */
  readonly sizes: readonly number[];
  /** Index of the Total on each axis, or -1 when margins are not published. */
  readonly totalAt: readonly number[];
  /** Flat index = Σ coordinate × stride. */
  readonly strides: readonly number[];
  readonly values: Float64Array;
  readonly present: Uint8Array;
}

/** @internal Coordinates of a flat index. */
export function coordinatesOf(grid: Grid, flat: number): number[] {
  return grid.sizes.map((size, a) => Math.floor(flat / grid.strides[a]!) % size);
}

/** @internal A grid of the given level counts, margins added (and summed) when asked. */
export function makeGrid(levels: readonly number[], margins: boolean): Grid {
  const sizes = levels.map((n) => n + (margins ? 1 : 0));
  const strides: number[] = [];
  let size = 1;
  for (let a = sizes.length - 1; a >= 0; a--) {
    strides[a] = size;
    size *= sizes[a]!;
  }
  return {
    sizes,
    totalAt: levels.map((n) => (margins ? n : -1)),
    strides,
    values: new Float64Array(size),
    present: new Uint8Array(size),
  };
}

/**
 * @internal Fills every margin with the sum of the inner cells below it: each inner cell is added
 * to the 2^k − 1 margins that contain it (k axes), so the work is linear in the inner cells.
 */
export function sumMargins(grid: Grid): void {
  const k = grid.sizes.length;
  if (grid.totalAt.some((t) => t < 0)) return;
  const { values, present, strides, totalAt, sizes } = grid;
  const coords = new Array<number>(k).fill(0);
  for (let flat = 0; flat < values.length; flat++) {
    let margin = false;
    for (let a = 0; a < k; a++) if (coords[a] === totalAt[a]) margin = true;
    if (margin) present[flat] = 1;
    else if (present[flat]) {
      const x = values[flat]!;
      for (let mask = 1; mask < 1 << k; mask++) {
        let target = flat;
        for (let a = 0; a < k; a++)
          if ((mask >> a) & 1) target += (totalAt[a]! - coords[a]!) * strides[a]!;
        values[target] = values[target]! + x;
      }
    }
    // Next coordinates (last axis fastest, as the flat index runs).
    for (let a = k - 1; a >= 0; a--) {
      if (++coords[a]! < sizes[a]!) break;
      coords[a] = 0;
    }
  }
}
