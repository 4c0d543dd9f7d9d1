/**
 * Where pdf.js's standard-font data sits inside the built extension: wxt.config.ts copies it
 * there from node_modules at build time, and the viewer's pdf.js loads it from there.
 */
export const STANDARD_FONTS_DIR = 'pdfjs/standard_fonts';
