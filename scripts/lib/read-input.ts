import { readFile, stat } from 'node:fs/promises';

/** Largest input the CLI reads: far above any real agenda pack, small enough never to exhaust memory. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Read a file as text, refusing directories, huge files and binary content with a clear message. */
export async function readInput(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new Error(`cannot read ${path}: no such file`);
  if (!info.isFile()) throw new Error(`cannot read ${path}: not a file`);
  if (info.size > MAX_INPUT_BYTES)
    throw new Error(`${path} is ${info.size} bytes; the limit is ${MAX_INPUT_BYTES}`);
  const buffer = await readFile(path);
  return buffer.toString('utf8');
}
