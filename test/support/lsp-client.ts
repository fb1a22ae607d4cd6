// A language server client small enough to read in one sitting: the editor test needs to see
// exactly what an editor is sent, and a full client library would hide the wire behind its own
// retries, defaults and middleware.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
}

export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}

export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  command?: Command;
  isPreferred?: boolean;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
}

/** How the client answers one kind of request the server sends it. */
export type RequestHandler = (params: unknown) => unknown;

/** How a server process ended, and whether it had to be killed to end. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  killed: boolean;
}

interface Message {
  jsonrpc: "2.0";
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

interface Pending {
  method: string;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const HEADER_END = Buffer.from("\r\n\r\n", "ascii");

/** A language server spoken to over stdio with JSON-RPC 2.0 and LSP's Content-Length framing. */
export class LspClient {
  /** Messages the server logged as errors; servers that fail a request quietly often say why only here. */
  readonly errors: string[] = [];
  /** Everything the server wrote to stderr, for failure messages. */
  stderr = "";

  private readonly process: ChildProcessWithoutNullStreams;
  private readonly exited: Promise<Exit>;
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, RequestHandler>();
  private readonly timeoutMs: number;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private exit: Exit | undefined;
  private killed = false;

  /** Starts `node <serverScript> --stdio`; requests not answered within `timeoutMs` fail. */
  constructor(serverScript: string, options: { cwd: string; timeoutMs: number }) {
    this.timeoutMs = options.timeoutMs;
    this.process = spawn(process.execPath, [serverScript, "--stdio"], { cwd: options.cwd, stdio: "pipe" });
    this.process.stdout.on("data", (chunk: Buffer) => {
      try {
        this.receive(chunk);
      } catch (error) {
        // Past a garbled message the stream cannot be trusted: fail everything now, loudly.
        this.errors.push(`unreadable output from the server: ${error instanceof Error ? error.message : String(error)}`);
        for (const id of [...this.pending.keys()]) this.settle(id, new Error(`the server's output could not be read${this.context()}`));
        this.killed = true;
        this.process.kill("SIGKILL");
      }
    });
    this.process.stderr.setEncoding("utf8").on("data", (text: string) => {
      this.stderr += text;
    });
    this.exited = new Promise((resolve) => {
      const ended = (code: number | null, signal: NodeJS.Signals | null): void => {
        if (this.exit) return;
        this.exit = { code, signal, killed: this.killed };
        // Nothing will answer now: fail what is waiting at once rather than at its timeout.
        for (const [id, pending] of this.pending)
          this.settle(id, new Error(`the server ended (${code ?? signal}) before answering ${pending.method}${this.context()}`));
        resolve(this.exit);
      };
      this.process.on("exit", ended);
      // A process that never started emits no exit, and stop() would wait for one forever.
      this.process.on("error", (error) => {
        this.stderr += `${error.message}\n`;
        if (this.process.pid === undefined) ended(null, null);
      });
    });
    // Writing to a server that has just died fails asynchronously; unheard, that failure would crash the run.
    this.process.stdin.on("error", (error) => {
      this.stderr += `stdin: ${error.message}\n`;
    });
  }

  /** Sends a request and resolves with its result, or rejects with the server's error or a timeout. */
  request<Result>(method: string, params: unknown, timeoutMs = this.timeoutMs): Promise<Result> {
    if (this.exit) return Promise.reject(new Error(`the server has exited; cannot send ${method}${this.context()}`));
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => this.settle(id, new Error(`${method} got no answer in ${timeoutMs} ms${this.context()}`)), timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject, timer });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** Answers the server's `method` requests with `handler`'s result; unhandled ones are answered with null. */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  /**
   * Ends the server as an editor does (shutdown, then exit), and kills it if it is still running
   * `graceMs` later: a test run must not leave a server behind, whatever state it is in.
   */
  async stop(graceMs = 3_000): Promise<Exit> {
    if (!this.exit) {
      // A server too broken to answer shutdown is still told to exit, and killed if need be.
      await this.request("shutdown", undefined, graceMs).catch(() => undefined);
      if (!this.exit) this.notify("exit");
    }
    const timer = setTimeout(() => {
      this.killed = true;
      this.process.kill("SIGKILL");
    }, graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    // The header counts bytes, not characters: a non-ASCII message would otherwise be cut short.
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const length = /^Content-Length: *(\d+)$/im.exec(header)?.[1];
      if (length === undefined) throw new Error(`a message from the server has no Content-Length: ${JSON.stringify(header)}`);
      const start = headerEnd + HEADER_END.length;
      const end = start + Number(length);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      if (typeof message.id !== "number") return;
      const { error } = message;
      this.settle(
        message.id,
        error ? new Error(`${this.pending.get(message.id)?.method} failed: ${error.message} (${error.code})${this.context()}`) : undefined,
        message.result,
      );
      return;
    }
    if (message.id === undefined) {
      if (message.method === "window/logMessage") {
        const { type, message: text } = message.params as { type: number; message: string };
        if (type === 1) this.errors.push(text);
      }
      return;
    }
    // The server waits for every answer it asks for (configuration, applyEdit): never leave one unanswered.
    const handler = this.handlers.get(message.method);
    try {
      this.send({ jsonrpc: "2.0", id: message.id, result: handler ? (handler(message.params) ?? null) : null });
    } catch (error) {
      this.send({ jsonrpc: "2.0", id: message.id, error: { code: -32603, message: error instanceof Error ? error.message : String(error) } });
    }
  }

  private settle(id: number, error: Error | undefined, result?: unknown): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (error) pending.reject(error);
    else pending.resolve(result);
  }

  /** What the server said about itself, appended to an error so that a failure explains itself. */
  private context(): string {
    const said = [...this.errors.map((text) => `logged error: ${text}`), ...(this.stderr ? [`stderr: ${this.stderr}`] : [])];
    return said.length ? `\n${said.join("\n")}` : "";
  }
}
