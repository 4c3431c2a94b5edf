// The problems the loader refuses graph files with; fails the test when the files are accepted.
import { readGraphFiles } from '../../server/loader/read.ts';
import { GraphFileError, type Problem } from '../../server/loader/format.ts';

export function problemsOf(files: string[]): Problem[] {
  try {
    readGraphFiles(files);
  } catch (error) {
    if (error instanceof GraphFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the files to be refused');
}
