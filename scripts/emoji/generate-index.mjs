// Writes emoji.tsv for Gloss from emoji-datasource's emoji.json (see regenerate.sh).
// One emoji a line, in the picker's order (the package's sort_order), each skin-tone variant right
// after its base:
//   sequence  x  y  category  short_names  name  base
// sequence: the fully-qualified code points in hex joined by '-'; x, y: the cell in the sheet;
// category: the picker's tab (empty for skin-tone variants and components);
// short_names: comma-separated; base: the base's sequence for a skin-tone variant, else empty.
import { readFileSync } from 'node:fs';

const [, , file, version] = process.argv;
const data = JSON.parse(readFileSync(file, 'utf8'));
data.sort((a, b) => a.sort_order - b.sort_order);
const TONES = { '1F3FB': 'light', '1F3FC': 'medium-light', '1F3FD': 'medium', '1F3FE': 'medium-dark', '1F3FF': 'dark' };
const toneName = (t) => t.split('-').map((x) => TONES[x] ?? x.toLowerCase()).join(', ') + ' skin tone';
const clean = (s) => String(s ?? '').replace(/[\t\n]/g, ' ');
const lines = [`# emoji-datasource-twitter ${version}: sequence\tx\ty\tcategory\tshort_names\tname\tbase`];
for (const e of data) {
  if (!e.has_img_twitter) continue;
  const category = e.category === 'Component' ? '' : e.category;
  const name = clean(e.name || e.short_name).toLowerCase();
  lines.push([e.unified, e.sheet_x, e.sheet_y, category, e.short_names.join(','), name, ''].join('\t'));
  for (const [tones, v] of Object.entries(e.skin_variations ?? {})) {
    if (!v.has_img_twitter) continue;
    lines.push([v.unified, v.sheet_x, v.sheet_y, '', '', `${name}: ${toneName(tones)}`, e.unified].join('\t'));
  }
}
process.stdout.write(lines.join('\n') + '\n');
