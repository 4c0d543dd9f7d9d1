/**
 * Makes test PDFs from plain text (the shared seeds, or text written by a test) with GNU groff's
 * PDF device, and derived PDFs for the failure cases: password-protected (qpdf) and text-less.
 *
 * Tools (Debian packages), installed by `tsx scripts/make-test-pdf.ts --install-tools`:
 *   apt-get install -y --no-install-recommends groff qpdf
 * groff provides preconv (UTF-8 → groff escapes) and gropdf (needs perl, present on Debian).
 *
 * Usage: tsx scripts/make-test-pdf.ts IN.txt OUT.pdf
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const PDF_TOOLS_APT = ['groff', 'qpdf'];
export const PDF_TOOLS_MISSING = `groff and qpdf are needed to make test PDFs: apt-get install -y --no-install-recommends ${PDF_TOOLS_APT.join(' ')}`;

export function hasPdfTools(): boolean {
  return ['preconv', 'groff', 'gropdf', 'qpdf'].every(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0,
  );
}

/**
 * A4 with one-inch margins all round, so the text column is centred as in most council papers;
 * no hyphenation, so words survive as the text had them. The footer stamps
 * "Page N" as council packs do (the reader must drop it).
 */
const PAGE_SETUP = [
  '.pl 842p',
  '.po 72p',
  '.ll 451p',
  '.ps 10',
  '.vs 12',
  '.nh',
  '.de TOP',
  "'sp 72p",
  '..',
  '.de BOTTOM',
  "'sp 36p",
  ".tl ''Page %''",
  "'bp",
  '..',
  '.wh 0 TOP',
  '.wh -72p BOTTOM',
];

export interface PdfLayout {
  /** Justified, as many council reports are; ragged right otherwise. */
  justify?: boolean;
}

/**
 * groff source that prints each line of the text as a line (long ones wrap), blank lines as
 * blank lines and tabs as a gap wider than a word space, the way PDFs lay out table cells.
 * A line holding only a form feed (pdftotext's page break) starts a new page.
 */
function groffSourceFor(text: string, layout: PdfLayout = {}): string {
  const body = text.split('\n').map((line) => {
    if (line === '\f') return '.bp';
    return line.trim() === '' ? '.sp 1' : `\\&${escapeGroff(line.trimEnd())}\n.br`;
  });
  return [...PAGE_SETUP, layout.justify ? '.ad b' : '.na', ...body, ''].join('\n');
}

/** Backslashes print as themselves, quotes stay straight and ~ ^ stay ASCII (groff would typeset them), tabs become gaps. */
function escapeGroff(line: string): string {
  return line
    .replace(/\\/g, '\\e')
    .replace(/'/g, '\\[aq]')
    .replace(/`/g, '\\[ga]')
    .replace(/~/g, '\\[ti]')
    .replace(/\^/g, '\\[ha]')
    .replace(/\t/g, "\\h'2m'");
}

/** Typesets text into a PDF at outPath. Throws with groff's complaint when it fails. */
export function makePdfFromText(text: string, outPath: string, layout: PdfLayout = {}): void {
  const utf8 = spawnSync('preconv', ['-e', 'utf-8'], {
    input: groffSourceFor(text, layout),
    maxBuffer: 64 << 20,
  });
  const pdf = spawnSync('groff', ['-Tpdf', '-P-pa4', '-W', 'char'], {
    input: utf8.stdout,
    maxBuffer: 64 << 20,
  });
  if (pdf.status !== 0) throw new Error(`groff failed: ${pdf.stderr.toString()}`);
  writeFileSync(outPath, pdf.stdout);
}

/** Copies a PDF with a user password (AES-256), so it cannot be opened without it. */
export function encryptPdf(inPath: string, outPath: string): void {
  const run = spawnSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', inPath, outPath]);
  if (run.status !== 0) throw new Error(`qpdf failed: ${run.stderr.toString()}`);
}

/**
 * A well-formed one-page PDF whose only content is a filled rectangle: what a scan looks like to
 * a text extractor (an image, no text operators). Written by hand: no tool draws without text.
 */
export function textlessPdf(): Uint8Array {
  const content = '0.5 g 72 72 451 698 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

function main(args: string[]): number {
  if (args[0] === '--install-tools') {
    return (
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...PDF_TOOLS_APT], {
        stdio: 'inherit',
      }).status ?? 1
    );
  }
  const [inPath, outPath] = args;
  if (!inPath || !outPath) {
    process.stderr.write('usage: tsx scripts/make-test-pdf.ts IN.txt OUT.pdf | --install-tools\n');
    return 1;
  }
  if (!hasPdfTools()) {
    process.stderr.write(`${PDF_TOOLS_MISSING}\n`);
    return 1;
  }
  makePdfFromText(readFileSync(inPath, 'utf-8'), outPath);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
