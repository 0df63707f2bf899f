import type { Database, Statement } from 'better-sqlite3'

/**
 * A statement prepared the first time it is used. The repositories hold ~40 statements and a
 * start-up runs a handful: preparing them all was most of the services' share of a warm start.
 * Everything asked of the returned object goes to the real statement.
 */
export function prepareOnUse(db: Database, sql: string): Statement {
  let statement: Statement | undefined
  const real = () => (statement ??= db.prepare(sql))
  return new Proxy({} as Statement, {
    get(_, key) {
      const target = real()
      const value: unknown = Reflect.get(target, key, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
