import { Buffer } from 'node:buffer';
import { formatTerm, isCharList } from './format.js';
import { ErlAtom, ErlTuple, charCodes, type AnyTerm } from '../../codec/erlang/term.js';

/**
 * `io_lib:format(Prefix ++ "~p", [Term])`: Erlang's pretty printer
 * (io_lib_pretty, line length 80, no depth limit) re-implemented for the
 * term shapes in Riak error texts, so multi-line errors such as
 * "Invalid bucket properties: [{allow_mult,\n   ...}]" match byte for byte.
 *
 * The layout works on a tree of nodes with precomputed flat lengths:
 * - a term that fits before the line end is written flat;
 * - otherwise list and tuple elements go one per line, aligned after the
 *   opening bracket, while "atomic" elements (strings, atoms, numbers) are
 *   packed onto a line while they fit;
 * - a tagged tuple `{atom, ...}` keeps its elements after the tag, unless a
 *   global pre-pass finds that doing so anywhere in the term would start an
 *   element at or past half the line: then every tagged tuple that does not
 *   fit breaks after its tag, indenting the rest 4 past the `{`.
 */

const LINE = 80;

type Node =
  | { kind: 'leaf'; text: string; len: number }
  | { kind: 'bin'; text: string; len: number; bytes: Buffer }
  | { kind: 'list'; items: Node[]; len: number }
  | { kind: 'tuple'; tagged: boolean; items: Node[]; len: number };

function seqLength(items: Node[]): number {
  return items.reduce((sum, n) => sum + n.len, 0) + Math.max(0, items.length - 1) + 2;
}

function toNode(term: AnyTerm): Node {
  if (term instanceof ErlTuple) {
    if (term.items.length === 0) return { kind: 'leaf', text: '{}', len: 2 };
    const items = term.items.map(toNode);
    return { kind: 'tuple', tagged: term.items[0] instanceof ErlAtom && term.items.length > 1, items, len: seqLength(items) };
  }
  if (typeof term === 'string' && !isCharList(charCodes(term)) && term.length > 0) {
    // A list of character codes that is not printable: an ordinary list.
    return toNode(charCodes(term));
  }
  if (Array.isArray(term) && term.length > 0 && !isCharList(term)) {
    const items = term.map(toNode);
    return { kind: 'list', items, len: seqLength(items) };
  }
  // Everything else is written on one line: atoms, numbers, strings,
  // printable binaries, and (approximated as flat) maps, improper lists, funs.
  const text = formatTerm(term);
  if (Buffer.isBuffer(term) && !text.startsWith('<<"') && term.length > 0) return { kind: 'bin', text, len: text.length, bytes: term };
  return { kind: 'leaf', text, len: text.length };
}

function write(node: Node): string {
  switch (node.kind) {
    case 'leaf':
    case 'bin':
      return node.text;
    case 'list':
      return `[${node.items.map(write).join(',')}]`;
    case 'tuple':
      return `{${node.items.map(write).join(',')}}`;
  }
}

const atomic = (node: Node): boolean => node.kind === 'leaf';
const lastDepth = (rest: Node[], ld: number): number => (rest.length > 0 ? 0 : ld + 1);
const spaces = (n: number): string => ' '.repeat(Math.max(0, n));

class NoGood extends Error {}

/** The check pass (io_lib_pretty's cind): throws when tag indentation `ind` would not do. */
class IndentCheck {
  constructor(
    readonly m: number,
    readonly ind: number,
  ) {}

  node(node: Node, col: number, ld: number, w: number): void {
    if (node.len < LINE - col - ld && node.len + w + ld <= this.m) return;
    if (node.kind === 'list' || (node.kind === 'tuple' && !node.tagged)) this.list(node.items, col + 1, ld, w + 1);
    else if (node.kind === 'tuple') this.tagTuple(node.items, col, ld, w + 1);
  }

  tagTuple([tag, ...rest]: Node[], col: number, ld: number, w: number): void {
    const tagInd = tag.len + 2;
    const tcol = col + tagInd;
    if (this.ind > 0 && tagInd > this.ind) {
      const col1 = col + this.ind;
      if (!(this.m + col1 <= LINE || col1 <= LINE / 2)) throw new NoGood();
      this.tail(rest, col1, tcol, ld, w + tag.len);
    } else if (this.m + tcol < LINE || tcol < LINE / 2) {
      this.list(rest, tcol, ld, w + tag.len + 1);
    } else {
      throw new NoGood();
    }
  }

  list([first, ...rest]: Node[], col0: number, ld: number, w: number): void {
    const we = this.element(first, col0, lastDepth(rest, ld), w);
    this.tail(rest, col0, col0 + we, ld, w + we);
  }

  tail(items: Node[], col0: number, col: number, ld: number, w: number): void {
    for (let i = 0; i < items.length; i++) {
      const e = items[i];
      const ld1 = lastDepth(items.slice(i + 1), ld);
      const elen = 1 + e.len;
      if (fitsInline(e, elen, col, ld1, w, this.m)) {
        col += elen;
        w += elen;
      } else {
        const we = this.element(e, col0, ld1, 0);
        col = col0 + we;
        w = we;
      }
    }
  }

  element(node: Node, col: number, ld: number, w: number): number {
    if (node.len < LINE - col - ld && node.len + w + ld <= this.m && atomic(node)) return node.len;
    this.node(node, col, ld, w);
    return LINE;
  }
}

function fitsInline(e: Node, elen: number, col: number, ld1: number, w: number, m: number): boolean {
  if (!atomic(e)) return false;
  return ld1 === 0 ? elen + 1 < LINE - col && w + elen + 1 <= m : elen < LINE - col - ld1 && w + elen + ld1 <= m;
}

/** The layout pass (io_lib_pretty's pp). */
class Layout {
  constructor(
    readonly m: number,
    readonly tind: number,
  ) {}

  node(node: Node, col: number, ind: string, ld: number, w: number): string {
    if (node.len < LINE - col - ld && node.len + w + ld <= this.m) return write(node);
    switch (node.kind) {
      case 'list':
        return `[${this.list(node.items, col + 1, `${ind} `, ld, w + 1)}]`;
      case 'tuple':
        return node.tagged ? `{${this.tagTuple(node.items, col, ind, ld, w + 1)}}` : `{${this.list(node.items, col + 1, `${ind} `, ld, w + 1)}}`;
      case 'bin':
        return this.binary(node.bytes, col + 2, `${ind}  `, ld, w);
      default:
        return node.text;
    }
  }

  /** io_lib_pretty:pp_binary/7: a binary's bytes wrapped to the line, under its first byte. */
  binary(bytes: Buffer, col: number, ind: string, ld: number, w: number): string {
    const n0 = Math.max(8, Math.min(LINE - col, this.m - 4 - w) - ld);
    let n = n0;
    let out = '<<';
    bytes.forEach((byte, i) => {
      const chunk = i < bytes.length - 1 ? `${byte},` : String(byte);
      if (i === bytes.length - 1) {
        out += chunk.length > n ? `\n${ind}${chunk}` : chunk;
      } else if (n - chunk.length < 0) {
        out += `\n${ind}${chunk}`;
        n = n0 - chunk.length;
      } else {
        out += chunk;
        n -= chunk.length;
      }
    });
    return `${out}>>`;
  }

  tagTuple([tag, ...rest]: Node[], col: number, ind: string, ld: number, w: number): string {
    const tagInd = tag.len + 2;
    const tcol = col + tagInd;
    if (this.tind > 0 && tagInd > this.tind) {
      return write(tag) + this.tail(rest, col + this.tind, tcol, ind + spaces(this.tind), ld, w + tag.len);
    }
    return `${write(tag)},${this.list(rest, tcol, ind + spaces(tagInd), ld, w + tag.len + 1)}`;
  }

  list([first, ...rest]: Node[], col0: number, ind: string, ld: number, w: number): string {
    const [text, we] = this.element(first, col0, ind, lastDepth(rest, ld), w);
    return text + this.tail(rest, col0, col0 + we, ind, ld, w + we);
  }

  tail(items: Node[], col0: number, col: number, ind: string, ld: number, w: number): string {
    let out = '';
    for (let i = 0; i < items.length; i++) {
      const e = items[i];
      const ld1 = lastDepth(items.slice(i + 1), ld);
      const elen = 1 + e.len;
      if (fitsInline(e, elen, col, ld1, w, this.m)) {
        out += `,${write(e)}`;
        col += elen;
        w += elen;
      } else {
        const [text, we] = this.element(e, col0, ind, ld1, 0);
        out += `,\n${ind}${text}`;
        col = col0 + we;
        w = we;
      }
    }
    return out;
  }

  element(node: Node, col: number, ind: string, ld: number, w: number): [string, number] {
    if (node.len < LINE - col - ld && node.len + w + ld <= this.m && atomic(node)) return [write(node), node.len];
    return [this.node(node, col, ind, ld, w), LINE];
  }
}

/** `io_lib:format(Prefix ++ "~p", [Term])` where the prefix has no newline. */
export function formatAfter(prefix: string, term: AnyTerm): string {
  const node = toNode(term);
  // io_lib_pretty columns are 1-based, counted on the prefix's last line.
  const col = prefix.length - (prefix.lastIndexOf('\n') + 1) + 1;
  if (node.len < LINE - col || node.kind === 'leaf') return prefix + write(node);
  const m = node.len;
  let tind = 1;
  for (const candidate of [-1, 4]) {
    try {
      new IndentCheck(m, candidate).node(node, col, 0, 0);
      tind = candidate;
      break;
    } catch (err) {
      if (!(err instanceof NoGood)) throw err;
    }
  }
  return prefix + new Layout(m, tind).node(node, col, spaces(col - 1), 0, 0);
}
