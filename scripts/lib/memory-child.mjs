// The child side of the memory measurements (dev-server-capacity.mjs,
// leveldb-memory.mjs): a dev server answering 'memory' (after two full GCs)
// and 'stop' over IPC, so the parent measures a process that holds only it.
import { readFileSync } from 'node:fs';

/** Answers the parent's 'memory' and 'stop' messages for `server`, then tells it the port. */
export function answerMemoryQuestions(server) {
  process.on('message', (msg) => {
    if (msg === 'memory') {
      globalThis.gc?.();
      globalThis.gc?.();
      const usage = process.memoryUsage();
      process.send({ memory: { ...usage, rss: procStatus('VmRSS') ?? usage.rss, anon: procStatus('RssAnon') ?? usage.rss, file: procStatus('RssFile') ?? 0 } });
    } else if (msg === 'stop') {
      server.close().then(() => process.exit(0));
    }
  });
  process.send({ port: server.port });
}

/**
 * A size from /proc/self/status (Linux): VmRSS is what `ps` shows; RssAnon
 * leaves out RssFile, the file pages LevelDB maps to read its tables (page
 * cache the kernel takes back under pressure).
 */
function procStatus(field) {
  try {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.replace(/\D+/g, '')) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
