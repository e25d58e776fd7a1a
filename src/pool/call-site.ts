/**
 * The stack of the application code that made a call, captured when the
 * call is made (`captureStackTraces`): a reply arrives from a socket event,
 * so an error made then has no frame of the caller in its stack.
 */
export function captureCallSite(below: (...args: never[]) => unknown): string {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, below);
  const stack = holder.stack ?? '';
  // Drop the "Error" line: only the frames are wanted.
  const firstFrame = stack.indexOf('\n');
  return firstFrame === -1 ? '' : stack.slice(firstFrame + 1);
}

/** Rejects as `promise` does, with the call site appended to the error's stack. */
export function withCallSite<T>(promise: Promise<T>, callSite: string): Promise<T> {
  return promise.catch((error: unknown) => {
    throw appendCallSite(error, callSite);
  });
}

/** The error, its stack followed by the frames of the call that failed. */
export function appendCallSite(error: unknown, callSite: string): unknown {
  if (error instanceof Error && typeof error.stack === 'string' && callSite !== '') {
    Object.defineProperty(error, 'stack', {
      value: `${error.stack}\n    --- the call was made at:\n${callSite}`,
      enumerable: false,
      writable: true,
      configurable: true,
    });
  }
  return error;
}
