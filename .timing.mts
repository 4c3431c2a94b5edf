import neo4j from 'neo4j-driver';
const driver = neo4j.driver('bolt://127.0.0.1:17931', neo4j.auth.basic('neo4j', ''));
const cases: Record<string, string> = {
  or100: 'WITH 1 AS n RETURN ' + Array.from({ length: 100 }, (_, i) => 'n = ' + i).join(' OR ') + ' AS x',
  or250: 'WITH 1 AS n RETURN ' + Array.from({ length: 250 }, (_, i) => 'n = ' + i).join(' OR ') + ' AS x',
  and250: 'WITH 1 AS n RETURN ' + Array.from({ length: 250 }, (_, i) => 'n <> ' + i).join(' AND ') + ' AS x',
  union30: Array.from({ length: 30 }, (_, i) => `MATCH (n:X${i}) RETURN n.a AS x`).join(' UNION '),
  paren100: 'RETURN ' + '('.repeat(100) + '1' + ')'.repeat(100) + ' AS x',
  mixed64: 'RETURN ' + '[({a: '.repeat(32) + '1' + '})]'.repeat(32) + ' AS x',
};
for (const [name, q] of Object.entries(cases)) {
  const s = driver.session({ defaultAccessMode: neo4j.session.READ });
  const t = Date.now();
  try { await s.run('EXPLAIN ' + q); console.log(name, 'ok', Date.now() - t, 'ms'); } catch (e: any) { console.log(name, 'ERR', e.code, Date.now() - t, 'ms'); } finally { await s.close(); }
}
await driver.close();
