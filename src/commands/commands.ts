/**
 * Ribbon commands (ExecuteFunction). Each is registered with Office.actions.associate under the FunctionName
 * the manifest gives it, and calls event.completed() on every path, errors included.
 */
import { COMMANDS, runCommand, type CommandName } from "./run";

Office.onReady(() => {
  for (const name of Object.keys(COMMANDS) as CommandName[]) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => runCommand(name, event));
  }
});
