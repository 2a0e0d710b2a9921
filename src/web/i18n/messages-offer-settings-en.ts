import type { offerSettingsMessagesId } from './messages-offer-settings';

export const offerSettingsMessagesEn: Record<keyof typeof offerSettingsMessagesId, string> = {
  'nav.offerSettings': 'Offer settings',
  'offerSettings.title': 'Offer settings',
  'offerSettings.tab.minimumWages': 'Minimum wages',
  'offerSettings.tab.approval': 'Approval',
  'offerSettings.tab.letter': 'Offer letter',

  'minimumWages.intro':
    "An offer's salary is checked against the minimum wage where the job is: the city's or regency's UMK when one is recorded, otherwise the province's UMP, latest year.",
  'minimumWages.verify':
    "The built-in 2025 UMP figures come from each province's governor's decree. Check them, and add each new year's figures when they are set.",
  'minimumWages.citiesWithoutUmk':
    'No UMK is recorded for these job cities, so their offers are checked against the province\'s UMP, which may be lower: {places}. Add each city\'s UMK with "Add a minimum wage" (fill in the city).',
  'minimumWages.year': 'Year',
  'minimumWages.allYears': 'All years',
  'minimumWages.province': 'Province',
  'minimumWages.city': 'City/regency (UMK)',
  'minimumWages.cityHint': "Leave empty for the province's UMP.",
  'minimumWages.ump': 'Provincial UMP',
  'minimumWages.amount': 'Minimum wage per month',
  'minimumWages.amountHint': 'E.g. 5.396.761 or 5,4 juta',
  'minimumWages.decree': 'Set by',
  'minimumWages.decreeHint': "E.g. the governor's decree (Keputusan Gubernur) number and year",
  'minimumWages.add': 'Add a minimum wage',
  'minimumWages.edit': 'Edit',
  'minimumWages.editing': 'Edit minimum wage',
  'minimumWages.delete': 'Delete',
  'minimumWages.deleteTitle': 'Delete the minimum wage?',
  'minimumWages.confirmDelete': 'Delete the minimum wage of {region} for {year}?',
  'minimumWages.save': 'Save',
  'minimumWages.cancel': 'Cancel',
  'minimumWages.empty': 'No minimum wages for this year yet.',
  'minimumWages.actions': 'Actions',

  'offerApproval.intro':
    "An offer outside the job's salary band always needs the hiring manager's approval before it is sent. Here you decide whether every offer needs approval, and who else approves.",
  'offerApproval.everyOffer': 'Every offer needs approval before it is sent',
  'offerApproval.everyOfferHint':
    "When unticked, only offers outside the job's salary band need approval.",
  'offerApproval.approver': 'Named approver',
  'offerApproval.noApprover': "None (only the job's hiring manager)",
  'offerApproval.approverHint': 'An active admin, recruiter or hiring manager.',
  'offerApproval.save': 'Save rule',

  'offerLetter.intro':
    "The wording of the offer letter the candidate receives as a PDF, in the candidate's language. Placeholders are filled from the offer.",
  'offerLetter.titleField': 'Title',
  'offerLetter.body': 'Letter text',
  'offerLetter.placeholders': 'Placeholders you can use',
  'offerLetter.save': 'Save template',
  'offerLetter.preview': 'Download a sample PDF',
  'offerLetter.reset': 'Go back to the built-in text',
  'offerLetter.builtIn': 'Using the built-in text.',
  'offerLetter.customized': 'Changed by {name}',

  'error.unknown_province': 'Choose one of the 38 provinces.',
  'error.invalid_year': 'Enter a year between 2000 and 2100.',
  'error.amount_required': 'Enter an amount in rupiah.',
  'error.invalid_amount': 'Not an amount in rupiah. E.g. 8.500.000, Rp 8500000 or 8,5 juta.',
  'error.amount_negative': 'An amount cannot be negative.',
  'error.amount_not_whole': 'Use whole rupiah (no sen).',
  'error.amount_not_positive': 'The amount must be above Rp 0.',
  'error.amount_too_large': 'The amount is above Rp 1.000.000.000; check the zeros.',
  'error.decree_required': "Name what sets it (e.g. the governor's decree).",
  'error.minimum_wage_exists':
    'This region already has a minimum wage for this year; edit that row instead.',
  'error.approver_not_eligible': 'Choose an active admin, recruiter or hiring manager.',
};
