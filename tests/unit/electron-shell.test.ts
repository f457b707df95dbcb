import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { electronBinary } from '../../electron/cli/electron-binary.js';
import { packagePath } from '../../electron/lib/package-path.js';
import { APP_ENTRY, isAppUrl, rendererFileFor, serveAppRequest } from '../../electron/main/app-scheme.js';
import { allowsPermissionCheck, allowsPermissionRequest } from '../../electron/main/permission-policy.js';
import { utilityProcessRunner } from '../../electron/main/utility-runner.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/lib/security-headers.js';

// The Electron shell's policies (issue 15) are small modules so that a machine without the
// Electron binary still proves them; the window itself is checked by `npm run smoke:electron`.

describe('paume:// maps only to the built renderer', () => {
  const root = '/app/dist/renderer';

  it('serves the entry and the assets', () => {
    expect(APP_ENTRY).toBe('paume://app/index.html');
    expect(rendererFileFor(root, 'paume://app/')).toBe('/app/dist/renderer/index.html');
    expect(rendererFileFor(root, 'paume://app/assets/index-3f2a.js')).toBe('/app/dist/renderer/assets/index-3f2a.js');
    expect(rendererFileFor(root, 'paume://app/assets/pcm%20capture.worklet.js')).toBe(
      '/app/dist/renderer/assets/pcm capture.worklet.js',
    );
  });

  it('refuses every way out of the folder, and other hosts and schemes', () => {
    for (const escape of [
      'paume://app/..%2f..%2fetc%2fpasswd',
      'paume://app/assets/..%2F..%2F..%2Fsecret',
      'paume://app/a%5c..%5c..%5csecret',
      'paume://app/index.html%00.png',
      'paume://app/%E0%A4%A',
      'paume://other/index.html',
      'paume://app.evil/index.html',
      'file:///app/dist/renderer/index.html',
      'pas une adresse',
    ]) {
      expect(rendererFileFor(root, escape), escape).toBeNull();
    }
    // WHATWG URL parsing folds plain dot segments before we see them: they stay inside.
    expect(rendererFileFor(root, 'paume://app/../../etc/passwd')).toBe('/app/dist/renderer/etc/passwd');
    expect(rendererFileFor(root, 'paume://app/%2e%2e/%2e%2e/etc/passwd')).toBe('/app/dist/renderer/etc/passwd');
  });

  it('answers with the file and browser mode’s CSP, and 404 outside or missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paume-scheme-'));
    const renderer = join(dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Paume</title>');
    writeFileSync(join(dir, 'paume.sqlite'), 'secret');
    const page = await serveAppRequest(renderer, { url: 'paume://app/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Paume</title>');
    expect((await serveAppRequest(renderer, { url: 'paume://app/..%2fpaume.sqlite', method: 'GET' })).status).toBe(404);
    expect((await serveAppRequest(renderer, { url: 'paume://app/absent.js', method: 'GET' })).status).toBe(404);
    expect((await serveAppRequest(renderer, { url: 'paume://app/index.html', method: 'POST' })).status).toBe(404);
  });

  it('knows its own origin from look-alikes', () => {
    expect(isAppUrl('paume://app')).toBe(true);
    expect(isAppUrl('paume://app/index.html')).toBe(true);
    expect(isAppUrl('paume://app.evil/')).toBe(false);
    expect(isAppUrl('https://app/')).toBe(false);
  });
});

describe('permissions: the microphone for Paume, nothing else', () => {
  it('grants audio capture to Paume’s own pages only', () => {
    expect(allowsPermissionRequest('media', { requestingUrl: 'paume://app/index.html', mediaTypes: ['audio'] })).toBe(
      true,
    );
    expect(allowsPermissionRequest('media', { requestingUrl: 'paume://app/index.html', mediaTypes: ['video'] })).toBe(
      false,
    );
    expect(
      allowsPermissionRequest('media', { requestingUrl: 'paume://app/index.html', mediaTypes: ['audio', 'video'] }),
    ).toBe(false);
    expect(allowsPermissionRequest('media', { requestingUrl: 'paume://app/index.html', mediaTypes: [] })).toBe(false);
    expect(allowsPermissionRequest('media', { requestingUrl: 'https://evil.example/', mediaTypes: ['audio'] })).toBe(
      false,
    );
    expect(allowsPermissionRequest('media', { mediaTypes: ['audio'] })).toBe(false);
  });

  it('denies every other permission, known or unknown', () => {
    for (const permission of [
      'geolocation',
      'notifications',
      'midiSysex',
      'clipboard-read',
      'display-capture',
      'fullscreen',
      'openExternal',
      'hid',
      'serial',
      'usb',
      'une-permission-future',
    ]) {
      expect(allowsPermissionRequest(permission, { requestingUrl: 'paume://app/index.html' }), permission).toBe(false);
      expect(allowsPermissionCheck(permission, 'paume://app', {}), permission).toBe(false);
    }
    expect(allowsPermissionCheck('media', 'paume://app', { mediaType: 'audio' })).toBe(true);
    expect(allowsPermissionCheck('media', 'paume://app', { mediaType: 'video' })).toBe(false);
    expect(allowsPermissionCheck('media', 'https://evil.example', { mediaType: 'audio' })).toBe(false);
  });
});

describe('packaged build', () => {
  it('sets the fuses that keep the app from being turned into a plain Node', () => {
    const config = parse(readFileSync(packagePath('electron-builder.yml'), 'utf8')) as {
      electronFuses?: Record<string, boolean>;
    };
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('runs the speech-engine probe in a utility process, collecting its output and exit code', async () => {
    const calls: unknown[][] = [];
    const fakeFork = ((modulePath: string, args?: string[], options?: object) => {
      calls.push([modulePath, args, options]);
      const child = Object.assign(new EventEmitter(), {
        stdout: new PassThrough(),
        stderr: new PassThrough(),
        kill: () => true,
      });
      setImmediate(() => {
        child.stdout.write('ok');
        child.stderr.write('');
        setImmediate(() => child.emit('exit', 0));
      });
      return child;
    }) as unknown as Parameters<typeof utilityProcessRunner>[0];
    const outcome = await utilityProcessRunner(fakeFork)(
      '/app/resources/engine-probe.cjs',
      ['/engine.node', '/vad.bin'],
      1000,
    );
    expect(outcome).toEqual({ code: 0, signal: null, stdout: 'ok', stderr: '' });
    expect(calls[0]?.slice(0, 2)).toEqual(['/app/resources/engine-probe.cjs', ['/engine.node', '/vad.bin']]);
    expect(calls[0]?.[2]).toMatchObject({ stdio: 'pipe' });
  });
});

describe('npm start finds the Electron binary, or opens browser mode', () => {
  function projectWith(electronIndex: string | null, pathTxt: string | null): string {
    const dir = mkdtempSync(join(tmpdir(), 'paume-launch-'));
    writeFileSync(join(dir, 'package.json'), '{"name":"x"}');
    if (electronIndex !== null) {
      mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true });
      writeFileSync(join(dir, 'node_modules', 'electron', 'package.json'), '{"name":"electron","main":"index.js"}');
      writeFileSync(join(dir, 'node_modules', 'electron', 'index.js'), electronIndex);
      if (pathTxt !== null) writeFileSync(join(dir, 'node_modules', 'electron', 'path.txt'), pathTxt);
    }
    return dir;
  }
  const realIndex = readFileSync(packagePath('node_modules', 'electron', 'index.js'), 'utf8');

  it('package present without its binary (as installed here): browser mode', () => {
    expect(electronBinary(join(projectWith(realIndex, null), 'package.json'))).toBeNull();
  });

  it('no package at all: browser mode', () => {
    expect(electronBinary(join(projectWith(null, null), 'package.json'))).toBeNull();
  });

  it('package with its binary: the window', () => {
    const dir = projectWith(realIndex, 'electron');
    mkdirSync(join(dir, 'node_modules', 'electron', 'dist'));
    writeFileSync(join(dir, 'node_modules', 'electron', 'dist', 'electron'), 'a binary');
    expect(electronBinary(join(dir, 'package.json'))).toBe(join(dir, 'node_modules', 'electron', 'dist', 'electron'));
  });
});
