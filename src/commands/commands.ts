/**
 * Ribbon commands (ExecuteFunction). Each is registered with Office.actions.associate under the FunctionName
 * the manifest gives it, and calls event.completed() on every path, errors included.
 */
import { COMMANDS, runCommand } from "./run";

Office.onReady(() => {
  for (const [name, command] of Object.entries(COMMANDS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) =>
      runCommand(command, event)
    );
  }
});
