import type { Field } from './field.js';

/** What a remove without a context could not find. */
export type Missing = { readonly kind: 'element'; readonly member: string } | { readonly kind: 'field'; readonly field: Field };

/**
 * riak_dt's `{error, {precondition, {not_present, X}}}`: a remove without a
 * causal context named something the replica does not hold. The whole
 * operation is rejected and nothing is stored.
 */
export class PreconditionError extends Error {
  readonly missing: Missing;

  constructor(missing: Missing) {
    super('precondition: not_present');
    this.name = 'PreconditionError';
    this.missing = missing;
  }
}
