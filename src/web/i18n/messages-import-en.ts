import type { importMessagesId } from './messages-import';

export const importMessagesEn: Record<keyof typeof importMessagesId, string> = {
  'import.open': 'Import from a spreadsheet',
  'import.title': 'Import candidates from a spreadsheet',
  'import.intro':
    'Upload a CSV or XLSX file with the column headers in the first line (a Seleksi export can be uploaded as it is: the filters listed above its table are skipped). Nothing is saved until you confirm the preview.',
  'import.file': 'File (CSV or XLSX, at most 20 MB)',
  'import.upload': 'Upload and read',
  'import.uploading': 'Reading the file…',
  'import.mapping': 'Columns to candidate details',
  'import.mappingIntro':
    '{file}: {rows} lines. We guessed the columns from their headers; check them and change any.',
  'import.notInFile': '— not in the file —',
  'import.sample': 'E.g. {value}',
  'import.check': 'Check all lines',
  'import.checking': 'Checking lines… {done} of {total}',
  'import.importing': 'Importing {count} candidates…',
  'import.previewTitle': 'Preview',
  'import.ready': '{valid} of {total} lines are ready to import.',
  'import.readyOne': '1 of {total} lines is ready to import.',
  'import.problemsFound': '{count} problems to fix; their lines are not imported.',
  'import.problemsFoundOne': '1 problem to fix; its line is not imported.',
  'import.notesFound': '{count} notes (their lines are still imported).',
  'import.notesFoundOne': '1 note (its line is still imported).',
  'import.summaryClean': 'All {total} lines are ready to import.',
  'import.summaryCleanOne': 'The 1 line is ready to import.',
  'import.kind.problem': 'Not imported',
  'import.kind.duplicate': 'Skipped',
  'import.duplicatesFound':
    '{count} lines are skipped: their people are already in Seleksi (or on an earlier line). Not an error; nobody is imported twice.',
  'import.duplicatesFoundOne':
    '1 line is skipped: its person is already in Seleksi (or on an earlier line). Not an error; nobody is imported twice.',
  'import.linesHint': 'Line numbers are the row numbers Excel or LibreOffice shows for the file.',
  'import.leftOutColumn':
    '“{column}” is not imported: it holds jobs and stages together (possibly several jobs per candidate), while an imported line goes to one job at one stage. Choose a Job and a Stage column above if the file has them, or add the candidates to jobs after the import.',
  'import.moreProblems': 'Showing the first {shown} problems of {total}.',
  'import.skippedLines': 'Skipped lines (already in Seleksi or on an earlier line)',
  'import.skipReason': 'Why skipped',
  'import.row': 'Line',
  'import.column': 'Column',
  'import.finding': 'What Seleksi found',
  'import.problem': 'Problem',
  'import.warning': 'Warning (still imported)',
  'import.confirm': 'Import the {count} valid lines',
  'import.cancel': 'Import nothing',
  'import.changeMapping': 'Change the column mapping',
  'import.done': '{count} candidates imported.',
  'import.doneWithStored':
    'Lines imported: {count}; new people in Seleksi: {people} (the other lines added applications to people stored before or on an earlier line).',
  'import.cancelled': 'Import cancelled; nothing was saved.',
  'import.failed': 'The import failed and nothing was saved. Try again.',
  'import.stopped':
    'The import stopped at line {row} after an error. {count} candidates were saved and stay in Seleksi; line {row} onwards ({left} valid lines) was not imported.',
  'import.skippedTitle': 'Lines skipped',
  'import.skippedIntro':
    '{count} lines became a problem during the import and were skipped, not imported. Look these lines up in your file.',
  'import.notice': 'Note',
  'import.confirmOne': 'Import the 1 valid line',
  'import.doneOne': '1 candidate imported.',
  'import.importingOne': 'Importing 1 candidate…',
  'import.stoppedOne':
    'The import stopped at line {row} after an error. 1 candidate was saved and stays in Seleksi; line {row} onwards ({left} valid lines) was not imported.',
  'import.skippedIntroOne':
    '1 line became a problem during the import and was skipped, not imported. Look this line up in your file.',
  'import.draftJob':
    'The job “{title}” is a draft (not published yet): {rows} candidates will land in a job that is not published yet.',
  'import.draftJobOne':
    'The job “{title}” is a draft (not published yet): 1 candidate will land in a job that is not published yet.',
  'import.tellCandidates':
    'Send each imported candidate the privacy notice (Indonesia’s PDP law: they have the right to know their data is processed)',
  'import.person': 'Name (or e-mail)',
  'import.toImportTitle': 'Who will be imported ({count})',
  'import.toImportRow': 'Line {row}',
  'import.importedTitle': 'Imported candidates',
  'import.toImportStored': '(already in Seleksi: the application is added to them)',
  'import.toImportStoredRenamed':
    '(already in Seleksi: the application is added to them; the file says “{name}”)',
  'import.toImportMore': '… and {count} more',
  'import.toImportMoreOne': '… and 1 more',
  'import.leftOut.landline_not_kept':
    'Landline “{value}” would not be kept as the phone but in the candidate’s notes if this line were imported; this line is not imported (see its other problems).',
  'import.leftOut.source_kept_as_other':
    'Unknown source “{value}”: it would be imported as Other ({value}) if this line were imported; this line is not imported (see its other problems).',
  'import.leftOut.source_read_as':
    'Source “{value}” is not a source name: it would be imported as {source} if this line were imported; this line is not imported (see its other problems).',
  'import.again': 'Import another file',
  'import.toCandidates': 'To the candidate list',
  'import.field.fullName': 'Full name',
  'import.field.email': 'E-mail',
  'import.field.phone': 'Phone',
  'import.field.city': 'City',
  'import.field.source': 'Source',
  'import.field.tags': 'Tags',
  'import.field.notes': 'Notes',
  'import.field.job': 'Job (title)',
  'import.field.stage': 'Stage',
  'import.ignoredColumns': 'Not imported (no field reads them): {columns}.',
  'import.field.appliedOn': 'Applied on (dd/mm/yyyy)',
  'import.code.invalid_date': 'Not a date; write it as dd/mm/yyyy (e.g. 05/11/2026) or yyyy-mm-dd.',
  'import.code.date_in_future': 'This date is in the future.',
  'import.code.phone_left_empty':
    'Phone “{value}” is not a valid Indonesian number (e.g. 0812 3456 7890): the line is imported without a phone.',
  'import.code.invalid_date_left_empty':
    'Applied on “{value}” is not a date Seleksi can read (write it as 05/11/2026, 2026-11-05 or 5 Nov 2026): the line is imported as applying on the import day.',
  'import.code.date_in_future_left_empty':
    'Applied on “{value}” is in the future: the line is imported as applying on the import day.',
  'import.leftOut.phone_left_empty':
    'Phone “{value}” is not a valid Indonesian number: it would be left empty if this line were imported; this line is not imported (see its other problems).',
  'import.leftOut.invalid_date_left_empty':
    'Applied on “{value}” is not a date Seleksi can read: the import day would be used if this line were imported; this line is not imported (see its other problems).',
  'import.leftOut.date_in_future_left_empty':
    'Applied on “{value}” is in the future: the import day would be used if this line were imported; this line is not imported (see its other problems).',
  'import.noJobs': 'No job is open in Seleksi yet, so no line that names a job can be imported.',
  'import.noJobsCreate': 'Create the jobs first',
  'import.noJobsAfter':
    ', with the titles your file uses, then upload the file again. Or choose “— not in the file —” for Job (title) under “Change the column mapping”: everyone is imported without a job, and you add them to jobs later from their page.',
  'import.code.applies_as_existing':
    'Already in Seleksi: the application to this job is added to them (their details are not changed).',
  'import.code.applies_as_existing_named':
    'Already in Seleksi: {name} (same {matched}). The application to this job is added to them; their details are not changed.',
  'import.code.already_applied': 'Already in Seleksi and already applied to this job.',
  'import.code.already_applied_named':
    'Already in Seleksi: {name} (same {matched}), already applied to this job.',
  'import.code.already_applied_since_preview': 'This person applied to this job during the import.',
  'import.leftOutTitle': 'Lines not imported',
  'import.leftOutIntro':
    'The preview kept these lines out: errors to fix in the file, and people already in Seleksi. Fix the file and import those lines again if needed.',
  'import.code.unknown_job_nearest':
    'No job has this title. Did you mean “{job}”? Write the title as the job has it.',
  'import.code.unknown_job_open': 'No job has this title. Open jobs: {jobs}.',
  'import.required': 'required',
  'import.code.required': 'Required.',
  'import.code.too_long': 'Too long.',
  'import.code.invalid_email': 'Not a valid e-mail address.',
  'import.code.landline_phone':
    'Looks like a landline; give a mobile number (08…) for WhatsApp and SMS.',
  'import.code.invalid_phone': 'Not a valid Indonesian number (e.g. 0812 3456 7890).',
  'import.code.landline_not_kept':
    'Landline “{value}” not kept as the phone (candidates are reached by WhatsApp and SMS); kept in the candidate’s notes (HR’s internal notes: not exported). The line is imported without a phone.',
  'import.code.source_kept_as_other':
    'Unknown source “{value}”: imported as Other ({value}), shown so on the candidate and in the export.',
  'import.code.source_read_as':
    'Source “{value}” is not a source name: imported as {source}, shown so on the candidate and in the reports.',
  'import.code.unknown_source': 'Unknown source (e.g. JobStreet, LinkedIn, Referral).',
  'import.code.unknown_job': 'No job has this title.',
  'import.code.ambiguous_job': 'Several jobs have this title; use the job id.',
  'import.code.job_closed': 'This job is closed.',
  'import.code.unknown_stage': 'Unknown stage (Applied up to User interview).',
  'import.code.stage_not_in_job': 'This job has no tests stage.',
  'import.code.stage_without_job': 'A stage without a job.',
  'import.code.applies_in_file':
    'The same person as line {row} (same {matched}), applying to another job: one candidate with both applications.',
  'import.leftOut.applies_in_file':
    'The same person as line {row} (same {matched}), applying to another job: this application would be added to them if this line were imported; this line is not imported (see its other problems).',
  'import.code.first_row_left_out':
    'Line {row}, the same person, was not imported: there is no candidate to add this application to.',
  'import.code.duplicate_in_file': 'The same person as line {row} (same {matched}).',
  'import.code.duplicate_candidate': 'This candidate is already in Seleksi.',
  'import.code.duplicate_candidate_named': 'Already in Seleksi: {name} (same {matched}).',
  'import.matched.email': 'e-mail',
  'import.matched.phone': 'phone',
  'import.matched.both': 'e-mail and phone',
  'import.code.similar_candidate':
    'A similar name in the same city; check for duplicates afterwards.',
  'import.code.duplicate_since_preview':
    'Someone with this e-mail or phone was added to Seleksi during the import (e.g. a careers-page application).',
  'import.code.job_closed_since_preview': 'The job was closed during the import.',
  'import.code.similar_in_file':
    'A similar name to line {row} in the same city; maybe the same person, check for duplicates afterwards.',
  'export.csv': 'Download CSV',
  'export.xlsx': 'Download XLSX',
  'export.candidates': 'Export this list (with its filters)',
  'export.applications': 'Export applications with stages and scores',
  'export.formatHelp':
    'CSV uses a point as the decimal mark (12.5) and YYYY-MM-DD dates, so every program reads it the same way. For Excel set to Indonesian, choose XLSX (real numbers and dates), or import the CSV with the point as the decimal mark.',
};
