import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arxivIdAt, CitationContext, escapeMarkdownText, formatCitation, markdownHasBibliography } from '../../src/citationFormat';
import { Paper } from '../../src/protocol';

const paper: Paper = {
  id: '2410.15661', key: 'na2024scalable',
  title: 'Scalable Data Ablation Approximations for Language Models through Modular Training and Merging',
  authors: ['Clara Na', 'Ian Magnusson'], year: 2024,
};
const ctx = (over: Partial<CitationContext>): CitationContext =>
  ({ languageId: 'markdown', linePrefix: '', hasBibliography: false, insertFormat: 'link', ...over });

describe('formatCitation', () => {
  const table: [string, Partial<CitationContext>, Paper, string | undefined][] = [
    ['LaTeX text', { languageId: 'latex', linePrefix: 'As shown by ' }, paper, '\\cite{na2024scalable}'],
    ['plain TeX text', { languageId: 'tex' }, paper, '\\cite{na2024scalable}'],
    ['inside an empty \\citep[..]{', { languageId: 'latex', linePrefix: 'see \\citep[e.g.][]{' }, paper, 'na2024scalable'],
    ['after a key in \\cite{', { languageId: 'latex', linePrefix: '\\cite{vaswani2017attention' }, paper, ', na2024scalable'],
    ['after a comma in \\autocite{', { languageId: 'latex', linePrefix: '\\autocite{a, ' }, paper, 'na2024scalable'],
    ['after a closed \\cite', { languageId: 'latex', linePrefix: '\\cite{a} and ' }, paper, '\\cite{na2024scalable}'],
    ['Markdown with a bibliography', { hasBibliography: true }, paper, '[@na2024scalable]'],
    ['Markdown link without bibliography', {}, paper,
      '[Scalable Data Ablation Approximations for Language Models through Modular Training and Merging](https://arxiv.org/abs/2410.15661)'],
    ['Markdown id format', { insertFormat: 'id' }, paper, 'arXiv:2410.15661'],
    ['inside a pandoc [@ group', { linePrefix: 'as in [see @a', hasBibliography: true }, paper, '; @na2024scalable'],
    ['right after [@', { linePrefix: 'as in [@' }, paper, 'na2024scalable'],
    ['right after [', { linePrefix: 'as in [see @a; ' }, paper, '@na2024scalable'],
    ['quarto is Markdown', { languageId: 'quarto', hasBibliography: true }, paper, '[@na2024scalable]'],
    ['rmd is Markdown', { languageId: 'rmd', insertFormat: 'id' }, paper, 'arXiv:2410.15661'],
    ['title-only paper in Markdown', {}, { key: 'k', title: 'A *bold* [claim]', authors: [] }, 'A \\*bold\\* \\[claim\\]'],
    ['BibTeX has no citation form', { languageId: 'bibtex' }, paper, undefined],
  ];
  for (const [name, over, p, expected] of table) {
    it(name, () => assert.equal(formatCitation(p, ctx(over)), expected));
  }
});

describe('markdown helpers', () => {
  it('escapes Markdown syntax from data and folds whitespace', () => {
    assert.equal(escapeMarkdownText('  <img src=x>\n`code` _x_ # | \\ '), '\\<img src=x\\> \\`code\\` \\_x\\_ \\# \\| \\\\');
  });

  it('finds bibliography: only in leading YAML front matter', () => {
    assert.equal(markdownHasBibliography('---\ntitle: x\nbibliography: refs.bib\n---\ntext'), true);
    assert.equal(markdownHasBibliography('---\r\nbibliography:\r\n  - a.bib\r\n---\r\n'), true);
    assert.equal(markdownHasBibliography('---\ntitle: x\n---\nbibliography: refs.bib'), false);
    assert.equal(markdownHasBibliography('# Notes\nbibliography: refs.bib'), false);
    assert.equal(markdownHasBibliography('---\n  bibliography: nested\n---'), false);
  });
});

describe('arxivIdAt', () => {
  const line = 'See arXiv:2410.15661v2, hep-th/9901001 and math.GT/0309136; not 1.23456 or 12410.15661.';
  const at = (needle: string, offset = 1) => arxivIdAt(line, line.indexOf(needle) + offset);
  it('returns the id without version under the cursor', () => {
    assert.equal(at('2410.15661'), '2410.15661');
    assert.equal(at('2410.15661', 0), '2410.15661');
    assert.equal(at('v2,'), '2410.15661');
    assert.equal(at('hep-th'), 'hep-th/9901001');
    assert.equal(at('math.GT'), 'math.GT/0309136');
  });
  it('finds nothing in prose, decimals or ids glued to digits', () => {
    assert.equal(at('See'), undefined);
    assert.equal(at('1.23456'), undefined);
    assert.equal(at('12410.15661', 2), undefined);
  });
});
