import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Starts Debian's nginx in front of several app instances with the
 * configuration in deploy/nginx/thidua.conf.template, as an ordinary child
 * process: no service, every path (pid, microcache, temp files) inside
 * `runtimeDir`, errors on this process's stderr. `npm run cluster` and
 * test/int/nginx-front.int.spec.ts use it.
 */
export const NGINX_TEMPLATE = fileURLToPath(new URL('../../deploy/nginx/thidua.conf.template', import.meta.url))

/** Whatever the template's `server` lines carry: a dead instance costs one failed try, then rests 3 s. */
const SERVER_PARAMS = 'max_fails=1 fail_timeout=3s'

const nginxBinary = (): string => process.env.NGINX_BIN ?? (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx')

export type NginxCheck = { ok: true; binary: string; version: string } | { message: string; ok: false }

/** Whether nginx can be run here; when not, a message saying how to install it. */
export const checkNginxAvailable = (): NginxCheck => {
  const binary = nginxBinary()
  const result = spawnSync(binary, ['-v'], { encoding: 'utf8' })
  if (result.error || result.status !== 0) {
    return { message: `Không tìm thấy nginx (${binary}). Cài bằng \`apt-get install -y nginx\` (Debian/Ubuntu) hoặc đặt NGINX_BIN trỏ tới tệp chạy nginx.`, ok: false }
  }
  return { binary, ok: true, version: result.stderr.trim().replace(/^nginx version: /, '') }
}

type RenderOptions = { listen: string; projectRoot: string; runtimeDir: string; upstreams: string[]; user?: string }

/** 'http://127.0.0.1:3001' → '127.0.0.1:3001'; anything but plain http is refused. */
const upstreamAddress = (url: string): string => {
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' || !parsed.port || parsed.pathname !== '/') throw new Error(`Địa chỉ instance không hợp lệ: ${url} (cần dạng http://127.0.0.1:3001).`)
  return parsed.host
}

/** The template with its placeholders filled in. */
export const renderNginxConfig = ({ listen, projectRoot, runtimeDir, upstreams, user }: RenderOptions): string => {
  if (upstreams.length === 0) throw new Error('Cần ít nhất một instance cho nginx.')
  const values: Record<string, string> = {
    LISTEN: listen,
    PROJECT_ROOT: path.resolve(projectRoot),
    RUNTIME_DIR: path.resolve(runtimeDir),
    UPSTREAM_SERVERS: upstreams.map((url) => `server ${upstreamAddress(url)} ${SERVER_PARAMS};`).join('\n        '),
    USER_DIRECTIVE: user ? `user ${user};` : '',
  }
  // Comments keep their placeholders: they document them.
  const lines = fs.readFileSync(NGINX_TEMPLATE, 'utf8').split('\n').map((line) =>
    line.trimStart().startsWith('#') ? line : line.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => values[name] ?? whole),
  )
  const left = lines.find((line) => !line.trimStart().startsWith('#') && /\{\{[A-Z_]+\}\}/.test(line))
  if (left) throw new Error(`${NGINX_TEMPLATE}: chỗ trống chưa có giá trị: ${left.trim()}`)
  return lines.join('\n')
}

export type StartNginxOptions = { host?: string; port: number; projectRoot: string; runtimeDir: string; upstreams: string[] }
export type RunningNginx = { configPath: string; stop: () => Promise<void>; url: string }

const waitForHealth = async ({ child, output, url }: { child: ReturnType<typeof spawn>; output: () => string; url: string }) => {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const busy = /Address already in use/.test(output()) ? ` Cổng của ${url} đang bận: dừng tiến trình đang dùng nó hoặc chọn cổng khác.` : ''
      throw new Error(`nginx dừng ngay khi khởi động (mã ${child.exitCode}).${busy}\n${output()}`)
    }
    try {
      // Bounded: whatever else holds the port may accept and never answer.
      if ((await fetch(`${url}/nginx-health`, { signal: AbortSignal.timeout(1_000) })).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  child.kill('SIGKILL')
  throw new Error(`nginx không trả lời ${url}/nginx-health sau 10 giây:\n${output()}`)
}

/** Writes the configuration into runtimeDir, checks it, starts nginx and resolves once it answers. */
export const startNginx = async ({ host = '127.0.0.1', port, projectRoot, runtimeDir, upstreams }: StartNginxOptions): Promise<RunningNginx> => {
  const check = checkNginxAvailable()
  if (!check.ok) throw new Error(check.message)
  fs.mkdirSync(runtimeDir, { recursive: true })
  // Workers run as `nobody` when the master is root, and could not enter the
  // private (0700) temp folders the tests and the cluster use.
  const user = process.getuid?.() === 0 ? 'root' : undefined
  const configPath = path.join(path.resolve(runtimeDir), 'nginx.conf')
  fs.writeFileSync(configPath, renderNginxConfig({ listen: `${host}:${port}`, projectRoot, runtimeDir, upstreams, user }))
  // -e stderr: nginx opens its compiled-in error log (/var/log/nginx) before reading the configuration otherwise.
  const args = ['-p', path.resolve(runtimeDir), '-e', 'stderr', '-c', configPath, '-g', 'daemon off; master_process on;']
  const test = spawnSync(check.binary, ['-t', '-q', ...args], { encoding: 'utf8' })
  if (test.status !== 0) throw new Error(`Cấu hình nginx ${configPath} không hợp lệ:\n${test.stderr}`)
  const child = spawn(check.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const keep = (chunk: Buffer) => {
    output += chunk.toString()
    process.stderr.write(chunk.toString().replace(/^(?=.)/gm, '[nginx] '))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  // A parent that crashes must not leave nginx holding the port (SIGKILL of the parent still does).
  const orphanGuard = () => child.kill('SIGQUIT')
  process.once('exit', orphanGuard)
  child.once('exit', () => process.off('exit', orphanGuard))
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  await waitForHealth({ child, output: () => output, url })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode) return resolve()
      // SIGQUIT: finish the requests in flight; SIGKILL if that takes over 5 s.
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      child.kill('SIGQUIT')
    })
  return { configPath, stop, url }
}
