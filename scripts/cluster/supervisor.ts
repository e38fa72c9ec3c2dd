import { type ChildProcess, spawn } from 'node:child_process'
import readline from 'node:readline'

/** How long to wait before starting again a piece that died on its own. */
const RESTART_AFTER_MS = 1_000
/** A piece that will not stop on SIGTERM gets SIGKILL after this long. */
const STOP_GRACE_MS = 10_000

export type PieceSpec = {
  args: string[]
  command: string
  env: NodeJS.ProcessEnv
  /** Started again when it exits without being asked to (app instances, the worker, Redis). */
  restart: boolean
}

type Piece = PieceSpec & { child: ChildProcess | null; name: string; restarts: number; wanted: boolean }

export type PieceState = { name: string; pid: number | null; restarts: number; running: boolean; wanted: boolean }

/** Each line a piece prints, prefixed with its name in a fixed-width column. */
const pipeLines = (name: string, stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
  if (!stream) return
  const label = `[${name}]`.padEnd(10)
  readline.createInterface({ input: stream }).on('line', (line) => out.write(`${label} ${line}\n`))
}

/**
 * Runs the cluster's long-lived processes in the foreground with labelled
 * logs, starts again what crashes (as systemd or an orchestrator would) and
 * stops everything on request. Tests drive it through `stop`, `start` and
 * `kill` (scripts/cluster/control.ts).
 */
export const createSupervisor = (log: (line: string) => void) => {
  const pieces = new Map<string, Piece>()
  let closing = false

  const launch = (piece: Piece) => {
    const child = spawn(piece.command, piece.args, { env: piece.env, stdio: ['ignore', 'pipe', 'pipe'] })
    piece.child = child
    pipeLines(piece.name, child.stdout, process.stdout)
    pipeLines(piece.name, child.stderr, process.stderr)
    child.on('error', (error) => log(`${piece.name}: không chạy được ${piece.command}: ${error.message}`))
    child.on('exit', (code, signal) => {
      if (piece.child === child) piece.child = null
      if (closing || !piece.wanted) return
      log(`${piece.name} đã dừng (${signal ?? `mã ${code}`})${piece.restart ? `; khởi động lại sau ${RESTART_AFTER_MS / 1000} s` : ''}.`)
      if (!piece.restart) return
      setTimeout(() => {
        if (closing || !piece.wanted || piece.child) return
        piece.restarts++
        launch(piece)
      }, RESTART_AFTER_MS)
    })
  }

  const waitForExit = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
    })

  return {
    add(name: string, spec: PieceSpec) {
      const piece: Piece = { ...spec, child: null, name, restarts: 0, wanted: true }
      pieces.set(name, piece)
      launch(piece)
    },
    has: (name: string) => pieces.has(name),
    /** SIGKILL without warning: a crash. A restartable piece comes back on its own. */
    kill(name: string) {
      pieces.get(name)?.child?.kill('SIGKILL')
    },
    async start(name: string) {
      const piece = pieces.get(name)
      if (!piece || piece.child) return
      piece.wanted = true
      launch(piece)
    },
    state(): PieceState[] {
      return [...pieces.values()].map((p) => ({ name: p.name, pid: p.child?.pid ?? null, restarts: p.restarts, running: Boolean(p.child), wanted: p.wanted }))
    },
    /** Stops one piece and keeps it stopped until `start`. */
    async stop(name: string) {
      const piece = pieces.get(name)
      if (!piece) return
      piece.wanted = false
      const child = piece.child
      if (!child) return
      child.kill('SIGTERM')
      await waitForExit(child)
    },
    /** Stops everything, the last added first. */
    async stopAll() {
      closing = true
      for (const piece of [...pieces.values()].reverse()) {
        const child = piece.child
        if (!child) continue
        log(`Dừng ${piece.name}…`)
        child.kill('SIGTERM')
        await waitForExit(child)
      }
    },
  }
}

export type Supervisor = ReturnType<typeof createSupervisor>
