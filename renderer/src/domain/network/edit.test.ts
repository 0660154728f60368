import { describe, expect, it } from 'vitest';
import { addLink, NetworkEditError, removeEntity, removeLink, saveEntity } from './edit.ts';
import type { PeerNetwork } from './schema.ts';

const base: PeerNetwork = {
  people: [{ id: 'A', label: 'YP-A' }],
  incidents: [{ id: 'I1', label: 'Incident 1', kind: 'stabbing' }],
  institutions: [{ id: 'S1', label: 'School 1', kind: 'school' }],
  links: [{ person: 'A', target: 'I1', role: 'victim' }, { person: 'A', target: 'S1' }],
};

describe('editing a network', () => {
  it('adds an entity, trimming text and leaving out empty optional fields', () => {
    const next = saveEntity(base, 'person', { id: ' B ', label: 'YP-B', group: '' });
    expect(next.people).toEqual([{ id: 'A', label: 'YP-A' }, { id: 'B', label: 'YP-B' }]);
    expect(base.people).toHaveLength(1);
  });

  it('renames an id and carries its links with it; refuses an id used elsewhere', () => {
    const next = saveEntity(base, 'person', { id: 'A2', label: 'YP-A' }, 'A');
    expect(next.links.map((l) => l.person)).toEqual(['A2', 'A2']);
    expect(() => saveEntity(base, 'institution', { id: 'I1', label: 'x', kind: 'y' })).toThrow(/the id "I1" is used twice/i);
    expect(() => saveEntity(base, 'incident', { id: 'I2', label: 'x', kind: 'y', date: '2026-13-01' })).toThrow(NetworkEditError);
  });

  it('adds links by the import’s rules and removes entities with their links', () => {
    expect(() => addLink(base, { person: 'A', target: 'I1', role: 'victim' })).toThrow(/already in the network/);
    expect(() => addLink(base, { person: 'A', target: 'I1' })).toThrow(/needs a role/);
    expect(() => addLink(base, { person: 'A', target: 'S1', from: '2021-01-01', to: '2020-01-01' })).toThrow(/before its start/);
    expect(addLink(base, { person: 'A', target: 'S1', from: '2021-01-01', to: '' }).links.at(-1)).toEqual({ person: 'A', target: 'S1', from: '2021-01-01' });
    expect(removeEntity(base, 'A')).toEqual({ ...base, people: [], links: [] });
    expect(removeLink(base, 0).links).toEqual([{ person: 'A', target: 'S1' }]);
  });
});
