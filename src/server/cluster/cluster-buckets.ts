import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { PropList } from '../buckets/bucket-props.js';
import { BucketRegistry, type ResolvedProps } from '../buckets/bucket-registry.js';

/**
 * The bucket registry of a cluster whose default n_val is not Riak's 3
 * (`startDevServer({ nodes, nVal })`, riak.conf's `buckets.default.n_val`):
 * the default type and every type created without its own `n_val` start
 * from `nVal`. A bucket of the default type with its own props keeps
 * whatever n_val it was given (setBucket starts from this registry's view).
 *
 * A stopgap: BucketRegistry has no option for its defaults, so this
 * overrides its reads. Replace with such an option when bucket-registry.ts
 * gets one (see /work/notes/cluster-design.md).
 */
export class ClusterBucketRegistry extends BucketRegistry {
  readonly #nVal: number;
  #plainDefault: ResolvedProps | undefined;
  #patchedDefault: ResolvedProps | undefined;

  constructor(nVal: number) {
    super();
    this.#nVal = nVal;
  }

  override createType(name: string, props: PropList): void {
    super.createType(name, props.some(([prop]) => prop === 'n_val') ? props : [...props, ['n_val', this.#nVal]]);
  }

  override type(name: string): ResolvedProps | undefined {
    const props = super.type(name);
    return name === DEFAULT_BUCKET_TYPE && props !== undefined ? this.#patch(props) : props;
  }

  override bucket(type: string, bucket: string): ResolvedProps | undefined {
    const props = super.bucket(type, bucket);
    // A bucket without props of its own reads its type's very object.
    if (type === DEFAULT_BUCKET_TYPE && props !== undefined && props === super.type(type)) return this.#patch(props);
    return props;
  }

  #patch(plain: ResolvedProps): ResolvedProps {
    if (plain !== this.#plainDefault) {
      const props = new Map(plain.props);
      props.set('n_val', this.#nVal);
      this.#plainDefault = plain;
      this.#patchedDefault = { ...plain, props, nVal: this.#nVal };
    }
    return this.#patchedDefault as ResolvedProps;
  }
}
