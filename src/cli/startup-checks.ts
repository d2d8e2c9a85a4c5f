/**
 * What `plumbline serve` checks before it touches any data or spends a minute loading the demo:
 * that it can listen where it is told to, and that every file it will write can be made. Each
 * failure is a `StartupError` that says what is wrong and which setting fixes it, without a stack
 * trace; the same wording explains a failure that slips through (a port taken during the demo load).
 */
import { constants, statSync, accessSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { StartupError } from './command.js';

/** The setting that fixes something, as `PLUMBLINE_X (or --x)`. */
export interface Setting {
  readonly variable: string;
  readonly option?: string;
}

function named(setting: Setting): string {
  return setting.option ? `${setting.variable} (or --${setting.option})` : setting.variable;
}

export const listenSettings = {
  host: { variable: 'PLUMBLINE_HOST', option: 'host' },
  port: { variable: 'PLUMBLINE_PORT', option: 'port' },
} as const satisfies Record<string, Setting>;

/** Explains a failure to listen on host:port, naming the setting; undefined for errors it does not know. */
export function explainListenError(error: unknown, host: string, port: number): StartupError | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${host}:${port}`;
  const fixHost = `set ${named(listenSettings.host)} to an address of this machine, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)`;
  switch (code) {
    case 'EADDRINUSE':
      return new StartupError(
        `Port ${port} on ${host} is already in use by another program (another gateway?). Stop it, or set ${named(listenSettings.port)} to a free port.`,
      );
    case 'EACCES':
      return new StartupError(
        `Listening on ${where} is not permitted: ports below 1024 need administrator rights. Set ${named(listenSettings.port)} to a port from 1024 up, such as 8080.`,
      );
    case 'EADDRNOTAVAIL':
      return new StartupError(`${host} is not an address of this machine, so nothing can listen on it. ${capitalise(fixHost)}.`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return new StartupError(`The host name "${host}" could not be resolved to an address. ${capitalise(fixHost)}.`);
    default:
      return undefined;
  }
}

/**
 * Binds host:port for a moment and lets go, so that a busy port or a bad host is reported in a
 * second instead of after the demo load. Port 0 (any free port) cannot be busy.
 */
export async function checkCanListen(host: string, port: number): Promise<void> {
  try {
    await lookup(host);
  } catch (error) {
    throw explainListenError(error, host, port) ?? error;
  }
  if (port === 0) return;
  await new Promise<void>((done, fail) => {
    const probe = createServer();
    probe.once('error', (error) => fail(explainListenError(error, host, port) ?? error));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => done()));
  });
}

/**
 * Checks that the file at `path` can be written: it is not a directory, and its directory exists
 * and is writable or can be made (nothing on the way is a file). Nothing is created.
 */
export function checkWritableFile(path: string, setting: Setting): void {
  if (path === ':memory:') return;
  const fix = `Set ${named(setting)} to a file in a directory you can write to.`;
  const full = resolve(path);
  const stats = statOrUndefined(full);
  if (stats?.isDirectory()) throw new StartupError(`${setting.variable}=${path} is a directory; it must name a file. ${fix}`);
  let ancestor = dirname(full);
  for (let existing = statOrUndefined(ancestor); !existing; existing = statOrUndefined(ancestor)) {
    const parent = dirname(ancestor);
    if (parent === ancestor) break;
    ancestor = parent;
  }
  if (!statOrUndefined(ancestor)?.isDirectory()) {
    throw new StartupError(`${setting.variable}=${path} cannot be created: ${ancestor} is a file, not a directory. ${fix}`);
  }
  try {
    accessSync(stats ? full : ancestor, constants.W_OK);
  } catch {
    throw new StartupError(`${setting.variable}=${path} cannot be written: ${stats ? 'the file is' : `${ancestor} is`} not writable by this user. ${fix}`);
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
