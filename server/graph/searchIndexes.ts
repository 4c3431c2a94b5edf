// Full-text indexes for search, one per label over the keys it is searched by (its caption and identifying keys).
// Creating an index is a write into the person's database: only `npm run index` does it (graph/indexCli.ts), when
// the person runs it; the explorer itself only reads which indexes exist. Idempotent: a label an existing index
// already covers is left alone, and an index of the same name with other keys is reported, never dropped.
import type { Database } from '../db/driver.ts';
import { markChanged } from '../db/memo.ts';
import { textSearchKeys, type CaptionRules } from '../schema/captions.ts';
import { quoteName } from '../schema/repository.ts';
import { loadCaptionRules } from '../schema/service.ts';
import { readFulltextIndexes, type FulltextIndex } from './repository.ts';
import { focusLabel } from './service.ts';

export type IndexStep =
  | { action: 'create'; label: string; name: string; keys: string[]; statement: string }
  | { action: 'covered'; label: string; name: string; keys: string[] }
  | { action: 'conflict'; label: string; name: string; keys: string[] };

/** "search_Customer"; other characters than letters, digits and _ become _. */
export const searchIndexName = (label: string) => `search_${label.replace(/[^A-Za-z0-9_]/g, '_')}`;

/** What `npm run index` would do, label by label (pure: from the rules and the indexes that exist). */
export function planSearchIndexes(rules: CaptionRules, existing: FulltextIndex[]): IndexStep[] {
  const steps: IndexStep[] = [];
  for (const label of Object.keys(rules).sort()) {
    // A full-text index holds text only: number keys (an orderID) are left to the scan search makes for numbers.
    const keys = textSearchKeys(rules[label]!);
    if (rules[label]!.count === 0 || keys.length === 0) continue;
    const cover = existing.find((index) => index.labels.includes(label) && keys.every((key) => index.properties.includes(key)));
    const name = searchIndexName(label);
    if (cover) steps.push({ action: 'covered', label, name: cover.name, keys });
    else if (existing.some((index) => index.name === name)) steps.push({ action: 'conflict', label, name, keys });
    else {
      const statement = `CREATE FULLTEXT INDEX ${quoteName(name)} IF NOT EXISTS FOR (n:${quoteName(label)}) ON EACH [${keys.map((key) => `n.${quoteName(key)}`).join(', ')}]`;
      steps.push({ action: 'create', label, name, keys, statement });
    }
  }
  return steps;
}

/** Creates the missing indexes and waits until they are online; returns every step, done or not needed. */
export async function createSearchIndexes(db: Database, options: { dryRun?: boolean; say?: (line: string) => void } = {}): Promise<IndexStep[]> {
  const say = options.say ?? (() => {});
  // On the seed's knowledge graph search looks at Entity nodes only: the evidence (a sentence per fact) is left out.
  const [rules, focus] = await Promise.all([loadCaptionRules(db), focusLabel(db)]);
  const searched = focus ? Object.fromEntries(Object.entries(rules).filter(([label]) => label === focus)) : rules;
  const steps = planSearchIndexes(searched, await readFulltextIndexes(db));
  for (const step of steps) {
    const keys = step.keys.join(', ');
    if (step.action === 'covered') say(`${step.label}: already searched through the index ${step.name} (${keys}).`);
    else if (step.action === 'conflict') say(`${step.label}: an index named ${step.name} exists with other keys; drop it (DROP INDEX ${step.name}) and run again to cover ${keys}.`);
    else {
      say(`${step.label}: ${options.dryRun ? 'would create' : 'creating'} ${step.name} over ${keys}`);
      say(`  ${step.statement}`);
      if (!options.dryRun) await db.run(step.statement, {}, 'WRITE');
    }
  }
  if (!options.dryRun && steps.some((s) => s.action === 'create')) {
    await db.run('CALL db.awaitIndexes(600)', {}, 'READ');
    markChanged(db);
  }
  return steps;
}
