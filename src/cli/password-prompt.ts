import type { CommandStdio } from './command.js';
import { CommandError } from './command.js';

const ENTER = new Set(['\r', '\n']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = new Set(['\u007f', '\b']);

/**
 * Reads a password from a terminal without echoing it: stdin in raw mode,
 * the prompt on stderr (stdout may be piped). Enter ends it, Backspace edits,
 * Ctrl-C cancels (exit 130, as a shell reports SIGINT).
 */
export async function promptPassword(stdio: Pick<CommandStdio, 'stdin' | 'stderr'>, prompt: string): Promise<string> {
  const { stdin, stderr } = stdio;
  if (stdin.isTTY !== true || typeof stdin.setRawMode !== 'function') throw new Error('promptPassword needs a terminal on stdin');
  // Echo off before the prompt shows: whatever is typed once it is visible stays hidden.
  stdin.setRawMode(true);
  stderr.write(prompt);
  stdin.setEncoding('utf8');
  stdin.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let password = '';
      const finish = (error?: Error) => {
        stdin.off('data', onData);
        stdin.off('end', onEnd);
        if (error) reject(error);
        else resolve(password);
      };
      const onEnd = () => finish();
      const onData = (chunk: string) => {
        for (const char of chunk) {
          if (ENTER.has(char)) return finish();
          if (char === CTRL_C) return finish(new CommandError('password prompt cancelled', 130));
          if (char === CTRL_D) {
            if (password === '') return finish(new CommandError('password prompt cancelled', 130));
            return finish();
          }
          if (BACKSPACE.has(char)) password = [...password].slice(0, -1).join('');
          else password += char;
        }
      };
      stdin.on('data', onData);
      stdin.on('end', onEnd);
    });
  } finally {
    stdin.setRawMode(false);
    // A paused stdin no longer holds the event loop open.
    stdin.pause();
    stderr.write('\n');
  }
}
