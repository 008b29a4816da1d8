import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type TaskStatus = 'pending' | 'ready' | 'error';

/**
 * Runs an async load whenever its arguments change (checked before each update) and keeps
 * the latest result; stale answers of an older run are dropped. `retry()` runs it again.
 */
export class DataTask<T, A extends readonly unknown[]> implements ReactiveController {
  status: TaskStatus = 'pending';
  value?: T;
  error?: unknown;
  private args?: A;
  private run = 0;
  private loading?: Promise<unknown>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: (...args: A) => Promise<T>,
    private readonly argsOf: () => A | undefined,
    private readonly onError?: (error: unknown) => void,
    /** Returns the value at once when it needs no waiting (then no loading state is drawn). */
    private readonly peek?: (...args: A) => T | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.prime();
  }

  /**
   * Starts the load for the current arguments now, ahead of the update (which then finds it
   * started); returns it while it is on its way, settling when it does (never rejecting).
   */
  prime(): Promise<unknown> | undefined {
    const args = this.argsOf();
    if (!args) return undefined;
    if (!this.args || args.length !== this.args.length || args.some((a, i) => a !== this.args![i])) {
      this.args = args;
      const now = this.peek?.(...args);
      if (now !== undefined) {
        this.run++;
        this.value = now;
        this.status = 'ready';
      } else this.start();
    }
    return this.status === 'pending' ? this.loading : undefined;
  }

  retry = (): void => {
    if (!this.args) return;
    this.start();
    this.host.requestUpdate();
  };

  private start(): void {
    const id = ++this.run;
    this.status = 'pending';
    this.loading = this.load(...this.args!).then(
      (value) => {
        if (id !== this.run) return;
        this.value = value;
        this.status = 'ready';
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (id !== this.run) return;
        this.error = error;
        this.status = 'error';
        this.onError?.(error);
        this.host.requestUpdate();
      },
    );
  }
}
