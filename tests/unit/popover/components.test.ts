// The components as vnode trees (vitest runs in Node without a DOM): roles, labels, text and events.
// Layout, focus and theming are checked in real browsers by the content-script tests.
import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { english } from '../english';
import type { Entity } from '../../../src/shared/entity-index';
import type { EntityDetails } from '../../../src/shared/messages';
import { FactList } from '../../../src/popover/FactList';
import { Popover, describeAliases, type PopoverProps } from '../../../src/popover/Popover';
import { SourceLine } from '../../../src/popover/SourceLine';
import { byClass, byType, expand, findAll, findOne, textOf } from './vnode-tree';

const ENTITY: Entity = {
  id: 'person:qassem-soleimani',
  name: 'Qassem Soleimani',
  type: 'person',
  aliases: ['Soleimani', 'General Qassem Soleimani'],
  facts: [
    { text: 'Soleimani was a general.', article: 'a1', attribution: [] },
    { text: 'An AFP report citing ISNA said 56 people died at Soleimani’s funeral in Kerman on 7 January.', article: 'a1', attribution: ['AFP', 'ISNA'] },
    { text: 'Soleimani was killed in a US drone attack in Baghdad, escalating tensions between Washington and Tehran.', article: 'a2', attribution: [] },
  ],
};
const DETAILS: EntityDetails = {
  entity: ENTITY,
  articles: { a1: { file: 'a1.txt', date: '2020-01-07' }, a2: { file: 'a2.txt', title: 'Drone strike kills Iran general' } },
};

function renderPopover(overrides: Partial<PopoverProps> = {}) {
  const props: PopoverProps = { details: DETAILS, maxFacts: 2, expanded: false, onShowAll: vi.fn(), onOpenArticle: vi.fn(), onClose: vi.fn(), t: english, ...overrides };
  return { props, tree: expand(h(Popover, props)) };
}

describe('Popover', () => {
  it('is a non-modal dialog named "<name>, <type>"', () => {
    const dialog = findOne(renderPopover().tree, (node) => node.props.role === 'dialog');
    expect(dialog.props['aria-label']).toBe('Qassem Soleimani, person');
    expect(dialog.props['aria-modal']).toBeUndefined();
  });

  it('heads with the name and the type in a word beside a decorative icon', () => {
    const { tree } = renderPopover();
    expect(textOf(findOne(tree, byClass('name')))).toBe('Qassem Soleimani');
    const type = findOne(tree, byClass('type'));
    expect(textOf(type)).toBe('Person');
    expect(findOne([type], byType('svg')).props['aria-hidden']).toBe('true');
  });

  it('lists the other names', () => {
    expect(textOf(findOne(renderPopover().tree, byClass('aliases')))).toBe('also: Soleimani, General Qassem Soleimani');
    const noAliases = { ...DETAILS, entity: { ...ENTITY, aliases: [] } };
    expect(findAll(renderPopover({ details: noAliases }).tree, byClass('aliases'))).toEqual([]);
  });

  it('shows the best maxFacts facts and a "Show all N facts" button that emits', () => {
    const { tree, props } = renderPopover();
    expect(findAll(tree, byClass('fact'))).toHaveLength(2);
    const showAll = findOne(tree, byClass('show-all'));
    expect(showAll.type).toBe('button');
    expect(showAll.props.type).toBe('button');
    expect(textOf(showAll)).toBe('Show all 3 facts');
    (showAll.props.onClick as () => void)();
    expect(props.onShowAll).toHaveBeenCalledOnce();
  });

  it('lists every fact and no button once expanded, or when all fit', () => {
    for (const tree of [renderPopover({ expanded: true }).tree, renderPopover({ maxFacts: 3 }).tree]) {
      expect(findAll(tree, byClass('fact'))).toHaveLength(3);
      expect(findAll(tree, byClass('show-all'))).toEqual([]);
    }
  });

  it('has a close button with a name, emitting onClose', () => {
    const { tree, props } = renderPopover();
    const close = findOne(tree, byClass('close'));
    expect(close.props['aria-label']).toBe('Close');
    (close.props.onClick as () => void)();
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('carries the theme it is given, and none when the host sets it', () => {
    expect(findOne(renderPopover({ theme: 'dark' }).tree, byClass('popover')).props['data-theme']).toBe('dark');
    expect(findOne(renderPopover().tree, byClass('popover')).props['data-theme']).toBeUndefined();
  });

  it('says so when an entity has no facts', () => {
    const { tree } = renderPopover({ details: { ...DETAILS, entity: { ...ENTITY, facts: [] } } });
    expect(textOf(findOne(tree, byClass('empty')))).toBe('The bundled articles say nothing more about Qassem Soleimani.');
    expect(findAll(tree, byClass('facts'))).toEqual([]);
  });

  it('sums up a long list of other names', () => {
    expect(describeAliases(['A', 'B', 'C', 'D', 'E', 'F'], english)).toBe('A, B, C, D and 2 more');
    expect(describeAliases([], english)).toBe('');
  });
});

describe('FactList', () => {
  const onOpenArticle = vi.fn();
  const facts = [
    { fact: ENTITY.facts[1]!, index: 1 },
    { fact: ENTITY.facts[2]!, index: 2 },
  ];
  const tree = expand(h(FactList, { facts, forms: [ENTITY.name, ...ENTITY.aliases], articles: DETAILS.articles, onOpenArticle, t: english }));

  it('marks the entity’s mentions as text inside <mark>', () => {
    const first = findAll(tree, byClass('fact-text'))[0]!;
    expect(findAll([first], byType('mark')).map((mark) => textOf(mark))).toEqual(['Soleimani']);
    expect(textOf(first)).toBe(ENTITY.facts[1]!.text);
    expect(first.props.dir).toBe('auto');
  });

  it('gives each fact an "Open article" button that emits the article id and fact index', () => {
    const buttons = findAll(tree, byClass('open-article'));
    expect(buttons.map((button) => textOf(button))).toEqual(['Open article', 'Open article']);
    expect(buttons.map((button) => button.props['aria-label'])).toEqual(['Open article: Untitled article', 'Open article: Drone strike kills Iran general']);
    (buttons[1]!.props.onClick as () => void)();
    expect(onOpenArticle).toHaveBeenCalledWith({ articleId: 'a2', factIndex: 2 });
  });

  it('shows hostile markup in a fact as text, never as HTML', () => {
    const hostile = { text: 'Soleimani <img src=x onerror=alert(1)>', article: 'a1', attribution: [] };
    const nodes = expand(h(FactList, { facts: [{ fact: hostile, index: 0 }], forms: ['Soleimani'], articles: {}, onOpenArticle, t: english }));
    expect(findAll(nodes, (node) => node.type === 'img' || 'dangerouslySetInnerHTML' in node.props)).toEqual([]);
    expect(findOne(nodes, byClass('fact-text')).children).toEqual([
      { type: 'mark', props: {}, children: ['Soleimani'] },
      ' <img src=x onerror=alert(1)>',
    ]);
  });
});

describe('SourceLine', () => {
  const line = (props: Omit<Parameters<typeof SourceLine>[0], 't'>) => textOf(expand(h(SourceLine, { ...props, t: english })));

  it('says who, which article and when', () => {
    expect(line({ attribution: ['AFP', 'ISNA'], article: { title: 'Iran mourns', date: '2020-01-07' } })).toBe('AFP, citing ISNA — Iran mourns, 7 Jan 2020');
  });

  it('leaves out the source for the article’s own voice, and a missing or bad date', () => {
    expect(line({ attribution: [], article: { file: 'a.txt', date: 'soon' } })).toBe('Untitled article');
    expect(line({ attribution: [{ name: 'Amal Saad', kind: 'tweet' }], article: undefined })).toBe('Amal Saad on Twitter — Untitled article');
  });

  it('gives the date a machine-readable <time>', () => {
    const time = findOne(expand(h(SourceLine, { attribution: [], article: { date: '2020-01-07' }, t: english })), byType('time'));
    expect(time.props.dateTime).toBe('2020-01-07');
  });
});
