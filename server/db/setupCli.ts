// `npm run neo4j:setup`: resolves Neo4j's jars with Maven and compiles the launcher, so later starts are offline.
import { LocalNeo4jError, prepareLocalNeo4j } from './localNeo4j.ts';

try {
  prepareLocalNeo4j((line) => process.stdout.write(line + '\n'));
  process.stdout.write('Neo4j jars and launcher are ready.\n');
} catch (error) {
  process.stderr.write(`${error instanceof LocalNeo4jError ? error.message : String(error)}\n`);
  process.exit(1);
}
