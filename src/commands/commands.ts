/**
 * Ribbon commands (ExecuteFunction). Each is registered with Office.actions.associate under the FunctionName
 * the manifest gives it, and calls event.completed() on every path, errors included. With the shared runtime
 * the manifest declares, they run in the task pane's page and the pane hears their outcome at once.
 */
import type { CommandName } from "./run";

/** The manifest's FunctionNames (tests/unit/manifest.test.ts checks they match). */
const NAMES: CommandName[] = ["validatePlan", "clearHighlights", "buildSummary"];

// Registered at the top level of this small chunk, which the pane's page loads before anything else: a
// ribbon click that starts the runtime must find its function at once (office-js #5176, #3378), not after
// the pane's bundles load. The engine comes with the first click. Outside Office (a browser opening the
// page by hand) there is nothing to do.
if (typeof Office !== "undefined" && Office.actions?.associate) {
  for (const name of NAMES) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) =>
      import(/* webpackChunkName: "run" */ "./run").then(
        (m) => m.runCommand(name, event),
        () => event.completed()
      )
    );
  }
}
