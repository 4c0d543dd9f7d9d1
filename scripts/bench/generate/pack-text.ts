import { COUNCILS } from './places';
import { seededRandom } from './random';

/**
 * A large agenda pack made of the real seeds, each copy moved to another council and another
 * year so that no two copies are identical (a parser that caches by text gains nothing).
 */
export function generatePackText(seeds: readonly string[], targetBytes: number, seed = 8): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < targetBytes; copy++) {
    const text = varySeed(seeds[copy % seeds.length]!, random.pick(COUNCILS), random.int(9) - 4);
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n\n');
}

function varySeed(text: string, council: string, yearShift: number): string {
  return text
    .replace(/\b(Leicester City Council|Leicestershire County Council)\b/g, council)
    .replace(/\b20([12]\d)\b/g, (_, yy: string) => String(2000 + Number(yy) + yearShift));
}
