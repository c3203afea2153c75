// Background (service worker in Chrome, event page in Firefox). Listeners are registered at the
// top level so a worker woken by a message finds them; it keeps no state of its own (the worker
// may stop at any time). Parts:
//   - entity lookup: answers content scripts' `entity/get` from the bundled index.
// On a disabled site the content script never asks, so nothing here runs for it.
import index from 'backstory:entity-index';
import { handle } from '../platform/runtime';
import { createEntityLookup } from './entity-details';

const lookUpEntity = createEntityLookup(index);

handle({
  'entity/get': ({ id }) => lookUpEntity(id),
});
