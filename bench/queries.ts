/**
 * The queries the search benchmark measures recall on: the unit test's table
 * (`test/support/search-queries.ts`), so both always ask the same questions.
 */
export { SEARCH_QUERIES as QUERIES, type SearchQuery as BenchQuery } from '../test/support/search-queries'
