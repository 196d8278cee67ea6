import { describe, expect, it } from "vitest";
import { batchCommand, UndoStack } from "./undo-stack";

function recorder() {
  const log: string[] = [];
  const command = (name: string) => ({ label: name, undo: () => log.push(`undo ${name}`), redo: () => log.push(`redo ${name}`) });
  return { log, command };
}

describe("UndoStack", () => {
  it("undoes and redoes in order and clears redo on a new change", () => {
    const { log, command } = recorder();
    const stack = new UndoStack();
    stack.push(command("a"));
    stack.push(command("b"));
    stack.undo();
    stack.undo();
    stack.redo();
    expect(log).toEqual(["undo b", "undo a", "redo a"]);
    expect(stack.getState()).toEqual({ undoLabel: "a", redoLabel: "b" });
    stack.push(command("c"));
    expect(stack.getState().redoLabel).toBeNull();
    expect(stack.redo()).toBeNull();
  });

  it("undoes a batch in reverse order", () => {
    const { log, command } = recorder();
    const batch = batchCommand("both", [command("a"), command("b")]);
    batch.undo();
    batch.redo();
    expect(log).toEqual(["undo b", "undo a", "redo a", "redo b"]);
  });
});
