// CSV input: RFC 4180 parsing with the line of each record, typed columns, and problems placed at file:line
// and column; CSV nodes and relationships combine with a JSON file holding the documents.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../server/loader/csv.ts';
import { readGraphFiles } from '../../server/loader/read.ts';
import { problemsOf } from '../helpers/graphFiles.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-csv-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('CSV graph files', () => {
  it('parses quoted cells with commas, quotes and line breaks, and knows where each record starts', () => {
    const { records } = parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
    expect(parseCsv('a\n"open').error).toEqual({ line: 2, message: 'a quoted cell is not closed' });
  });

  it('reads typed columns into nodes and relationships', () => {
    const nodes = write(
      'nodes.csv',
      'key,labels,name,aliases:string[],founded:int,revenue:float,listed:boolean,ipo_date:date\n' +
        'ali,Entity;Company,Alibaba,Ali;阿里巴巴,1999,153.751,true,2014-09-19\n' +
        'pdd,Entity;Company,Pinduoduo,,2015,,,\n',
    );
    const relationships = write('rels.csv', 'type,start,end,since:int\nCOMPETES_WITH,pdd,ali,2018\n');
    const graph = readGraphFiles([nodes, relationships]);
    expect(graph.nodes[0]).toEqual({
      key: 'ali',
      labels: ['Entity', 'Company'],
      properties: { key: 'ali', name: 'Alibaba', aliases: ['Ali', '阿里巴巴'], founded: 1999, revenue: { $float: 153.751 }, listed: true, ipo_date: { $date: '2014-09-19' } },
    });
    expect(graph.nodes[1]!.properties).toEqual({ key: 'pdd', name: 'Pinduoduo', founded: 2015 });
    expect(graph.relationships).toEqual([{ type: 'COMPETES_WITH', start: 'pdd', end: 'ali', properties: { since: 2018 } }]);
  });

  it('places problems at file:line and column, and checks across files', () => {
    const nodes = write('bad-nodes.csv', 'key,labels,founded:int\nok,Thing,1\nbad key,Thing,2\nthird,Thing,soon\n');
    const relationships = write('bad-rels.csv', 'type,start,end\nLINKS,ok,missing\nlinks,ok,third\n');
    const problems = problemsOf([nodes, relationships]);
    expect(problems.map((p) => [p.code, p.place.file, p.place.line, p.place.column, p.place.field]).sort()).toEqual(
      [
        ['BAD_PROPERTY', nodes, 4, 13, 'founded'],
        ['BAD_KEY', nodes, 3, 1, 'key'],
        ['DANGLING_RELATIONSHIP', relationships, 2, 10, 'end'],
        ['BAD_TYPE', relationships, 3, 1, 'type'],
      ].sort(),
    );
  });

  it('refuses a header that is neither a nodes nor a relationships file, and rows of the wrong width', () => {
    expect(problemsOf([write('odd.csv', 'name,age\nx,1\n')]).map((p) => p.code)).toEqual(['BAD_SHAPE']);
    expect(problemsOf([write('width.csv', 'key,labels\na,Thing,extra\n')])).toEqual([expect.objectContaining({ code: 'BAD_SHAPE', place: expect.objectContaining({ line: 2 }) })]);
  });

  it('reads datetime columns, and refuses an integer past 64 bits at its line and column', () => {
    const nodes = write('times.csv', 'key,labels,"at:datetime",count:int\nx,Thing,2020-10-09T08:30:00+08:00,9223372036854775807\ny,Thing,"2020-10-09 08:30",9999999999999999999\n');
    const problems = problemsOf([nodes]);
    expect(problems.map((p) => [p.code, p.place.line, p.place.column, p.place.field])).toEqual([['BAD_PROPERTY', 3, 28, 'count']]);
    const good = write('times-ok.csv', 'key,labels,at:datetime\nx,Thing,2020-10-09T08:30:00Z\n');
    expect(readGraphFiles([good]).nodes[0]!.properties.at).toEqual({ $datetime: '2020-10-09T08:30:00Z' });
  });

  it('reads a file that starts with a BOM, and refuses bytes that are not UTF-8 with their byte offset', () => {
    const bom = write('bom.csv', '\ufeffkey,labels,name\nx,Thing,X\n');
    expect(readGraphFiles([bom]).nodes[0]!.properties).toEqual({ key: 'x', name: 'X' });
    const file = path.join(dir, 'latin1.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('key,labels,name\nx,Thing,Caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const problems = problemsOf([file]);
    expect(problems).toMatchObject([{ code: 'BAD_ENCODING', place: { line: 2, column: 12 } }]);
    expect(problems[0]!.message).toContain('byte offset 27');
  });
});
