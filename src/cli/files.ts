/**
 * The command line's file safety: what an input path is (a file, a folder, or something it cannot read, said
 * in plain words), whether an output would land on an input (by path, symbolic link or hard link), and writing
 * through a temporary file renamed into place, so a failed write leaves nothing half-written and a plan is
 * never replaced by what Plan Check writes.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { MessageKey, Params } from "../i18n";

/** A problem a user can cause, as a message key and its parameters. */
export interface Refusal {
  key: MessageKey;
  params: Params;
}

/** An error's first line, cut short: what a one-line message may quote of it. */
export function firstLine(e: unknown, max = 200): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, max);
}

/** The plain message for a system error on a file (never the raw errno text). */
export function systemRefusal(e: unknown, file: string): Refusal {
  // a problem of the workbook that the writer said in words of the catalogue
  if (e instanceof Error && "key" in e && "params" in e) {
    const r = e as unknown as Refusal;
    return { key: r.key, params: { ...r.params, file } };
  }
  const code = (e as NodeJS.ErrnoException | null)?.code ?? "";
  const key: Record<string, MessageKey> = {
    ENOENT: "error.file-not-found",
    ENOTDIR: "error.file-not-found",
    EACCES: "error.no-access",
    EPERM: "error.no-access",
    EISDIR: "error.is-directory",
    ELOOP: "error.link-loop",
    ENAMETOOLONG: "error.name-too-long",
    ENOSPC: "error.disk-full",
    EDQUOT: "error.disk-full",
    EROFS: "error.read-only",
    EBUSY: "error.busy",
    EMFILE: "error.busy",
    ENFILE: "error.busy",
  };
  if (key[code]) return { key: key[code], params: { file } };
  const reason = code || firstLine(e);
  return { key: "error.system", params: { file, code: reason } };
}

/** What kind of thing a path names, following links; a refusal says why it cannot be read as a workbook. */
export function inputKind(file: string): { kind: "file" | "dir"; stats: Stats } | Refusal {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (e) {
    return systemRefusal(e, file);
  }
  if (stats.isDirectory()) return { kind: "dir", stats };
  if (!stats.isFile()) return { key: "error.not-a-regular-file", params: { file } };
  return { kind: "file", stats };
}

/** The first bytes of a file: an .xlsx is a zip archive ("PK"); an old .xls or a workbook saved with a
 * password is an OLE compound file (D0 CF 11 E0). Opened without following a FIFO's endless wait. */
export function fileSignature(file: string): "zip" | "ods" | "ole" | "other" | Refusal {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (e) {
    return systemRefusal(e, file);
  }
  try {
    if (!fstatSync(fd).isFile()) return { key: "error.not-a-regular-file", params: { file } };
    const buf = Buffer.alloc(128);
    const got = readSync(fd, buf, 0, 128, 0);
    if (got < 4) return "other";
    // an OpenDocument file is a zip too, whose first entry, stored, is its "mimetype"
    if (buf[0] === 0x50 && buf[1] === 0x4b)
      return buf.subarray(0, got).includes("application/vnd.oasis.opendocument") ? "ods" : "zip";
    if (buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0) return "ole";
    return "other";
  } catch (e) {
    return systemRefusal(e, file);
  } finally {
    closeSync(fd);
  }
}

/** The path a file really has: links resolved, and for a file not yet written, its folder's real path. */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    // a dangling link is written through to its target: follow it by hand
    try {
      const l = lstatSync(file);
      if (l.isSymbolicLink()) return resolve(file); // renaming replaces the link itself, not its target
    } catch {
      /* not there yet */
    }
    try {
      return join(realpathSync(dirname(resolve(file))), basename(file));
    } catch {
      return resolve(file);
    }
  }
}

/**
 * Whether writing `out` could touch one of `inputs`: the same path, a symbolic link to it (or from it), or a
 * hard link to the same file (the same device and inode). Returns the input it would touch, or null.
 */
export function outputTouchesInput(out: string, inputs: string[]): string | null {
  const target = realTarget(out);
  let outStats: Stats | null = null;
  try {
    outStats = statSync(out);
  } catch {
    outStats = null;
  }
  for (const input of inputs) {
    if (realTarget(input) === target) return input;
    if (!outStats) continue;
    try {
      const s = statSync(input);
      if (s.dev === outStats.dev && s.ino === outStats.ino) return input;
    } catch {
      /* an input that cannot be read touches nothing */
    }
  }
  return null;
}

/** The output may be written: not a folder, not something other than a file, its folder there. */
export function outputRefusal(out: string): Refusal | null {
  try {
    const s = statSync(out);
    if (s.isDirectory()) return { key: "error.is-directory", params: { file: out } };
    if (!s.isFile()) return { key: "error.not-a-regular-file", params: { file: out } };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") return systemRefusal(e, out);
    if (!existsSync(dirname(resolve(out))))
      return { key: "error.out-folder-missing", params: { file: out } };
  }
  return null;
}

let counter = 0;

/**
 * Writes `out` by having `write` fill a temporary file in the same folder and renaming it into place; on any
 * failure the temporary file is removed and `out`, if it was there, is as it was. A link named `out` is
 * replaced by the new file, never written through.
 */
export async function writeAtomically(
  out: string,
  write: (tmp: string) => Promise<void>
): Promise<Refusal | null> {
  const dir = dirname(resolve(out));
  const tmp = join(dir, `.${basename(out)}.${process.pid}.${++counter}.plan-check.tmp`);
  try {
    await write(tmp);
    renameSync(tmp, resolve(out));
    return null;
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* never made */
    }
    return systemRefusal(e, out);
  }
}
