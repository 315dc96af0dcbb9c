/**
 * Who changes a document: a person, and for a WebDAV request the lock tokens it sent in its `If`
 * header. A lock binds its owner too: through WebDAV, only a request naming the lock's token may
 * change what it covers; in the browser, the owner's own lock does not stand in their way.
 */
export interface DocActor {
  personId: string;
  lockTokens?: readonly string[];
}
