/**
 * Ribbon commands (ExecuteFunction). Each is registered with Office.actions.associate under the FunctionName
 * the manifest gives it, and calls event.completed() on every path, errors included. With the shared runtime
 * the manifest declares, they run in the task pane's page and the pane hears their outcome at once.
 */
import { COMMANDS, runCommand, type CommandName } from "./run";

// Registered at the top level of this small chunk, which the pane's page loads before React and the pane:
// a ribbon click that starts the runtime must find its function at once (office-js #5176, #3378), not
// after the pane's bundles load. Outside Office (a browser opening the page by hand) there is nothing to do.
if (typeof Office !== "undefined" && Office.actions?.associate) {
  for (const name of Object.keys(COMMANDS) as CommandName[]) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => runCommand(name, event));
  }
}
