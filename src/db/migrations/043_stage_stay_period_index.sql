-- Reports at volume, sixth step (issue 18): speed's time in each stage sorts a stage's stays when
-- the period holds few enough of them (src/db/queries/report-speed.ts, measureStageStays), but no
-- index led with the stage and then the date: a small stage read every stay of the period (a
-- 3-month period: 300,000 stays filtered down to 6,500, four times) or, over a year, the whole
-- table. This index reads exactly the stage's stays of the period, with the filter's columns and
-- the length alongside, so a sort costs what the period holds. It also lets a 3-month period sort
-- its large stages instead of reading them by position from the length index, a walk through
-- about half of the stage's stays of all time of which only the period's count.
CREATE INDEX stage_stay_facts_period_idx ON stage_stay_facts (stage, applied_at)
  INCLUDE (days, job_id, source);

ANALYZE stage_stay_facts;
