import type { ReactNode } from 'react';
import { Link } from '../../router';
import { useSession } from '../../session';

/**
 * A job's name, linking to its board for those who may open it; for an interviewer (who may not)
 * plain text, so no link leads to a page the server refuses.
 */
export function JobLink({
  jobId,
  className,
  children,
}: {
  jobId: string;
  className?: string;
  children: ReactNode;
}) {
  const { user } = useSession();
  if (!user.can.readPipelines) return <span className={className}>{children}</span>;
  return (
    <Link href={`/jobs/${jobId}`} className={className}>
      {children}
    </Link>
  );
}
