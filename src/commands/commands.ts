/**
 * Ribbon commands (ExecuteFunction). Each is registered with Office.actions.associate under the FunctionName
 * the manifest gives it, and calls event.completed() on every path, errors included. With the shared runtime
 * the manifest declares, they run in the task pane's page and the pane hears their outcome at once.
 */
import { COMMANDS, runCommand, type CommandName } from "./run";

// The same code runs in the pane's page (shared runtime) and in commands.html; outside Office (a browser
// opening the page by hand) there is nothing to register.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => {
    if (!Office.actions?.associate) return;
    for (const name of Object.keys(COMMANDS) as CommandName[]) {
      Office.actions.associate(name, (event: Office.AddinCommands.Event) =>
        runCommand(name, event)
      );
    }
  });
}
