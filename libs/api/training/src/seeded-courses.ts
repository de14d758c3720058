/** The shared courses the training migration seeds, by fixed id (the demo data refers to them). */
export const SEEDED_COURSE_IDS = {
  collegeOfPolicingMshtFrontline: 'c0a5e5ed-0000-4000-8000-000000000001',
  mshtSpecialistInvestigator: 'c0a5e5ed-0000-4000-8000-000000000002',
  homeOfficeFirstResponder: 'c0a5e5ed-0000-4000-8000-000000000003',
  localMshtAwarenessTier1: 'c0a5e5ed-0000-4000-8000-000000000004',
  localMshtAwarenessTier2: 'c0a5e5ed-0000-4000-8000-000000000005',
  safeguarding: 'c0a5e5ed-0000-4000-8000-000000000006',
} as const;
