// Loads what the integration tests read: the seed graph into the main database, the Movies graph into the other.
// (Filled in by the seed-graph issue; until then both databases start empty.)
export async function prepareTestDatabases(_uris: { mainUri: string; moviesUri: string }): Promise<void> {}
