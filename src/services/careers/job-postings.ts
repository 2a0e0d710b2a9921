import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { brandTextIn } from '../../domain/brand';
import {
  careersSitemap,
  jobPostingData,
  openJobsFeed,
  type Employer,
  type PostedJob,
} from '../../domain/job-posting';
import { currentBrand } from '../brand/brand-service';
import { listOpenJobs, type PublicJob } from './careers-service';

/** A job as the public may see it: the salary band only when the job shows it. */
export function postedJob(job: PublicJob): PostedJob {
  return {
    ...job,
    salaryBand:
      job.salaryShownOnCareers && job.salaryMin !== null && job.salaryMax !== null
        ? { min: job.salaryMin, max: job.salaryMax }
        : null,
  };
}

async function employer(db: Database, mail: MailSettings): Promise<Employer> {
  const brand = await currentBrand(db, mail);
  return {
    name: brand.companyName,
    logoUrl: brand.logoPath ? `${mail.publicUrl}${brand.logoPath}` : null,
  };
}

/** The `JobPosting` structured data of one open job's page. */
export async function jobPostingOf(
  db: Database,
  mail: MailSettings,
  job: PublicJob,
): Promise<Record<string, unknown>> {
  return jobPostingData(postedJob(job), await employer(db, mail), mail.publicUrl, new Date());
}

export async function careersSitemapXml(db: Database, mail: MailSettings): Promise<string> {
  const jobs = await listOpenJobs(db);
  return careersSitemap(jobs.map(postedJob), mail.publicUrl);
}

/** The feed's channel speaks Indonesian (the default language), as the careers page does. */
export async function openJobsRss(
  db: Database,
  mail: MailSettings,
  feedPath: string,
): Promise<string> {
  const [jobs, brand] = await Promise.all([listOpenJobs(db), currentBrand(db, mail)]);
  const intro = brandTextIn(brand, 'id').careersIntro;
  return openJobsFeed(jobs.map(postedJob), {
    companyName: brand.companyName,
    description: intro || `Lowongan kerja di ${brand.companyName}`,
    publicUrl: mail.publicUrl,
    feedPath,
  });
}
