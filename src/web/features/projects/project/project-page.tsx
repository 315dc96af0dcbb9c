import { getRouteApi } from '@tanstack/react-router';
import { HealthPanel } from '../health/health-panel.tsx';
import { MilestonesSection } from './milestones-section.tsx';
import { BaselinesSection, StatusNotesSection } from './plan-sections.tsx';
import { ProjectFrame } from './project-frame.tsx';
import { ProjectSettings } from './project-settings.tsx';

const route = getRouteApi('/projects/$id');

/** /projects/$id: the project's health with every reason, its milestones, baselines and status notes. */
export function ProjectPage() {
  const { id } = route.useParams();
  return (
    <ProjectFrame id={id} view="overview">
      {(project) => (
        <div className="stack-xl">
          <HealthPanel project={project} />
          <MilestonesSection project={project} />
          <StatusNotesSection project={project} />
          <BaselinesSection project={project} />
          {project.viewer.canManage ? <ProjectSettings project={project} /> : null}
        </div>
      )}
    </ProjectFrame>
  );
}
