import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATES } from '../../../../shared/contracts/projects.ts';
import { ChartDefs, Diamond, LateMark, StateBar, useChartIds } from './timeline-svg.tsx';

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="timeline-legend__swatch" width="40" height="22" viewBox="0 0 40 22" aria-hidden="true">
      {children}
    </svg>
  );
}

/** What each fill, diamond and line of the chart means, in words. */
export function TimelineLegend() {
  const { t } = useTranslation();
  const ids = useChartIds();
  const bar = { x1: 2, x2: 38, marker: false };
  return (
    <section className="timeline-legend" aria-labelledby="timeline-legend-title">
      <h3 className="kern-heading-small" id="timeline-legend-title">
        {t('projects.timeline.legend.title')}
      </h3>
      <svg className="timeline-legend__defs" width="0" height="0" aria-hidden="true">
        <ChartDefs ids={ids} />
      </svg>
      <ul className="timeline-legend__items">
        {TASK_STATES.map((state) => (
          <li key={state}>
            <Swatch>
              <StateBar state={state} bar={bar} y={2} ids={ids} />
            </Swatch>
            {t(`projects.state.${state}`)}
          </li>
        ))}
        <li>
          <Swatch>
            <LateMark x={12} y={12} />
          </Swatch>
          {t('projects.timeline.legend.overdue')}
        </li>
        <li>
          <Swatch>
            <Diamond x={20} y={11} className="timeline-diamond timeline-diamond--open" />
          </Swatch>
          {t('projects.timeline.legend.milestone')}
        </li>
        <li>
          <Swatch>
            <Diamond x={20} y={11} className="timeline-diamond timeline-diamond--reached" />
            <path d="M16 11l3 3l5 -6" className="timeline-bar__tick" fill="none" strokeWidth="2" />
          </Swatch>
          {t('projects.timeline.legend.reached')}
        </li>
        <li>
          <Swatch>
            <Diamond x={20} y={11} className="timeline-diamond timeline-diamond--baseline" />
          </Swatch>
          {t('projects.timeline.legend.baseline')}
        </li>
        <li>
          <Swatch>
            <path d="M2 5H14V16H36" className="timeline-arrow" markerEnd={`url(#${ids.arrow})`} />
          </Swatch>
          {t('projects.timeline.legend.dependency')}
        </li>
        <li>
          <Swatch>
            <path
              d="M2 5H14V16H36"
              className="timeline-arrow timeline-arrow--conflict"
              markerEnd={`url(#${ids.conflict})`}
            />
          </Swatch>
          {t('projects.timeline.legend.conflict')}
        </li>
        <li>
          <Swatch>
            <line x1="20" x2="20" y1="1" y2="21" className="timeline-today__line" />
          </Swatch>
          {t('projects.timeline.today')}
        </li>
      </ul>
    </section>
  );
}
