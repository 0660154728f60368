// Every unit test gets an in-memory IndexedDB (fake-indexeddb) before Dexie loads.
import 'fake-indexeddb/auto';
