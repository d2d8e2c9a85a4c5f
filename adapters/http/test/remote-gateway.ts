/**
 * A second gateway on loopback serving the reference engine, with authentication on: the remote
 * the http adapter is pointed at in the integration and conformance tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeOnce } from '../../../src/connectors/index.js';
import { startBundledRemote } from '../../../src/cli/bundled-remote.js';
import { createHttpAdapter, type HttpAdapter } from '../http-adapter.js';
import { HttpAdapterSettings, remoteSettings } from '../settings.js';

export interface RemoteGateway {
  /** Where it listens, such as `http://127.0.0.1:43121`. */
  readonly baseUrl: string;
  /** A token with every role the http adapter's calls need. */
  readonly token: string;
  /** An http adapter pointed at it (a new one each call; close it yourself). */
  connect(settings?: Partial<HttpAdapterSettings>): Promise<HttpAdapter>;
  close(): Promise<void>;
}

export async function startRemoteGateway(): Promise<RemoteGateway> {
  const directory = mkdtempSync(join(tmpdir(), 'plumbline-http-remote-'));
  const { baseUrl, token, close } = await startBundledRemote(directory);
  return {
    baseUrl,
    token,
    connect: (settings = {}) => createHttpAdapter({ settings: remoteSettings({ baseUrl, token, ...settings }) }),
    async close() {
      await close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * An http adapter over a remote of its own (a fresh, empty reference engine); closing the adapter
 * stops the remote too. What the conformance suite makes for each target.
 */
export async function httpAdapterOverOwnRemote(settings: Partial<HttpAdapterSettings> = {}): Promise<HttpAdapter> {
  const remote = await startRemoteGateway();
  const adapter = await createHttpAdapter({ settings: { ...HttpAdapterSettings.parse(settings), baseUrl: remote.baseUrl, token: remote.token } }).catch(
    async (error: unknown) => {
      await remote.close();
      throw error;
    },
  );
  return {
    ...adapter,
    close: closeOnce(async () => {
      await adapter.close();
      await remote.close();
    }),
  };
}
