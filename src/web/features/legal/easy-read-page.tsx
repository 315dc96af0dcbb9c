import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/page-title.tsx';
import { Section } from '../../ui/section.tsx';
import './legal.css';

/** The places a sentence of the Leichte Sprache page may lead to. */
const TARGETS = {
  atlas: '/atlas',
  register: '/register',
  impressum: '/impressum',
  datenschutz: '/datenschutz',
  barrierefreiheit: '/barrierefreiheit',
} as const;

type Block = string | { list: string[] } | { link: keyof typeof TARGETS; text: string };
interface EasyReadSection {
  title: string;
  blocks: Block[];
}

function BlockView({ block }: { block: Block }): ReactNode {
  if (typeof block === 'string') return <p>{block}</p>;
  if ('list' in block) {
    return (
      <ul>
        {block.list.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  }
  return (
    <p>
      <Link className="kern-link" to={TARGETS[block.link]}>
        {block.text}
      </Link>
    </p>
  );
}

// A tree of sections, not one text: read with returnObjects (the i18n test checks only keys of single texts).
const SECTIONS = 'legal.easyRead.sections';

const keyOf = (block: Block) => (typeof block === 'string' ? block : 'list' in block ? block.list.join() : block.link);

/**
 * The platform described in Leichte Sprache (BITV 2.0 § 4), in English as Easy Read: short sentences,
 * one statement each, hard words explained. The text ships with the platform (i18n, legal.easyRead).
 */
export function EasyReadPage() {
  const { t } = useTranslation();
  const sections = t(SECTIONS, { returnObjects: true }) as EasyReadSection[];
  return (
    <div className="easy-read">
      <PageTitle>{t('legal.easyRead.title')}</PageTitle>
      {sections.map((section) => (
        <Section key={section.title} title={section.title}>
          {section.blocks.map((block) => (
            <BlockView key={keyOf(block)} block={block} />
          ))}
        </Section>
      ))}
    </div>
  );
}
