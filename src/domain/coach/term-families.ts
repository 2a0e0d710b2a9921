/**
 * Families of job terms: a tool or a kind named in an answer that is one of a term's family
 * counts as that term ("BigQuery" or "PostgreSQL" for "SQL", an Excel pivot for "spreadsheet").
 * Small and general on purpose: only members that always are the term, never the other way round
 * ("SQL" does not count for "BigQuery").
 */
const families: Record<string, readonly string[]> = {
  sql: [
    'BigQuery',
    'PostgreSQL',
    'Postgres',
    'MySQL',
    'MariaDB',
    'SQLite',
    'SQL Server',
    'T-SQL',
    'PL/SQL',
    'Redshift',
    'Snowflake',
  ],
  spreadsheet: [
    'Excel',
    'Google Sheets',
    'pivot table',
    'tabel pivot',
    'VLOOKUP',
    'XLOOKUP',
    'LibreOffice Calc',
  ],
  excel: ['pivot table', 'tabel pivot', 'VLOOKUP', 'XLOOKUP', 'Power Query'],
  javascript: ['TypeScript', 'Node.js', 'React', 'Vue', 'Angular'],
  python: ['pandas', 'Django', 'Flask', 'NumPy', 'Jupyter'],
  cloud: ['AWS', 'GCP', 'Azure', 'Google Cloud'],
  dashboard: ['Tableau', 'Power BI', 'Looker', 'Metabase'],
  'data visualization': ['Tableau', 'Power BI', 'Looker', 'Metabase'],
  'business intelligence': ['Tableau', 'Power BI', 'Looker', 'Metabase'],
  'version control': ['Git', 'GitHub', 'GitLab'],
  git: ['GitHub', 'GitLab'],
  crm: ['Salesforce', 'HubSpot', 'Zoho CRM'],
  erp: ['SAP', 'Odoo', 'Oracle NetSuite'],
  'ci/cd': ['Jenkins', 'GitHub Actions', 'GitLab CI'],
  'social media': ['Instagram', 'TikTok', 'Facebook', 'LinkedIn', 'YouTube'],
  'software akuntansi': ['Accurate', 'Zahir', 'MYOB', 'SAP'],
  // "accurate" is an English word: the product counts only in an Indonesian term's family.
  'accounting software': ['Zahir', 'MYOB', 'Xero', 'QuickBooks', 'SAP'],
};
/** Spelling variants of the family names. */
const aliases: Record<string, string> = {
  spreadsheets: 'spreadsheet',
  'lembar kerja': 'spreadsheet',
  'microsoft excel': 'excel',
  'ms excel': 'excel',
  js: 'javascript',
  'data visualisation': 'data visualization',
  'visualisasi data': 'data visualization',
  bi: 'business intelligence',
  'media sosial': 'social media',
  medsos: 'social media',
  'cloud computing': 'cloud',
};

/** The members of a term's family (none for most terms). */
export function familyOf(term: string): readonly string[] {
  const key = term.trim().toLowerCase();
  return families[aliases[key] ?? key] ?? [];
}
