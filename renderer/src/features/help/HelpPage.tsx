/**
 * Help: the user guide, rendered from the bundled Markdown (guidePages.ts). Links between
 * guide pages stay in the app; any other link is shown as text, never opened, because the
 * app never reaches the network or hands a path to another program.
 */
import type { ReactNode } from 'react';
import { PageHeading } from '../../components/PageHeading.tsx';
import { GUIDE_PAGES, imageUrl } from './guidePages.ts';
import { guideImage, guideSlug, type Block, type Inline } from './markdown.ts';
import './help.scss';

function renderInline(runs: Inline[]): ReactNode[] {
  return runs.map((run, i) => {
    if (run.kind === 'strong') return <strong key={i}>{run.text}</strong>;
    if (run.kind === 'code') return <code key={i} className="app-help__code">{run.text}</code>;
    if (run.kind === 'link') {
      const slug = guideSlug(run.href);
      if (slug) return <a key={i} className="govuk-link" href={slug === 'index' ? '#/help' : `#/help/${slug}`}>{run.text}</a>;
      return <span key={i}>{run.text} (<code className="app-help__code">{run.href}</code>)</span>;
    }
    return <span key={i}>{run.text}</span>;
  });
}

function renderBlock(block: Block, i: number): ReactNode {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? <h2 key={i} className="govuk-heading-m">{block.text}</h2> : <h3 key={i} className="govuk-heading-s">{block.text}</h3>;
    case 'paragraph':
      return <p key={i} className="govuk-body">{renderInline(block.content)}</p>;
    case 'list': {
      const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
      return block.ordered
        ? <ol key={i} className="govuk-list govuk-list--number">{items}</ol>
        : <ul key={i} className="govuk-list govuk-list--bullet">{items}</ul>;
    }
    case 'image': {
      const file = guideImage(block.src);
      const url = file ? imageUrl(file) : undefined;
      return url
        ? <img key={i} className="app-help__screenshot" src={url} alt={block.alt} />
        : <p key={i} className="govuk-body govuk-hint">Picture not available: {block.alt}</p>;
    }
    case 'code':
      return <pre key={i} className="app-help__pre"><code>{block.text}</code></pre>;
  }
}

export function HelpPage({ slug }: { slug: string }) {
  const page = GUIDE_PAGES.find((candidate) => candidate.slug === slug);
  return (
    <div className="govuk-grid-row">
      <nav className="govuk-grid-column-one-quarter app-help__nav" aria-label="User guide">
        <ul className="govuk-list govuk-body-s">
          {GUIDE_PAGES.map((entry) => (
            <li key={entry.slug}>
              <a className="govuk-link govuk-link--no-visited-state" href={entry.slug === 'index' ? '#/help' : `#/help/${entry.slug}`}
                aria-current={entry.slug === slug ? 'page' : undefined}>{entry.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="govuk-grid-column-three-quarters app-help__page">
        {page ? (
          <>
            <PageHeading caption="Help">{page.title}</PageHeading>
            {page.blocks.map(renderBlock)}
          </>
        ) : (
          <>
            <PageHeading caption="Help">Page not found</PageHeading>
            <p className="govuk-body"><a className="govuk-link" href="#/help">Go to the guide’s contents</a></p>
          </>
        )}
      </div>
    </div>
  );
}
