import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addBibtexCommand, Paper, shortAuthors } from '../../src/protocol';

const withId: Paper = { id: '2410.15661', key: 'na2024scalable', title: 'T', authors: [] };
const titleOnly: Paper = { key: 'smith2020notes', title: 'Notes', authors: [] };
const bib = 'file:///ws/refs.bib';

describe('addBibtexCommand', () => {
  it('uses papers.addBibtex with an object argument when the server advertises it', () => {
    assert.deepEqual(addBibtexCommand(['papers.addBibtex', 'papers.addBibtexToFile'], bib, withId),
      { command: 'papers.addBibtex', arguments: [{ bibUri: bib, paperKey: '2410.15661' }] });
    assert.deepEqual(addBibtexCommand(['papers.addBibtex'], bib, titleOnly),
      { command: 'papers.addBibtex', arguments: [{ bibUri: bib, paperKey: 'smith2020notes' }] });
  });

  it('uses papers.addBibtexToFile [uri, id] for papers with an id', () => {
    assert.deepEqual(addBibtexCommand(['papers.addBibtexToFile'], bib, withId),
      { command: 'papers.addBibtexToFile', arguments: [bib, '2410.15661'] });
    assert.equal(addBibtexCommand(['papers.addBibtexToFile'], bib, titleOnly), undefined);
  });

  it('leaves the append to the client when the server advertises neither', () => {
    assert.equal(addBibtexCommand([], bib, withId), undefined);
  });
});

describe('shortAuthors', () => {
  it('lists up to three authors, then et al.', () => {
    assert.equal(shortAuthors([]), '');
    assert.equal(shortAuthors(['A', 'B', 'C']), 'A, B, C');
    assert.equal(shortAuthors(['A', 'B', 'C', 'D']), 'A, B, C et al.');
  });
});
