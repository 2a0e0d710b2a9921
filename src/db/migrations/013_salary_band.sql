-- A job's pay, for the offer stage: an optional gross monthly salary band in Rupiah (whole
-- rupiah), whether the careers page shows it, and the province whose minimum wage an offer for
-- this job must meet (the job's city picks a city minimum wage where one is recorded).
ALTER TABLE jobs
  ADD COLUMN province text,
  ADD COLUMN salary_min bigint CHECK (salary_min > 0),
  ADD COLUMN salary_max bigint CHECK (salary_max > 0),
  ADD COLUMN salary_shown_on_careers boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT jobs_salary_band_order CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max);
