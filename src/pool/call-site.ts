/**
 * The stack of the application code that made a call, captured when the
 * call is made (`captureStackTraces`): a reply arrives from a socket event,
 * so an error made then has no frame of the caller in its stack. V8 records
 * the frames at capture and formats them only when `stack` is first read,
 * which happens only if the call fails.
 */
export interface CallSite {
  stack?: string;
}

export function captureCallSite(below: (...args: never[]) => unknown): CallSite {
  const site: CallSite = {};
  Error.captureStackTrace(site, below);
  return site;
}

/** Rejects as `promise` does, with the call site appended to the error's stack. */
export function withCallSite<T>(promise: Promise<T>, site: CallSite): Promise<T> {
  return promise.catch((error: unknown) => {
    throw appendCallSite(error, site);
  });
}

/** The error, its stack followed by the frames of the call that failed. */
export function appendCallSite(error: unknown, site: CallSite): unknown {
  const stack = site.stack ?? '';
  // Drop the holder's "Error" line: only the frames are wanted.
  const frames = stack.slice(stack.indexOf('\n') + 1);
  if (error instanceof Error && typeof error.stack === 'string' && frames !== '' && stack.includes('\n')) {
    Object.defineProperty(error, 'stack', {
      value: `${error.stack}\n    --- the call was made at:\n${frames}`,
      enumerable: false,
      writable: true,
      configurable: true,
    });
  }
  return error;
}
