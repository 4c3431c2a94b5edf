import neo4j from 'neo4j-driver';
import fs from 'node:fs';
const driver = neo4j.driver('bolt://127.0.0.1:17931', neo4j.auth.basic('neo4j', ''));
const queries: string[] = JSON.parse(fs.readFileSync(0, 'utf8'));
for (const q of queries) {
  const s = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const r = await s.run(q);
    const sum = r.summary;
    console.log(JSON.stringify(q), '=>', JSON.stringify({ keys: r.records.length ? r.records[0].keys : [], rows: r.records.map((x) => x.toObject()), plan: sum.plan ? sum.plan.operatorType : null, profile: !!sum.profile, qt: sum.queryType, upd: sum.counters.containsUpdates(), sys: sum.counters.containsSystemUpdates() }, (k, v) => typeof v === 'bigint' ? String(v) : (v && v.low !== undefined && v.high !== undefined ? neo4j.integer.toString(v) : v)));
  } catch (e: any) {
    console.log(JSON.stringify(q), '=> ERR', e.code, JSON.stringify(String(e.message).split('\n').slice(0,3).join(' | ')));
  } finally { await s.close(); }
}
await driver.close();
