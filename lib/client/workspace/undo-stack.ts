/** A change the session made, with the way back and forth. Each direction saves through the API. */
export interface Command {
  label: string;
  undo(): void;
  redo(): void;
}

export interface UndoState {
  undoLabel: string | null;
  redoLabel: string | null;
}

/** The session's undo/redo history; a new change clears what could be redone. */
export class UndoStack {
  private done: Command[] = [];
  private undone: Command[] = [];
  private listeners = new Set<() => void>();
  private state: UndoState = { undoLabel: null, redoLabel: null };

  constructor(private readonly limit = 500) {}

  push(command: Command): void {
    this.done.push(command);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
    this.changed();
  }

  undo(): Command | null {
    const command = this.done.pop();
    if (!command) return null;
    command.undo();
    this.undone.push(command);
    this.changed();
    return command;
  }

  redo(): Command | null {
    const command = this.undone.pop();
    if (!command) return null;
    command.redo();
    this.done.push(command);
    this.changed();
    return command;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A stable snapshot for useSyncExternalStore. */
  getState = (): UndoState => this.state;

  private changed(): void {
    this.state = {
      undoLabel: this.done.at(-1)?.label ?? null,
      redoLabel: this.undone.at(-1)?.label ?? null,
    };
    for (const listener of this.listeners) listener();
  }
}

/** Several commands undone and redone as one (e.g. "accept all suggestions of an entity"). */
export function batchCommand(label: string, commands: readonly Command[]): Command {
  return {
    label,
    undo: () => [...commands].reverse().forEach((command) => command.undo()),
    redo: () => commands.forEach((command) => command.redo()),
  };
}
