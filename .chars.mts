import neo4j from 'neo4j-driver';
const driver = neo4j.driver('bolt://127.0.0.1:17931', neo4j.auth.basic('neo4j', ''));
const codes: number[] = [];
for (let c = 0; c < 0x100; c++) if (!/[A-Za-z0-9]/.test(String.fromCharCode(c))) codes.push(c);
codes.push(0x1680, 0x180e, ...Array.from({ length: 0x30 }, (_, i) => 0x2000 + i), 0x205f, 0x2060, 0x3000, 0xfeff, 0xfffe, 0xfff9, 0xfffa, 0xfffb, 0xd800, 0xdc00);
async function outcome(q: string) {
  const s = driver.session({ defaultAccessMode: neo4j.session.READ });
  try { const r = await s.run(q); return 'keys=' + (r.records[0]?.keys.join(',') ?? '') + ' v=' + JSON.stringify(r.records[0]?.toObject(), (k, v) => typeof v === 'object' && v && 'low' in v ? Number(v) : v); }
  catch (e: any) { return 'ERR ' + e.code.split('.').pop(); } finally { await s.close(); }
}
const mode = process.argv[2];
for (const c of codes) {
  const ch = String.fromCharCode(c);
  let q = '';
  if (mode === 'comment') q = `RETURN 1 AS a //x${ch}, 2 AS b`;
  if (mode === 'ws') q = `RETURN 1 AS a,${ch}2 AS b`;
  if (mode === 'ident') q = `WITH 1 AS a${ch}b RETURN *`;
  if (mode === 'string') q = `RETURN 'x${ch}y' AS s`;
  if (mode === 'escape') q = `RETURN 'x\\${ch}y' AS s`;
  if (mode === 'block') q = `RETURN 1 AS a /*${ch}*/, 2 AS b`;
  if (mode === 'identstart') q = `WITH 1 AS ${ch}b RETURN *`;
  if (mode === 'tick') q = `WITH 1 AS \`a${ch}b\` RETURN *`;
  console.log(c.toString(16).padStart(4, '0'), await outcome(q));
}
await driver.close();
