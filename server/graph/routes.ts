// Explore routes: paths and validation only; the service decides.
//   GET  /api/overview?limit=&labels=        the opening picture
//   GET  /api/search?q=&limit=&labels=       names and aliases, for the search box
//   GET  /api/nodes/:id  |  /api/nodes?key=  one node with its relationships, evidence and neighbour counts
//   GET  /api/neighbours?id=&type=&direction=&skip=&limit=   one page of an expansion
//   POST /api/connections { ids, among }     relationships between arriving nodes and those on the page
//   GET  /api/paths?from=&to=&types=&limit=  all shortest paths
//   GET  /api/documents/:key                 the article's text, for evidence shown in place
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { handle, validate } from '../http.ts';
import * as service from './service.ts';

const elementId = z.string().trim().min(1).max(200);
const nameList = z
  .string()
  .max(2000)
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().min(1).max(200)).max(50))
  .default([]);

const overviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(5000).default(300), labels: nameList }).strict();
const searchQuery = z.object({ q: z.string().max(200), limit: z.coerce.number().int().min(1).max(50).default(10), labels: nameList }).strict();
const nodeParams = z.object({ id: elementId }).strict();
const nodeQuery = z.object({ key: z.string().trim().min(1).max(300) }).strict();
const neighboursQuery = z
  .object({
    id: elementId,
    type: z.string().min(1).max(200).optional(),
    direction: z.enum(['out', 'in', 'both']).default('both'),
    skip: z.coerce.number().int().min(0).max(1_000_000).default(0),
    limit: z.coerce.number().int().min(1).max(500).default(25),
  })
  .strict();
const connectionsBody = z.object({ ids: z.array(elementId).min(1).max(2000), among: z.array(elementId).max(5000) }).strict();
const pathsQuery = z
  .object({ from: elementId, to: elementId, types: nameList, limit: z.coerce.number().int().min(1).max(100).default(25) })
  .strict();
const documentParams = z.object({ key: z.string().min(1).max(300) }).strict();

export function graphRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  router.get(
    '/api/overview',
    handle(async (req, res) => {
      const { limit, labels } = validate(overviewQuery, req.query, 'query');
      res.json(await service.overview(db, limit, labels));
    }),
  );
  router.get(
    '/api/search',
    handle(async (req, res) => {
      const { q, limit, labels } = validate(searchQuery, req.query, 'query');
      res.json(await service.search(db, q, limit, labels, config.search));
    }),
  );
  router.get(
    '/api/nodes',
    handle(async (req, res) => {
      const { key } = validate(nodeQuery, req.query, 'query');
      res.json(await service.nodeDetails(db, { key }));
    }),
  );
  router.get(
    '/api/nodes/:id',
    handle(async (req, res) => {
      const { id } = validate(nodeParams, req.params, 'params');
      res.json(await service.nodeDetails(db, { id }));
    }),
  );
  router.get(
    '/api/neighbours',
    handle(async (req, res) => {
      const q = validate(neighboursQuery, req.query, 'query');
      res.json(await service.neighbours(db, { ...q, type: q.type ?? null }));
    }),
  );
  router.post(
    '/api/connections',
    handle(async (req, res) => {
      const { ids, among } = validate(connectionsBody, req.body ?? {}, 'body');
      res.json(await service.connections(db, ids, among));
    }),
  );
  router.get(
    '/api/paths',
    handle(async (req, res) => {
      const q = validate(pathsQuery, req.query, 'query');
      res.json(await service.shortestPaths(db, q));
    }),
  );
  router.get(
    '/api/documents/:key',
    handle(async (req, res) => {
      const { key } = validate(documentParams, req.params, 'params');
      res.json(await service.documentText(db, key));
    }),
  );
  return router;
}
