/** The ribbon commands and the wrapper that always completes the event. */

export type CommandName = "validatePlan" | "clearHighlights" | "buildSummary";

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type Command = () => Promise<void>;

/**
 * The functions behind the ribbon buttons. They are wired to the Excel adapter as it lands; until then they
 * complete without touching the workbook.
 */
export const COMMANDS: Record<CommandName, Command> = {
  validatePlan: async () => undefined,
  clearHighlights: async () => undefined,
  buildSummary: async () => undefined,
};

export async function runCommand(command: Command, event: CommandEvent): Promise<void> {
  try {
    await command();
  } catch (e) {
    console.error(e);
  } finally {
    event.completed();
  }
}
