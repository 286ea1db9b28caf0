/** Excel's errors, with the codes Office.js gives them (OfficeExtension.Error.code, Excel.ErrorCodes). */
export class DoubleError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

/** Office.js's words for a property read before load() and sync(). */
export const notLoaded = (cls: string, prop: string) =>
  new DoubleError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${cls} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );

/** What Excel answers when a conditional format that is not Custom is asked for its custom rule (office-js #2180). */
export const notPermitted = () =>
  new DoubleError("InvalidOperation", "This operation is not permitted for the current object.");
