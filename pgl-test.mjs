import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

let t = Date.now();
const db = new PGlite({ extensions: { pg_trgm, unaccent } });
await db.waitReady;
console.log('ready', Date.now() - t);
await db.exec('create extension pg_trgm; create extension unaccent;');
console.log('ext', Date.now() - t);
console.log(
  (
    await db.query(
      "select unaccent('Bückeburg Straße') as u, similarity('breitbnad','breitband') s, to_tsvector('german','Feuerwehren') v",
    )
  ).rows,
);
t = Date.now();
const dump = await db.dumpDataDir('none');
console.log('dump', Date.now() - t, dump.size);
t = Date.now();
const db2 = new PGlite({ loadDataDir: dump, extensions: { pg_trgm, unaccent } });
await db2.waitReady;
console.log('load', Date.now() - t);
console.log((await db2.query("select similarity('a','a') s")).rows);
