// The agreement check over a folder of detections laid out as content/detections/<slug>/ (rule.yml and the query
// files named <platform>.<ext>).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceError } from '../../errors';
import { platformForFile } from '../../query-check';
import { type AgreementQuery, checkQueryAgreement } from './check';

export function catalogAgreement(detectionsDir: string, shownAs = detectionsDir): SourceError[] {
  const out: SourceError[] = [];
  const slugs = readdirSync(detectionsDir, { withFileTypes: true }).filter((e) => e.isDirectory());
  for (const { name: slug } of slugs.sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(detectionsDir, slug);
    const rulePath = join(dir, 'rule.yml');
    if (!existsSync(rulePath)) continue;
    const queries: AgreementQuery[] = [];
    for (const file of readdirSync(dir).sort()) {
      const platform = platformForFile(file);
      if (platform)
        queries.push({ platform, file: `${shownAs}/${slug}/${file}`, text: readFileSync(join(dir, file), 'utf8') });
    }
    out.push(...checkQueryAgreement(`${shownAs}/${slug}/rule.yml`, readFileSync(rulePath, 'utf8'), queries));
  }
  return out;
}
