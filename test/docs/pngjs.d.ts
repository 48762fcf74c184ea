// The part of pngjs (which ships no types) that test/docs/charts.test.ts uses.
declare module "pngjs" {
  export interface PNGImage {
    /** Width in pixels. */
    width: number;
    /** Height in pixels. */
    height: number;
    /** RGBA bytes, row by row. */
    data: Uint8Array;
  }
  export const PNG: { sync: { read(buffer: Uint8Array): PNGImage } };
}
