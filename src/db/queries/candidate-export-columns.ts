/**
 * The access-request export's decision for every table that holds a candidate's data (UU PDP):
 * each column is exported under a field name, or left out with the reason; a table wholly left
 * out says why. A test compares this with the database's tables and columns, so a table or column
 * added later must be placed here. `readCandidateRecords` selects the exported columns from it.
 */

/** A column's field in the export, or its SQL (a column read as a number, say) and field. */
type Exported = Record<string, string | { field: string; sql: string }>;
export interface TableDecision {
  exported: Exported;
  leftOut: Record<string, string>;
}

const rowId = 'a row id with no meaning outside Seleksi';
const ownId = "the candidate's id, exported once on the candidate";
const staff = "which staff member did it: the staff's data, not the candidate's";
const bookkeeping = 'when the row itself last changed: bookkeeping, not a fact about them';
const number = (field: string, column: string) => ({ field, sql: `"${column}"::float8` });

export const candidateDataTables = {
  applications: {
    exported: {
      id: 'id',
      stage: 'stage',
      hr_gate_cleared: 'hrGateCleared',
      created_at: 'appliedAt',
      stage_entered_at: 'stageEnteredAt',
      start_date: 'startDate',
    },
    leftOut: { candidate_id: ownId, job_id: 'the job, exported by its title (jobTitle)' },
  },
  application_events: {
    exported: {
      application_id: 'applicationId',
      from_stage: 'fromStage',
      to_stage: 'toStage',
      rejection_reason: 'rejectionReason',
      overrode_hr_gate: 'overrodeHrGate',
      created_at: 'at',
    },
    leftOut: {
      id: rowId,
      actor_id: staff,
      note: "the staff's own words on a move (internal, as interviewers' notes are)",
      verdict_override_reason: "the staff's own words deciding against the panel",
    },
  },
  application_contacts: {
    exported: {
      application_id: 'applicationId',
      channel: 'channel',
      purpose: 'purpose',
      locale: 'locale',
      created_at: 'at',
    },
    leftOut: { id: rowId, actor_id: staff },
  },
  rejections_told: {
    exported: { application_id: 'applicationId', how: 'how', created_at: 'at' },
    leftOut: { id: rowId, told_by: staff },
  },
  interviews: {
    exported: {
      id: 'id',
      application_id: 'applicationId',
      stage: 'stage',
      starts_at: 'startsAt',
      time_zone: 'timeZone',
      duration_minutes: 'durationMinutes',
      mode: 'mode',
      meeting_url: 'meetingUrl',
      address: 'address',
      room: 'room',
      locale: 'locale',
      status: 'status',
      candidate_response: 'candidateResponse',
      recorded: 'recordedAfterwards',
    },
    leftOut: {
      reception_contact: "a staff member's name and number, given for the day",
      interviewer_ids: 'who interviewed: the staff',
      sequence: "the calendar invitation's revision counter (technical)",
      created_by: staff,
      created_at: bookkeeping,
      updated_at: bookkeeping,
    },
  },
  interview_events: {
    exported: {
      interview_id: 'interviewId',
      kind: 'kind',
      starts_at: 'startsAt',
      previous_starts_at: 'previousStartsAt',
      // Only the candidate's own reason (a reschedule request); staff notes are blanked
      // (candidateOwnReason in candidate-records.ts).
      reason: 'reason',
      proposed_times: 'proposedTimes',
      created_at: 'at',
    },
    leftOut: { id: rowId, actor_id: staff },
  },
  scorecards: {
    exported: {
      application_id: 'applicationId',
      stage: 'stage',
      ratings: 'ratings',
      recommendation: 'recommendation',
      submitted_at: 'submittedAt',
    },
    leftOut: {
      id: rowId,
      interviewer_id: 'who scored: the staff',
      summary: "the interviewer's own free-text notes",
      question_notes: "the interviewer's own free-text notes",
      created_at: bookkeeping,
      updated_at: bookkeeping,
    },
  },
  decisions: {
    exported: {
      application_id: 'applicationId',
      stage: 'stage',
      outcome: 'outcome',
      scores: 'scores',
      created_at: 'at',
    },
    leftOut: {
      id: rowId,
      rationale: "the decider's own words",
      conflict: 'whether the panel disagreed: about the staff, not the candidate',
      against_panel: 'whether the decider went against the panel: about the staff',
      decided_by: staff,
    },
  },
  salary_expectations: {
    exported: {
      application_id: 'applicationId',
      monthly_amount: number('monthlyAmount', 'monthly_amount'),
      basis: 'basis',
      negotiable: 'negotiable',
      note: 'note',
      source: 'source',
      recorded_at: 'recordedAt',
    },
    leftOut: { id: rowId, recorded_by: staff },
  },
  offers: {
    exported: { application_id: 'applicationId', status: 'status', sent_at: 'sentAt' },
    leftOut: {
      id: rowId,
      current_version: 'which version is current: every version sent is exported',
      created_by: staff,
      created_at: bookkeeping,
      updated_at: bookkeeping,
      reminded_for_expiry: "whether HR was reminded of the expiry (the staff's task)",
      other_applications_closed_at: "when HR's other applications closed (the staff's task)",
    },
  },
  offer_versions: {
    exported: {
      version: 'version',
      job_title: 'jobTitle',
      contract_type: 'contractType',
      contract_months: 'contractMonths',
      probation_months: 'probationMonths',
      gross_monthly_salary: number('grossMonthlySalary', 'gross_monthly_salary'),
      allowances: 'allowances',
      benefits: 'benefits',
      thr: 'thr',
      bpjs_kesehatan: 'bpjsKesehatan',
      bpjs_ketenagakerjaan: 'bpjsKetenagakerjaan',
      working_days: 'workingDays',
      working_hours: 'workingHours',
      work_location: 'workLocation',
      work_mode: 'workMode',
      offer_date: 'offerDate',
      start_date: 'startDate',
      expires_on: 'expiresOn',
      note: 'note',
      created_at: 'versionAt',
    },
    leftOut: {
      offer_id: 'joined to its offer (exported beside it)',
      reason: "the staff's own words on why the terms changed",
      created_by: staff,
    },
  },
  offer_answers: {
    exported: {
      version: 'version',
      kind: 'kind',
      signed_name: 'signedName',
      consent_given: 'consentGiven',
      decline_reason: 'declineReason',
      counter_salary: number('counterSalary', 'counter_salary'),
      counter_start_date: 'counterStartDate',
      note: 'note',
      answered_at: 'answeredAt',
      given_on: { field: 'givenOn', sql: '"given_on"::text' },
      given_via: 'givenVia',
    },
    leftOut: {
      id: rowId,
      offer_id: 'joined to its offer (exported by its version)',
      recorded_by: staff,
      client_hash:
        "a one-way hash of the answering device, the company's evidence of the signature",
    },
  },
  email_messages: {
    exported: {
      application_id: 'applicationId',
      template: 'template',
      locale: 'locale',
      to_email: 'toEmail',
      to_name: 'toName',
      subject: 'subject',
      body: 'body',
      attachment_name: 'attachmentName',
      status: 'status',
      created_at: 'createdAt',
      sent_at: 'sentAt',
    },
    leftOut: {
      id: rowId,
      idempotency_key: 'a key against sending twice (technical)',
      calendar_method: "the calendar invitation's kind: the interview is exported",
      calendar_ics: 'the calendar invitation file: its interview is exported',
      interview_id: 'the interview it is about, exported under interviews',
      transport: 'how it was sent (technical)',
      attempts: 'delivery attempts (technical)',
      last_error: "the mail server's last error (technical)",
      candidate_id: ownId,
      delivery_body: 'the same text as body, as laid out for sending',
      attachment_type: "the attachment's file type (technical)",
      attachment_content: "the offer letter's file: its terms are exported under offers",
      reply_to: "the company's or staff member's address for replies",
    },
  },
  cv_files: {
    exported: {
      application_id: 'applicationId',
      sha256: 'sha256',
      file_name: 'fileName',
      kind: 'kind',
      byte_size: 'byteSize',
      text_status: 'textStatus',
      text: 'text',
      created_at: 'uploadedAt',
    },
    leftOut: {
      id: rowId,
      candidate_id: ownId,
      text_problem: 'why reading the text failed (technical)',
      text_extracted_at: 'when the text was read (technical)',
      uploaded_by: staff,
    },
  },
  consents: {
    exported: {
      application_id: 'applicationId',
      purpose: 'purpose',
      channel: 'channel',
      privacy_notice_version: 'privacyNoticeVersion',
      locale: 'locale',
      given_at: 'givenAt',
      withdrawn_at: 'withdrawnAt',
    },
    leftOut: { id: rowId, candidate_id: ownId },
  },
  portal_links: {
    exported: { application_id: 'applicationId', created_at: 'createdAt', revoked_at: 'revokedAt' },
    leftOut: { token: 'the secret of their link: a key, not data about them' },
  },
  talent_pool_invitations: {
    exported: {
      created_at: 'sentAt',
      expires_at: 'expiresAt',
      answer: 'answer',
      answered_at: 'answeredAt',
    },
    leftOut: {
      token_hash: 'the hash of their link (a key, not data about them)',
      candidate_id: ownId,
      job_id: 'the job, exported by its title (jobTitle)',
      invited_by: staff,
    },
  },
  data_requests: {
    exported: {
      kind: 'kind',
      channel: 'channel',
      received_at: 'receivedAt',
      due_at: 'dueAt',
      completed_at: 'completedAt',
      outcome: 'outcome',
    },
    leftOut: {
      id: rowId,
      candidate_id: ownId,
      recorded_by: staff,
      recorded_at: bookkeeping,
      completed_by: staff,
    },
  },
} as const satisfies Record<string, TableDecision>;

/** Tables holding rows about a candidate that the export leaves out whole, and why. */
export const candidateTablesLeftOut = {
  scorecard_revisions:
    "an interviewer's earlier drafts of a scorecard: the submitted one is exported",
  offer_approvals: "the staff's approvals of an offer before it was sent",
  offer_counter_replies:
    "HR's reply to a counter-offer: its outcome is the next offer version, exported",
  candidate_merges: 'which duplicate records HR merged: ids and staff; the merged data is exported',
  distinct_candidates: "HR's mark that two records are different people: another person's id",
  audit_log: "the staff's activity log: codes and ids, no data about the person",
  webhook_deliveries: "copies sent to the company's own systems of events exported here",
  application_report_facts: 'report figures computed from the exported applications',
  panel_rating_facts: 'report figures computed from the exported scorecards',
  panelist_facts: 'report figures computed from the exported scorecards',
  stage_stay_facts: 'report figures computed from the exported stage history',
} as const;

export type CandidateDataTable = keyof typeof candidateDataTables;

/** The exported columns of a table as a SELECT list (`alias` prefixes each column). */
export function exportedColumns(table: CandidateDataTable, alias: string): string {
  const exported: Exported = candidateDataTables[table].exported;
  return Object.entries(exported)
    .map(([column, to]) =>
      typeof to === 'string'
        ? `${alias}."${column}" AS "${to}"`
        : `${to.sql.replace(`"${column}"`, `${alias}."${column}"`)} AS "${to.field}"`,
    )
    .join(', ');
}
