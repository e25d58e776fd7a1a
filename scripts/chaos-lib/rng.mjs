// A small seeded PRNG (mulberry32): the same --seed replays the same choices
// of operations, keys, value sizes and faults (their timing still varies).

export function createRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    /** A key of `weights` ({ name: weight }), chosen in proportion to its weight. */
    weighted(weights) {
      const entries = Object.entries(weights);
      let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [name, w] of entries) {
        r -= w;
        if (r < 0) return name;
      }
      return entries[entries.length - 1][0];
    },
    /** An independent generator derived from this one (one per caller). */
    fork: () => createRng(Math.floor(next() * 4294967296)),
  };
}
