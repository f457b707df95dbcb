import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';

/**
 * A real Dovecot IMAP server for the inbox tests (issue 11): started as a plain process with its
 * own configuration in a temp folder, on a free loopback port, no systemd. Mail is delivered with
 * IMAP APPEND from another connection, as a mail server would deliver it.
 */
export interface Dovecot {
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly dir: string;
  deliver(raw: string | Buffer, folder?: string): Promise<void>;
  /** A client of its own, connected (for a test to look at the mailbox as it is). */
  client(): Promise<ImapFlow>;
  /** `inbox.saveAccount`'s input for this server, plain IMAP, and SMTP on `smtpPort`. */
  accountInput(smtpPort: number, more?: Record<string, unknown>): Record<string, unknown>;
  /** Many messages over one connection (a first sync's worth). */
  deliverMany(raws: readonly (string | Buffer)[], folder?: string): Promise<void>;
  /** Gives the mailbox a new UIDVALIDITY, as a server does after its index is rebuilt. */
  changeUidValidity(value: number, folder?: string): Promise<void>;
  stop(): Promise<void>;
}

export interface DovecotOptions {
  /** PEM paths: the server then speaks TLS on its port (imaps). */
  readonly tls?: { cert: string; key: string; clientCa?: string };
  readonly password?: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

const NOBODY = 65534;

function config(dir: string, port: number, options: DovecotOptions): string {
  const tls = options.tls;
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = ${NOBODY}
mail_location = maildir:${dir}/mail/%u
ssl = ${tls ? 'required' : 'no'}
${tls ? `ssl_cert = <${tls.cert}\nssl_key = <${tls.key}` : ''}
${tls?.clientCa ? `ssl_ca = <${tls.clientCa}\nssl_verify_client_cert = yes\nssl_require_crl = no\nauth_ssl_require_client_cert = yes` : ''}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${NOBODY} gid=${NOBODY} home=${dir}/mail/%u
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
  mailbox Archive {
    special_use = \\Archive
    auto = create
  }
  mailbox Trash {
    special_use = \\Trash
    auto = create
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${tls ? 0 : port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tls ? port : 0}
    ssl = ${tls ? 'yes' : 'no'}
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
}

async function waitForPort(port: number, child: ChildProcess, logFile: string): Promise<void> {
  const { connect } = await import('node:net');
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`dovecot stopped (${child.exitCode}); see ${logFile}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`dovecot did not listen on ${port}; see ${logFile}`);
}

export async function startDovecot(options: DovecotOptions = {}): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'paume-dovecot-'));
  // Dovecot's auth and mail processes run as other users: they must reach the folder.
  chmodSync(dir, 0o755);
  const user = 'secretariat@sosmain-exemple.fr';
  const password = options.password ?? 'mot-de-passe-imap';
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub), { recursive: true });
  chownSync(join(dir, 'mail'), NOBODY, NOBODY);
  writeFileSync(join(dir, 'users'), `${user}:{PLAIN}${password}\n`);
  const port = await freePort();
  const configFile = join(dir, 'dovecot.conf');
  writeFileSync(configFile, config(dir, port, options));
  const child = spawn('/usr/sbin/dovecot', ['-F', '-c', configFile], { stdio: 'ignore' });
  await waitForPort(port, child, join(dir, 'dovecot.log'));
  const connection = () =>
    new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: Boolean(options.tls),
      tls: { rejectUnauthorized: false },
      auth: { user, pass: password },
      logger: false,
    });
  return {
    port,
    user,
    password,
    dir,
    async deliver(raw, folder = 'INBOX') {
      if (options.tls) throw new Error('deliver() needs a server without TLS');
      const client = connection();
      client.on('error', () => undefined);
      await client.connect();
      await client.append(folder, raw);
      await client.logout();
    },
    async client() {
      const client = connection();
      client.on('error', () => undefined);
      await client.connect();
      return client;
    },
    accountInput: (smtpPort, more = {}) => ({
      label: 'Secrétariat',
      address: user,
      imapHost: '127.0.0.1',
      imapPort: port,
      imapSecurity: 'none',
      smtpHost: '127.0.0.1',
      smtpPort,
      smtpSecurity: 'none',
      login: user,
      password,
      ...more,
    }),
    async deliverMany(raws, folder = 'INBOX') {
      const client = connection();
      client.on('error', () => undefined);
      await client.connect();
      for (const raw of raws) await client.append(folder, raw);
      await client.logout();
    },
    async changeUidValidity(value, folder = 'INBOX') {
      await promisify(execFile)('/usr/bin/doveadm', [
        '-c',
        configFile,
        'mailbox',
        'update',
        '-u',
        user,
        '--uid-validity',
        String(value),
        folder,
      ]);
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => {
          if (child.exitCode !== null) resolve(undefined);
          else child.once('exit', resolve);
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
